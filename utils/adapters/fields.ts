/**
 * What counts as a text field the user can write a review answer in, shared
 * by the generic detector and the suite adapters. DOM only.
 */
import { isEditableRoot } from '../dom';
import type { FieldKind } from './types';

/** Class or id tokens of regions that hold comment threads, chats or search, never review answers. */
const DECOY_TOKEN =
  /^(?:comments?|comment[-_]?(?:form|section|area|list|box|respond|thread)s?|commentform|respond|repl(?:y|ies)|chat|messenger|discussion|disqus|search(?:[-_]?(?:box|bar|form))?|site[-_]?search)$/i;
/** Words of search boxes in the four languages plus Spanish. */
const SEARCH_WORDS = /\b(?:search|zoek|zoeken|recherche|rechercher|suche|suchen|buscar)\b/i;

export const FIELD_SELECTOR = 'textarea, input, [contenteditable], iframe';
const TEXT_INPUT_TYPES = new Set(['', 'text']);

export function isInDecoyRegion(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.matches('nav, [role="search"], [role="navigation"], header[role="banner"]')) return true;
    const tokens = [node.id, ...Array.from(node.classList)];
    if (tokens.some((token) => token && DECOY_TOKEN.test(token))) return true;
  }
  return false;
}

export function isSearchField(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement && element.type === 'search') return true;
  if (element.getAttribute('role') === 'searchbox') return true;
  const hints = ['name', 'id', 'placeholder', 'aria-label', 'title']
    .map((attribute) => element.getAttribute(attribute) ?? '')
    .join(' ');
  return SEARCH_WORDS.test(hints);
}

/** Same-origin iframe whose document is an editor (designMode or an editable body). */
function isIframeEditor(frame: HTMLIFrameElement): boolean {
  try {
    const doc = frame.contentDocument;
    return !!doc && (doc.designMode === 'on' || !!doc.body?.isContentEditable || doc.body?.getAttribute('contenteditable') === 'true');
  } catch {
    return false; // cross-origin frame: not ours to touch
  }
}

export function fieldKindOf(element: HTMLElement): FieldKind | undefined {
  if (element instanceof HTMLTextAreaElement) {
    return element.disabled || element.readOnly ? undefined : 'textarea';
  }
  if (element instanceof HTMLInputElement) {
    return TEXT_INPUT_TYPES.has(element.getAttribute('type')?.toLowerCase() ?? '') &&
      !element.disabled &&
      !element.readOnly
      ? 'input'
      : undefined;
  }
  if (element instanceof HTMLIFrameElement) return isIframeEditor(element) ? 'iframe-editor' : undefined;
  return isEditableRoot(element) ? 'contenteditable' : undefined;
}
