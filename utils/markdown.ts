/**
 * Escaping user text for Markdown (GFM), shared by every Markdown the
 * extension writes (the preparation document, the notes export). A text can
 * add no heading, list, table cell, emphasis, link or HTML: structure
 * characters are escaped and `<` `>` become entities, so not even the
 * characters of a tag survive. Pure.
 */

/** Characters that start inline structure anywhere: emphasis, code, links, headings, cells, strikethrough. */
export function markdownInline(text: string): string {
  return text
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&') // `&lt;` typed by the user stays text
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Characters that start block structure at the start of a line: lists, setext underlines. */
function lineStart(line: string): string {
  return line.replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A text on one line (headings, table cells, labels), escaped. */
export function markdownLine(text: string): string {
  return markdownInline(text.replace(/\s+/g, ' ').trim());
}

/**
 * User text over several lines: one escaped line each (empty ones dropped),
 * joined by hard breaks and indented by `indent` to stay in its list item.
 */
export function markdownLines(text: string, indent: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => lineStart(markdownInline(line)))
    .join(`\\\n${indent}`);
}
