import { M as import_browser_polyfill, d, n as cutText, s as A, u as b, w as onDataChanged } from "./theme-CT48nkKe.js";
// components/openPage.ts
/** Opens one of the extension's own pages in a new tab (works from the popup, options and the sidebar iframe). */
function openExtensionPage(path) {
	import_browser_polyfill.default.tabs.create({ url: import_browser_polyfill.default.runtime.getURL(path) });
}
// components/useReviewData.ts
/**
* The current cycle with its goals and notes from `load`, re-read whenever
* any extension page changes data.
*/
function useReviewData(load) {
	const [state, setState] = d({ status: "loading" });
	const reload = b(async () => {
		try {
			setState({
				status: "ready",
				data: await load()
			});
		} catch (error) {
			setState({
				status: "error",
				error: error instanceof Error ? error.message : String(error)
			});
		}
	}, [load]);
	A(() => {
		reload();
		return onDataChanged(() => void reload());
	}, [reload]);
	return [state, reload];
}
// utils/dom/index.ts
/**
* Small DOM helpers shared by the adapters and the field inserter. DOM only:
* no extension APIs, so they run in any page, in the content script and in
* tests (happy-dom, which has no layout: visibility is decided from
* attributes and computed styles, never from sizes).
*/
/** Lower case, accents removed, typographic quotes and dashes made plain, spaces collapsed. */
function normalizeText(text) {
	return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, " ").trim().toLowerCase();
}
/** Visible text of an element, spaces collapsed (textContent: no layout needed). */
function textOf(element) {
	return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}
/**
* Whether the user can see the element: not hidden by an attribute, by
* `display: none`, `visibility: hidden`, `inert`, a closed `<details>` or
* `aria-hidden` on itself or an ancestor.
*/
function isShown(element) {
	const view = element.ownerDocument.defaultView;
	for (let node = element; node; node = node.parentElement) {
		if (node.hasAttribute("hidden") || node.hasAttribute("inert")) return false;
		if (node.getAttribute("aria-hidden") === "true") return false;
		if (node.tagName === "DETAILS" && node !== element && !node.open) {
			const summary = node.querySelector(":scope > summary");
			if (!summary || !summary.contains(element)) return false;
		}
		const style = view?.getComputedStyle(node);
		if (style && (style.display === "none" || node === element && style.visibility === "hidden")) return false;
	}
	return true;
}
/** The element's own text field value for a label, trimmed and shortened. */
function clean(text, max = 160) {
	const value = (text ?? "").replace(/\s+/g, " ").trim();
	return value.length > max ? `${cutText(value, max - 1)}…` : value;
}
var HEADING_SELECTOR = "h1, h2, h3, h4, h5, h6, [role=\"heading\"], legend, label, th, dt";
/**
* Text of a `<label>` without the text of the controls it wraps: a textarea's
* saved draft, a select's options or an editor's content are not its label.
*/
function labelText(label) {
	if (!label.querySelector("textarea, select, [contenteditable]")) return textOf(label);
	const copy = label.cloneNode(true);
	for (const control of copy.querySelectorAll("textarea, select, [contenteditable]")) control.remove();
	return textOf(copy);
}
/**
* The label a person reads for a field: `aria-labelledby`, `aria-label`,
* `<label for>`, an enclosing `<label>`, the fieldset legend, then the
* nearest preceding heading-like element, then placeholder or title.
*/
function labelOf(field) {
	const doc = field.ownerDocument;
	const labelledBy = field.getAttribute("aria-labelledby");
	if (labelledBy) {
		const text = labelledBy.split(/\s+/).map((id) => textOf(doc.getElementById(id))).filter(Boolean).join(" ");
		if (text) return clean(text);
	}
	const ariaLabel = clean(field.getAttribute("aria-label"));
	if (ariaLabel) return ariaLabel;
	if (field.id) {
		for (const label of doc.getElementsByTagName("label")) if (label.htmlFor === field.id && labelText(label)) return clean(labelText(label));
	}
	const enclosing = field.closest("label");
	if (enclosing && labelText(enclosing)) return clean(labelText(enclosing));
	const legend = field.closest("fieldset")?.querySelector(":scope > legend");
	if (legend && textOf(legend)) return clean(textOf(legend));
	const preceding = precedingHeading(field);
	if (preceding) return clean(textOf(preceding));
	return clean(field.getAttribute("placeholder") ?? field.getAttribute("title"));
}
/**
* The nearest heading-like element before `field` in document order, looking
* at previous siblings of the field and of its ancestors (a few levels up).
*/
function precedingHeading(field, maxLevels = 6) {
	let node = field;
	for (let level = 0; node && level < maxLevels; level++, node = node.parentElement) for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
		if (sibling.matches(HEADING_SELECTOR) && textOf(sibling)) return sibling;
		const inner = sibling.querySelectorAll(HEADING_SELECTOR);
		for (let i = inner.length - 1; i >= 0; i--) if (textOf(inner[i])) return inner[i];
		if (!sibling.querySelector("textarea, input, [contenteditable]")) {
			const text = textOf(sibling);
			if (text && text.length <= 120) return sibling;
		}
	}
}
/** Whether the element is an editable root: contenteditable whose parent is not editable. */
function isEditableRoot(element) {
	const value = element.getAttribute("contenteditable");
	if (value === null || value === "false") return false;
	const parent = element.parentElement;
	return !parent || !parent.closest("[contenteditable]:not([contenteditable=\"false\"])");
}
export { textOf as a, normalizeText as i, isShown as n, useReviewData as o, labelOf as r, openExtensionPage as s, isEditableRoot as t };
