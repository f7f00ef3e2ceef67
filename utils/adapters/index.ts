/**
 * The adapter registry and the one entry point the launcher uses. Suite
 * adapters come first; the generic multilingual detector is the fallback for
 * unknown and self-hosted suites.
 */
import { findGenericFields, genericAdapter, isGenericReviewPage } from './generic';
import type { Adapter, ReviewPageMatch } from './types';

export type { Adapter, FieldKind, ReviewField, ReviewPageMatch } from './types';
export { findGenericFields } from './generic';

/** Suite-specific adapters, one file each (none yet: the generic detector covers every suite for now). */
export const SUITE_ADAPTERS: readonly Adapter[] = [];

export const ADAPTERS: readonly Adapter[] = [...SUITE_ADAPTERS, genericAdapter];

/** Whether `url` is one of the review pages of a suite, and which of its fields take text. */
export function detectReviewPage(url: URL, doc: Document): ReviewPageMatch | null {
  for (const adapter of SUITE_ADAPTERS) {
    if (adapter.isReviewPage(url, doc)) {
      return { adapterId: adapter.id, fields: adapter.findReviewFields(doc) };
    }
  }
  const fields = findGenericFields(doc);
  return isGenericReviewPage(doc, fields) ? { adapterId: genericAdapter.id, fields } : null;
}
