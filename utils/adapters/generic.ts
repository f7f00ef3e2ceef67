/**
 * The generic detector: recognises a self-evaluation / appraisal page of an
 * unknown or self-hosted suite from its words (EN, NL, FR, DE, ES) together
 * with free-text fields the user can fill in. A page that merely talks about
 * reviews (an article, a code review) is not a review page.
 */
import { isShown, labelOf, normalizeText, textOf } from '../dom';
import { FIELD_SELECTOR, fieldKindOf, isInDecoyRegion, isSearchField } from './fields';
import type { Adapter, ReviewField } from './types';
import { MANAGER_FORM_WORDS, readReviewContext, SELF_FORM_WORDS, type ContextSpec } from './context';
import { CODE_REVIEW_PATTERN, REVIEW_TERM_PATTERN, SHOP_CONTROL_PATTERN } from './vocabulary';

/** Where the page names itself: title, headings, form legends, landmarks' labels. */
const PAGE_NAME_SELECTOR =
  'h1, h2, h3, [role="heading"], legend, main[aria-label], form[aria-label], section[aria-label], [role="main"][aria-label]';

/**
 * The visible free-text fields of the page in document order, without search
 * boxes, navigation, comment threads and chats. Single-line inputs count only
 * when their label is review vocabulary (otherwise they are names, dates…).
 */
export function findGenericFields(doc: Document): ReviewField[] {
  const fields: ReviewField[] = [];
  for (const element of doc.querySelectorAll<HTMLElement>(FIELD_SELECTOR)) {
    const kind = fieldKindOf(element);
    if (!kind || isSearchField(element) || isInDecoyRegion(element) || !isShown(element)) continue;
    const label = labelOf(element);
    if (kind === 'input' && !REVIEW_TERM_PATTERN.test(normalizeText(label))) continue;
    fields.push({ element, kind, label });
  }
  return fields;
}

/** Text where the page says what it is: its title and its headings. */
export function pageNameText(doc: Document): string {
  // Read once per task: detection, then the self and manager words, ask for it in turn.
  const cached = pageNames.get(doc);
  if (cached !== undefined) return cached;
  const parts = [doc.title];
  for (const element of doc.querySelectorAll(PAGE_NAME_SELECTOR)) {
    if (!isShown(element)) continue;
    parts.push(element.getAttribute('aria-label') ?? '', textOf(element));
  }
  const text = normalizeText(parts.join(' \n '));
  pageNames.set(doc, text);
  queueMicrotask(() => pageNames.delete(doc));
  return text;
}
const pageNames = new WeakMap<Document, string>();

/** Text of the page's controls: buttons, links, tabs, submit inputs. */
function controlsText(doc: Document): string {
  const controls = Array.from(
    doc.querySelectorAll<HTMLElement>('button, a, [role="button"], [role="tab"], summary, input[type="submit"], input[type="button"]'),
  ).map((control) => (control instanceof HTMLInputElement ? control.value : textOf(control)));
  return normalizeText(controls.join(' \n '));
}

/** Whether the page shows code-review controls ("Request changes", "Pull request"). */
function looksLikeCodeReview(doc: Document, controls: string): boolean {
  return CODE_REVIEW_PATTERN.test(`${normalizeText(doc.title)} \n ${controls}`);
}

/** Whether the page is a shop's product page ("Add to cart", "In winkelwagen"): its reviews rate products. */
function looksLikeShop(controls: string): boolean {
  return SHOP_CONTROL_PATTERN.test(controls);
}

/** Whether the page's title or headings name a performance review (in any of our languages). */
export function namesReview(doc: Document): boolean {
  return REVIEW_TERM_PATTERN.test(pageNameText(doc));
}

export function isGenericReviewPage(doc: Document, fields = findGenericFields(doc)): boolean {
  if (fields.length === 0) return false;
  const namedByPage = namesReview(doc);
  const namedByField = fields.some((field) => REVIEW_TERM_PATTERN.test(normalizeText(field.label)));
  if (!namedByPage && !namedByField) return false;
  const controls = controlsText(doc);
  return !looksLikeCodeReview(doc, controls) && !looksLikeShop(controls);
}

/**
 * What any page tells about whose review it is when nothing else does: its
 * title and headings name a self-evaluation or a manager's evaluation. Names
 * are not read: an unknown suite's user menu cannot be told from any other
 * name on the page.
 */
export const pageWordsContext: ContextSpec = {
  isSelfForm: (_url, doc) => SELF_FORM_WORDS.test(pageNameText(doc)),
  isManagerForm: (_url, doc) => MANAGER_FORM_WORDS.test(pageNameText(doc)),
};

export const genericAdapter: Adapter = {
  id: 'generic',
  name: 'Other HR suites (generic detector)',
  hosts: [],
  isReviewPage: (_url, doc) => isGenericReviewPage(doc),
  findReviewFields: findGenericFields,
  reviewContext: (url, doc) => readReviewContext(pageWordsContext, url, doc),
};
