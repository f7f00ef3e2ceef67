/** Whether an address may be one of a suite's review pages, from its host and path alone. */
import { HOSTED_SUITE_MATCHES } from './hosts';
import { matchesPattern } from './patterns';
import type { SuiteAddress } from './types';

/**
 * On one of the suite's hosted domains (or, for a suite also installed on
 * customers' domains, on any domain no hosted suite owns), with a review
 * page's path. The DOM is not read.
 */
export function mayBeReviewAddress(address: SuiteAddress, url: URL): boolean {
  if (address.hosts.length > 0 && !address.hosts.some((pattern) => matchesPattern(url, pattern))) {
    if (!address.selfHosted || HOSTED_SUITE_MATCHES.some((pattern) => matchesPattern(url, pattern))) return false;
  }
  if (address.tenantHost && !address.tenantHost.test(url.hostname)) return false;
  return !address.path || address.path.test(url.pathname + url.search + url.hash);
}
