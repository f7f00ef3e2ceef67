/**
 * Where every suite's review pages are, and nothing else: the first part of
 * the launcher (entrypoints/launcher/index.ts) runs on every page of the
 * hosted suites and reads only this before it asks for the rest. Each suite's
 * `address` is declared in its own file (./suites), beside its adapter.
 */
import { mayBeReviewAddress } from './address';
import { HOSTED_SUITE_MATCHES } from './hosts';
import { matchesPattern } from './patterns';
import type { SuiteAddress } from './types';
import { address as workday } from './suites/workday';
import { address as successfactors } from './suites/successfactors';
import { address as bamboohr } from './suites/bamboohr';
import { address as personio } from './suites/personio';
import { address as lattice } from './suites/lattice';
import { address as fifteenFive } from './suites/fifteen-five';
import { address as cultureAmp } from './suites/culture-amp';
import { address as hibob } from './suites/hibob';
import { address as factorial } from './suites/factorial';
import { address as leapsome } from './suites/leapsome';
import { address as zohoPeople } from './suites/zoho-people';
import { address as oracleHcm } from './suites/oracle-hcm';
import { address as orangehrm } from './suites/orangehrm';
import { address as frappeHr } from './suites/frappe-hr';
import { address as odoo } from './suites/odoo';
import { address as horilla } from './suites/horilla';

/** The suites' addresses, in the order of the adapter registry (./index.ts; a test checks they are the adapters'). */
export const SUITE_ADDRESSES: readonly SuiteAddress[] = [
  workday, successfactors, bamboohr, personio, lattice, fifteenFive, cultureAmp, hibob, factorial, leapsome, zohoPeople, oracleHcm, orangehrm, frappeHr, odoo, horilla,
];

/** The match pattern's scheme and host, any path. */
const anyPath = (pattern: string) => `${pattern.slice(0, pattern.indexOf('/', pattern.indexOf('://') + 3))}/*`;
const HOSTED_HOSTS = HOSTED_SUITE_MATCHES.map(anyPath);

/** Whether `url` is on a hosted suite's domain (any path). */
export function isHostedSuiteHost(url: URL): boolean {
  return HOSTED_HOSTS.some((pattern) => matchesPattern(url, pattern));
}

/**
 * Whether the page at `url` may be a review page, from its address alone: on
 * a hosted suite's domain only an address of one of that suite's review pages
 * may be (detectReviewPage finds nothing elsewhere, whatever the DOM);
 * anywhere else (custom domains, the generic detector) any address may. The
 * launcher neither scans nor watches the DOM of a page where this is false.
 */
export function mayBeReviewPage(url: URL): boolean {
  if (!isHostedSuiteHost(url)) return true;
  return SUITE_ADDRESSES.some((address) => address.hosts.length > 0 && mayBeReviewAddress(address, url));
}
