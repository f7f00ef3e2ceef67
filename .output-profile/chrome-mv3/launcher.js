var launcher = (function() {
	// node_modules/wxt/dist/utils/define-unlisted-script.mjs
	function defineUnlistedScript(arg) {
		if (arg == null || typeof arg === "function") return { main: arg };
		return arg;
	}
	// node_modules/@wxt-dev/browser/src/index.mjs
	var browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
	// utils/text.ts
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
	function cutText(text, max) {
		if (text.length <= max) return text;
		if (max <= 0) return "";
		const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
		return text.slice(0, end);
	}
	function isHighSurrogate(code) {
		return code >= 55296 && code <= 56319;
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
		return normalizeText(Array.from(doc.querySelectorAll("button, a, [role=\"button\"], [role=\"tab\"], summary, input[type=\"submit\"], input[type=\"button\"]")).map((control) => control instanceof HTMLInputElement ? control.value : textOf(control)).join(" \n "));
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
	// utils/adapters/hosts.ts
	/**
	* Match patterns of the hosted HR suites (see HR-SUITES.md). These are the
	* only origins where the launcher content script runs without the user
	* enabling a site. Self-hosted suites (OrangeHRM, Odoo, Frappe HR, …) live on
	* the customer's own domain and are enabled by the user at runtime.
	*
	* Plain data, imported by wxt.config.ts at build time and by tests.
	*/
	var HOSTED_SUITE_MATCHES = [
		"https://*.myworkday.com/*",
		"https://*.successfactors.com/*",
		"https://*.successfactors.eu/*",
		"https://*.sapsf.com/*",
		"https://*.sapsf.eu/*",
		"https://*.bamboohr.com/*",
		"https://*.personio.com/*",
		"https://*.personio.de/*",
		"https://*.latticehq.com/*",
		"https://*.15five.com/*",
		"https://*.cultureamp.com/*",
		"https://app.hibob.com/*",
		"https://app.factorialhr.com/*",
		"https://www.leapsome.com/app/*",
		"https://*.oraclecloud.com/*",
		"https://people.zoho.com/*",
		"https://people.zoho.eu/*",
		"https://people.zoho.in/*",
		"https://people.zoho.com.au/*"
	];
	[
		"https://www.successfactors.com/",
		"https://www.successfactors.eu/",
		"https://www.sapsf.com/",
		"https://www.bamboohr.com/",
		"https://help.bamboohr.com/",
		"https://partners.bamboohr.com/",
		"https://marketplace.bamboohr.com/",
		"https://status.bamboohr.com/",
		"https://www.personio.com/",
		"https://www.personio.de/",
		"https://support.personio.de/",
		"https://developer.personio.de/",
		"https://status.personio.de/",
		"https://www.latticehq.com/",
		"https://help.latticehq.com/",
		"https://www.15five.com/",
		"https://success.15five.com/",
		"https://www.cultureamp.com/",
		"https://support.cultureamp.com/",
		"https://academy.cultureamp.com/",
		"https://www.oraclecloud.com/"
	].map((origin) => `${origin}*`);
	/**
	* Oracle HCM tenants live on `<pod>.fa.<data centre>.oraclecloud.com`; the
	* rest of `*.oraclecloud.com` (object storage, other cloud services) is open
	* to anyone's pages. Match patterns cannot say this, so the adapter checks
	* the host name itself.
	*/
	var ORACLE_HCM_TENANT = /^[a-z0-9-]+\.fa\.[a-z0-9-]+\.oraclecloud\.com$/;
	// utils/adapters/suites/workday.ts
	/**
	* Workday. Review tasks are inbox items behind opaque task URLs, so the page
	* must name a review (title or header) and carry Workday's automation ids.
	* Answers: `textAreaField` textareas and the rich text editor's editable;
	* label = the `formLabel` of the same `formItem`.
	*/
	var adapter$15 = defineAdapter({
		id: "workday",
		name: "Workday",
		hosts: ["https://*.myworkday.com/*"],
		path: /\/d\/[^?#]+\.htmld/,
		signature: "[data-automation-id]",
		needsReviewWords: true,
		fields: "textarea[data-automation-id=textAreaField],[data-automation-id=richTextEditor] [contenteditable]",
		exclude: "[role=search],[role=complementary]",
		label: (field) => textNear(field, "[data-automation-id=formItem]", "[data-automation-id=formLabel]")
	});
	// utils/adapters/suites/successfactors.ts
	/**
	* SAP SuccessFactors Performance Management. Forms open from the Performance
	* inbox (`/sf/pmreviews`, V) or under an `/xi/ui/<pm…|perf…>/pages/` module
	* (G), and the form must name a review. Answers: plain textareas (UI5
	* `sapMTextAreaInner`, G) or the opt-in rich text editor's same-origin iframe
	* (TinyMCE-style, G). The send-to-next-step dialog's comment is not an answer.
	*/
	var adapter$14 = defineAdapter({
		id: "successfactors",
		name: "SAP SuccessFactors",
		hosts: [
			"https://*.successfactors.com/*",
			"https://*.successfactors.eu/*",
			"https://*.sapsf.com/*",
			"https://*.sapsf.eu/*"
		],
		path: /^\/(?:sf\/pm|xi\/ui\/(?:pm|perf))/i,
		needsReviewWords: true,
		fields: "textarea,iframe",
		exclude: "[role=dialog],[role=search]"
	});
	// utils/adapters/suites/bamboohr.ts
	/**
	* BambooHR (<company>.bamboohr.com, single-page app). Reviews live under the
	* employee's Performance tab: Assessments (self and manager, G path) and
	* 360° Feedback requests; the Goals route of the same tab, time off and the
	* employee profile are not reviews. Free-text questions are textareas (G);
	* the multiple-choice "Other" box (≤100 chars, V) is a short input, not an answer.
	*/
	var adapter$13 = defineAdapter({
		id: "bamboohr",
		name: "BambooHR",
		hosts: ["https://*.bamboohr.com/*"],
		path: /^\/performance\/(?:(?:employees\/)?\d+\/)?(?:assessments?|feedback)(?![\w-])/,
		fields: "textarea,[contenteditable]",
		exclude: "[role=dialog],aside,header,nav"
	});
	// utils/adapters/suites/personio.ts
	/**
	* Personio (<tenant>.app.personio.com, <tenant>.personio.de; React SPA, G).
	* Reviews (self-reflection / Selbstbeurteilung, peer, upward, manager) are
	* forms in Performance & Development > Feedback / Cycles, under /performance/…
	* (G); that area's Goals and Training routes, time off, attendance and the
	* employee profile are not reviews. Answers and rating comments are textareas (G).
	*/
	var adapter$12 = defineAdapter({
		id: "personio",
		name: "Personio",
		hosts: ["https://*.personio.com/*", "https://*.personio.de/*"],
		path: /^\/performance\/(?!goals|trainings?|settings|templates)[\w-]+\/[\w-]/,
		fields: "textarea,[contenteditable]",
		exclude: "[role=dialog],aside,header,nav"
	});
	// utils/adapters/suites/lattice.ts
	/**
	* Lattice (<company>.latticehq.com). Reviews are written under /reviews/… (G);
	* /goals/…, /users/<id>/time-off (V) and the rest are not reviews. CSS-in-JS
	* hashed classes (V) and late rendering: nothing here relies on class names.
	* Answers are rich text editors, [contenteditable][role=textbox] (G), each
	* under its question heading, which is what the user reads as its label.
	*/
	var adapter$11 = defineAdapter({
		id: "lattice",
		name: "Lattice",
		hosts: ["https://*.latticehq.com/*"],
		path: /^\/reviews?\/[^?#]/,
		fields: "[contenteditable][role=textbox],textarea",
		exclude: "[role=dialog],[role=complementary],aside,header,nav",
		label(field) {
			if (field.matches("textarea")) return void 0;
			let node = field;
			for (let level = 0; node && level < 6; level++, node = node.parentElement) {
				const headings = Array.from(node.querySelectorAll("h2,h3,h4,[role=heading]")).filter((heading) => heading.compareDocumentPosition(field) & 4);
				if (headings.length) return textOf(headings.pop());
			}
		}
	});
	// utils/adapters/suites/fifteen-five.ts
	/**
	* 15Five (<company>.15five.com, my.15five.com). Best-Self Review® (may be
	* renamed per account, V) is written under /reviews/… (G) in the cycle's
	* "Write reviews" tab; check-ins, /profile/highlights/ (V), objectives and
	* High Fives are not reviews. Answers are textareas (G); the AI "Reflect"
	* notes rich text editor (V) is not an answer, hence textareas only.
	*/
	var adapter$10 = defineAdapter({
		id: "fifteen-five",
		name: "15Five",
		hosts: ["https://*.15five.com/*"],
		path: /^\/(?:[\w-]+\/)?reviews?\/[\w-]/,
		fields: "textarea",
		exclude: "[role=dialog],aside,header,nav"
	});
	// utils/adapters/suites/culture-amp.ts
	/**
	* Culture Amp (`<account>.cultureamp.com`, `<account>.eu.cultureamp.com`), a
	* React SPA. Review pages: `/app/performance/<kind>/<id>` (self-reflections,
	* evaluations; G), never the list pages, goals, 1-on-1 conversations or home.
	* Answers: Kaizen RichTextEditor = ProseMirror (`role=textbox`,
	* `aria-labelledby="<id>-rte-label"`, V) or a textarea (G).
	*/
	var adapter$9 = defineAdapter({
		id: "culture-amp",
		name: "Culture Amp",
		hosts: ["https://*.cultureamp.com/*"],
		path: /^\/app\/performance\/(?!goals\b)[\w-]+\/[\w-]/,
		fields: ".ProseMirror, [role=textbox], textarea",
		exclude: "[id^=intercom]"
	});
	// utils/adapters/suites/hibob.ts
	/**
	* HiBob (`app.hibob.com`), an Angular SPA. Review form:
	* `/performance/my-reviews/reviews/<id>/…` (V; `my-team` G). Answers: bob-style
	* `b-rich-text-editor` on Froala (`.fr-element.fr-view`, V) or `b-textarea`.
	* Froala's label is `for` its wrapper and its toolbar text precedes the
	* editable, so the editor host is labelled instead. Not Froala's link popup
	* nor bob-style comment composers.
	*/
	var adapter$8 = defineAdapter({
		id: "hibob",
		name: "HiBob",
		hosts: ["https://app.hibob.com/*"],
		path: /^\/performance\/[\w-]+\/reviews\/[\w-]/,
		fields: "textarea, [contenteditable]",
		exclude: ".fr-popup, b-edit-comment, b-comment-list",
		label(field) {
			const rte = field.closest("b-rich-text-editor");
			return rte ? textNear(rte, "b-rich-text-editor", ".bfe-label") || labelOf(rte) : void 0;
		}
	});
	// utils/adapters/suites/factorial.ts
	/**
	* Factorial (`app.factorialhr.com`), a React SPA. Review answers live under
	* `/performance/reviews/<id>/…` (G: only Performance > Reviews is V), never the
	* dashboard, attendance or goals. Answers are textareas (G).
	*/
	var adapter$7 = defineAdapter({
		id: "factorial",
		name: "Factorial",
		hosts: ["https://app.factorialhr.com/*"],
		path: /^\/performance\/(?:reviews?|evaluations)\/[\w-]/,
		fields: "textarea, [contenteditable]",
		exclude: "[id^=intercom]"
	});
	// utils/adapters/suites/leapsome.ts
	/**
	* Leapsome (`www.leapsome.com/app/#/…`), a hash-routed SPA. Review answers:
	* `#/reviews/<…>/<id>` (G; `#/login`, `#/team/settings/` are V), never the
	* reviews dashboard. Questions are collapsible cards (V) with a scale and a
	* comment box (G: textarea): the card's title names the comment, not the
	* scale's text before it.
	*/
	var TITLE = "h2, h3, h4, [role=heading]";
	var adapter$6 = defineAdapter({
		id: "leapsome",
		name: "Leapsome",
		hosts: ["https://www.leapsome.com/app/*"],
		path: /^\/app\/?#\/reviews\/(?!dashboard\b)[\w-]+\/[\w-]/,
		fields: "textarea, [contenteditable]",
		exclude: "[id^=intercom]",
		label: (field) => textNear(field, `[class*=uestion]:has(${TITLE})`, TITLE)
	});
	// utils/adapters/suites/zoho-people.ts
	/**
	* Zoho People. A hash-routed app (`/<org>/zp#<service>/…`, V); the review
	* lives under Performance > My Review (`#performance/myreview/…`, V for
	* goals) or an appraisal / self-review route (G). Answers: comment textareas
	* (G); a KRA or goal row's comment is labelled by the row's first cell.
	*/
	var adapter$5 = defineAdapter({
		id: "zoho-people",
		name: "Zoho People",
		hosts: [
			"https://people.zoho.com/*",
			"https://people.zoho.eu/*",
			"https://people.zoho.in/*",
			"https://people.zoho.com.au/*"
		],
		path: /\/zp#performance\/(?:myreview|selfreview|appraisal|review)/i,
		fields: "textarea,[contenteditable]",
		exclude: "[role=dialog],[role=search],[role=complementary]",
		label: (field) => textNear(field, "tr", "td")
	});
	// utils/adapters/suites/oracle-hcm.ts
	/**
	* Oracle HCM Cloud (Fusion). Performance paths are not documented (G: Redwood
	* `/fscmUI|hcmUI/redwood/…performance…`, classic `/hcmUI/faces/…` with a
	* performance node), so the URL must name performance or talent and the page
	* must name a review ("Worker Self-Evaluation", "Performance Evaluation").
	* Answers: Oracle JET / ADF textareas (labelled by `<label for>`) and rich
	* text editables. The Digital Assistant chat and dialogs are not answers.
	*/
	var adapter$4 = defineAdapter({
		id: "oracle-hcm",
		name: "Oracle HCM Cloud",
		hosts: ["https://*.oraclecloud.com/*"],
		tenantHost: ORACLE_HCM_TENANT,
		path: /^\/(?:fscm|hcm)UI\/.*(?:performance|talent)/i,
		needsReviewWords: true,
		fields: "textarea,[contenteditable]",
		exclude: "[role=dialog],[role=search],[role=complementary]"
	});
	// utils/adapters/suites/orangehrm.ts
	/**
	* OrangeHRM 5 (self-hosted, Vue 3 + OXD; runs on the customer's domain).
	* Evaluation pages are server-rendered shells mounted by Vue:
	* /performance/reviewEvaluate/id/<id> (self or supervisor) and
	* /performance/reviewEvaluateByAdmin/<id>, behind /web/index.php unless URLs
	* are rewritten. The KPI comment textareas have no label: the row's KPI title
	* and the cell's column header name them. A collapsed evaluation card renders
	* no body, read-only cards render disabled textareas.
	*/
	var adapter$3 = defineAdapter({
		id: "orangehrm",
		name: "OrangeHRM",
		hosts: [],
		path: /\/performance\/reviewEvaluate(?:ByAdmin)?\/(?:id\/)?\d+(?:$|[/?#])/,
		signature: ".orangehrm-evaluation",
		fields: "textarea",
		label(field) {
			let cell = field.closest(".oxd-grid-item")?.previousElementSibling;
			while (cell && !cell.matches(".orangehrm-evaluation-grid-kpi")) cell = cell.previousElementSibling;
			const kpi = textOf(cell?.querySelector(".orangehrm-evaluation-grid-kpi-label"));
			return kpi ? [kpi, textNear(field, ".oxd-grid-item", ".orangehrm-evaluation-grid-kpi-header")].filter(Boolean).join(" – ") : void 0;
		}
	});
	// utils/adapters/suites/frappe-hr.ts
	/**
	* Frappe HR (self-hosted, Frappe desk SPA under /app). Review pages are the
	* Appraisal form (/app/appraisal/HR-APR-2026-00001: Self Appraisal tab with
	* the "Reflections" Text Editor, KRAs tab with "Remarks") and the Employee
	* Performance Feedback form (/app/employee-performance-feedback/HR-PF-2026-00001).
	* Text Editor = Quill (`.ql-editor`), Text = `textarea[data-fieldname]`.
	* Inactive tab panes and pages the desk keeps in the DOM are display:none.
	* The editors without a label take their section head, else their tab's name.
	*/
	var adapter$2 = defineAdapter({
		id: "frappe-hr",
		name: "Frappe HR",
		hosts: [],
		path: /^\/(?:app|desk)\/(?:appraisal|employee-performance-feedback)\/(?!view\/)[^/?#]+/,
		signature: ".frappe-control[data-fieldname]",
		fields: ".frappe-control[data-fieldtype=\"Text Editor\"] .ql-editor, .frappe-control textarea[data-fieldname]",
		exclude: ".comment-box, .new-comment, .form-sidebar",
		label(field) {
			const tab = field.closest(".tab-pane")?.getAttribute("aria-labelledby");
			return textNear(field, ".frappe-control", ".control-label") || textNear(field, ".form-section", ".section-head") || (tab ? textOf(field.ownerDocument.getElementById(tab)) : void 0);
		}
	});
	// utils/adapters/suites/odoo.ts
	/**
	* Odoo Appraisals (self-hosted or odoo.com; web client SPA). Review pages are
	* the hr.appraisal form: /odoo/appraisals/<id> (18+ path router; G: nested under another record or
	* as an action-… segment) and, up to 17,
	* /web#id=<id>&model=hr.appraisal&view_type=form (hash router; OCA's model
	* hr.appraisal.employee too). Answers are the html fields employee_feedback
	* and manager_feedback: Odoo's editor (`.note-editable.odoo-editor-editable`,
	* pre-filled with the template). Read-only fields render a plain
	* `.o_readonly` div, never editable; the chatter composer is not a field.
	* The fields have no label of their own (nolabel): the widget's form label
	* or the heading above it ("Employee's Feedback") names them.
	*/
	var FEEDBACK = ".o_field_html[name$=\"_feedback\"]";
	// utils/adapters/index.ts
	/**
	* The adapter registry and the one entry point the launcher uses. Suite
	* adapters come first; the generic multilingual detector is the fallback for
	* unknown and self-hosted suites.
	*/
	/** Suite-specific adapters, one file each in ./suites (its URL list beside it). */
	var SUITE_ADAPTERS = [
		adapter$15,
		adapter$14,
		adapter$13,
		adapter$12,
		adapter$11,
		adapter$10,
		adapter$9,
		adapter$8,
		adapter$7,
		adapter$6,
		adapter$5,
		adapter$4,
		adapter$3,
		adapter$2,
		defineAdapter({
			id: "odoo",
			name: "Odoo",
			hosts: [],
			path: /^\/odoo\/(?:.+\/)?(?:appraisals|action-[\w.]*appraisal[\w.]*)\/(?:\d+|new)(?:$|[/?#])|^\/web(?:\?[^#]*)?#(?=.*\bmodel=hr\.appraisal(?:\.employee)?(?:&|$))(?=.*\bview_type=form)/,
			signature: `.o_form_view ${FEEDBACK}`,
			fields: `${FEEDBACK} .note-editable, ${FEEDBACK} .odoo-editor-editable`,
			exclude: ".o_readonly",
			label: (field) => labelOf(field.closest(".o_field_widget") ?? field)
		}),
		defineAdapter({
			id: "horilla",
			name: "Horilla",
			hosts: [],
			path: /\/pms\/feedback-answer-get\/\d+\/?(?:$|[?#])/,
			signature: ".oh-label--question",
			fields: "input[name^=\"answer\"], textarea[name^=\"answer\"]",
			label: (field) => textNear(field, "div", ".oh-label--question")?.replace(/^\d+\.\s*/, "")
		})
	];
	[...SUITE_ADAPTERS];
	/** The match pattern's scheme and host, any path. */
	var anyPath = (pattern) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, "$1/*");
	var HOSTED_HOSTS = HOSTED_SUITE_MATCHES.map(anyPath);
	/** Whether `url` is on a hosted suite's domain (any path). */
	function isHostedSuiteHost(url) {
		return HOSTED_HOSTS.some((pattern) => matchesPattern(url, pattern));
	}
	/**
	* Whether `url` is one of the review pages of a suite, and which of its
	* fields take text. On a hosted suite's domain only that suite's adapter
	* decides: anyone may publish pages on some of those domains (object storage
	* under `*.oraclecloud.com`), and the generic detector would take a page that
	* imitates a review form for one. Elsewhere the launcher only runs where the
	* user enabled the site or opened the sidebar, so the generic detector may
	* speak there.
	*/
	function detectReviewPage(url, doc) {
		const hosted = isHostedSuiteHost(url);
		for (const adapter of SUITE_ADAPTERS) {
			if (hosted && adapter.hosts.length === 0) continue;
			if (adapter.isReviewPage(url, doc)) return {
				adapterId: adapter.id,
				fields: adapter.findReviewFields(doc)
			};
		}
		if (hosted) return null;
		const fields = findGenericFields(doc);
		return isGenericReviewPage(doc, fields) ? {
			adapterId: genericAdapter.id,
			fields
		} : null;
	}
	// utils/fields/index.ts
	/** By tag name, so elements of another realm (an iframe editor) count too. */
	function isTextControl(element) {
		return element.tagName === "TEXTAREA" || element.tagName === "INPUT";
	}
	/** Whether text can go into this element now. */
	function isEditable(element) {
		if (isTextControl(element)) return !element.disabled && !element.readOnly;
		if (element.tagName === "IFRAME") return !!editorBodyOf(element);
		return element.isContentEditable || element.getAttribute("contenteditable") === "true";
	}
	function editorBodyOf(frame) {
		try {
			const body = frame.contentDocument?.body;
			if (body && (body.isContentEditable || frame.contentDocument?.designMode === "on")) return body;
		} catch {}
	}
	/** Text with a separator before it when appending after existing content. */
	function joinText(existing, text, mode) {
		if (mode !== "append" || existing.length === 0 || /\s$/.test(existing)) return text;
		return `\n${text}`;
	}
	function tryExecCommand(doc, text) {
		return exec(doc, "insertText", text);
	}
	function exec(doc, command, value) {
		try {
			return typeof doc.execCommand === "function" && doc.execCommand(command, false, value);
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
	function execLines(doc, text) {
		const lines = text.split("\n");
		if (lines.length === 1) return tryExecCommand(doc, text);
		for (const [index, line] of lines.entries()) {
			if (index > 0 && !exec(doc, "insertParagraph")) return false;
			if (line && !tryExecCommand(doc, line)) return false;
		}
		return true;
	}
	function insertIntoTextControl(control, rawText, mode) {
		const before = control.value;
		let start = control.selectionStart ?? before.length;
		let end = control.selectionEnd ?? before.length;
		if (mode === "replace") [start, end] = [0, before.length];
		if (mode === "append") [start, end] = [before.length, before.length];
		const text = control.tagName === "INPUT" ? rawText.replace(/\s*\n+\s*/g, " ") : joinText(before, rawText, mode);
		const expected = before.slice(0, start) + text + before.slice(end);
		control.focus();
		control.setSelectionRange(start, end);
		if (tryExecCommand(control.ownerDocument, text) && control.value === expected) return true;
		const view = control.ownerDocument.defaultView ?? window;
		const proto = control.tagName === "TEXTAREA" ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
		const setValue = Object.getOwnPropertyDescriptor(proto, "value")?.set;
		if (setValue) setValue.call(control, expected);
		else control.value = expected;
		const caret = start + text.length;
		control.setSelectionRange(caret, caret);
		control.dispatchEvent(new view.InputEvent("input", {
			bubbles: true,
			inputType: "insertText",
			data: text
		}));
		control.dispatchEvent(new view.Event("change", { bubbles: true }));
		return control.value === expected;
	}
	/** Last selection the user made inside each editable root, so a click in the sidebar does not lose the caret. */
	var savedRanges = /* @__PURE__ */ new WeakMap();
	function rememberSelection(doc) {
		const selection = doc.getSelection();
		if (!selection || selection.rangeCount === 0) return;
		const range = selection.getRangeAt(0);
		const start = range.startContainer;
		const host = (start.nodeType === 1 ? start : start.parentElement)?.closest("[contenteditable]:not([contenteditable=\"false\"])");
		if (host) savedRanges.set(editableRootOf(host), range.cloneRange());
	}
	function editableRootOf(element) {
		let root = element;
		while (root.parentElement?.isContentEditable || root.parentElement?.getAttribute("contenteditable") === "true") root = root.parentElement;
		return root;
	}
	function insertIntoEditable(root, text, mode) {
		const doc = root.ownerDocument;
		const view = doc.defaultView ?? window;
		const beforeText = root.textContent ?? "";
		if (view !== window) view.focus();
		root.focus();
		const selection = doc.getSelection();
		if (!selection) return false;
		let range = savedRanges.get(root);
		if (mode !== "caret" || !range || !root.contains(range.startContainer)) {
			range = doc.createRange();
			range.selectNodeContents(root);
			if (mode !== "replace") range.collapse(false);
		}
		selection.removeAllRanges();
		selection.addRange(range);
		const toInsert = mode === "append" ? joinText(beforeText, text, mode) : text;
		const changed = () => (root.textContent ?? "") !== beforeText;
		const beforeInput = new view.InputEvent("beforeinput", {
			bubbles: true,
			cancelable: true,
			inputType: "insertText",
			data: toInsert
		});
		if (!root.dispatchEvent(beforeInput)) return changed();
		execLines(doc, toInsert);
		if (changed()) return true;
		range.deleteContents();
		const fragment = doc.createDocumentFragment();
		toInsert.split("\n").forEach((line, index) => {
			if (index > 0) fragment.append(doc.createElement("br"));
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
		root.dispatchEvent(new view.InputEvent("input", {
			bubbles: true,
			inputType: "insertText",
			data: toInsert
		}));
		return (root.textContent ?? "") !== beforeText || toInsert.length === 0;
	}
	/**
	* Inserts `text` into a textarea, input, contenteditable region or iframe
	* editor: at the caret (replacing the selection), replacing everything, or
	* appended at the end. Never removes what the user wrote unless the mode is
	* `replace`. Returns whether the field now holds the text.
	*/
	function insertIntoField(element, text, mode = "caret") {
		if (!text || !element.isConnected || !isEditable(element)) return false;
		if (isTextControl(element)) return insertIntoTextControl(element, text, mode);
		if (element.tagName === "IFRAME") {
			const body = editorBodyOf(element);
			return body ? insertIntoEditable(body, text, mode) : false;
		}
		return insertIntoEditable(editableRootOf(element), text, mode);
	}
	var MODES = [
		"caret",
		"replace",
		"append"
	];
	function isRecord(value) {
		return typeof value === "object" && value !== null && !Array.isArray(value);
	}
	/** The message as a fresh object with only its known fields, or undefined when it is not valid. */
	function parseLauncherMessage(raw) {
		if (!isRecord(raw)) return void 0;
		if (raw.type === "insert-into-page") {
			const { text, mode, field } = raw;
			if (typeof text !== "string" || text.length < 1 || text.length > 2e4) return void 0;
			if (typeof mode !== "string" || !MODES.includes(mode)) return void 0;
			if (field !== void 0 && (typeof field !== "number" || !Number.isInteger(field) || field < 0 || field >= 500)) return;
			return {
				type: "insert-into-page",
				text,
				mode,
				...field !== void 0 ? { field } : {}
			};
		}
		if (raw.type === "list-fields") return { type: "list-fields" };
		if (raw.type === "set-sidebar") {
			const { open } = raw;
			if (typeof open !== "boolean" && open !== "toggle" && open !== "collapse" && open !== "expand") return void 0;
			return {
				type: "set-sidebar",
				open
			};
		}
	}
	// entrypoints/launcher/sidebar-host.ts
	/**
	* The element that carries the sidebar on the host page: a closed shadow
	* root holding a cross-origin extension iframe. The host page can see that
	* the element exists but can read nothing inside the iframe.
	*/
	var HOST_TAG = "review-companion-sidebar";
	var DEFAULT_LAYOUT = {
		side: "right",
		width: 360
	};
	function hostStyle({ side, width }, collapsed) {
		const shadow = side === "right" ? "-2px 0 12px" : "2px 0 12px";
		return [
			"all: initial",
			"position: fixed",
			"top: 0",
			"bottom: 0",
			`${side}: 0`,
			`width: ${collapsed ? 36 : width}px`,
			"max-width: 100vw",
			"z-index: 2147483647",
			"display: block",
			`box-shadow: ${shadow} rgba(0, 0, 0, 0.18)`
		].map((rule) => `${rule} !important`).join(";");
	}
	function mountSidebar(doc, sidebarUrl, title, layout = DEFAULT_LAYOUT) {
		const element = doc.createElement(HOST_TAG);
		const root = element.attachShadow({ mode: "closed" });
		const iframe = doc.createElement("iframe");
		iframe.src = sidebarUrl;
		iframe.title = title;
		iframe.setAttribute("style", "border: 0; width: 100%; height: 100%; display: block; color-scheme: normal; background: transparent");
		root.append(iframe);
		doc.documentElement.append(element);
		const html = doc.documentElement.style;
		const margin = `margin-${layout.side}`;
		const previous = [html.getPropertyValue(margin), html.getPropertyPriority(margin)];
		let style = hostStyle(layout, false);
		const setCollapsed = (collapsed) => {
			style = hostStyle(layout, collapsed);
			element.setAttribute("style", style);
			html.setProperty(margin, `${collapsed ? 36 : layout.width}px`, "important");
		};
		setCollapsed(false);
		const guard = new MutationObserver(() => {
			for (const name of element.getAttributeNames()) if (name !== "style") element.removeAttribute(name);
			if (element.getAttribute("style") !== style) element.setAttribute("style", style);
		});
		guard.observe(element, { attributes: true });
		return {
			element,
			setCollapsed,
			remove() {
				guard.disconnect();
				element.remove();
				if (previous[0]) html.setProperty(margin, previous[0], previous[1]);
				else html.removeProperty(margin);
			}
		};
	}
	// entrypoints/launcher/launcher.ts
	/** Stop watching the DOM after this long without a change (the form has rendered). */
	var IDLE_DISCONNECT_MS = 1e4;
	/**
	* While the DOM keeps changing, detection runs at most once per interval: the
	* first change is scanned on the next frame, then the interval doubles from
	* 250 ms up to 1 s while nothing is found (reset by a route change). A page
	* that never stops changing (a live feed) costs about one scan a second.
	*/
	var MIN_SCAN_INTERVAL_MS = 250;
	var MAX_SCAN_INTERVAL_MS = 1e3;
	/** A fresh secret for one sidebar frame: 128 random bits as hex (works on http pages too, unlike randomUUID). */
	function frameToken() {
		const bytes = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(16));
		return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
	}
	/**
	* Where an insertion may go: a text field the user focused. Search boxes are
	* never a target: a note typed into the suite's search would be sent to it.
	*/
	function isTextField(target) {
		if (!(target instanceof HTMLElement) || target.tagName === "review-companion-sidebar".toUpperCase()) return false;
		if (target.closest("[role=\"search\"]") || target.getAttribute("role") === "searchbox") return false;
		if (target instanceof HTMLTextAreaElement) return true;
		if (target instanceof HTMLIFrameElement) return isEditable(target);
		if (target instanceof HTMLInputElement) return ["", "text"].includes(target.getAttribute("type")?.toLowerCase() ?? "");
		return target.isContentEditable;
	}
	function startLauncher({ sidebarUrl, extensionId, isExtensionAlive, onMessage, registerFrame, siteStatus }) {
		const lifecycle = new AbortController();
		const { signal } = lifecycle;
		let match = null;
		let sidebar = null;
		/** A sidebar being mounted (its frame's token is being registered). */
		let mounting = null;
		/**
		* The user closed the sidebar: it stays closed on this page until the user
		* opens it again. Nothing the page does (route changes, forged events)
		* reopens it.
		*/
		let closedByUser = false;
		/** Opened by the user (toolbar, shortcut) rather than by detection: detection must not close it. */
		let openedByUser = false;
		let lastField = null;
		/** Asked once per page (only where a review page is found or the user opens the sidebar). */
		let status;
		const askStatus = () => status ??= siteStatus().catch(() => ({
			enabled: true,
			layout: DEFAULT_LAYOUT
		}));
		function openSidebar(layout) {
			if (sidebar && !sidebar.element.isConnected) {
				sidebar.remove();
				sidebar = null;
			}
			if (sidebar) return Promise.resolve();
			mounting ??= (async () => {
				const token = frameToken();
				if (!await registerFrame(token).catch(() => false) || signal.aborted) return;
				sidebar = mountSidebar(document, `${sidebarUrl}#${token}`, "Review Companion", layout);
			})().finally(() => {
				mounting = null;
			});
			return mounting;
		}
		function closeSidebar() {
			sidebar?.remove();
			sidebar = null;
		}
		function scan() {
			if (!isExtensionAlive()) {
				stop();
				return;
			}
			match = detectReviewPage(new URL(location.href), document);
			if (match && !sidebar && !closedByUser) {
				const url = location.href;
				askStatus().then(({ enabled, layout }) => {
					if (enabled && match && location.href === url && !closedByUser && !signal.aborted) return openSidebar(layout);
				});
			}
			if (!match && sidebar && !openedByUser) closeSidebar();
		}
		let observer = null;
		let watching = false;
		let lastScanAt = -Infinity;
		let scanInterval = MIN_SCAN_INTERVAL_MS;
		let scanTimer;
		let frame;
		let idleTimer;
		function observe() {
			observer ??= new MutationObserver(onMutations);
			observer.observe(document.documentElement, {
				childList: true,
				subtree: true
			});
		}
		function onMutations() {
			observer?.disconnect();
			const scanNextFrame = () => frame = requestAnimationFrame(scanAndResume);
			const wait = lastScanAt + scanInterval - performance.now();
			if (wait <= 0) scanNextFrame();
			else scanTimer = window.setTimeout(scanNextFrame, wait);
		}
		function scanAndResume() {
			if (!watching) return;
			lastScanAt = performance.now();
			scan();
			if (match) stopWatching();
			else if (watching) {
				scanInterval = Math.min(scanInterval * 2, MAX_SCAN_INTERVAL_MS);
				observe();
				armIdleTimer();
			}
		}
		function armIdleTimer() {
			clearTimeout(idleTimer);
			idleTimer = window.setTimeout(stopWatching, IDLE_DISCONNECT_MS);
		}
		function stopWatching() {
			watching = false;
			observer?.disconnect();
			clearTimeout(idleTimer);
			clearTimeout(scanTimer);
			if (frame !== void 0) cancelAnimationFrame(frame);
		}
		function watch() {
			scanInterval = MIN_SCAN_INTERVAL_MS;
			if (watching || signal.aborted) return;
			watching = true;
			observe();
			armIdleTimer();
		}
		document.addEventListener("focusin", (event) => {
			if (!event.isTrusted || !isTextField(event.target)) return;
			lastField = event.target;
			if (!match) scan();
		}, {
			capture: true,
			signal
		});
		window.addEventListener("blur", () => {
			if (isTextField(document.activeElement)) lastField = document.activeElement;
		}, { signal });
		document.addEventListener("selectionchange", () => rememberSelection(document), { signal });
		/** The review's fields as the page is now (it may have rendered or changed since detection); on a page no adapter knows, its free-text fields. */
		function currentFields() {
			return detectReviewPage(new URL(location.href), document)?.fields ?? findGenericFields(document);
		}
		function insert(text, mode, field) {
			const picked = field !== void 0 ? currentFields()[field]?.element : void 0;
			if (field !== void 0 && !picked) return {
				ok: false,
				reason: "no-field"
			};
			const target = picked ?? (lastField?.isConnected && isEditable(lastField) ? lastField : currentFields()[0]?.element ?? null);
			if (!target) return {
				ok: false,
				reason: "no-field"
			};
			return insertIntoField(target, text, mode) ? { ok: true } : {
				ok: false,
				reason: "not-editable"
			};
		}
		const stopListening = onMessage((raw, sender) => {
			if (sender.id !== extensionId || signal.aborted) return void 0;
			const message = parseLauncherMessage(raw);
			if (message?.type === "insert-into-page") return Promise.resolve(insert(message.text, message.mode, message.field));
			if (message?.type === "list-fields") return Promise.resolve({ fields: currentFields().map(({ label, kind }) => ({
				label: cutText(label, 200),
				kind
			})) });
			if (message?.type === "set-sidebar") {
				if (message.open === "collapse" || message.open === "expand") {
					sidebar?.setCollapsed(message.open === "collapse");
					return Promise.resolve({ ok: true });
				}
				const open = message.open === "toggle" ? !(sidebar || mounting) : message.open;
				openedByUser = open;
				if (!open) {
					closedByUser = true;
					closeSidebar();
					return Promise.resolve({ ok: true });
				}
				closedByUser = false;
				return askStatus().then(({ layout }) => openSidebar(layout)).then(() => ({ ok: !!sidebar }));
			}
		});
		let lastUrl = location.href;
		function onRouteMaybeChanged() {
			if (location.href === lastUrl || signal.aborted) return;
			lastUrl = location.href;
			scan();
			if (!match) watch();
		}
		const checkSoon = () => void Promise.resolve().then(() => requestAnimationFrame(onRouteMaybeChanged));
		window.addEventListener("popstate", checkSoon, { signal });
		window.addEventListener("hashchange", checkSoon, { signal });
		const navigation = globalThis.navigation;
		if (typeof navigation?.addEventListener === "function") {
			navigation.addEventListener("navigatesuccess", checkSoon, { signal });
			navigation.addEventListener("navigate", checkSoon, { signal });
		} else {
			const poll = window.setInterval(onRouteMaybeChanged, 1e3);
			signal.addEventListener("abort", () => clearInterval(poll));
		}
		function stop() {
			if (signal.aborted) return;
			lifecycle.abort();
			stopWatching();
			closeSidebar();
			try {
				stopListening();
			} catch {}
		}
		scan();
		if (!match) watch();
		return {
			isAlive: () => !signal.aborted && isExtensionAlive(),
			stop
		};
	}
	// entrypoints/launcher/index.ts
	/**
	* The launcher: runs on the hosted HR suites' pages (the manifest's content
	* script, added in wxt.config.ts), on the domains the user enabled
	* (registered at runtime) and on a page where the user opened the sidebar
	* (injected through activeTab). It decides whether the page is a review form
	* and mounts the sidebar (an extension page in an iframe, inside a closed
	* shadow root). It never holds prep data, except the one text the user asked
	* to insert. Kept tiny: no UI framework, no database, no zod, and no
	* webextension-polyfill (wxt.config.ts points `wxt/browser` at the browser's
	* own `browser`/`chrome` object for this bundle only).
	*
	* It is an unlisted script rather than a WXT content script on purpose: WXT's
	* content-script context announces every start to the page
	* (`window.postMessage` naming the extension id) and stops the running copy
	* when another starts, so a page could learn that the extension is installed
	* and forge the event to kill the launcher. Here nothing is announced, and a
	* second injection into the same page leaves the running launcher alone.
	*/
	/**
	* The running launcher of this page, kept in the content script's isolated
	* world (the page can neither see nor set it). Keyed by a symbol from the
	* global registry so that every injected copy finds the same slot.
	*/
	var SLOT = Symbol.for("review-companion.launcher");
	/** Whether this extension's APIs still answer (false once it was reloaded, updated or removed). */
	function extensionAlive() {
		try {
			return typeof browser.runtime?.id === "string";
		} catch {
			return false;
		}
	}
	var launcher_default = defineUnlistedScript(() => {
		const slot = globalThis;
		const running = slot[SLOT];
		if (running?.isAlive()) return;
		running?.stop();
		slot[SLOT] = startLauncher({
			sidebarUrl: browser.runtime.getURL("/sidebar.html"),
			extensionId: browser.runtime.id,
			isExtensionAlive: extensionAlive,
			onMessage: (handler) => {
				const listener = (message, sender, respond) => {
					const reply = handler(message, sender);
					if (!reply) return false;
					reply.then(respond);
					return true;
				};
				browser.runtime.onMessage.addListener(listener);
				return () => browser.runtime.onMessage.removeListener(listener);
			},
			registerFrame: async (token) => await browser.runtime.sendMessage({
				type: "register-sidebar",
				token
			}) === true,
			siteStatus: async () => {
				const reply = await browser.runtime.sendMessage({ type: "launcher-status" });
				const width = Number(reply?.width);
				return {
					enabled: reply?.enabled !== false,
					layout: {
						side: reply?.side === "left" ? "left" : "right",
						width: Number.isFinite(width) ? Math.min(640, Math.max(280, width)) : DEFAULT_LAYOUT.width
					}
				};
			}
		});
	});
	// \0virtual:wxt-unlisted-script-entrypoint?/work/wt-bench/entrypoints/launcher/index.ts
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	return (() => {
		let result;
		try {
			result = launcher_default.main();
			if (result instanceof Promise) result = result.catch((err) => {
				logger.error(`The unlisted script "launcher" crashed on startup!`, err);
				throw err;
			});
		} catch (err) {
			logger.error(`The unlisted script "launcher" crashed on startup!`, err);
			throw err;
		}
		return result;
	})();
})();

launcher;