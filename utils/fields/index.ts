/**
 * Puts text into a field of the host page the way typing would, so the page's
 * own scripts (React, Vue, Angular, rich-text editors) register the change and
 * the browser's undo can take it back. DOM only: no extension APIs.
 */

export type InsertMode = 'caret' | 'replace' | 'append';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** By tag name, so elements of another realm (an iframe editor) count too. */
function isTextControl(element: Element): element is TextControl {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}

/** Whether text can go into this element now. */
export function isEditable(element: Element): boolean {
  if (isTextControl(element)) return !element.disabled && !element.readOnly;
  if (element.tagName === 'IFRAME') return !!editorBodyOf(element as HTMLIFrameElement);
  return (element as HTMLElement).isContentEditable || element.getAttribute('contenteditable') === 'true';
}

function editorBodyOf(frame: HTMLIFrameElement): HTMLElement | undefined {
  try {
    const body = frame.contentDocument?.body;
    if (body && (body.isContentEditable || frame.contentDocument?.designMode === 'on')) return body;
  } catch {
    // cross-origin
  }
  return undefined;
}

/** Text with a separator before it when appending after existing content. */
function joinText(existing: string, text: string, mode: InsertMode): string {
  if (mode !== 'append' || existing.length === 0 || /\s$/.test(existing)) return text;
  return `\n${text}`;
}

function tryExecCommand(doc: Document, text: string): boolean {
  return exec(doc, 'insertText', text);
}

function exec(doc: Document, command: 'insertText' | 'insertParagraph', value?: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

/**
 * Types multi-line text into an editable region line by line, with a new
 * paragraph between lines (`insertParagraph`), as pressing Enter would: rich
 * editors (ProseMirror, Quill, Froala, TinyMCE, Odoo's) then build real
 * paragraphs in their own model, and each step can be undone.
 */
function execLines(doc: Document, text: string): boolean {
  const lines = text.split('\n');
  if (lines.length === 1) return tryExecCommand(doc, text);
  for (const [index, line] of lines.entries()) {
    if (index > 0 && !exec(doc, 'insertParagraph')) return false;
    if (line && !tryExecCommand(doc, line)) return false;
  }
  return true;
}

function insertIntoTextControl(control: TextControl, rawText: string, mode: InsertMode): boolean {
  const before = control.value;
  let start = control.selectionStart ?? before.length;
  let end = control.selectionEnd ?? before.length;
  if (mode === 'replace') [start, end] = [0, before.length];
  if (mode === 'append') [start, end] = [before.length, before.length];
  const text = control.tagName === 'INPUT' ? rawText.replace(/\s*\n+\s*/g, ' ') : joinText(before, rawText, mode);
  const expected = before.slice(0, start) + text + before.slice(end);

  control.focus();
  control.setSelectionRange(start, end);
  // execCommand keeps the browser's undo stack and fires beforeinput/input
  // exactly like typing. Where it is missing or refused, set the value through
  // the prototype's setter (frameworks patch the instance's) and announce it.
  if (tryExecCommand(control.ownerDocument, text) && control.value === expected) return true;

  const view = control.ownerDocument.defaultView ?? window;
  const proto = control.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setValue) setValue.call(control, expected);
  else control.value = expected;
  const caret = start + text.length;
  control.setSelectionRange(caret, caret);
  control.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  control.dispatchEvent(new view.Event('change', { bubbles: true }));
  return control.value === expected;
}

/** Last selection the user made inside each editable root, so a click in the sidebar does not lose the caret. */
const savedRanges = new WeakMap<HTMLElement, Range>();

export function rememberSelection(doc: Document): void {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  const start = range.startContainer;
  const host = (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest<HTMLElement>(
    '[contenteditable]:not([contenteditable="false"])',
  );
  if (host) savedRanges.set(editableRootOf(host), range.cloneRange());
}

function editableRootOf(element: HTMLElement): HTMLElement {
  let root = element;
  while (root.parentElement?.isContentEditable || root.parentElement?.getAttribute('contenteditable') === 'true') {
    root = root.parentElement;
  }
  return root;
}

function insertIntoEditable(root: HTMLElement, text: string, mode: InsertMode): boolean {
  const doc = root.ownerDocument;
  const view = doc.defaultView ?? window;
  const beforeText = root.textContent ?? '';
  // An editor inside an iframe: its window must have focus for the commands to apply.
  if (view !== window) view.focus();
  root.focus();
  const selection = doc.getSelection();
  if (!selection) return false;
  let range = savedRanges.get(root);
  if (mode !== 'caret' || !range || !root.contains(range.startContainer)) {
    range = doc.createRange();
    range.selectNodeContents(root);
    if (mode !== 'replace') range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
  const toInsert = mode === 'append' ? joinText(beforeText, text, mode) : text;

  const changed = () => (root.textContent ?? '') !== beforeText;

  // 1. Editors that own their model (Lexical, Slate, ProseMirror-style
  //    handlers) take text from `beforeinput` and cancel it. Chromium's
  //    execCommand fires no `beforeinput`, so offer the event first.
  const beforeInput = new view.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    inputType: 'insertText',
    data: toInsert,
  });
  if (!root.dispatchEvent(beforeInput)) return changed();

  // 2. Everything else: the browser's own editing commands, as typing would
  //    (undo works, editors observing the DOM see ordinary mutations). Judged
  //    by the result, not by the commands' return values.
  execLines(doc, toInsert);
  if (changed()) return true;

  // 3. No editing commands (or refused): edit the DOM and announce it.
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  toInsert.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  root.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: toInsert }));
  return (root.textContent ?? '') !== beforeText || toInsert.length === 0;
}

/**
 * Inserts `text` into a textarea, input, contenteditable region or iframe
 * editor: at the caret (replacing the selection), replacing everything, or
 * appended at the end. Never removes what the user wrote unless the mode is
 * `replace`. Returns whether the field now holds the text.
 */
export function insertIntoField(element: HTMLElement, text: string, mode: InsertMode = 'caret'): boolean {
  if (!text || !element.isConnected || !isEditable(element)) return false;
  if (isTextControl(element)) return insertIntoTextControl(element, text, mode);
  if (element.tagName === 'IFRAME') {
    const body = editorBodyOf(element as HTMLIFrameElement);
    return body ? insertIntoEditable(body, text, mode) : false;
  }
  return insertIntoEditable(editableRootOf(element), text, mode);
}
