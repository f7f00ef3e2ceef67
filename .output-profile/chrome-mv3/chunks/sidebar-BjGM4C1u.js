const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/SuggestedQuestions-D-gdfyrK.js","chunks/theme-CT48nkKe.js","assets/theme-CwxCbnBf.css"])))=>i.map(i=>d[i]);
import { D as InsertResult, E as FieldList, J as achievementPercent, M as import_browser_polyfill, O as ReviewDataReply, S as uiLanguage, T as FRAME_TOKEN_PATTERN, V as NOTE_PARTS, a as partLabel, b as requestedLanguage, c as F, d, f as w, g as contentLanguage, h as applyLanguage, i as a, it as Q, m as requestPersistentStorage, n as cutText, r as shortenText, rt as $, s as A, x as t } from "./theme-CT48nkKe.js";
import { n as GoalFigures, t as ShowMore } from "./ShowMore-R4XGKBsn.js";
import { i as normalizeText, o as useReviewData, s as openExtensionPage } from "./dom-BiHt3RpV.js";
import { t as goalChanges } from "./changes-CrhFn4MU.js";
import { t as __vitePreload } from "./preload-helper-DN622-v3.js";
// utils/draft/index.ts
/**
* Drafted paragraphs to insert into the review form: built from the
* employee's own figures and notes with fixed templates in their language (no
* AI, no network). Pure.
*/
var DRAFT_TEMPLATES = {
	en: {
		heading: "Results against objectives",
		reached: "{goal}: {actual} against a target of {target} ({percent} of the objective).",
		notReached: "{goal}: {actual} against a target of {target}, {percent} of the objective.",
		qualitative: "{goal}: {status}.",
		evidence: "For example: {text}.",
		difficulty: "What slowed me down: {text}.",
		none: "No objectives were recorded for this period.",
		status: {
			not_started: "not started",
			on_track: "on track",
			at_risk: "at risk",
			achieved: "achieved",
			partly: "partly achieved",
			missed: "not achieved",
			dropped: "dropped"
		},
		parts: {
			results: "Results this year: {items}.",
			difficulties: "What made the year harder: {items}.",
			successes: "What went well this year: {items}.",
			skills: "Skills I developed or want to develop: {items}.",
			training: "Training I would like: {items}.",
			management: "About how I was managed and supported: {items}.",
			evolution: "Where I would like to grow: {items}.",
			salary: "About my pay and reward: {items}.",
			question: "Questions I would like to discuss: {items}.",
			other: "Also worth mentioning: {items}."
		}
	},
	nl: {
		heading: "Resultaten ten opzichte van de doelstellingen",
		reached: "{goal}: {actual} tegenover een doel van {target} ({percent} van de doelstelling).",
		notReached: "{goal}: {actual} tegenover een doel van {target}, {percent} van de doelstelling.",
		qualitative: "{goal}: {status}.",
		evidence: "Bijvoorbeeld: {text}.",
		difficulty: "Wat me afremde: {text}.",
		none: "Voor deze periode zijn geen doelstellingen vastgelegd.",
		status: {
			not_started: "niet gestart",
			on_track: "op schema",
			at_risk: "in gevaar",
			achieved: "behaald",
			partly: "gedeeltelijk behaald",
			missed: "niet behaald",
			dropped: "vervallen"
		},
		parts: {
			results: "Resultaten dit jaar: {items}.",
			difficulties: "Wat het jaar moeilijker maakte: {items}.",
			successes: "Wat goed ging dit jaar: {items}.",
			skills: "Vaardigheden die ik ontwikkelde of wil ontwikkelen: {items}.",
			training: "Opleiding die ik graag zou volgen: {items}.",
			management: "Over de begeleiding en ondersteuning die ik kreeg: {items}.",
			evolution: "Waarin ik wil groeien: {items}.",
			salary: "Over mijn loon en beloning: {items}.",
			question: "Vragen die ik graag bespreek: {items}.",
			other: "Verder het vermelden waard: {items}."
		}
	},
	fr: {
		heading: "Résultats par rapport aux objectifs",
		reached: "{goal} : {actual} pour une cible de {target} ({percent} de l’objectif).",
		notReached: "{goal} : {actual} pour une cible de {target}, soit {percent} de l’objectif.",
		qualitative: "{goal} : {status}.",
		evidence: "Par exemple : {text}.",
		difficulty: "Ce qui m’a freiné : {text}.",
		none: "Aucun objectif n’a été fixé pour cette période.",
		status: {
			not_started: "non commencé",
			on_track: "en bonne voie",
			at_risk: "à risque",
			achieved: "atteint",
			partly: "partiellement atteint",
			missed: "non atteint",
			dropped: "abandonné"
		},
		parts: {
			results: "Résultats de l’année : {items}.",
			difficulties: "Ce qui a rendu l’année plus difficile : {items}.",
			successes: "Ce qui a bien marché cette année : {items}.",
			skills: "Compétences développées ou à développer : {items}.",
			training: "Formations souhaitées : {items}.",
			management: "Sur l’encadrement et le soutien reçus : {items}.",
			evolution: "Là où je souhaite évoluer : {items}.",
			salary: "Sur ma rémunération : {items}.",
			question: "Questions que je souhaite aborder : {items}.",
			other: "À mentionner aussi : {items}."
		}
	},
	de: {
		heading: "Ergebnisse im Vergleich zu den Zielen",
		reached: "{goal}: {actual} bei einem Zielwert von {target} ({percent} des Ziels).",
		notReached: "{goal}: {actual} bei einem Zielwert von {target}, also {percent} des Ziels.",
		qualitative: "{goal}: {status}.",
		evidence: "Zum Beispiel: {text}.",
		difficulty: "Was mich gebremst hat: {text}.",
		none: "Für diesen Zeitraum wurden keine Ziele festgelegt.",
		status: {
			not_started: "nicht begonnen",
			on_track: "im Plan",
			at_risk: "gefährdet",
			achieved: "erreicht",
			partly: "teilweise erreicht",
			missed: "nicht erreicht",
			dropped: "entfallen"
		},
		parts: {
			results: "Ergebnisse dieses Jahres: {items}.",
			difficulties: "Was das Jahr schwerer gemacht hat: {items}.",
			successes: "Was dieses Jahr gut lief: {items}.",
			skills: "Fähigkeiten, die ich entwickelt habe oder entwickeln möchte: {items}.",
			training: "Gewünschte Weiterbildung: {items}.",
			management: "Zu Führung und Unterstützung: {items}.",
			evolution: "Wo ich mich weiterentwickeln möchte: {items}.",
			salary: "Zu Gehalt und Vergütung: {items}.",
			question: "Fragen, die ich besprechen möchte: {items}.",
			other: "Außerdem erwähnenswert: {items}."
		}
	}
};
function fill(template, values) {
	return template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");
}
/** Notes in the order they happened (their date, else when they were written). */
function byDate(notes) {
	return [...notes].sort((a, b) => (a.happenedOn ?? "").localeCompare(b.happenedOn ?? "") || a.createdAt - b.createdAt);
}
/** A note's text as one clause: first line, no final full stop. */
function clause(text) {
	return text.split("\n")[0].trim().replace(/[.!?…]+$/, "");
}
/**
* "Results against objectives": one sentence per goal from its figures (or
* its status), followed by its first piece of evidence and its first
* difficulty when the employee noted them. Plain text, one paragraph per goal.
*/
function draftResultsParagraph(goals, notes, language) {
	const t = DRAFT_TEMPLATES[language];
	const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
	const percent = new Intl.NumberFormat(language, {
		style: "percent",
		maximumFractionDigits: 0
	});
	const withUnit = (value, unit) => unit ? `${number.format(value)} ${unit}` : number.format(value);
	const byNoteDate = byDate(notes);
	const lines = goals.filter((goal) => goal.status !== "dropped").map((goal) => {
		const achievement = goal.kind === "quantitative" ? achievementPercent(goal) : void 0;
		const sentence = achievement !== void 0 && goal.target !== void 0 && goal.actual !== void 0 ? fill(achievement >= 100 ? t.reached : t.notReached, {
			goal: goal.title,
			actual: withUnit(goal.actual, goal.unit),
			target: withUnit(goal.target, goal.unit),
			percent: percent.format(achievement / 100)
		}) : fill(t.qualitative, {
			goal: goal.title,
			status: t.status[goal.status]
		});
		const linked = byNoteDate.filter((note) => note.goalId === goal.id);
		const evidence = linked.find((note) => note.part === "results" || note.part === "successes");
		const difficulty = linked.find((note) => note.part === "difficulties");
		return [
			sentence,
			evidence ? fill(t.evidence, { text: clause(evidence.text) }) : "",
			difficulty ? fill(t.difficulty, { text: clause(difficulty.text) }) : ""
		].filter(Boolean).join(" ");
	});
	return lines.length > 0 ? lines.join("\n") : t.none;
}
/**
* The notes of one part of the review (difficulties, training wishes…) as one
* paragraph, in the order they happened: "What made the year harder: A; B."
* Empty when there are none.
*/
function draftPartParagraph(part, notes, language) {
	const items = byDate(notes.filter((note) => note.part === part)).map((note) => clause(note.text)).filter(Boolean);
	return items.length > 0 ? fill(DRAFT_TEMPLATES[language].parts[part], { items: items.join("; ") }) : "";
}
// entrypoints/sidebar/App.tsx
/** Items rendered at first; the rest on demand (5,000 notes must not slow the first paint). */
var NOTES_PAGE = 30;
var GOALS_PAGE = 20;
/** Suggested questions in the sidebar (all of them, with hide and add, are on the preparation page). */
var SUGGESTIONS_SHOWN = 5;
var DATA_SHOWN_MARK = "review-companion:data-shown";
function matches(query, ...texts) {
	return !query || texts.some((text) => text && normalizeText(text).includes(query));
}
/**
* The secret the launcher put in this frame's URL (see
* entrypoints/background/frames.ts): inside a web page, the background
* serves only the frame that holds it.
*/
var FRAME_TOKEN = FRAME_TOKEN_PATTERN.test(location.hash.slice(1)) ? location.hash.slice(1) : void 0;
async function send(message) {
	return import_browser_polyfill.default.runtime.sendMessage(FRAME_TOKEN ? {
		...message,
		frameToken: FRAME_TOKEN
	} : message);
}
/** Data comes from the background: storage of an iframe on a web page may be blocked. */
async function requestReviewData(notesLimit) {
	return ReviewDataReply.parse(await send({
		type: "get-review-data",
		...notesLimit ? { notesLimit } : {}
	}));
}
/**
* Loads the sidebar's data. The first request starts right away (call this
* before the first render); it asks for the newest notes only. Every later
* load (the rest, or a change made elsewhere) reads them all, for search and
* "show more".
*/
function createSidebarLoader() {
	const first = requestReviewData(NOTES_PAGE);
	first.catch(() => void 0);
	let firstRequest = first;
	return {
		first,
		load: () => {
			const pending = firstRequest;
			firstRequest = void 0;
			return pending ?? requestReviewData();
		}
	};
}
/** The launcher shrinks the frame to a slim tab when the sidebar is collapsed; the page follows its width. */
function useCollapsed() {
	const narrow = () => window.innerWidth < 80;
	const [collapsed, setCollapsed] = d(narrow);
	A(() => {
		const onResize = () => setCollapsed(narrow());
		window.addEventListener("resize", onResize);
		return () => window.removeEventListener("resize", onResize);
	}, []);
	return collapsed;
}
/** A short name for an item in a button's accessible label. */
var short = (text) => cutText(text, 60);
/**
* The sidebar: last year's goals and this year's notes, with "Insert" into
* the review form. Runs as an extension page, in an iframe on the HR page
* (`embedded`), or in the browser's own side panel, where `findTab` says
* which tab's form it works on.
*/
function App({ embedded, load, findTab, guard, foreignFrame = false }) {
	const collapsed = useCollapsed();
	/** Inserting needs a page: the one around the frame, or the panel's tab. */
	const canInsert = embedded || !!findTab;
	/** Sends a message about the review page; from the side panel it names the tab. Undefined: no page. */
	async function toPage(message) {
		if (embedded || !findTab) return send(message);
		const tabId = await findTab().catch(() => void 0);
		return tabId === void 0 ? void 0 : send({
			...message,
			tabId
		});
	}
	const [state, reload] = useReviewData(load);
	const [query, setQuery] = d("");
	const [partFilter, setPartFilter] = d("");
	/** Where Insert puts text: '' = where the user's cursor was, else an index in `fields`. */
	const [target, setTarget] = d("");
	const [fields, setFields] = d([]);
	const refreshFields = () => void toPage({ type: "list-fields" }).then((reply) => setFields(reply === void 0 ? [] : FieldList.parse(reply).fields)).catch(() => setFields([]));
	A(() => {
		if (canInsert) refreshFields();
	}, [canInsert]);
	const [status, setStatus] = d(null);
	const [notesShown, setNotesShown] = d(NOTES_PAGE);
	const [goalsShown, setGoalsShown] = d(GOALS_PAGE);
	const normalizedQuery = normalizeText(query);
	const data = state.status === "ready" ? state.data : void 0;
	F(() => {
		if (data && performance.getEntriesByName("review-companion:data-shown").length === 0) performance.mark(DATA_SHOWN_MARK);
	}, [data]);
	A(() => {
		if (data && (data.language ?? "auto") !== requestedLanguage()) location.reload();
	}, [data]);
	const [suggested, setSuggested] = d(null);
	A(() => {
		if (!data) return;
		let live = true;
		__vitePreload(async () => {
			const { suggestionsFor, SuggestionText } = await import("./SuggestedQuestions-D-gdfyrK.js").then((n) => n.t);
			return {
				suggestionsFor,
				SuggestionText
			};
		}, __vite__mapDeps([0,1,2])).then(({ suggestionsFor, SuggestionText }) => {
			if (live) setSuggested({
				list: suggestionsFor(data.goals, data.notes, data.questions, SUGGESTIONS_SHOWN),
				Text: SuggestionText
			});
		});
		return () => {
			live = false;
		};
	}, [data]);
	A(() => {
		if (data && data.notesTotal === void 0) reload();
	}, [data, reload]);
	const goalTitles = w(() => new Map(data?.goals.map((goal) => [goal.id, goal.title])), [data]);
	const pinned = w(() => new Set(data?.pinned), [data]);
	const shownGoals = data?.goals.filter((goal) => matches(normalizedQuery, goal.title, goal.description)) ?? [];
	const shownNotes = data?.notes.filter((note) => (!partFilter || note.part === partFilter) && matches(normalizedQuery, note.text, goalTitles.get(note.goalId ?? ""))) ?? [];
	/** Matching notes; without a search, all of the cycle's (undefined while the rest is loading). */
	const notesCount = normalizedQuery || partFilter ? shownNotes.length : data?.notesTotal;
	async function insert(text, clickedAt) {
		try {
			const field = target === "" ? void 0 : Number(target);
			if (guard) {
				const targetLabel = field === void 0 ? t("insertTargetCursor") : fields[field]?.label || t("importColumnNumber", String(field + 1));
				const verdict = await guard.allow(clickedAt, {
					text,
					target: targetLabel
				});
				if (!verdict.ok) {
					setStatus({
						kind: "error",
						text: t(verdict.reason === "hidden" ? "insertRefusedHidden" : "insertDeclined")
					});
					return;
				}
			}
			const raw = await toPage({
				type: "insert-text",
				text,
				mode: "caret",
				...field !== void 0 ? { field } : {}
			});
			if (raw === void 0) {
				setStatus({
					kind: "error",
					text: t("panelNoPage")
				});
				return;
			}
			const reply = InsertResult.parse(raw);
			setStatus(reply.ok ? {
				kind: "ok",
				text: t("insertDone")
			} : {
				kind: "error",
				text: reply.reason === "no-field" ? t("insertNoField") : reply.reason === "no-page" && !embedded ? t("panelNoPage") : t("insertFailed")
			});
		} catch {
			setStatus({
				kind: "error",
				text: t("insertFailed")
			});
		}
	}
	/** Writes go through the background (this page's storage may be blocked); the change comes back as `data-changed`. */
	async function write(message) {
		if (await send(message).catch(() => false) !== true) setStatus({
			kind: "error",
			text: t("sidebarSaveFailed")
		});
	}
	const togglePin = (id) => void write({
		type: "pin",
		id,
		pinned: !pinned.has(id)
	});
	const onInsert = canInsert ? (text) => void insert(text, performance.now()) : void 0;
	if (embedded && collapsed) return /* @__PURE__ */ a("main", {
		class: "sidebar-tab",
		children: /* @__PURE__ */ a("button", {
			type: "button",
			"aria-label": t("sidebarExpand"),
			title: t("sidebarExpand"),
			onClick: () => void send({
				type: "set-sidebar",
				open: "expand"
			}),
			children: /* @__PURE__ */ a("span", { children: t("extName") })
		})
	});
	return /* @__PURE__ */ a("main", {
		class: "sidebar",
		children: [
			/* @__PURE__ */ a("header", {
				class: "sidebar-header",
				children: [
					/* @__PURE__ */ a("h1", { children: t("extName") }),
					data && /* @__PURE__ */ a("span", {
						class: "tag",
						children: t("cycleLabel", data.cycle.label)
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						class: "link",
						onClick: () => openExtensionPage("/prep.html"),
						children: t("openPrep")
					}),
					embedded && /* @__PURE__ */ a("button", {
						type: "button",
						class: "collapse",
						"aria-label": t("sidebarCollapse"),
						title: t("sidebarCollapse"),
						onClick: () => void send({
							type: "set-sidebar",
							open: "collapse"
						}),
						children: "⇥"
					}),
					embedded && /* @__PURE__ */ a("button", {
						type: "button",
						class: "close",
						"aria-label": t("sidebarClose"),
						title: t("sidebarClose"),
						onClick: () => void send({
							type: "set-sidebar",
							open: false
						}),
						children: "×"
					})
				]
			}),
			/* @__PURE__ */ a("div", {
				class: "field search",
				children: [/* @__PURE__ */ a("label", {
					for: "search",
					children: t("sidebarSearch")
				}), /* @__PURE__ */ a("input", {
					id: "search",
					type: "search",
					value: query,
					autoComplete: "off",
					onInput: (event) => setQuery(event.currentTarget.value)
				})]
			}),
			canInsert && /* @__PURE__ */ a("div", {
				class: "field",
				children: [/* @__PURE__ */ a("label", {
					for: "insert-target",
					children: t("insertTarget")
				}), /* @__PURE__ */ a("select", {
					id: "insert-target",
					value: target,
					onFocus: refreshFields,
					onChange: (event) => setTarget(event.currentTarget.value),
					children: [/* @__PURE__ */ a("option", {
						value: "",
						children: t("insertTargetCursor")
					}), fields.map((field, index) => /* @__PURE__ */ a("option", {
						value: String(index),
						children: field.label || t("importColumnNumber", String(index + 1))
					}, index))]
				})]
			}),
			/* @__PURE__ */ a("div", {
				class: "field",
				children: [/* @__PURE__ */ a("label", {
					for: "part-filter",
					children: t("sidebarFilterPart")
				}), /* @__PURE__ */ a("select", {
					id: "part-filter",
					value: partFilter,
					onChange: (event) => setPartFilter(event.currentTarget.value),
					children: [/* @__PURE__ */ a("option", {
						value: "",
						children: t("sidebarAllParts")
					}), NOTE_PARTS.map((part) => /* @__PURE__ */ a("option", {
						value: part,
						children: partLabel(part)
					}, part))]
				})]
			}),
			/* @__PURE__ */ a("p", {
				class: `status ${status?.kind ?? ""}`,
				role: "status",
				"aria-live": "polite",
				children: status?.text
			}),
			state.status === "loading" && /* @__PURE__ */ a("p", {
				class: "empty",
				children: t("loading")
			}),
			state.status === "error" && /* @__PURE__ */ a("p", {
				class: "status error",
				role: "alert",
				children: foreignFrame ? t("sidebarNotOurs") : t("loadFailed")
			}),
			data && /* @__PURE__ */ a($, { children: [
				/* @__PURE__ */ a(Overview, { data }),
				/* @__PURE__ */ a(Pinned, {
					goals: data.goals.filter((goal) => pinned.has(goal.id)),
					notes: data.notes.filter((note) => pinned.has(note.id)),
					allNotes: data.notes,
					goalTitles,
					onUnpin: togglePin,
					onInsert
				}),
				/* @__PURE__ */ a("section", {
					"aria-labelledby": "goals-heading",
					children: [
						/* @__PURE__ */ a("h2", {
							id: "goals-heading",
							children: [
								t("sidebarGoals"),
								" ",
								/* @__PURE__ */ a("span", {
									class: "muted",
									children: [
										"(",
										shownGoals.length,
										")"
									]
								})
							]
						}),
						data.goals.length === 0 ? /* @__PURE__ */ a("p", {
							class: "empty",
							children: [
								t("sidebarNoGoals"),
								" ",
								/* @__PURE__ */ a("button", {
									type: "button",
									class: "link",
									onClick: () => void import_browser_polyfill.default.runtime.openOptionsPage(),
									children: t("openOptions")
								})
							]
						}) : /* @__PURE__ */ a($, { children: [onInsert && /* @__PURE__ */ a("button", {
							type: "button",
							onClick: () => onInsert(draftResultsParagraph(data.goals, data.notes, contentLanguage())),
							children: t("insertResultsParagraph")
						}), /* @__PURE__ */ a(GoalList, {
							goals: shownGoals.slice(0, goalsShown),
							notes: data.notes,
							pinned,
							onPin: togglePin,
							onInsert,
							testId: "goals"
						})] }),
						/* @__PURE__ */ a(ShowMore, {
							remaining: shownGoals.length - goalsShown,
							onClick: () => setGoalsShown(goalsShown * 4)
						})
					]
				}),
				/* @__PURE__ */ a("section", {
					"aria-labelledby": "notes-heading",
					children: [
						/* @__PURE__ */ a("h2", {
							id: "notes-heading",
							children: [
								t("sidebarNotes"),
								" ",
								/* @__PURE__ */ a("span", {
									class: "muted",
									children: [
										"(",
										notesCount ?? "…",
										")"
									]
								})
							]
						}),
						data.notesTotal === 0 ? /* @__PURE__ */ a("p", {
							class: "empty",
							children: t("sidebarNoNotes")
						}) : /* @__PURE__ */ a(NotesByPart, {
							page: shownNotes.slice(0, notesShown),
							matching: shownNotes,
							goalTitles,
							pinned,
							onPin: togglePin,
							onInsert
						}),
						/* @__PURE__ */ a(ShowMore, {
							remaining: (notesCount ?? 0) - notesShown,
							onClick: () => setNotesShown(notesShown * 4)
						})
					]
				}),
				/* @__PURE__ */ a("section", {
					"aria-labelledby": "questions-heading",
					children: [
						/* @__PURE__ */ a("h2", {
							id: "questions-heading",
							children: t("sidebarQuestions")
						}),
						/* @__PURE__ */ a("ul", {
							class: "cards",
							"data-testid": "questions",
							children: [ownQuestionsFirst(data.questions).map((question) => /* @__PURE__ */ a("li", {
								class: question.asked ? "asked" : void 0,
								children: [
									/* @__PURE__ */ a("span", {
										class: "tag",
										children: t("questionMine")
									}),
									/* @__PURE__ */ a("p", {
										class: "note-text",
										children: question.text
									}),
									/* @__PURE__ */ a("label", {
										class: "check",
										children: [/* @__PURE__ */ a("input", {
											type: "checkbox",
											checked: !!question.asked,
											"aria-label": t("questionAskedNamed", short(question.text)),
											onChange: (event) => void write({
												type: "question-asked",
												id: question.id,
												asked: event.currentTarget.checked
											})
										}), t("questionAsked")]
									})
								]
							}, question.id)), suggested?.list.map((suggestion) => /* @__PURE__ */ a("li", { children: /* @__PURE__ */ a(suggested.Text, { suggestion }) }, suggestion.id))]
						}),
						/* @__PURE__ */ a("button", {
							type: "button",
							class: "link",
							onClick: () => openExtensionPage("/prep.html"),
							children: t("questionsManage")
						})
					]
				})
			] })
		]
	});
}
/** The user's own questions, the ones still to ask first. */
function ownQuestionsFirst(questions) {
	const own = questions.filter((question) => question.origin === "custom");
	return [...own.filter((question) => !question.asked), ...own.filter((question) => question.asked)];
}
function PinButton({ id, name, pinned, onPin }) {
	return /* @__PURE__ */ a("button", {
		type: "button",
		class: "pin",
		"aria-pressed": pinned,
		"aria-label": t(pinned ? "unpinNamed" : "pinNamed", short(name)),
		title: t(pinned ? "unpin" : "pin"),
		onClick: () => onPin(id),
		children: pinned ? "★" : "☆"
	});
}
function GoalList({ goals, notes, pinned, onPin, onInsert, testId }) {
	return /* @__PURE__ */ a("ul", {
		class: "cards",
		"data-testid": testId,
		children: goals.map((goal) => /* @__PURE__ */ a("li", { children: [
			/* @__PURE__ */ a("div", {
				class: "card-head",
				children: [/* @__PURE__ */ a("h3", { children: goal.title }), /* @__PURE__ */ a(PinButton, {
					id: goal.id,
					name: goal.title,
					pinned: pinned.has(goal.id),
					onPin
				})]
			}),
			/* @__PURE__ */ a(GoalFigures, { goal }),
			/* @__PURE__ */ a(GoalNotes, { notes: notes.filter((note) => note.goalId === goal.id) }),
			onInsert && /* @__PURE__ */ a("button", {
				type: "button",
				onClick: () => onInsert(draftResultsParagraph([goal], notes, contentLanguage())),
				"aria-label": t("insertGoalSummary", goal.title),
				children: t("insert")
			})
		] }, goal.id))
	});
}
/**
* The notes grouped by part of the review, in the review's order, newest
* first in each; a part's notes go into the form as one drafted paragraph.
* `page` is what is rendered, `matching` every note the search and filter
* keep (the paragraph and the counts use them all).
*/
function NotesByPart({ page, matching, goalTitles, pinned, onPin, onInsert }) {
	const groups = NOTE_PARTS.map((part) => ({
		part,
		notes: page.filter((note) => note.part === part)
	})).filter((group) => group.notes.length > 0);
	return /* @__PURE__ */ a("div", {
		"data-testid": "notes",
		children: groups.map(({ part, notes }) => {
			const ofPart = matching.filter((note) => note.part === part);
			return /* @__PURE__ */ a("div", {
				class: "note-group",
				children: [/* @__PURE__ */ a("div", {
					class: "card-head",
					children: [/* @__PURE__ */ a("h3", {
						id: `notes-${part}`,
						children: [
							partLabel(part),
							" ",
							/* @__PURE__ */ a("span", {
								class: "muted",
								children: [
									"(",
									ofPart.length,
									")"
								]
							})
						]
					}), onInsert && /* @__PURE__ */ a("button", {
						type: "button",
						class: "link",
						"aria-label": t("insertPartParagraph", partLabel(part)),
						onClick: () => onInsert(draftPartParagraph(part, ofPart, contentLanguage())),
						children: t("insertParagraph")
					})]
				}), /* @__PURE__ */ a(NoteList, {
					notes,
					goalTitles,
					pinned,
					onPin,
					onInsert,
					labelledBy: `notes-${part}`
				})]
			}, part);
		})
	});
}
function NoteList({ notes, goalTitles, pinned, onPin, onInsert, testId, labelledBy }) {
	const grouped = labelledBy !== void 0;
	return /* @__PURE__ */ a("ul", {
		class: "cards",
		"data-testid": testId,
		"aria-labelledby": labelledBy,
		children: notes.map((note) => /* @__PURE__ */ a("li", { children: [
			/* @__PURE__ */ a("div", {
				class: "card-head",
				children: [/* @__PURE__ */ a("span", { children: [!grouped && /* @__PURE__ */ a("span", {
					class: "tag",
					children: partLabel(note.part)
				}), note.goalId && goalTitles.has(note.goalId) && /* @__PURE__ */ a("span", {
					class: "muted",
					children: [grouped ? "" : " · ", goalTitles.get(note.goalId)]
				})] }), /* @__PURE__ */ a(PinButton, {
					id: note.id,
					name: note.text,
					pinned: pinned.has(note.id),
					onPin
				})]
			}),
			/* @__PURE__ */ a("p", {
				class: "note-text",
				children: note.text
			}),
			onInsert && /* @__PURE__ */ a("button", {
				type: "button",
				onClick: () => onInsert(note.text),
				"aria-label": t("insertNoteLabel", short(note.text)),
				children: t("insert")
			})
		] }, note.id))
	});
}
/** What the user pinned, first: what they want at hand during the interview. */
function Pinned({ goals, notes, allNotes, goalTitles, onUnpin, onInsert }) {
	if (goals.length === 0 && notes.length === 0) return null;
	const all = new Set([...goals, ...notes].map((item) => item.id));
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "pinned-heading",
		class: "pinned",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "pinned-heading",
				children: t("sidebarPinned")
			}),
			goals.length > 0 && /* @__PURE__ */ a(GoalList, {
				goals,
				notes: allNotes,
				pinned: all,
				onPin: onUnpin,
				onInsert,
				testId: "pinned-goals"
			}),
			notes.length > 0 && /* @__PURE__ */ a(NoteList, {
				notes,
				goalTitles,
				pinned: all,
				onPin: onUnpin,
				onInsert,
				testId: "pinned-notes"
			})
		]
	});
}
/** A goal's difficulties and successes (and other evidence) under it, newest first. */
function GoalNotes({ notes }) {
	if (notes.length === 0) return null;
	return /* @__PURE__ */ a("ul", {
		class: "goal-notes",
		children: notes.slice(0, 5).map((note) => /* @__PURE__ */ a("li", { children: [
			/* @__PURE__ */ a("span", {
				class: "tag",
				children: partLabel(note.part)
			}),
			" ",
			note.text
		] }, note.id))
	});
}
/** Carried goals whose achievement moved most, shown in the overview. */
var CHANGES_SHOWN = 3;
/**
* What to say first: results against objectives in one line, what the notes
* hold, and what changed since the last review.
*/
function Overview({ data }) {
	const { goals, notes, notesTotal, previous } = data;
	if (goals.length === 0 && notesTotal === 0 && !previous?.goals.length) return null;
	const counted = goals.filter((goal) => goal.status !== "dropped");
	const achieved = counted.filter((goal) => goal.status === "achieved" || (achievementPercent(goal) ?? 0) >= 100).length;
	const percents = counted.map((goal) => goal.kind === "quantitative" ? achievementPercent(goal) : void 0).filter((value) => value !== void 0);
	const average = percents.length ? Math.round(percents.reduce((sum, value) => sum + value, 0) / percents.length) : void 0;
	const wins = notes.filter((note) => note.part === "successes").length;
	const difficulties = notes.filter((note) => note.part === "difficulties").length;
	const changes = previous?.goals.length ? goalChanges(goals, previous.goals) : void 0;
	const moved = (changes?.carried ?? []).map(({ then, now }) => ({
		title: now.title,
		then: achievementPercent(then),
		now: achievementPercent(now)
	})).filter((row) => row.then !== void 0 && row.now !== void 0 && row.then !== row.now).sort((a, b) => Math.abs(b.now - b.then) - Math.abs(a.now - a.then)).slice(0, CHANGES_SHOWN);
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "overview-heading",
		class: "overview",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "overview-heading",
				children: t("sidebarOverview")
			}),
			counted.length > 0 && /* @__PURE__ */ a("p", { children: [t("overviewResults", [String(achieved), String(counted.length)]), average !== void 0 && ` ${t("overviewAverage", String(average))}`] }),
			(wins > 0 || difficulties > 0) && /* @__PURE__ */ a("p", {
				class: "muted",
				children: t("overviewNotes", [String(wins), String(difficulties)])
			}),
			changes && previous && /* @__PURE__ */ a("div", {
				"data-testid": "changes",
				children: [/* @__PURE__ */ a("p", { children: t("overviewSince", [
					previous.cycle.label,
					String(changes.carried.length),
					String(changes.added.length),
					String(changes.removed.length)
				]) }), moved.length > 0 && /* @__PURE__ */ a("ul", {
					class: "goal-notes",
					children: moved.map((row) => /* @__PURE__ */ a("li", { children: t("overviewCarried", [
						row.title,
						String(Math.round(row.then)),
						String(Math.round(row.now))
					]) }, row.title))
				})]
			})
		]
	});
}
/** IntersectionObserver v2's smallest delay between visibility reports. */
var OBSERVER_DELAY_MS = 100;
/** Waiting for the browser's first report or a fresh one. */
var REPORT_TIMEOUT_MS = 1500;
/** Whether the browser reports occlusion (IntersectionObserver v2). */
function canTrackVisibility(win = window) {
	const entry = win.IntersectionObserverEntry;
	return !!entry && "isVisible" in entry.prototype;
}
function observeVisibility(target, report) {
	const observer = new IntersectionObserver((entries) => {
		const last = entries[entries.length - 1];
		if (last) report(last.isVisible === true && last.isIntersecting, last.time);
	}, {
		trackVisibility: true,
		delay: OBSERVER_DELAY_MS,
		threshold: [0]
	});
	observer.observe(target);
	return observer;
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** The guard for a sidebar shown inside a web page (`doc` is the sidebar's own document). */
function createClickGuard(doc, confirmWrite) {
	if (!canTrackVisibility(doc.defaultView ?? window)) return {
		allow: async (_clickedAt, request) => confirmWrite(request) ? { ok: true } : {
			ok: false,
			reason: "declined"
		},
		dispose: () => void 0
	};
	const sentinel = doc.createElement("div");
	sentinel.setAttribute("aria-hidden", "true");
	sentinel.setAttribute("style", "position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; background: transparent; contain: strict");
	doc.body.append(sentinel);
	/** The latest report: visible or not, since when, and whether it has ever changed. */
	let state;
	let waiters = [];
	const observer = observeVisibility(sentinel, (visible, time) => {
		if (state?.visible !== visible) state = {
			visible,
			since: time,
			changed: state !== void 0
		};
		for (const wake of waiters) wake();
		waiters = [];
	});
	const nextReport = (timeout) => Promise.race([new Promise((resolve) => waiters.push(resolve)), sleep(timeout)]);
	/** One observation taken now, independent of the long-running observer's history. */
	function freshObservation() {
		return new Promise((resolve) => {
			const timer = setTimeout(() => finish(false), REPORT_TIMEOUT_MS);
			const once = observeVisibility(sentinel, (visible) => finish(visible));
			function finish(visible) {
				clearTimeout(timer);
				once.disconnect();
				resolve(visible);
			}
		});
	}
	return {
		async allow(clickedAt) {
			if (!state) await nextReport(REPORT_TIMEOUT_MS);
			await sleep(clickedAt + 200 - performance.now());
			const fresh = await freshObservation();
			const current = state;
			const visibleLongEnough = !!current && current.visible && (!current.changed || current.since <= clickedAt - 500);
			return fresh && visibleLongEnough ? { ok: true } : {
				ok: false,
				reason: "hidden"
			};
		},
		dispose() {
			observer.disconnect();
			sentinel.remove();
		}
	};
}
// components/panelTab.ts
/**
* The tab the sidebar works on when it is not inside a page. In the browser's
* side panel (Chrome `side_panel`, Firefox `sidebar_action`): the active tab
* of the panel's window. When the sidebar is itself shown as a tab (opened in
* a window of its own): the most recently used active tab of another window.
* Asked again on every action, so the panel follows the user's tab switches.
*/
async function panelTab() {
	const self = await import_browser_polyfill.default.tabs.getCurrent().catch(() => void 0);
	const isOther = (tab) => tab.id !== void 0 && tab.id !== self?.id;
	const beside = (await import_browser_polyfill.default.windows.getCurrent({ populate: true })).tabs?.find((tab) => tab.active && isOther(tab));
	if (beside) return beside.id;
	return (await import_browser_polyfill.default.tabs.query({
		active: true,
		windowType: "normal"
	})).filter(isOther).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]?.id;
}
// entrypoints/sidebar/main.tsx
/** Where the browser cannot tell whether the sidebar is visible: its own dialog, which no page can cover. */
var CONFIRM_EXCERPT = 600;
function confirmWrite({ text, target }) {
	return window.confirm(t("insertConfirm", [target, shortenText(text, CONFIRM_EXCERPT)]));
}
var { load, first } = createSidebarLoader();
var embedded = window.top !== window;
first.then((data) => applyLanguage(data.language)).catch(() => void 0).finally(() => {
	document.documentElement.lang = uiLanguage();
	const extra = embedded ? {
		guard: createClickGuard(document, confirmWrite),
		foreignFrame: !FRAME_TOKEN
	} : { findTab: panelTab };
	Q(/* @__PURE__ */ a(App, {
		embedded,
		load,
		...extra
	}), document.getElementById("app"));
	if (!embedded) requestPersistentStorage();
});
