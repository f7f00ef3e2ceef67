/**
 * Text that came from outside (an imported file, a web page) made safe to
 * keep and to show: cut to a length without breaking a character, and rid
 * of the invisible characters that change how the text around them is shown.
 * Pure and tiny: the content script uses it too.
 */

/**
 * The first `max` UTF-16 code units of `text` (the unit the model's length
 * limits count), never ending in the first half of a surrogate pair: a cut
 * emoji or CJK extension character would otherwise leave a lone surrogate,
 * which shows as a replacement character and is not valid UTF-8 on export.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** `text` cut to `max` code units with an ellipsis as the last one, for labels and one-line summaries. */
export function shortenText(text: string, max: number): string {
  return text.length > max ? `${cutText(text, max - 1).trimEnd()}…` : text;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Direction controls: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), the isolates
 * LRI, RLI, FSI, PDI (U+2066–U+2069), and the marks LRM, RLM (U+200E, U+200F)
 * and ALM (U+061C). They reorder what is shown around them, so a title can
 * read differently from what it holds ("Trojan Source").
 */
const DIRECTION_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Line breaks of every convention: CR LF, CR, LF, and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;
/** Line breaks and tabs, with the spaces around them, in text that must stay on one line. */
const LAYOUT_BREAK = /[ ]*(?:[\t\n\r\u2028\u2029][ ]*)+/g;

export interface CleanText {
  text: string;
  /** Whether control or direction characters were removed (line breaks and tabs turned into spaces do not count). */
  removed: boolean;
}

/**
 * Text from outside with the direction controls and the control characters
 * removed. `multiline`: line breaks are kept (as `\n`) and so are tabs;
 * otherwise each run of line breaks and tabs becomes one space (a title
 * copied from a cell that wrapped).
 */
export function cleanText(text: string, options: { multiline: boolean }): CleanText {
  const stripped = text.replace(DIRECTION_CONTROL, '').replace(CONTROL, '');
  const removed = stripped.length !== text.length;
  const laidOut = options.multiline ? stripped.replace(LINE_BREAK, '\n') : stripped.replace(LAYOUT_BREAK, ' ');
  return { text: laidOut, removed };
}
