/**
 * The adapter registry and the one entry point the launcher uses. Suite
 * adapters come first; the generic multilingual detector is the fallback for
 * unknown and self-hosted suites.
 */
import { findGenericFields, genericAdapter, isGenericReviewPage } from './generic';
import { isHostedSuiteHost } from './addresses';
import type { Adapter, ReviewPageMatch } from './types';
import { adapter as workday } from './suites/workday';
import { adapter as successfactors } from './suites/successfactors';
import { adapter as bamboohr } from './suites/bamboohr';
import { adapter as personio } from './suites/personio';
import { adapter as lattice } from './suites/lattice';
import { adapter as fifteenFive } from './suites/fifteen-five';
import { adapter as cultureAmp } from './suites/culture-amp';
import { adapter as hibob } from './suites/hibob';
import { adapter as factorial } from './suites/factorial';
import { adapter as leapsome } from './suites/leapsome';
import { adapter as zohoPeople } from './suites/zoho-people';
import { adapter as oracleHcm } from './suites/oracle-hcm';
import { adapter as orangehrm } from './suites/orangehrm';
import { adapter as frappeHr } from './suites/frappe-hr';
import { adapter as odoo } from './suites/odoo';
import { adapter as horilla } from './suites/horilla';

export type { Adapter, FieldKind, ReviewContext, ReviewField, ReviewPageMatch, ReviewRole, ReviewSubject } from './types';
export { findGenericFields } from './generic';

/** Suite-specific adapters, one file each in ./suites (its URL list beside it). */
export const SUITE_ADAPTERS: readonly Adapter[] = [
  workday, successfactors, bamboohr, personio, lattice, fifteenFive, cultureAmp, hibob, factorial, leapsome, zohoPeople, oracleHcm, orangehrm, frappeHr, odoo, horilla,
];

export const ADAPTERS: readonly Adapter[] = [...SUITE_ADAPTERS, genericAdapter];

export { isHostedSuiteHost, mayBeReviewPage } from './addresses';

/**
 * Whether `url` is one of the review pages of a suite, and which of its
 * fields take text. On a hosted suite's domain only that suite's adapter
 * decides: anyone may publish pages on some of those domains (object storage
 * under `*.oraclecloud.com`), and the generic detector would take a page that
 * imitates a review form for one. Elsewhere the launcher only runs where the
 * user enabled the site or opened the sidebar, so the generic detector may
 * speak there.
 */
export function detectReviewPage(url: URL, doc: Document): ReviewPageMatch | null {
  const hosted = isHostedSuiteHost(url);
  for (const adapter of SUITE_ADAPTERS) {
    if (hosted && adapter.hosts.length === 0) continue;
    if (adapter.isReviewPage(url, doc)) {
      return { adapterId: adapter.id, fields: adapter.findReviewFields(doc), context: adapter.reviewContext(url, doc) };
    }
  }
  if (hosted) return null;
  const fields = findGenericFields(doc);
  return isGenericReviewPage(doc, fields)
    ? { adapterId: genericAdapter.id, fields, context: genericAdapter.reviewContext(url, doc) }
    : null;
}
