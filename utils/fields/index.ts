/**
 * Puts text into a field of the host page the way the page's own editor takes
 * text from the user, so that the editor keeps it in its own model (React and
 * Vue state, Quill's delta, ProseMirror's and Lexical's documents…), keeps
 * paragraphs, and its undo takes the insertion back. DOM only: no extension APIs.
 */

export type InsertMode = 'caret' | 'replace' | 'append';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** How long an editor may take to apply text it took from an event (Lexical, Slate and Draft.js apply it a moment later). */
const SETTLE_MS = 750;

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

/** The document of a same-origin iframe editor (TinyMCE's classic mode), or undefined. */
export function editorDocumentOf(element: Element | null): Document | undefined {
  return element?.tagName === 'IFRAME' ? editorBodyOf(element as HTMLIFrameElement)?.ownerDocument : undefined;
}

/** A space between the text and a word right before or after the caret, so that no two words are glued. */
function padAtCaret(before: string, text: string, after: string): string {
  if (text.includes('\n')) return text;
  const glueBefore = /[\p{L}\p{N}.,;:!?)\]]$/u.test(before) && /^[^\s]/.test(text);
  const glueAfter = /^[\p{L}\p{N}([]/u.test(after) && /[^\s]$/.test(text);
  return `${glueBefore ? ' ' : ''}${text}${glueAfter ? ' ' : ''}`;
}

function exec(doc: Document, command: 'insertText' | 'insertParagraph', value?: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

function insertIntoTextControl(control: TextControl, rawText: string, mode: InsertMode): boolean {
  const before = control.value;
  let start = control.selectionStart ?? before.length;
  let end = control.selectionEnd ?? before.length;
  if (mode === 'replace') [start, end] = [0, before.length];
  if (mode === 'append') [start, end] = [before.length, before.length];
  const inline = control.tagName === 'INPUT';
  let text = inline ? rawText.replace(/\s*\n+\s*/g, ' ') : rawText;
  if (mode === 'append' && /\S$/.test(before)) text = (inline ? ' ' : '\n') + text;
  if (mode === 'caret') text = padAtCaret(before.slice(0, start), text, before.slice(end));
  const expected = before.slice(0, start) + text + before.slice(end);

  control.focus();
  control.setSelectionRange(start, end);
  const view = control.ownerDocument.defaultView ?? window;
  // Fields bound on `change` (Vue's `v-model.lazy`, Knockout's value binding)
  // hold the text at once, not only when the user leaves the field; the others
  // have already seen `input`.
  const committed = () => control.dispatchEvent(new view.Event('change', { bubbles: true }));
  // execCommand keeps the browser's undo stack and fires beforeinput/input
  // exactly like typing. Where it is missing or refused, set the value through
  // the prototype's setter (frameworks patch the instance's) and announce it.
  if (exec(control.ownerDocument, 'insertText', text) && control.value === expected) {
    committed();
    return true;
  }

  const proto = control.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setValue) setValue.call(control, expected);
  else control.value = expected;
  const caret = start + text.length;
  control.setSelectionRange(caret, caret);
  control.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  committed();
  return control.value === expected;
}

/**
 * Last selection the user made inside each editable root, so a click in the
 * sidebar does not lose the caret (Draft.js even removes the selection on
 * blur). Kept on the global object: the launcher remembers and its second
 * half (entrypoints/launcher-kit, another bundle with its own copy of this
 * module, in the same isolated world the page cannot see) inserts.
 */
const SAVED_RANGES = Symbol.for('review-companion.saved-ranges');
const savedRanges: WeakMap<HTMLElement, Range> = ((globalThis as { [SAVED_RANGES]?: WeakMap<HTMLElement, Range> })[SAVED_RANGES] ??=
  new WeakMap());

/**
 * Remembers where the user's caret is in `doc` (the page, or a same-origin
 * iframe editor's document): call it on `selectionchange`.
 */
export function rememberSelection(doc: Document): void {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  const start = range.startContainer;
  const host = (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest<HTMLElement>(
    '[contenteditable]:not([contenteditable="false"])',
  );
  if (host) savedRanges.set(editableRootOf(host), range.cloneRange());
  else if (doc.designMode === 'on' && doc.body?.contains(start)) savedRanges.set(doc.body, range.cloneRange());
}

function editableRootOf(element: HTMLElement): HTMLElement {
  let root = element;
  while (root.parentElement?.isContentEditable || root.parentElement?.getAttribute('contenteditable') === 'true') {
    root = root.parentElement;
  }
  return root;
}

/** The user's caret in `root`: remembered, else the document's own selection (an iframe's document keeps it while focus is elsewhere). */
function caretIn(root: HTMLElement, selection: Selection): Range | undefined {
  const saved = savedRanges.get(root);
  if (saved && root.contains(saved.startContainer) && root.contains(saved.endContainer)) return saved.cloneRange();
  if (selection.rangeCount > 0) {
    const current = selection.getRangeAt(0);
    if (root.contains(current.startContainer) && root.contains(current.endContainer)) return current.cloneRange();
  }
  return undefined;
}

/** A collapsed range at the end of the root's last text (not after its last block, where editors would not look). */
function endOf(root: HTMLElement): Range {
  const range = root.ownerDocument.createRange();
  let node: Node = root;
  while (node.lastChild && node.lastChild.nodeName !== 'BR') node = node.lastChild;
  if (node.nodeType === 3) range.setStart(node, (node as Text).length);
  else range.setStart(node, node.childNodes.length);
  range.collapse(true);
  return range;
}

/**
 * A caret in an empty block (`<p><br></p>`) put after the placeholder: pasted
 * paragraphs then replace the empty block instead of splitting it (Lexical
 * would leave an empty paragraph after them).
 */
function afterPlaceholder(range: Range): Range {
  const node = range.startContainer;
  if (!range.collapsed || node.nodeType !== 1 || node.textContent !== '' || node.childNodes.length !== 1 || node.firstChild?.nodeName !== 'BR') {
    return range;
  }
  const moved = range.cloneRange();
  moved.setStart(node, 1);
  moved.collapse(true);
  return moved;
}

/** Text of a root as the user reads it: blocks' text without the whitespace editors put between or around them. */
function visibleText(root: HTMLElement): string {
  return (root.textContent ?? '').replace(/[\u00a0\u200b\ufeff]/g, (char) => (char === '\u00a0' ? ' ' : ''));
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Whether every line of the text is in the root more often than before (so the editor rendered it from its model). */
function holdsLines(root: HTMLElement, before: string, lines: string[]): boolean {
  const now = visibleText(root);
  const wanted = lines.map((line) => line.trim()).filter(Boolean);
  return wanted.length > 0 && wanted.every((line) => occurrences(now, line) > occurrences(before, line));
}

/** How long editors may take to follow a selection change (Slate throttles it to 100 ms). */
const SELECTION_SYNC_MS = 120;

/** How long to watch for an event an editor did not cancel but may still apply (CKEditor applies typing after 50 ms). */
const DEFERRED_MS = 150;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The next frame, or a short wait where no frame comes (a hidden tab). */
const nextFrame = () => Promise.race([new Promise<void>((resolve) => requestAnimationFrame(() => resolve())), delay(50)]);

/** Waits until the root holds the lines (editors that apply cancelled events a moment later), at most SETTLE_MS. */
async function settled(root: HTMLElement, before: string, lines: string[]): Promise<boolean> {
  const deadline = Date.now() + SETTLE_MS;
  await Promise.resolve();
  while (!holdsLines(root, before, lines)) {
    if (Date.now() > deadline) return false;
    await new Promise<void>((resolve) => setTimeout(resolve, 16));
  }
  return true;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A paste of the lines, as the clipboard would give it: plain text alone, or
 * HTML with one paragraph per line beside plain text with a blank line between
 * lines (TinyMCE reads HTML this plain as text, and makes a paragraph of each
 * line between blank lines). Rich editors record a paste as one undo step.
 * True when the editor took it at once (cancelled the event), undefined when
 * no paste could be made.
 */
function offerPaste(root: HTMLElement, view: typeof window, lines: string[], withHtml: boolean): boolean | undefined {
  const paste = pasteOf(view, lines, withHtml);
  if (!paste) return undefined;
  try {
    return !root.dispatchEvent(paste);
  } catch {
    return undefined;
  }
}

/** The paste event for `lines`, or undefined where the browser cannot make one that carries them. */
function pasteOf(view: typeof window, lines: string[], withHtml: boolean): ClipboardEvent | undefined {
  try {
    // Firefox: objects a content script makes are hidden from the page's
    // scripts (the editor would find no clipboardData): make them in the page's realm.
    const pageView = ((view as { wrappedJSObject?: typeof window }).wrappedJSObject ?? view) as typeof window;
    const data = new pageView.DataTransfer();
    data.setData('text/plain', lines.join(withHtml ? '\n\n' : '\n'));
    if (withHtml) data.setData('text/html', lines.map((line) => `<p>${line ? escapeHtml(line) : '<br>'}</p>`).join(''));
    const init = { bubbles: true, cancelable: true, clipboardData: data };
    const paste = new pageView.ClipboardEvent('paste', pageView === view ? init : exportToPage(init, view));
    // Firefox gives a made-up paste an empty clipboard: editors would take it and insert nothing.
    return paste.clipboardData?.getData('text/plain') === data.getData('text/plain') ? paste : undefined;
  } catch {
    return undefined;
  }
}

/** Firefox's `cloneInto` (content scripts only): an object the page's realm may read, DOM objects in it kept. */
function exportToPage<T extends object>(value: T, view: Window): T {
  const cloneInto = (globalThis as { cloneInto?: (value: T, target: Window, options: { wrapReflectors: boolean }) => T }).cloneInto;
  return cloneInto ? cloneInto(value, view, { wrapReflectors: true }) : value;
}

/**
 * Which paste to offer first. HTML paragraphs give blocks in most editors;
 * plain text where no block must be made, and where a new paragraph must come
 * first (pasted HTML's empty first paragraph is kept or dropped by most).
 * Two editors are known by the mark on their root and differ.
 */
function pasteHtmlFirst(root: HTMLElement, lines: string[]): boolean {
  // Lexical keeps an empty paragraph after pasted HTML paragraphs; its plain-text paste makes paragraphs.
  if (root.closest('[data-lexical-editor]')) return false;
  if (lines.length === 1) return false;
  // CKEditor 5 makes a soft line break of a plain-text newline, and starts a new paragraph from HTML's empty one.
  if (lines[0] === '') return root.closest('.ck-editor__editable') !== null;
  return true;
}

/** `beforeinput` for each line with `insertParagraph` between, as typing would: true when the editor took the first. */
function offerBeforeInput(root: HTMLElement, view: typeof window, lines: string[]): boolean {
  let took = false;
  /** The first event decides: an editor that did not take it handles none of them. */
  const offer = (inputType: string, data: string | null) => {
    const taken = !root.dispatchEvent(new view.InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType, data }));
    took ||= taken;
    return taken || took;
  };
  for (const [index, line] of lines.entries()) {
    if (index > 0 && !offer('insertParagraph', null)) return false;
    if (line && !offer('insertText', line)) return false;
  }
  return took;
}

/**
 * React (and so Draft.js) takes typed text from Chromium's `textInput` event,
 * not from `beforeinput`. One line only. True when the editor took it.
 */
function offerTextInput(root: HTMLElement, doc: Document, text: string): boolean {
  const view = doc.defaultView as (Window & { TextEvent?: unknown }) | null;
  if (!view?.TextEvent || text.includes('\n')) return false;
  try {
    const event = doc.createEvent('TextEvent') as Event & {
      initTextEvent(type: string, bubbles: boolean, cancelable: boolean, view: Window, data: string): void;
    };
    event.initTextEvent('textInput', true, true, view, text);
    return !root.dispatchEvent(event);
  } catch {
    return false;
  }
}

/** The browser's own editing commands, line by line with a paragraph between, as pressing Enter would. */
function execLines(doc: Document, lines: string[]): void {
  for (const [index, line] of lines.entries()) {
    if (index > 0 && !exec(doc, 'insertParagraph')) return;
    if (line && !exec(doc, 'insertText', line)) return;
  }
}

/** Last resort for a plain contenteditable where nothing took the text: edit the DOM and announce it. */
function insertNodes(root: HTMLElement, view: typeof window, selection: Selection, lines: string[]): void {
  const doc = root.ownerDocument;
  const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : endOf(root);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  lines.forEach((line, index) => {
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
  root.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: lines.join('\n') }));
}

async function insertIntoEditable(root: HTMLElement, text: string, mode: InsertMode): Promise<boolean> {
  const doc = root.ownerDocument;
  const view = doc.defaultView ?? window;
  const selection = doc.getSelection();
  if (!selection) return false;
  const before = visibleText(root);
  // Read before focusing: focus may move the selection.
  const caret = mode === 'caret' ? caretIn(root, selection) : undefined;
  // An editor inside an iframe: its window must have focus for the commands to apply.
  if (view !== window) view.focus();
  root.focus({ preventScroll: true });
  let range = caret && afterPlaceholder(caret);
  if (!range) {
    range = doc.createRange();
    if (mode === 'replace') range.selectNodeContents(root);
    else range = endOf(root);
  }
  selection.removeAllRanges();
  selection.addRange(range);
  // Let the editor read the selection: editors follow `selectionchange`, some
  // on the next frame, Slate at most every 100 ms.
  await nextFrame();
  await delay(SELECTION_SYNC_MS);

  let lines = text.split('\n');
  if (caret && lines.length === 1 && caret.startContainer.nodeType === 3) {
    const node = caret.startContainer as Text;
    const endText = caret.endContainer.nodeType === 3 ? (caret.endContainer as Text).data.slice(caret.endOffset) : '';
    lines = [padAtCaret(node.data.slice(0, caret.startOffset), text, endText)];
  }
  // Not where the user's caret was, after what the field holds: as a new paragraph.
  if (!caret && mode !== 'replace' && before.trim() !== '') lines = ['', ...lines];

  // TinyMCE makes a line break of a paste that starts with a new paragraph
  // (in every form: text, HTML, an empty paragraph first): there the browser
  // makes the paragraph and the paste fills it; TinyMCE's undo step for the
  // paste takes both back. Only where a paste can be made (not in Firefox).
  if (lines[0] === '' && lines.length > 1 && root.classList.contains('mce-content-body') && pasteOf(view, lines, false)) {
    if (exec(doc, 'insertParagraph')) lines = lines.slice(1);
  }

  // What the editor does with an event it did not cancel tells whether it took
  // it: some apply it a moment later (CKEditor's typing, TinyMCE's paste).
  const changedSoon = async () => {
    await delay(DEFERRED_MS);
    return visibleText(root) !== before;
  };
  // 1. A paste: the one event that gives every rich editor blocks in one undo
  //    step. Plain text first where no new paragraph must start the text;
  //    several lines as paragraphs of HTML first otherwise.
  const htmlFirst = pasteHtmlFirst(root, lines);
  for (const withHtml of [htmlFirst, !htmlFirst]) {
    const took = offerPaste(root, view, lines, withHtml);
    if (took || (took === false && (await changedSoon()))) return settled(root, before, lines);
  }
  // 2. `beforeinput` per line, taken by editors that own their model (Lexical,
  //    Slate); Chromium's execCommand fires none. React-era editors (Draft.js)
  //    listen for `textInput` instead.
  if (offerBeforeInput(root, view, lines) || (await changedSoon())) return settled(root, before, lines);
  if (lines.length === 1 && (offerTextInput(root, doc, lines[0]!) || (await changedSoon()))) return settled(root, before, lines);
  // 3. Nothing took it: the browser's own editing commands, as typing would
  //    (undo works, editors observing the DOM see ordinary mutations).
  execLines(doc, lines);
  if (holdsLines(root, before, lines)) {
    // The commands announced each line as typed; editors that keep an undo
    // step per paste but none for typing (TinyMCE) learn that it was one.
    root.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    return true;
  }
  // 4. No editing commands (or refused): edit the DOM and announce it.
  insertNodes(root, view, selection, lines);
  return holdsLines(root, before, lines);
}

/**
 * Inserts `text` into a textarea, input, contenteditable region or iframe
 * editor: at the user's caret (replacing the selection), replacing
 * everything, or appended at the end. Where the user's caret is not in the
 * field, 'caret' appends. Appended text follows what the field holds after a
 * separator (a space in a single-line input, a new line or paragraph
 * otherwise). (A textarea's caret is always somewhere: the caller says
 * 'append' where it was not the user's.) Never removes what the user wrote unless the mode is `replace`.
 * Resolves to whether the field (the editor's own model, as it renders it)
 * now holds the text.
 */
export async function insertIntoField(element: HTMLElement, text: string, mode: InsertMode = 'caret'): Promise<boolean> {
  if (!text || !element.isConnected || !isEditable(element)) return false;
  if (isTextControl(element)) return insertIntoTextControl(element, text, mode);
  if (element.tagName === 'IFRAME') {
    const body = editorBodyOf(element as HTMLIFrameElement);
    return body ? insertIntoEditable(body, text, mode) : false;
  }
  return insertIntoEditable(editableRootOf(element), text, mode);
}
