/**
 * Suite adapters are data: where the suite lives, which URLs and DOM make a
 * review page, where its answer fields are and how they are labelled. This
 * module turns such a description into an `Adapter`. Keeping the knowledge
 * declarative keeps the launcher small (every adapter ships in the content
 * script) and makes it testable as data.
 */
import { isShown, labelOf, textOf } from '../dom';
import { fieldKindOf, isSearchField } from './fields';
import { namesReview, pageWordsContext } from './generic';
import { readReviewContext, type ContextSpec } from './context';
import { mayBeReviewAddress } from './address';
import type { Adapter, ReviewField, SuiteAddress } from './types';

export { matchesPattern } from './patterns';

export interface AdapterSpec extends SuiteAddress {
  id: string;
  name: string;
  /** An element that only this suite's review pages have. */
  signature?: string;
  /** The title or a heading must name a review (for suites whose URLs say nothing). */
  needsReviewWords?: boolean;
  /** The suite's answer fields: textareas, inputs, editable roots or iframe editors. */
  fields: string;
  /** Regions whose fields are never review answers (chatter, comment composers, dialogs). */
  exclude?: string;
  /** The label a person reads for a field, when `<label>`/ARIA/the preceding heading is not it. */
  label?(field: HTMLElement): string | undefined;
  /**
   * Who is reviewed and who writes, as this suite's pages show it. Readers
   * left out fall back to the page's words (a heading naming a
   * self-evaluation or a manager's evaluation).
   */
  context?: ContextSpec;
}

/** The text of the first element matching `selector` inside the closest `container` of `field`. */
export function textNear(field: Element, container: string, selector: string): string | undefined {
  const text = textOf(field.closest(container)?.querySelector(selector));
  return text || undefined;
}

export function defineAdapter(spec: AdapterSpec): Adapter {
  const mayBeReviewUrl = (url: URL) => mayBeReviewAddress(spec, url);

  function isReviewPage(url: URL, doc: Document): boolean {
    if (!mayBeReviewUrl(url)) return false;
    if (spec.signature && !doc.querySelector(spec.signature)) return false;
    if (spec.needsReviewWords && !namesReview(doc)) return false;
    return true;
  }

  function findReviewFields(doc: Document): ReviewField[] {
    const fields: ReviewField[] = [];
    for (const element of doc.querySelectorAll<HTMLElement>(spec.fields)) {
      const kind = fieldKindOf(element);
      if (!kind || isSearchField(element) || !isShown(element)) continue;
      if (spec.exclude && element.closest(spec.exclude)) continue;
      const label = spec.label?.(element) || labelOf(element);
      fields.push({ element, kind, label });
    }
    return fields;
  }

  const context: ContextSpec = { ...pageWordsContext, ...spec.context };
  const reviewContext = (url: URL, doc: Document) => readReviewContext(context, url, doc);

  return { id: spec.id, name: spec.name, hosts: spec.hosts, mayBeReviewUrl, isReviewPage, findReviewFields, reviewContext };
}
