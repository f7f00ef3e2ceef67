// utils/patch.ts
/**
* What a form changed, as a patch for a repository's `update` (which reads
* and writes the record in one transaction): only these fields are written,
* so what another page changed meanwhile in other fields is kept.
*/
/**
* The `keys` whose value in `after` differs from `before` (compared by
* value). A field `after` leaves out that `before` had is `undefined` in the
* patch: the update removes it.
*/
function changedFields(before, after, keys) {
	const patch = {};
	for (const key of keys) if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
	return patch;
}
// components/download.ts
/** Saves `content` as a file the user downloads (the only way data leaves the machine). */
function download(name, content, type) {
	const url = URL.createObjectURL(new Blob([content], { type }));
	Object.assign(document.createElement("a"), {
		href: url,
		download: name
	}).click();
	setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
// utils/markdown.ts
/**
* Escaping user text for Markdown (GFM), shared by every Markdown the
* extension writes (the preparation document, the notes export). A text can
* add no heading, list, table cell, emphasis, link or HTML: structure
* characters are escaped and `<` `>` become entities, so not even the
* characters of a tag survive. Pure.
*/
/** Characters that start inline structure anywhere: emphasis, code, links, headings, cells, strikethrough. */
function markdownInline(text) {
	return text.replace(/[\\`*_[\]#|~]/g, "\\$&").replace(/&(?=#?\w+;)/g, "\\&").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** Characters that start block structure at the start of a line: lists, setext underlines. */
function lineStart(line) {
	return line.replace(/^[-+=]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2");
}
/** A text on one line (headings, table cells, labels), escaped. */
function markdownLine(text) {
	return markdownInline(text.replace(/\s+/g, " ").trim());
}
/**
* User text over several lines: one escaped line each (empty ones dropped),
* joined by hard breaks and indented by `indent` to stay in its list item.
*/
function markdownLines(text, indent) {
	return text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter(Boolean).map((line) => lineStart(markdownInline(line))).join(`\\\n${indent}`);
}
export { changedFields as i, markdownLines as n, download as r, markdownLine as t };
