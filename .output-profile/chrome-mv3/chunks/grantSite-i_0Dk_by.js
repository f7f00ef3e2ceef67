import { M as import_browser_polyfill, X as AUTO_ADAPTER } from "./theme-CT48nkKe.js";
import { v as siteRules } from "./saveError-DOuKgIJL.js";
import { a as textOf, i as normalizeText, n as isShown, r as labelOf, t as isEditableRoot } from "./dom-BiHt3RpV.js";
// utils/adapters/fields.ts
/**
* What counts as a text field the user can write a review answer in, shared
* by the generic detector and the suite adapters. DOM only.
*/
/** Class or id tokens of regions that hold comment threads, chats or search, never review answers. */
var DECOY_TOKEN = /^(?:comments?|comment[-_]?(?:form|section|area|list|box|respond|thread)s?|commentform|respond|repl(?:y|ies)|chat|messenger|discussion|disqus|search(?:[-_]?(?:box|bar|form))?|site[-_]?search)$/i;
/** Words of search boxes in the four languages plus Spanish. */
var SEARCH_WORDS = /\b(?:search|zoek|zoeken|recherche|rechercher|suche|suchen|buscar)\b/i;
var FIELD_SELECTOR = "textarea, input, [contenteditable], iframe";
var TEXT_INPUT_TYPES = /* @__PURE__ */ new Set(["", "text"]);
function isInDecoyRegion(element) {
	for (let node = element; node; node = node.parentElement) {
		if (node.matches("nav, [role=\"search\"], [role=\"navigation\"], header[role=\"banner\"]")) return true;
		if ([node.id, ...Array.from(node.classList)].some((token) => token && DECOY_TOKEN.test(token))) return true;
	}
	return false;
}
function isSearchField(element) {
	if (element instanceof HTMLInputElement && element.type === "search") return true;
	if (element.getAttribute("role") === "searchbox") return true;
	const hints = [
		"name",
		"id",
		"placeholder",
		"aria-label",
		"title"
	].map((attribute) => element.getAttribute(attribute) ?? "").join(" ");
	return SEARCH_WORDS.test(hints);
}
/** Same-origin iframe whose document is an editor (designMode or an editable body). */
function isIframeEditor(frame) {
	try {
		const doc = frame.contentDocument;
		return !!doc && (doc.designMode === "on" || !!doc.body?.isContentEditable || doc.body?.getAttribute("contenteditable") === "true");
	} catch {
		return false;
	}
}
function fieldKindOf(element) {
	if (element instanceof HTMLTextAreaElement) return element.disabled || element.readOnly ? void 0 : "textarea";
	if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.getAttribute("type")?.toLowerCase() ?? "") && !element.disabled && !element.readOnly ? "input" : void 0;
	if (element instanceof HTMLIFrameElement) return isIframeEditor(element) ? "iframe-editor" : void 0;
	return isEditableRoot(element) ? "contenteditable" : void 0;
}
// utils/adapters/vocabulary.ts
/**
* Words that name a performance review, per language, already normalised
* (lower case, no accents: see `normalizeText`). Typed data with a format
* test; the generic detector and the suite adapters share it.
*/
var REVIEW_TERMS = {
	en: [
		"performance review",
		"performance appraisal",
		"performance evaluation",
		"performance assessment",
		"annual review",
		"year-end review",
		"self-evaluation",
		"self evaluation",
		"self-assessment",
		"self assessment",
		"self-appraisal",
		"self appraisal",
		"self-review",
		"self-reflection",
		"self reflection",
		"appraisal",
		"evaluation interview"
	],
	nl: [
		"evaluatiegesprek",
		"beoordelingsgesprek",
		"beoordeling",
		"functioneringsgesprek",
		"jaargesprek",
		"ontwikkelgesprek",
		"prestatiebeoordeling",
		"zelfevaluatie",
		"zelfbeoordeling",
		"zelfreflectie"
	],
	fr: [
		"entretien annuel",
		"entretien d'evaluation",
		"entretien individuel",
		"entretien professionnel",
		"auto-evaluation",
		"autoevaluation",
		"evaluation annuelle",
		"evaluation de la performance",
		"evaluation des performances",
		"bilan annuel"
	],
	de: [
		"mitarbeitergesprach",
		"jahresgesprach",
		"beurteilungsgesprach",
		"selbsteinschatzung",
		"selbstbeurteilung",
		"selbstbewertung",
		"leistungsbeurteilung",
		"leistungsbewertung",
		"mitarbeiterbeurteilung"
	],
	es: [
		"autoevaluacion",
		"evaluacion del desempeno",
		"evaluacion de desempeno",
		"evaluacion anual",
		"valoracion del desempeno"
	]
};
/**
* Words that code-review and pull-request pages use: a page that has them is
* not a performance review even when its title mentions one.
*/
var CODE_REVIEW_TERMS = [
	"request changes",
	"pull request",
	"merge request",
	"files changed",
	"approve changes",
	"changes requested"
];
/**
* Buy controls of a web shop (EN NL FR DE ES). On a product page
* "beoordeling" and friends are customer reviews, not an appraisal.
*/
var SHOP_CONTROL_TERMS = [
	"add to cart",
	"add to basket",
	"add to bag",
	"in winkelwagen",
	"in mijn winkelwagen",
	"in winkelmandje",
	"ajouter au panier",
	"in den warenkorb",
	"in den einkaufswagen",
	"anadir al carrito",
	"anadir a la cesta"
];
function escapeRegExp(text) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
/** Whole-word matcher for a list of normalised terms. */
function termMatcher(terms) {
	return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join("|")})(?=$|[^\\p{L}\\p{N}])`, "u");
}
var REVIEW_TERM_PATTERN = termMatcher(Object.values(REVIEW_TERMS).flat());
var CODE_REVIEW_PATTERN = termMatcher(CODE_REVIEW_TERMS);
var SHOP_CONTROL_PATTERN = termMatcher(SHOP_CONTROL_TERMS);
// utils/adapters/generic.ts
/**
* The generic detector: recognises a self-evaluation / appraisal page of an
* unknown or self-hosted suite from its words (EN, NL, FR, DE, ES) together
* with free-text fields the user can fill in. A page that merely talks about
* reviews (an article, a code review) is not a review page.
*/
/** Where the page names itself: title, headings, form legends, landmarks' labels. */
var PAGE_NAME_SELECTOR = "h1, h2, h3, [role=\"heading\"], legend, main[aria-label], form[aria-label], section[aria-label], [role=\"main\"][aria-label]";
/**
* The visible free-text fields of the page in document order, without search
* boxes, navigation, comment threads and chats. Single-line inputs count only
* when their label is review vocabulary (otherwise they are names, dates…).
*/
function findGenericFields(doc) {
	const fields = [];
	for (const element of doc.querySelectorAll(FIELD_SELECTOR)) {
		const kind = fieldKindOf(element);
		if (!kind || isSearchField(element) || isInDecoyRegion(element) || !isShown(element)) continue;
		const label = labelOf(element);
		if (kind === "input" && !REVIEW_TERM_PATTERN.test(normalizeText(label))) continue;
		fields.push({
			element,
			kind,
			label
		});
	}
	return fields;
}
/** Text where the page says what it is: its title and its headings. */
function pageNameText(doc) {
	const parts = [doc.title];
	for (const element of doc.querySelectorAll(PAGE_NAME_SELECTOR)) {
		if (!isShown(element)) continue;
		parts.push(element.getAttribute("aria-label") ?? "", textOf(element));
	}
	return normalizeText(parts.join(" \n "));
}
/** Text of the page's controls: buttons, links, tabs, submit inputs. */
function controlsText(doc) {
	const controls = Array.from(doc.querySelectorAll("button, a, [role=\"button\"], [role=\"tab\"], summary, input[type=\"submit\"], input[type=\"button\"]")).map((control) => control instanceof HTMLInputElement ? control.value : textOf(control));
	return normalizeText(controls.join(" \n "));
}
/** Whether the page shows code-review controls ("Request changes", "Pull request"). */
function looksLikeCodeReview(doc, controls) {
	return CODE_REVIEW_PATTERN.test(`${normalizeText(doc.title)} \n ${controls}`);
}
/** Whether the page is a shop's product page ("Add to cart", "In winkelwagen"): its reviews rate products. */
function looksLikeShop(controls) {
	return SHOP_CONTROL_PATTERN.test(controls);
}
/** Whether the page's title or headings name a performance review (in any of our languages). */
function namesReview(doc) {
	return REVIEW_TERM_PATTERN.test(pageNameText(doc));
}
function isGenericReviewPage(doc, fields = findGenericFields(doc)) {
	if (fields.length === 0) return false;
	const namedByPage = namesReview(doc);
	const namedByField = fields.some((field) => REVIEW_TERM_PATTERN.test(normalizeText(field.label)));
	if (!namedByPage && !namedByField) return false;
	const controls = controlsText(doc);
	return !looksLikeCodeReview(doc, controls) && !looksLikeShop(controls);
}
var genericAdapter = {
	id: "generic",
	name: "Other HR suites (generic detector)",
	hosts: [],
	isReviewPage: (_url, doc) => isGenericReviewPage(doc),
	findReviewFields: findGenericFields
};
// utils/adapters/define.ts
/**
* Suite adapters are data: where the suite lives, which URLs and DOM make a
* review page, where its answer fields are and how they are labelled. This
* module turns such a description into an `Adapter`. Keeping the knowledge
* declarative keeps the launcher small (every adapter ships in the content
* script) and makes it testable as data.
*/
/** Whether a URL matches one of the match patterns (`scheme://host/path`, `*` wildcards, `*.` subdomains). */
function matchesPattern(url, pattern) {
	const parsed = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
	if (!parsed) return false;
	const [, scheme, host, path] = parsed;
	if (scheme !== "*" && `${scheme}:` !== url.protocol) return false;
	if (scheme === "*" && url.protocol !== "http:" && url.protocol !== "https:") return false;
	if (host !== "*") {
		if (host.startsWith("*.")) {
			const base = host.slice(2);
			if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
		} else if (url.hostname !== host) return false;
	}
	return new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(url.pathname + url.search);
}
/** The text of the first element matching `selector` inside the closest `container` of `field`. */
function textNear(field, container, selector) {
	return textOf(field.closest(container)?.querySelector(selector)) || void 0;
}
function defineAdapter(spec) {
	function isReviewPage(url, doc) {
		if (spec.hosts.length > 0 && !spec.hosts.some((pattern) => matchesPattern(url, pattern))) return false;
		if (spec.tenantHost && !spec.tenantHost.test(url.hostname)) return false;
		if (spec.path && !spec.path.test(url.pathname + url.search + url.hash)) return false;
		if (spec.signature && !doc.querySelector(spec.signature)) return false;
		if (spec.needsReviewWords && !namesReview(doc)) return false;
		return true;
	}
	function findReviewFields(doc) {
		const fields = [];
		for (const element of doc.querySelectorAll(spec.fields)) {
			const kind = fieldKindOf(element);
			if (!kind || isSearchField(element) || !isShown(element)) continue;
			if (spec.exclude && element.closest(spec.exclude)) continue;
			const label = spec.label?.(element) || labelOf(element);
			fields.push({
				element,
				kind,
				label
			});
		}
		return fields;
	}
	return {
		id: spec.id,
		name: spec.name,
		hosts: spec.hosts,
		isReviewPage,
		findReviewFields
	};
}
// components/grantSite.ts
/**
* Asks for one origin (call it right in the click: browsers only prompt for
* a user gesture) and, once allowed, records the site so the background
* registers the launcher there.
*/
async function grantSite(pattern) {
	if (!await import_browser_polyfill.default.permissions.request({ origins: [pattern] })) return false;
	const now = Date.now();
	await siteRules.put({
		pattern,
		adapterId: AUTO_ADAPTER,
		enabled: true,
		createdAt: now,
		updatedAt: now
	});
	return true;
}
export { genericAdapter as a, textNear as i, defineAdapter as n, matchesPattern as r, grantSite as t };
