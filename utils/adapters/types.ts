import type { ReviewContext } from './context';

export type { ReviewContext, ReviewRole, ReviewSubject } from './context';

/** How a review text field is edited: decides how text is inserted. */
export type FieldKind = 'textarea' | 'input' | 'contenteditable' | 'iframe-editor';

export interface ReviewField {
  element: HTMLElement;
  kind: FieldKind;
  /** What the user reads next to the field ("Strengths", "Comments", …). */
  label: string;
}

export interface ReviewPageMatch {
  adapterId: string;
  /** Whose review it is: decided before any prep data is shown. */
  context: ReviewContext;
  /** The review's own free-text fields the user can see, in document order. */
  fields: ReviewField[];
}

/**
 * Where a suite's review pages are: hosts and paths only. The launcher's
 * first part reads nothing else before it loads the rest (./addresses.ts).
 */
export interface SuiteAddress {
  /** Match patterns of the hosted domains (`https://*.myworkday.com/*`); empty for self-hosted suites. */
  hosts: readonly string[];
  /** The tenants' host names, where `hosts` is wider than the suite (a cloud provider's whole domain). */
  tenantHost?: RegExp;
  /**
   * The suite is also installed on customers' own domains: beside `hosts`, any
   * host that is not another hosted suite's counts (the launcher only runs
   * there where the user enabled the site).
   */
  selfHosted?: boolean;
  /**
   * The review pages' URL: tested against `pathname + search + hash` (hash
   * routers keep their route in the hash). Absent when the URL is opaque.
   */
  path?: RegExp;
}

/**
 * Knowledge of one HR suite: pure functions over a URL and a document, no
 * extension APIs, so they run in the page, in the content script and in tests.
 */
export interface Adapter {
  id: string;
  name: string;
  /** Match patterns of the suite's hosted domains (empty for self-hosted suites). */
  hosts: readonly string[];
  /** Whether the address alone allows a review page (host and path; the DOM is not read). Absent: any address may. */
  mayBeReviewUrl?(url: URL): boolean;
  isReviewPage(url: URL, doc: Document): boolean;
  findReviewFields(doc: Document): ReviewField[];
  /** Whose review the page is and who writes it, from what the page shows (see ./context.ts). */
  reviewContext(url: URL, doc: Document): ReviewContext;
}

/**
 * Real URL shapes of a suite (from its documentation): `review` pages must be
 * recognised (given the suite's review markup), `other` pages of the same
 * suite (leave, payroll, profile, goals lists) must not, whatever their DOM.
 */
export interface SuiteUrls {
  review: readonly string[];
  other: readonly string[];
}
