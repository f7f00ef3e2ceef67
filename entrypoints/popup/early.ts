/**
 * What the user did in the popup before its app ran: popup.html holds the
 * note box, focused by public/popup-start.js while the modules load. Read
 * once, in the same task as the app's first render, so nothing typed falls
 * between the two.
 */
export interface EarlyInput {
  /** What is in the box (typed before the app ran): it wins over a restored draft. */
  text: string;
  /** Ctrl+Enter (⌘+Enter) was pressed before the app ran: save at once. */
  saveAsked: boolean;
}

interface PopupStart {
  stop(): boolean;
}

/** Takes over from popup-start.js: stops its listener and reads what was typed. */
export function takeEarlyInput(doc: Document = document): EarlyInput {
  const start = (globalThis as { reviewCompanionPopupStart?: PopupStart }).reviewCompanionPopupStart;
  const saveAsked = start?.stop() ?? false;
  const box = doc.getElementById('note-text');
  const text = box instanceof HTMLTextAreaElement ? box.value : '';
  return { text, saveAsked };
}
