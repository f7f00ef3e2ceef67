/**
 * Small DOM helpers shared by the adapters and the field inserter. DOM only:
 * no extension APIs, so they run in any page, in the content script and in
 * tests (happy-dom, which has no layout: visibility is decided from
 * attributes and computed styles, never from sizes).
 */
import { cutText } from '../text';

/** Lower case, accents removed, typographic quotes and dashes made plain, spaces collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Visible text of an element, spaces collapsed (textContent: no layout needed). */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether the user can see the element: not hidden by an attribute, by
 * `display: none`, `visibility: hidden`, `inert`, a closed `<details>` or
 * `aria-hidden` on itself or an ancestor.
 */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return false;
    if (node.getAttribute('aria-hidden') === 'true') return false;
    if (node.tagName === 'DETAILS' && node !== element && !(node as HTMLDetailsElement).open) {
      // Only the summary of a closed <details> is shown.
      const summary: Element | null = node.querySelector(':scope > summary');
      if (!summary || !summary.contains(element)) return false;
    }
  }
  // The browser's own answer (rendered, not `display: none` up the tree, not
  // `visibility: hidden`): one call instead of a style object per ancestor.
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === element && style.visibility === 'hidden'))) return false;
  }
  return true;
}

/** The element's own text field value for a label, trimmed and shortened. */
function clean(text: string | null | undefined, max = 160): string {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > max ? `${cutText(value, max - 1)}…` : value;
}

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, label, th, dt';

/**
 * Text of a `<label>` without the text of the controls it wraps: a textarea's
 * saved draft, a select's options or an editor's content are not its label.
 */
function labelText(label: Element): string {
  if (!label.querySelector('textarea, select, [contenteditable]')) return textOf(label);
  const copy = label.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll('textarea, select, [contenteditable]')) control.remove();
  return textOf(copy);
}

/**
 * The label a person reads for a field: `aria-labelledby`, `aria-label`,
 * `<label for>`, an enclosing `<label>`, the fieldset legend, then the
 * nearest preceding heading-like element, then placeholder or title.
 */
export function labelOf(field: HTMLElement): string {
  const doc = field.ownerDocument;
  const labelledBy = field.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => textOf(doc.getElementById(id)))
      .filter(Boolean)
      .join(' ');
    if (text) return clean(text);
  }
  const ariaLabel = clean(field.getAttribute('aria-label'));
  if (ariaLabel) return ariaLabel;
  if (field.id) {
    for (const label of doc.getElementsByTagName('label')) {
      if (label.htmlFor === field.id && labelText(label)) return clean(labelText(label));
    }
  }
  const enclosing = field.closest('label');
  if (enclosing && labelText(enclosing)) return clean(labelText(enclosing));
  const legend = field.closest('fieldset')?.querySelector(':scope > legend');
  if (legend && textOf(legend)) return clean(textOf(legend));
  const preceding = precedingHeading(field);
  if (preceding) return clean(textOf(preceding));
  return clean(field.getAttribute('placeholder') ?? field.getAttribute('title'));
}

/**
 * The nearest heading-like element before `field` in document order, looking
 * at previous siblings of the field and of its ancestors (a few levels up).
 */
export function precedingHeading(field: Element, maxLevels = 6): Element | undefined {
  let node: Element | null = field;
  for (let level = 0; node && level < maxLevels; level++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.matches(HEADING_SELECTOR) && textOf(sibling)) return sibling;
      const inner = sibling.querySelectorAll(HEADING_SELECTOR);
      for (let i = inner.length - 1; i >= 0; i--) {
        if (textOf(inner[i])) return inner[i];
      }
      // A short text block directly before a field acts as its label.
      if (!sibling.querySelector('textarea, input, [contenteditable]')) {
        const text = textOf(sibling);
        if (text && text.length <= 120) return sibling;
      }
    }
  }
  return undefined;
}

/** Whether the element is an editable root: contenteditable whose parent is not editable. */
export function isEditableRoot(element: HTMLElement): boolean {
  const value = element.getAttribute('contenteditable');
  if (value === null || value === 'false') return false;
  const parent = element.parentElement;
  return !parent || !parent.closest('[contenteditable]:not([contenteditable="false"])');
}
