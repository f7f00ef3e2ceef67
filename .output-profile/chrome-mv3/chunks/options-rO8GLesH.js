import { $ as isSitePattern, A as SETTINGS_KEY, B as MAX_TEXT, C as notifyDataChanged, F as GOAL_STATUSES, G as Question, H as Note, I as Goal, J as achievementPercent, K as Settings, L as ImportMapping, M as import_browser_polyfill, N as Cycle, Q as isCustomSitePattern, R as ImportRecord, W as Outcome, Y as newId, Z as CUSTOM_SITES_SCRIPT_ID, _ as formatDate, a as partLabel, at as __commonJSMin, c as F, d, et as parseSiteInput, f as w, i as a, k as DB_NAME, l as T, m as requestPersistentStorage, n as cutText, nt as ORACLE_HCM_TENANT, o as statusLabel, q as SiteRule, rt as $, s as A, st as __toESM, t as cleanText, tt as HOSTED_SUITE_MATCHES, u as b, v as formatNumber, w as onDataChanged, x as t, y as formatWithUnit } from "./theme-CT48nkKe.js";
import { _ as setCurrentCycle, a as closeDb, b as updateSettings, c as getDb, f as loadReviewData, l as getSettings, n as startPage, o as cycles, p as notes, r as addGoal, t as saveErrorText, u as goals, v as siteRules, y as startCycle } from "./saveError-DOuKgIJL.js";
import { n as GoalFigures, t as ShowMore } from "./ShowMore-R4XGKBsn.js";
import { a as textOf, o as useReviewData, r as labelOf, s as openExtensionPage } from "./dom-BiHt3RpV.js";
import { i as changedFields$1, n as markdownLines, r as download, t as markdownLine } from "./markdown-CtaO04kU.js";
import { t as __vitePreload } from "./preload-helper-DN622-v3.js";
import { i as textNear, n as defineAdapter, t as grantSite } from "./grantSite-i_0Dk_by.js";
// utils/numbers.ts
/** A number as typed by a person in any of our languages: `12.5`, `12,5`, `1 234,5`. */
function parseTypedNumber(raw) {
	const compact = raw.replace(/[\s\u00a0\u202f]/g, "");
	if (!compact) return void 0;
	const normalized = /^-?\d+,\d+$/.test(compact) ? compact.replace(",", ".") : compact;
	const value = Number(normalized);
	return Number.isFinite(value) ? value : "invalid";
}
// entrypoints/options/GoalForm.tsx
var NUMBER_FIELDS = [
	"baseline",
	"target",
	"actual",
	"weight"
];
var NUMBER_LABELS = {
	baseline: "goalBaseline",
	target: "goalTarget",
	actual: "goalActual",
	weight: "goalWeight"
};
/** The form's fields whose value differs from the stored goal; a field the form emptied is `undefined` (removed). */
var EDITABLE = [
	"title",
	"description",
	"selfAssessment",
	"kind",
	"status",
	"dueDate",
	"unit",
	"direction",
	"baseline",
	"target",
	"actual",
	"weight",
	"keyResults"
];
function changedFields(goal, fields) {
	return changedFields$1(goal, fields, EDITABLE);
}
/** Add or edit one goal by hand. */
function GoalForm({ cycleId, goal, onDone }) {
	const [title, setTitle] = d(goal?.title ?? "");
	const [description, setDescription] = d(goal?.description ?? "");
	const [kind, setKind] = d(goal?.kind ?? "quantitative");
	const [unit, setUnit] = d(goal?.unit ?? "");
	const [direction, setDirection] = d(goal?.direction ?? "increase");
	const [status, setStatus] = d(goal?.status ?? "not_started");
	const [dueDate, setDueDate] = d(goal?.dueDate ?? "");
	const [numbers, setNumbers] = d({
		baseline: goal?.baseline?.toString() ?? "",
		target: goal?.target?.toString() ?? "",
		actual: goal?.actual?.toString() ?? "",
		weight: goal?.weight?.toString() ?? ""
	});
	const [evidence, setEvidence] = d(goal?.selfAssessment ?? "");
	const [keyResults, setKeyResults] = d((goal?.keyResults ?? []).map((kr) => ({
		title: kr.title,
		target: kr.target?.toString() ?? "",
		actual: kr.actual?.toString() ?? "",
		unit: kr.unit ?? ""
	})));
	const [error, setError] = d("");
	const titleRef = T(null);
	F(() => titleRef.current?.focus(), []);
	async function submit(event) {
		event.preventDefault();
		if (!title.trim()) {
			setError(t("goalTitleRequired"));
			return;
		}
		const figures = {};
		for (const field of NUMBER_FIELDS) {
			const value = parseTypedNumber(numbers[field]);
			if (value === "invalid") {
				setError(t("goalNumberInvalid", t(NUMBER_LABELS[field])));
				return;
			}
			if (value !== void 0) figures[field] = value;
		}
		if (figures.weight !== void 0 && (figures.weight < 0 || figures.weight > 100)) {
			setError(t("goalWeightRange"));
			return;
		}
		const results = [];
		for (const [index, kr] of keyResults.entries()) {
			if (!kr.title.trim() && !kr.target.trim() && !kr.actual.trim()) continue;
			if (!kr.title.trim()) {
				setError(t("keyResultNeedsTitle"));
				return;
			}
			const target = parseTypedNumber(kr.target);
			const actual = parseTypedNumber(kr.actual);
			if (target === "invalid" || actual === "invalid") {
				setError(t("goalNumberInvalid", t(target === "invalid" ? "keyResultTarget" : "keyResultActual", String(index + 1))));
				return;
			}
			results.push({
				title: kr.title.trim(),
				...target !== void 0 ? { target } : {},
				...actual !== void 0 ? { actual } : {},
				...kr.unit.trim() ? { unit: kr.unit.trim() } : {}
			});
		}
		const fields = {
			title: title.trim(),
			kind,
			status,
			...description.trim() ? { description: description.trim() } : {},
			...evidence.trim() ? { selfAssessment: evidence.trim() } : {},
			keyResults: results,
			...dueDate ? { dueDate } : {},
			...kind === "quantitative" ? {
				...figures,
				direction,
				...unit.trim() ? { unit: unit.trim() } : {}
			} : figures.weight !== void 0 ? { weight: figures.weight } : {}
		};
		try {
			const saved = goal ? await goals.update(goal.id, changedFields(goal, fields)) : await addGoal(cycleId, fields);
			if (!saved) {
				setError(t("goalGone"));
				return;
			}
			onDone(saved);
		} catch (error) {
			setError(saveErrorText(error, "goalDiskFull", "goalSaveFailed"));
		}
	}
	return /* @__PURE__ */ a("form", {
		class: "goal-form",
		onSubmit: (event) => void submit(event),
		"aria-labelledby": "goal-form-heading",
		children: [
			/* @__PURE__ */ a("h3", {
				id: "goal-form-heading",
				children: goal ? t("goalEdit") : t("goalAdd")
			}),
			/* @__PURE__ */ a("div", {
				class: "field",
				children: [/* @__PURE__ */ a("label", {
					for: "goal-title",
					children: t("goalTitle")
				}), /* @__PURE__ */ a("input", {
					id: "goal-title",
					ref: titleRef,
					value: title,
					required: true,
					onInput: (e) => setTitle(e.currentTarget.value)
				})]
			}),
			/* @__PURE__ */ a("div", {
				class: "field",
				children: [/* @__PURE__ */ a("label", {
					for: "goal-description",
					children: t("goalDescription")
				}), /* @__PURE__ */ a("textarea", {
					id: "goal-description",
					value: description,
					onInput: (e) => setDescription(e.currentTarget.value)
				})]
			}),
			/* @__PURE__ */ a("div", {
				class: "row",
				children: [
					/* @__PURE__ */ a("div", {
						class: "field grow",
						children: [/* @__PURE__ */ a("label", {
							for: "goal-kind",
							children: t("goalKind")
						}), /* @__PURE__ */ a("select", {
							id: "goal-kind",
							value: kind,
							onChange: (e) => setKind(e.currentTarget.value),
							children: [/* @__PURE__ */ a("option", {
								value: "quantitative",
								children: t("goalKindQuantitative")
							}), /* @__PURE__ */ a("option", {
								value: "qualitative",
								children: t("goalKindQualitative")
							})]
						})]
					}),
					/* @__PURE__ */ a("div", {
						class: "field grow",
						children: [/* @__PURE__ */ a("label", {
							for: "goal-status",
							children: t("goalStatus")
						}), /* @__PURE__ */ a("select", {
							id: "goal-status",
							value: status,
							onChange: (e) => setStatus(e.currentTarget.value),
							children: GOAL_STATUSES.map((value) => /* @__PURE__ */ a("option", {
								value,
								children: statusLabel(value)
							}, value))
						})]
					}),
					/* @__PURE__ */ a("div", {
						class: "field grow",
						children: [/* @__PURE__ */ a("label", {
							for: "goal-due",
							children: t("goalDueDate")
						}), /* @__PURE__ */ a("input", {
							id: "goal-due",
							type: "date",
							value: dueDate,
							onInput: (e) => setDueDate(e.currentTarget.value)
						})]
					})
				]
			}),
			kind === "quantitative" && /* @__PURE__ */ a("div", {
				class: "row",
				children: [/* @__PURE__ */ a("div", {
					class: "field grow",
					children: [/* @__PURE__ */ a("label", {
						for: "goal-unit",
						children: t("goalUnit")
					}), /* @__PURE__ */ a("input", {
						id: "goal-unit",
						value: unit,
						onInput: (e) => setUnit(e.currentTarget.value)
					})]
				}), /* @__PURE__ */ a("div", {
					class: "field grow",
					children: [/* @__PURE__ */ a("label", {
						for: "goal-direction",
						children: t("goalDirection")
					}), /* @__PURE__ */ a("select", {
						id: "goal-direction",
						value: direction,
						onChange: (e) => setDirection(e.currentTarget.value),
						children: [/* @__PURE__ */ a("option", {
							value: "increase",
							children: t("goalDirectionIncrease")
						}), /* @__PURE__ */ a("option", {
							value: "decrease",
							children: t("goalDirectionDecrease")
						})]
					})]
				})]
			}),
			/* @__PURE__ */ a("div", {
				class: "row",
				children: NUMBER_FIELDS.filter((field) => kind === "quantitative" || field === "weight").map((field) => /* @__PURE__ */ a("div", {
					class: "field grow",
					children: [/* @__PURE__ */ a("label", {
						for: `goal-${field}`,
						children: t(NUMBER_LABELS[field])
					}), /* @__PURE__ */ a("input", {
						id: `goal-${field}`,
						inputMode: "decimal",
						value: numbers[field],
						onInput: (e) => setNumbers({
							...numbers,
							[field]: e.currentTarget.value
						})
					})]
				}, field))
			}),
			/* @__PURE__ */ a("div", {
				class: "field",
				children: [/* @__PURE__ */ a("label", {
					for: "goal-evidence",
					children: t("goalEvidence")
				}), /* @__PURE__ */ a("textarea", {
					id: "goal-evidence",
					value: evidence,
					onInput: (e) => setEvidence(e.currentTarget.value)
				})]
			}),
			/* @__PURE__ */ a("fieldset", {
				class: "key-results",
				children: [
					/* @__PURE__ */ a("legend", { children: t("goalKeyResults") }),
					keyResults.map((kr, index) => {
						const update = (patch) => setKeyResults(keyResults.map((item, at) => at === index ? {
							...item,
							...patch
						} : item));
						const n = String(index + 1);
						return /* @__PURE__ */ a("div", {
							class: "row",
							children: [
								/* @__PURE__ */ a("input", {
									class: "grow",
									"aria-label": t("keyResultTitle", n),
									placeholder: t("keyResultTitle", n),
									value: kr.title,
									onInput: (e) => update({ title: e.currentTarget.value })
								}),
								/* @__PURE__ */ a("input", {
									"aria-label": t("keyResultTarget", n),
									placeholder: t("goalTarget"),
									inputMode: "decimal",
									value: kr.target,
									onInput: (e) => update({ target: e.currentTarget.value })
								}),
								/* @__PURE__ */ a("input", {
									"aria-label": t("keyResultActual", n),
									placeholder: t("goalActual"),
									inputMode: "decimal",
									value: kr.actual,
									onInput: (e) => update({ actual: e.currentTarget.value })
								}),
								/* @__PURE__ */ a("button", {
									type: "button",
									"aria-label": t("keyResultRemove", n),
									onClick: () => setKeyResults(keyResults.filter((_, at) => at !== index)),
									children: "×"
								})
							]
						}, index);
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => setKeyResults([...keyResults, {
							title: "",
							target: "",
							actual: "",
							unit: ""
						}]),
						children: t("keyResultAdd")
					})
				]
			}),
			/* @__PURE__ */ a("p", {
				class: "status error",
				role: "alert",
				children: error
			}),
			/* @__PURE__ */ a("div", {
				class: "row",
				children: [/* @__PURE__ */ a("button", {
					type: "submit",
					class: "primary",
					children: t("save")
				}), /* @__PURE__ */ a("button", {
					type: "button",
					onClick: () => onDone(null),
					children: t("cancel")
				})]
			})
		]
	});
}
// entrypoints/options/Cycles.tsx
/** Options › Review cycle: which review the page shows, and starting the next one. */
function Cycles({ current }) {
	const [all, setAll] = d([]);
	const [label, setLabel] = d("");
	const [move, setMove] = d(true);
	const [status, setStatus] = d(null);
	/** The button is off while a cycle starts: a double click starts one. */
	const [starting, setStarting] = d(false);
	const startingNow = T(false);
	const load = b(async () => setAll((await cycles.all()).sort((a, b) => b.createdAt - a.createdAt)), []);
	A(() => {
		load();
		return onDataChanged((stores) => stores.includes("cycles") && void load());
	}, [load]);
	async function start(event) {
		event.preventDefault();
		const name = label.trim();
		if (startingNow.current) return;
		if (!name) {
			setStatus({
				kind: "error",
				text: t("cycleLabelRequired")
			});
			return;
		}
		startingNow.current = true;
		setStarting(true);
		try {
			const { moved } = await startCycle(name, move ? current.id : void 0);
			setLabel("");
			setStatus({
				kind: "ok",
				text: t("cycleStarted", [name, String(moved)])
			});
		} catch {
			setStatus({
				kind: "error",
				text: t("cycleStartFailed")
			});
		} finally {
			startingNow.current = false;
			setStarting(false);
		}
	}
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "cycles-heading",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "cycles-heading",
				children: t("cyclesTitle")
			}),
			/* @__PURE__ */ a("div", {
				class: "row",
				children: /* @__PURE__ */ a("div", {
					class: "field grow",
					children: [/* @__PURE__ */ a("label", {
						for: "cycle-current",
						children: t("cycleCurrent")
					}), /* @__PURE__ */ a("select", {
						id: "cycle-current",
						value: current.id,
						onChange: (event) => void setCurrentCycle(event.currentTarget.value),
						children: all.map((cycle) => /* @__PURE__ */ a("option", {
							value: cycle.id,
							children: t("cycleLabel", cycle.label)
						}, cycle.id))
					})]
				})
			}),
			/* @__PURE__ */ a("details", { children: [/* @__PURE__ */ a("summary", { children: t("cycleStart") }), /* @__PURE__ */ a("form", {
				onSubmit: (event) => void start(event),
				children: [
					/* @__PURE__ */ a("div", {
						class: "field",
						children: [/* @__PURE__ */ a("label", {
							for: "cycle-label",
							children: t("cycleName")
						}), /* @__PURE__ */ a("input", {
							id: "cycle-label",
							value: label,
							placeholder: String((/* @__PURE__ */ new Date()).getFullYear() + 1),
							onInput: (event) => setLabel(event.currentTarget.value)
						})]
					}),
					/* @__PURE__ */ a("label", {
						class: "check",
						children: [/* @__PURE__ */ a("input", {
							type: "checkbox",
							checked: move,
							onChange: (event) => setMove(event.currentTarget.checked)
						}), t("cycleMoveUnfinished", current.label)]
					}),
					/* @__PURE__ */ a("button", {
						type: "submit",
						class: "primary",
						disabled: starting,
						children: t("cycleStartButton")
					})
				]
			})] }),
			/* @__PURE__ */ a("p", {
				class: `status ${status?.kind ?? ""}`,
				role: "status",
				"aria-live": "polite",
				children: status?.text
			})
		]
	});
}
// utils/json-limits.ts
var WHITESPACE = /[ \t\n\r]*/y;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A run of string characters needing no attention (not a quote, a backslash or a control character). */
var PLAIN = /[^"\\\u0000-\u001f]*/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
var SIMPLE_ESCAPES = "\"\\/bfnrt";
var OK = { ok: true };
var SYNTAX = {
	ok: false,
	syntax: true
};
/** Checks `text` against `limits` without building it. */
function checkJsonLimits(text, limits) {
	const stack = [];
	let position = 0;
	let values = 0;
	const skipWhitespace = () => {
		WHITESPACE.lastIndex = position;
		WHITESPACE.exec(text);
		position = WHITESPACE.lastIndex;
	};
	const path = (own) => {
		return (own ? stack : stack.slice(0, -1)).map((frame) => frame.array ? frame.count - 1 : keyAt(frame));
	};
	const keyAt = (frame) => {
		const raw = text.slice(frame.keyStart + 1, frame.keyEnd - 1);
		return raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
	};
	const crossed = (limit, own) => ({
		ok: false,
		limit,
		max: limits[limit],
		path: path(own)
	});
	/** Reads a string at `position` (its opening quote): its decoded length, or -1 when malformed. Stops counting past the text limit. */
	const readString = () => {
		let length = 0;
		position++;
		for (;;) {
			PLAIN.lastIndex = position;
			PLAIN.exec(text);
			length += PLAIN.lastIndex - position;
			position = PLAIN.lastIndex;
			const char = text[position];
			if (char === "\"") {
				position++;
				return length;
			}
			if (char !== "\\") return -1;
			const escape = text[position + 1];
			if (escape === "u") {
				HEX4.lastIndex = position + 2;
				if (!HEX4.test(text)) return -1;
				position += 6;
			} else if (escape !== void 0 && SIMPLE_ESCAPES.includes(escape)) position += 2;
			else return -1;
			length++;
		}
	};
	let expecting = "value";
	for (;;) {
		skipWhitespace();
		if (expecting === "value") {
			if (++values > limits.values) return crossed("values", true);
			const char = text[position];
			if (char === "{" || char === "[") {
				if (stack.length >= limits.depth) return crossed("depth", true);
				const array = char === "[";
				position++;
				skipWhitespace();
				if (text[position] === (array ? "]" : "}")) {
					position++;
					expecting = "after";
					continue;
				}
				stack.push({
					array,
					count: 1,
					keyStart: 0,
					keyEnd: 0
				});
				expecting = array ? "value" : "key";
				continue;
			}
			if (char === "\"") {
				const length = readString();
				if (length < 0) return SYNTAX;
				if (length > limits.text) return crossed("text", true);
			} else if (char === "t" || char === "f" || char === "n") {
				const word = char === "t" ? "true" : char === "f" ? "false" : "null";
				if (!text.startsWith(word, position)) return SYNTAX;
				position += word.length;
			} else {
				NUMBER.lastIndex = position;
				if (!NUMBER.test(text)) return SYNTAX;
				position = NUMBER.lastIndex;
			}
			expecting = "after";
			continue;
		}
		if (expecting === "key") {
			const frame = stack[stack.length - 1];
			if (text[position] !== "\"") return SYNTAX;
			frame.keyStart = position;
			const length = readString();
			if (length < 0) return SYNTAX;
			frame.keyEnd = position;
			if (length > limits.text) return crossed("text", true);
			skipWhitespace();
			if (text[position] !== ":") return SYNTAX;
			position++;
			expecting = "value";
			continue;
		}
		const frame = stack[stack.length - 1];
		if (!frame) return position === text.length ? OK : SYNTAX;
		const char = text[position];
		if (char === ",") {
			position++;
			frame.count++;
			if (frame.array && frame.count > limits.items) return crossed("items", false);
			if (!frame.array && frame.count > limits.keys) return crossed("keys", false);
			expecting = frame.array ? "value" : "key";
		} else if (char === (frame.array ? "]" : "}")) {
			position++;
			stack.pop();
		} else return SYNTAX;
	}
}
// utils/backup/index.ts
var BACKUP_FORMAT$1 = "review-companion-backup";
/** The stores a backup carries, each with its schema and key. */
var BACKUP_STORES = {
	cycles: {
		schema: Cycle,
		key: "id"
	},
	goals: {
		schema: Goal,
		key: "id"
	},
	notes: {
		schema: Note,
		key: "id"
	},
	questions: {
		schema: Question,
		key: "id"
	},
	outcomes: {
		schema: Outcome,
		key: "cycleId"
	},
	siteRules: {
		schema: SiteRule,
		key: "pattern"
	},
	imports: {
		schema: ImportRecord,
		key: "id"
	},
	mappings: {
		schema: ImportMapping,
		key: "signature"
	}
};
var BACKUP_STORE_NAMES = Object.keys(BACKUP_STORES);
/**
* Backup files larger than this are refused before they are read: years of
* one person's goals and notes take a few megabytes.
*/
var MAX_BACKUP_BYTES = 52428800;
/**
* Records a backup may hold per store: far above one person's data (a cycle
* a year, an import a week), low enough to bound what a restore builds.
*/
var MAX_BACKUP_RECORDS = {
	cycles: 1e3,
	goals: 5e4,
	notes: 1e5,
	questions: 1e4,
	outcomes: 1e3,
	siteRules: 1e3,
	imports: 1e3,
	mappings: 1e3
};
/**
* The shape a backup's JSON may have, checked before it is parsed (a 50 MB
* file of empty objects would otherwise become millions of objects first):
* lists as long as the largest store, texts as long as the longest field
* (a note or description), nesting and keys far beyond our records'.
*/
var BACKUP_JSON_LIMITS = {
	depth: 16,
	items: Math.max(...Object.values(MAX_BACKUP_RECORDS)),
	keys: 200,
	text: MAX_TEXT,
	values: 5e6
};
function createBackup(stores, settings, now = /* @__PURE__ */ new Date()) {
	return {
		format: BACKUP_FORMAT$1,
		version: 3,
		exportedAt: now.toISOString(),
		stores,
		...settings ? { settings } : {}
	};
}
/**
* A site rule whose pattern breaks the grammar every other part uses (see
* utils/sites.ts): the browser would refuse it, and with it every other site.
*/
function invalidSitePattern(record) {
	if (!record || typeof record !== "object") return void 0;
	const pattern = record.pattern;
	return typeof pattern === "string" && !isSitePattern(pattern) ? pattern : void 0;
}
var isBackupStore = (name) => typeof name === "string" && Object.hasOwn(BACKUP_STORES, name);
/**
* Reads a backup file: its size is checked before its text is read. See
* `parseBackup` for the rest.
*/
async function readBackupFile(file) {
	if (file.size > 52428800) return {
		ok: false,
		reason: "too-large",
		maxBytes: MAX_BACKUP_BYTES
	};
	return parseBackup(await file.text());
}
/**
* Reads a backup file's text. A truncated or corrupted file, a file of another
* program, a backup from a newer version of the extension, one past the
* limits (size, records per store, shape: checked before the JSON is built)
* or one with a single invalid record is refused whole, with the reason. A
* site rule whose pattern is not a site address is left out (listed in
* `dropped`): the rest restores.
*/
function parseBackup(text) {
	if (text.length > 52428800) return {
		ok: false,
		reason: "too-large",
		maxBytes: MAX_BACKUP_BYTES
	};
	const shape = checkJsonLimits(text, BACKUP_JSON_LIMITS);
	if (!shape.ok) {
		if (shape.syntax) return {
			ok: false,
			reason: "not-json"
		};
		const [top, store] = shape.path;
		if (shape.limit === "items" && shape.path.length === 2 && top === "stores" && isBackupStore(store)) return {
			ok: false,
			reason: "too-many",
			store,
			max: MAX_BACKUP_RECORDS[store]
		};
		return {
			ok: false,
			reason: "too-complex"
		};
	}
	let raw;
	try {
		raw = JSON.parse(text);
	} catch {
		return {
			ok: false,
			reason: "not-json"
		};
	}
	if (!raw || typeof raw !== "object" || raw.format !== "review-companion-backup") return {
		ok: false,
		reason: "foreign"
	};
	const { version, stores, settings } = raw;
	if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return {
		ok: false,
		reason: "foreign"
	};
	if (version > 3) return {
		ok: false,
		reason: "future",
		version
	};
	if (!stores || typeof stores !== "object") return {
		ok: false,
		reason: "foreign"
	};
	const parsed = {};
	const dropped = [];
	for (const name of BACKUP_STORE_NAMES) {
		const records = stores[name] ?? [];
		if (!Array.isArray(records)) return {
			ok: false,
			reason: "invalid",
			store: name,
			index: -1
		};
		if (records.length > MAX_BACKUP_RECORDS[name]) return {
			ok: false,
			reason: "too-many",
			store: name,
			max: MAX_BACKUP_RECORDS[name]
		};
		const schema = BACKUP_STORES[name].schema;
		parsed[name] = [];
		for (const [index, record] of records.entries()) {
			const badPattern = name === "siteRules" ? invalidSitePattern(record) : void 0;
			if (badPattern !== void 0) {
				dropped.push({
					store: "siteRules",
					label: badPattern,
					reason: "invalid-pattern"
				});
				continue;
			}
			const upgraded = name === "notes" && record && typeof record === "object" && !("updatedAt" in record) ? {
				...record,
				updatedAt: record.createdAt
			} : record;
			const result = schema.safeParse(upgraded);
			if (!result.success) return {
				ok: false,
				reason: "invalid",
				store: name,
				index
			};
			parsed[name].push(result.data);
		}
	}
	let validSettings;
	if (settings !== void 0) {
		const result = Settings.safeParse(settings);
		if (!result.success) return {
			ok: false,
			reason: "invalid",
			store: "settings",
			index: 0
		};
		validSettings = result.data;
	}
	return {
		ok: true,
		backup: {
			format: BACKUP_FORMAT$1,
			version,
			exportedAt: String(raw.exportedAt ?? ""),
			stores: parsed,
			...validSettings ? { settings: validSettings } : {}
		},
		dropped
	};
}
/** Records per store, and the cycles, for the restore preview. */
function backupSummary(backup) {
	return {
		counts: Object.fromEntries(BACKUP_STORE_NAMES.map((name) => [name, backup.stores[name].length])),
		cycles: backup.stores.cycles.map((cycle) => cycle.label)
	};
}
/**
* Merge rule: by key, the record changed last wins (an equal time keeps the
* stored one). Returns the records to write.
*/
function recordsToMerge(stored, incoming, keyOf) {
	return incoming.filter((record) => {
		const current = stored.get(keyOf(record));
		return !current || record.updatedAt > current.updatedAt;
	});
}
// utils/db/data.ts
/**
* The data lifecycle on the database: everything out as a backup, a backup
* back in (merged or replacing, in one transaction), and deleting it all.
*/
var STRICT$1 = { durability: "strict" };
/** Every record of every store, read in one transaction (a consistent snapshot). */
async function exportAll(now = /* @__PURE__ */ new Date()) {
	const tx = (await getDb()).transaction(BACKUP_STORE_NAMES);
	const entries = await Promise.all(BACKUP_STORE_NAMES.map(async (name) => [name, await tx.objectStore(name).getAll()]));
	await tx.done;
	return createBackup(Object.fromEntries(entries), await getSettings(), now);
}
/**
* Restores a parsed backup. `replace` empties every store first; `merge`
* keeps what is here and takes a backup record only where it is newer (by
* `updatedAt`). One transaction: on any failure nothing changes.
*/
async function restoreBackup(backup, mode) {
	const tx = (await getDb()).transaction([...BACKUP_STORE_NAMES, "settings"], "readwrite", STRICT$1);
	let written = 0;
	const writes = [];
	for (const name of BACKUP_STORE_NAMES) {
		const store = tx.objectStore(name);
		const key = BACKUP_STORES[name].key;
		const keyOf = (record) => String(record[key]);
		const incoming = backup.stores[name];
		let toWrite = incoming;
		if (mode === "replace") await store.clear();
		else toWrite = recordsToMerge(new Map((await store.getAll()).map((record) => [keyOf(record), record])), incoming, keyOf);
		for (const record of toWrite) writes.push(store.put(record));
		written += toWrite.length;
	}
	if (backup.settings) {
		const settings = tx.objectStore("settings");
		const current = await settings.get(SETTINGS_KEY);
		if (mode === "replace" || !current || backup.settings.updatedAt > (current.updatedAt ?? 0)) writes.push(settings.put(backup.settings, SETTINGS_KEY));
	} else if (mode === "replace") writes.push(tx.objectStore("settings").clear());
	await Promise.all([...writes, tx.done]);
	notifyDataChanged([...BACKUP_STORE_NAMES, "settings"]);
	return { written };
}
/** Another page kept the database open: it was not deleted (yet). */
var DatabaseBlockedError = class extends Error {
	name = "DatabaseBlockedError";
	constructor() {
		super("Another page keeps the database open");
	}
};
/** A deletion the browser still holds because another page blocks it: trying again waits for the same one. */
var unfinished;
function startDeletion() {
	let onBlocked;
	const blocked = new Promise((resolve) => onBlocked = resolve);
	const factory = indexedDB;
	const done = new Promise((resolve, reject) => {
		const request = factory.deleteDatabase(DB_NAME);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? /* @__PURE__ */ new Error("The database could not be deleted"));
		request.onblocked = () => onBlocked();
	});
	const deletion = {
		factory,
		done,
		blocked
	};
	const forget = () => {
		if (unfinished === deletion) unfinished = void 0;
	};
	done.then(forget, forget);
	return deletion;
}
/**
* Deletes the database itself. Every page of this version closes its
* connection when asked (see `blocking` in ./index.ts); a page that does not
* (an older build still open) blocks the deletion: `waitWhenBlockedMs` after
* the browser says so, or `maxWaitMs` after the start, this gives up with
* `DatabaseBlockedError` instead of hanging. The browser keeps the request:
* the deletion still happens once that page closes.
*/
async function deleteEverything({ waitWhenBlockedMs = 2e3, maxWaitMs = 8e3 } = {}) {
	await closeDb();
	const deletion = unfinished?.factory === indexedDB ? unfinished : startDeletion();
	unfinished = deletion;
	const timers = [];
	const after = (ms) => new Promise((resolve) => timers.push(setTimeout(() => resolve("blocked"), ms)));
	try {
		if (await Promise.race([
			deletion.done.then(() => "deleted"),
			deletion.blocked.then(() => after(waitWhenBlockedMs)),
			after(maxWaitMs)
		]) === "blocked") throw new DatabaseBlockedError();
	} finally {
		for (const timer of timers) clearTimeout(timer);
	}
}
// utils/db/delete-all.ts
/**
* "Delete everything": the database, and what the user allowed the
* extension besides it (access to the sites they added, notifications for a
* reminder). Takes the browser's APIs as parameters, so every step and every
* failure can be tested.
*
* Only what the user added is removed: the built-in suites' patterns and
* whatever the manifest requires cannot be removed, and asking for them
* makes the browser refuse the whole call ("You cannot remove required
* permissions"). One call per origin, so one refusal keeps no other site.
*/
var NOTIFICATIONS = "notifications";
/** The patterns of the sites the user added: their rules, and any other optional origin still granted. */
function userAddedOrigins(rules, granted, required, builtIn = HOSTED_SUITE_MATCHES) {
	const isUsers = (origin) => !required.has(origin) && !builtIn.includes(origin);
	const fromRules = rules.map((rule) => rule.pattern).filter((pattern) => isUsers(pattern) && isCustomSitePattern(pattern));
	return [.../* @__PURE__ */ new Set([...fromRules, ...granted.filter(isUsers)])].sort();
}
async function removeOne(apis, request) {
	try {
		return await apis.permissions.remove(request) !== false;
	} catch {
		return false;
	}
}
async function deleteAllData(apis) {
	const required = /* @__PURE__ */ new Set([...apis.manifest.permissions ?? [], ...apis.manifest.host_permissions ?? []]);
	const [rules, granted] = await Promise.all([apis.readSiteRules().catch(() => []), apis.permissions.getAll().catch(() => void 0)]);
	await apis.scripting?.unregisterContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] }).catch(() => void 0);
	const sitesRemoved = [];
	const sitesKept = [];
	for (const origin of userAddedOrigins(rules, granted?.origins ?? [], required)) (await removeOne(apis, { origins: [origin] }) ? sitesRemoved : sitesKept).push(origin);
	const holdsNotifications = !required.has(NOTIFICATIONS) && (granted ? (granted.permissions ?? []).includes(NOTIFICATIONS) : true);
	let notifications = "not-held";
	if (holdsNotifications) notifications = await removeOne(apis, { permissions: [NOTIFICATIONS] }) ? "removed" : "kept";
	if (!granted && notifications === "kept") notifications = "not-held";
	let database = "deleted";
	try {
		await apis.deleteDatabase();
	} catch (error) {
		database = error instanceof DatabaseBlockedError ? "blocked" : "failed";
	}
	return {
		database,
		sitesRemoved,
		sitesKept,
		notifications
	};
}
/** A site pattern as a person reads it: its origin. */
var originOf = (pattern) => pattern.replace(/\/\*$/, "");
/** What the options page says after deleting: what was deleted, and what could not be and what to do. */
function deleteAllStatus(result) {
	const parts = [t(result.database === "deleted" ? "deleteDone" : result.database === "blocked" ? "deleteBlocked" : "deleteFailed")];
	if (result.sitesKept.length > 0) parts.push(t("deleteSitesKept", result.sitesKept.map(originOf).join(", ")));
	if (result.notifications === "kept") parts.push(t("deleteNotificationsKept"));
	return {
		kind: result.database === "deleted" && result.sitesKept.length === 0 && result.notifications !== "kept" ? "ok" : "error",
		text: parts.join(" ")
	};
}
// utils/export/index.ts
/**
* A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR
* first) gets a leading apostrophe; numbers are written as numbers.
*/
function csvCell(value) {
	if (value === void 0) return "";
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
	const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, "\"\"")}"` : guarded;
}
var GOAL_COLUMNS = [
	"id",
	"title",
	"description",
	"kind",
	"unit",
	"baseline",
	"target",
	"actual",
	"direction",
	"weight",
	"due date",
	"status",
	"key results",
	"self-assessment"
];
function keyResultsText(goal) {
	return goal.keyResults.map((kr) => [kr.title, kr.target !== void 0 ? `${kr.actual ?? "–"}/${kr.target}${kr.unit ? ` ${kr.unit}` : ""}` : ""].filter(Boolean).join(": ")).join("; ");
}
/**
* Goals as CSV with an English header that the importer maps back. `excel`
* adds a UTF-8 byte order mark and a `sep=,` line so Excel opens it with
* accents and columns right in every locale.
*/
function goalsToCsv(goals, options = {}) {
	const lines = [GOAL_COLUMNS.join(",")];
	for (const goal of goals) lines.push([
		csvCell(goal.source.externalId ?? goal.id),
		csvCell(goal.title),
		csvCell(goal.description),
		csvCell(goal.kind),
		csvCell(goal.unit),
		csvCell(goal.baseline),
		csvCell(goal.target),
		csvCell(goal.actual),
		csvCell(goal.direction),
		csvCell(goal.weight),
		csvCell(goal.dueDate),
		csvCell(goal.status),
		csvCell(keyResultsText(goal)),
		csvCell(goal.selfAssessment)
	].join(","));
	const body = `${lines.join("\r\n")}\r\n`;
	return options.excel ? `\uFEFFsep=,\r\n${body}` : body;
}
/** Notes grouped by part of the review, each with its date and goal, as Markdown. */
function notesToMarkdown(notes, goals, labels) {
	const goalTitles = new Map(goals.map((goal) => [goal.id, goal.title]));
	const byPart = /* @__PURE__ */ new Map();
	for (const note of [...notes].sort((a, b) => a.createdAt - b.createdAt)) byPart.set(note.part, [...byPart.get(note.part) ?? [], note]);
	const out = [`# ${markdownLine(labels.title)}`, ""];
	for (const [part, list] of byPart) {
		out.push(`## ${markdownLine(labels.part(part))}`, "");
		for (const note of list) {
			const goal = note.goalId ? goalTitles.get(note.goalId) : void 0;
			const meta = markdownLine([labels.date(note), goal ?? ""].filter(Boolean).join(" · "));
			out.push(`- ${markdownLines(note.text, "  ")}${meta ? ` (${meta})` : ""}`);
		}
		out.push("");
	}
	return out.join("\n");
}
// entrypoints/options/DataSection.tsx
var STORE_KEYS = {
	cycles: "storeCycles",
	goals: "storeGoals",
	notes: "storeNotes",
	questions: "storeQuestions",
	outcomes: "storeOutcomes",
	siteRules: "storeSiteRules",
	imports: "storeImports",
	mappings: "storeMappings"
};
function problemText(problem) {
	switch (problem.reason) {
		case "not-json": return t("restoreNotJson");
		case "foreign": return t("restoreForeign");
		case "future": return t("restoreFuture");
		case "invalid": return t("restoreInvalid", [problem.store, String(problem.index + 1)]);
		case "too-large": return t("restoreTooLarge", formatNumber(Math.round(problem.maxBytes / 1024 / 1024)));
		case "too-many": return t("restoreTooMany", [t(STORE_KEYS[problem.store]), formatNumber(problem.max)]);
		case "too-complex": return t("restoreTooComplex");
	}
}
var stamp = () => (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
/** Options › Your data: backup and restore, exports, storage, delete everything. */
function DataSection({ cycle }) {
	const [status, setStatus] = d(null);
	const [pending, setPending] = d(null);
	const [usage, setUsage] = d(null);
	const [confirmText, setConfirmText] = d("");
	const [deleting, setDeleting] = d(false);
	A(() => {
		(async () => {
			const persisted = await requestPersistentStorage();
			const estimate = await navigator.storage?.estimate?.();
			setUsage({
				used: estimate?.usage ?? 0,
				persisted
			});
		})().catch(() => void 0);
	}, []);
	async function backup() {
		try {
			download(`review-companion-backup-${stamp()}.json`, JSON.stringify(await exportAll(), null, 1), "application/json");
			setStatus({
				kind: "ok",
				text: t("backupDone")
			});
		} catch {
			setStatus({
				kind: "error",
				text: t("backupFailed")
			});
		}
	}
	async function chooseBackup(file) {
		const parsed = await readBackupFile(file);
		if (!parsed.ok) {
			setPending(null);
			setStatus({
				kind: "error",
				text: t("restoreRefused", problemText(parsed))
			});
			return;
		}
		setPending({
			backup: parsed.backup,
			name: file.name,
			dropped: parsed.dropped
		});
		setStatus(null);
	}
	async function restore(mode) {
		if (!pending) return;
		try {
			const { written } = await restoreBackup(pending.backup, mode);
			setPending(null);
			setStatus({
				kind: "ok",
				text: t("restoreDone", String(written))
			});
		} catch {
			setStatus({
				kind: "error",
				text: t("restoreFailed")
			});
		}
	}
	async function exportGoals(excel) {
		const list = await goals.listByCycle(cycle.id);
		download(`goals-${cycle.label}-${stamp()}.csv`, goalsToCsv(list, { excel }), "text/csv;charset=utf-8");
	}
	async function exportNotes() {
		const [list, goals$1] = await Promise.all([notes.listByCycle(cycle.id), goals.listByCycle(cycle.id)]);
		const markdown = notesToMarkdown(list, goals$1, {
			title: t("notesExportTitle", cycle.label),
			part: partLabel,
			date: (note) => formatDate(note.happenedOn ?? note.createdAt)
		});
		download(`notes-${cycle.label}-${stamp()}.md`, markdown, "text/markdown;charset=utf-8");
	}
	const confirmWord = t("deleteConfirmWord");
	async function deleteAll(event) {
		event.preventDefault();
		if (deleting || confirmText.trim().toLocaleLowerCase() !== confirmWord.toLocaleLowerCase()) return;
		setDeleting(true);
		setStatus(null);
		try {
			const result = await deleteAllData({
				permissions: import_browser_polyfill.default.permissions,
				scripting: import_browser_polyfill.default.scripting,
				manifest: import_browser_polyfill.default.runtime.getManifest(),
				readSiteRules: () => siteRules.all(),
				deleteDatabase: () => deleteEverything()
			});
			if (result.database === "deleted") {
				setConfirmText("");
				notifyDataChanged([
					"cycles",
					"goals",
					"notes",
					"questions",
					"outcomes",
					"siteRules",
					"imports",
					"mappings",
					"settings"
				]);
			}
			setStatus(deleteAllStatus(result));
		} catch {
			setStatus({
				kind: "error",
				text: t("deleteFailed")
			});
		} finally {
			setDeleting(false);
		}
	}
	const summary = pending ? backupSummary(pending.backup) : null;
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "data-heading",
		class: "data",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "data-heading",
				children: t("dataTitle")
			}),
			/* @__PURE__ */ a("p", {
				class: "muted",
				children: [
					t("dataIntro"),
					" ",
					usage && t(usage.persisted ? "storagePersisted" : "storageNotPersisted", formatNumber(Math.max(.01, usage.used / 1024 / 1024)))
				]
			}),
			/* @__PURE__ */ a("div", {
				class: "row",
				children: [
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => void backup(),
						children: t("backupButton")
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => void exportGoals(false),
						children: t("exportGoalsCsv")
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => void exportGoals(true),
						children: t("exportGoalsExcel")
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => void exportNotes(),
						children: t("exportNotesMarkdown")
					})
				]
			}),
			/* @__PURE__ */ a("div", {
				class: "field",
				children: [/* @__PURE__ */ a("label", {
					for: "restore-file",
					children: t("restoreLabel")
				}), /* @__PURE__ */ a("input", {
					id: "restore-file",
					type: "file",
					accept: ".json,application/json",
					onChange: (event) => {
						const file = event.currentTarget.files?.[0];
						if (file) chooseBackup(file);
						event.currentTarget.value = "";
					}
				})]
			}),
			pending && summary && /* @__PURE__ */ a("div", {
				class: "restore-preview",
				"data-testid": "restore-preview",
				children: [
					/* @__PURE__ */ a("p", { children: t("restorePreview", [
						pending.name,
						String(summary.counts.goals),
						String(summary.counts.notes),
						summary.cycles.join(", ") || "–"
					]) }),
					/* @__PURE__ */ a("ul", {
						class: "plain store-counts",
						children: BACKUP_STORE_NAMES.map((name) => /* @__PURE__ */ a("li", { children: [
							t(STORE_KEYS[name]),
							": ",
							summary.counts[name]
						] }, name))
					}),
					pending.dropped.length > 0 && /* @__PURE__ */ a("p", {
						class: "warning",
						"data-testid": "restore-dropped",
						children: t("restoreSitesDropped", pending.dropped.map((record) => record.label).join(", "))
					}),
					/* @__PURE__ */ a("div", {
						class: "row",
						children: [
							/* @__PURE__ */ a("button", {
								type: "button",
								class: "primary",
								onClick: () => void restore("merge"),
								children: t("restoreMerge")
							}),
							/* @__PURE__ */ a("button", {
								type: "button",
								onClick: () => void restore("replace"),
								children: t("restoreReplace")
							}),
							/* @__PURE__ */ a("button", {
								type: "button",
								onClick: () => setPending(null),
								children: t("cancel")
							})
						]
					})
				]
			}),
			/* @__PURE__ */ a("form", {
				class: "danger-zone",
				onSubmit: (event) => void deleteAll(event),
				children: [/* @__PURE__ */ a("label", {
					for: "delete-confirm",
					children: t("deleteLabel", confirmWord)
				}), /* @__PURE__ */ a("div", {
					class: "row",
					children: [/* @__PURE__ */ a("input", {
						id: "delete-confirm",
						class: "grow",
						autoComplete: "off",
						value: confirmText,
						onInput: (event) => setConfirmText(event.currentTarget.value)
					}), /* @__PURE__ */ a("button", {
						type: "submit",
						class: "danger",
						disabled: deleting || confirmText.trim().toLocaleLowerCase() !== confirmWord.toLocaleLowerCase(),
						children: t("deleteButton")
					})]
				})]
			}),
			/* @__PURE__ */ a("p", {
				class: `status ${status?.kind ?? ""}`,
				role: "status",
				"aria-live": "polite",
				children: status?.text
			})
		]
	});
}
// entrypoints/options/Reminders.tsx
/** Options › Reminders: off by default; notifications are asked for only when one is turned on. */
function Reminders() {
	const [reminder, setReminder] = d({
		daysBefore: 7,
		monthlyNudge: false
	});
	const [enabled, setEnabled] = d(false);
	const [status, setStatus] = d(null);
	A(() => {
		getSettings().then((settings) => {
			if (settings.reminder) {
				setReminder(settings.reminder);
				setEnabled(!!settings.reminder.reviewDate || settings.reminder.monthlyNudge);
			}
		});
	}, []);
	function save(event) {
		event.preventDefault();
		const wanted = !!reminder.reviewDate || reminder.monthlyNudge;
		(wanted ? import_browser_polyfill.default.permissions.request({ permissions: ["notifications"] }) : Promise.resolve(true)).then(async (granted) => {
			if (!granted) {
				setStatus({
					kind: "error",
					text: t("reminderPermissionRefused")
				});
				return;
			}
			await updateSettings({ reminder });
			setEnabled(wanted);
			setStatus({
				kind: "ok",
				text: wanted ? t("reminderSaved") : t("reminderOff")
			});
		}).catch(() => setStatus({
			kind: "error",
			text: t("reminderFailed")
		}));
	}
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "reminders-heading",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "reminders-heading",
				children: t("remindersTitle")
			}),
			/* @__PURE__ */ a("form", {
				onSubmit: save,
				children: [
					/* @__PURE__ */ a("div", {
						class: "row",
						children: [/* @__PURE__ */ a("div", {
							class: "field",
							children: [/* @__PURE__ */ a("label", {
								for: "reminder-date",
								children: t("reminderDate")
							}), /* @__PURE__ */ a("input", {
								id: "reminder-date",
								type: "date",
								value: reminder.reviewDate ?? "",
								onInput: (event) => {
									const value = event.currentTarget.value;
									setReminder(({ reviewDate: _old, ...rest }) => value ? {
										...rest,
										reviewDate: value
									} : rest);
								}
							})]
						}), /* @__PURE__ */ a("div", {
							class: "field",
							children: [/* @__PURE__ */ a("label", {
								for: "reminder-days",
								children: t("reminderDaysBefore")
							}), /* @__PURE__ */ a("input", {
								id: "reminder-days",
								type: "number",
								min: 1,
								max: 60,
								value: reminder.daysBefore,
								onInput: (event) => setReminder({
									...reminder,
									daysBefore: Math.min(60, Math.max(1, Number(event.currentTarget.value) || 7))
								})
							})]
						})]
					}),
					/* @__PURE__ */ a("label", {
						class: "check",
						children: [/* @__PURE__ */ a("input", {
							type: "checkbox",
							checked: reminder.monthlyNudge,
							onChange: (event) => setReminder({
								...reminder,
								monthlyNudge: event.currentTarget.checked
							})
						}), t("reminderNudge")]
					}),
					/* @__PURE__ */ a("p", {
						class: "muted",
						children: enabled ? t("reminderStateOn") : t("reminderStateOff")
					}),
					/* @__PURE__ */ a("button", {
						type: "submit",
						children: t("reminderSave")
					})
				]
			}),
			/* @__PURE__ */ a("p", {
				class: `status ${status?.kind ?? ""}`,
				role: "status",
				"aria-live": "polite",
				children: status?.text
			})
		]
	});
}
// entrypoints/options/SidebarSettings.tsx
/**
* Options › Sidebar: on the page or in the browser's side panel; which side,
* how wide, and whether it opens by itself on review pages.
*/
function SidebarSettings() {
	const [layout, setLayout] = d(null);
	const [saved, setSaved] = d("");
	/** The width as typed; stored (clamped) when the field is left. Keeps a re-render from undoing typing. */
	const [widthText, setWidthText] = d(null);
	A(() => void getSettings().then(({ sidebarSide, sidebarWidth, autoOpen, panelMode }) => setLayout({
		sidebarSide,
		sidebarWidth,
		autoOpen,
		panelMode
	})), []);
	if (!layout) return null;
	const change = (patch) => {
		const next = {
			...layout,
			...patch
		};
		setLayout(next);
		updateSettings(next).then(() => setSaved(t("sidebarSettingsSaved")));
	};
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "sidebar-settings-heading",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "sidebar-settings-heading",
				children: t("sidebarSettingsTitle")
			}),
			/* @__PURE__ */ a("fieldset", {
				class: "choices",
				children: [/* @__PURE__ */ a("legend", { children: t("sidebarPanelMode") }), ["overlay", "browser-panel"].map((mode) => /* @__PURE__ */ a("label", {
					class: "check",
					children: [/* @__PURE__ */ a("input", {
						type: "radio",
						name: "panel-mode",
						value: mode,
						checked: layout.panelMode === mode,
						onChange: () => change({ panelMode: mode })
					}), t(mode === "overlay" ? "sidebarPanelOverlay" : "sidebarPanelBrowser")]
				}, mode))]
			}),
			/* @__PURE__ */ a("div", {
				class: "row",
				children: [/* @__PURE__ */ a("div", {
					class: "field",
					children: [/* @__PURE__ */ a("label", {
						for: "sidebar-side",
						children: t("sidebarSide")
					}), /* @__PURE__ */ a("select", {
						id: "sidebar-side",
						value: layout.sidebarSide,
						onChange: (event) => change({ sidebarSide: event.currentTarget.value }),
						children: [/* @__PURE__ */ a("option", {
							value: "right",
							children: t("sidebarRight")
						}), /* @__PURE__ */ a("option", {
							value: "left",
							children: t("sidebarLeft")
						})]
					})]
				}), /* @__PURE__ */ a("div", {
					class: "field",
					children: [/* @__PURE__ */ a("label", {
						for: "sidebar-width",
						children: t("sidebarWidth")
					}), /* @__PURE__ */ a("input", {
						id: "sidebar-width",
						type: "number",
						min: 280,
						max: 640,
						step: 20,
						value: widthText ?? layout.sidebarWidth,
						onInput: (event) => setWidthText(event.currentTarget.value),
						onChange: (event) => {
							setWidthText(null);
							change({ sidebarWidth: Math.min(640, Math.max(280, Math.round(Number(event.currentTarget.value) || 360))) });
						}
					})]
				})]
			}),
			/* @__PURE__ */ a("label", {
				class: "check",
				children: [/* @__PURE__ */ a("input", {
					type: "checkbox",
					checked: layout.autoOpen,
					disabled: layout.panelMode !== "overlay",
					onChange: (event) => change({ autoOpen: event.currentTarget.checked })
				}), t("sidebarAutoOpen")]
			}),
			/* @__PURE__ */ a("p", {
				class: "status ok",
				role: "status",
				"aria-live": "polite",
				children: saved
			})
		]
	});
}
// utils/db/imports.ts
var STRICT = { durability: "strict" };
var titleKey = (title) => title.trim().toLocaleLowerCase().replace(/\s+/g, " ");
async function commitImport(preview, cycleId, options) {
	const importId = newId("import");
	const now = Date.now();
	const fileName = cutText(cleanText(options.fileName, { multiline: false }).text.trim(), 500);
	const selected = preview.rows.filter((row) => row.goal && row.errors.length === 0 && (!options.rows || options.rows.has(row.row)));
	const tx = (await getDb()).transaction(["goals", "imports"], "readwrite", STRICT);
	const goalStore = tx.objectStore("goals");
	const existing = await goalStore.index("byCycle").getAll(cycleId);
	const byExternalId = new Map(existing.filter((goal) => goal.source.externalId).map((goal) => [goal.source.externalId, goal]));
	const byTitle = new Map(existing.map((goal) => [titleKey(goal.title), goal]));
	const firstCreatedAt = Math.max(now, ...existing.map((goal) => goal.createdAt + 1));
	const createdGoalIds = [];
	const previousGoals = [];
	let skipped = 0;
	const writes = [];
	try {
		for (const { row, goal: draft } of selected) {
			const { externalId, period: _period, ...fields } = draft;
			const match = externalId && byExternalId.get(externalId) || byTitle.get(titleKey(fields.title));
			const source = {
				importId,
				file: fileName,
				row,
				...externalId ? { externalId } : {}
			};
			if (match) {
				const repeated = createdGoalIds.includes(match.id) || previousGoals.some((goal) => goal.id === match.id);
				if (options.duplicates === "skip" || repeated) {
					skipped++;
					continue;
				}
				previousGoals.push(match);
				writes.push(Goal.parse({
					...fields,
					id: match.id,
					cycleId,
					source,
					createdAt: match.createdAt,
					updatedAt: now
				}));
			} else {
				const goal = Goal.parse({
					...fields,
					id: newId("goal"),
					cycleId,
					source,
					createdAt: firstCreatedAt + createdGoalIds.length,
					updatedAt: now
				});
				createdGoalIds.push(goal.id);
				byTitle.set(titleKey(goal.title), goal);
				if (externalId) byExternalId.set(externalId, goal);
				writes.push(goal);
			}
		}
	} catch (error) {
		tx.abort();
		await tx.done.catch(() => void 0);
		throw error;
	}
	const record = ImportRecord.parse({
		id: importId,
		cycleId,
		fileName,
		format: preview.format,
		createdGoalIds,
		previousGoals,
		skipped,
		createdAt: now,
		updatedAt: now
	});
	await Promise.all([
		...writes.map((goal) => goalStore.put(goal)),
		tx.objectStore("imports").put(record),
		tx.done
	]);
	notifyDataChanged(["goals", "imports"]);
	return {
		importId,
		created: createdGoalIds.length,
		updated: previousGoals.length,
		skipped
	};
}
/**
* Takes an import back, all or nothing, touching only what the import did.
* The record alone is not trusted (it may come from a restored backup, or be
* edited): a goal it lists as created is removed only while the goal's own
* `source.importId` is this import and it is in the import's cycle; a goal it
* holds earlier values for is restored only while the stored goal was last
* written by this import, in that cycle. A goal a later import took over is
* left as it is (undo that import first).
*/
async function undoImport(importId) {
	const tx = (await getDb()).transaction(["goals", "imports"], "readwrite", STRICT);
	const record = await tx.objectStore("imports").get(importId);
	if (!record) {
		await tx.done;
		throw new Error("This import was already undone.");
	}
	const goalStore = tx.objectStore("goals");
	const isOwned = (goal) => goal !== void 0 && goal.source.importId === importId && goal.cycleId === record.cycleId;
	const createdIds = [...new Set(record.createdGoalIds)];
	const removals = (await Promise.all(createdIds.map((id) => goalStore.get(id)))).filter(isOwned).map((goal) => goal.id);
	const seen = new Set(createdIds);
	const previous = record.previousGoals.filter((goal) => !seen.has(goal.id) && seen.add(goal.id) && goal.cycleId === record.cycleId);
	const stored = await Promise.all(previous.map((goal) => goalStore.get(goal.id)));
	const restores = previous.filter((_, index) => isOwned(stored[index]));
	await Promise.all([
		...removals.map((id) => goalStore.delete(id)),
		...restores.map((goal) => goalStore.put(goal)),
		tx.objectStore("imports").delete(importId),
		tx.done
	]);
	notifyDataChanged(["goals", "imports"]);
	const listed = createdIds.length + record.previousGoals.length;
	return {
		removed: removals.length,
		restored: restores.length,
		leftAlone: listed - removals.length - restores.length
	};
}
/** Imports into a cycle, newest first. */
async function listImports(cycleId) {
	return (await (await getDb()).getAllFromIndex("imports", "byCycle", cycleId)).sort((a, b) => b.createdAt - a.createdAt);
}
async function rememberMapping(signature, mapping) {
	const now = Date.now();
	const record = ImportMapping.parse({
		signature,
		mapping,
		createdAt: now,
		updatedAt: now
	});
	const tx = (await getDb()).transaction("mappings", "readwrite");
	await Promise.all([tx.store.put(record), tx.done]);
}
async function rememberedMapping(signature) {
	return (await (await getDb()).get("mappings", signature))?.mapping;
}
// utils/import/columns.ts
/** `A`, `B`, … `Z`, `AA`: spreadsheet column letters for a 0-based column index. */
function columnLetters(index) {
	let letters = "";
	for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + (rest - 1) % 26) + letters;
	return letters;
}
// utils/import/synonyms.ts
/** Lower case, no accents, no punctuation, `ß` → `ss`, camelCase split, single spaces. */
function normaliseText(value) {
	return value.replace(/([\p{Ll}\d])(\p{Lu})/gu, "$1 $2").replace(/(\p{L})(\p{N})/gu, "$1 $2").replace(/(\p{N})(\p{L})/gu, "$1 $2").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
/**
* Header words per goal field: a header whose normalised form (digits
* dropped, so `key_result_2_title` reads `key result title`) equals one of
* them is mapped with full confidence; longer headers containing one of the
* multi-word or 5+ letter entries are mapped with less.
*/
var HEADER_SYNONYMS = {
	title: [
		"title",
		"goal",
		"goal title",
		"goal name",
		"objective",
		"objective title",
		"objective name",
		"kpi",
		"titel",
		"doelstelling",
		"naam doel",
		"doel titel",
		"objectif",
		"titre",
		"intitule",
		"nom de l objectif",
		"ziel",
		"zielsetzung",
		"zieltitel",
		"bezeichnung",
		"name des ziels"
	],
	description: [
		"description",
		"details",
		"goal description",
		"notes",
		"omschrijving",
		"beschrijving",
		"toelichting",
		"opmerkingen",
		"doelomschrijving",
		"remarques",
		"descriptif",
		"beschreibung",
		"erlauterung",
		"bemerkungen"
	],
	kind: [
		"kind",
		"type",
		"goal type",
		"metric type",
		"measure type",
		"soort",
		"soort doel",
		"type doel",
		"type d objectif",
		"type de mesure",
		"art",
		"typ",
		"zieltyp",
		"zielart",
		"messart"
	],
	unit: [
		"unit",
		"unit of measure",
		"uom",
		"metric unit",
		"eenheid",
		"meeteenheid",
		"unite",
		"unite de mesure",
		"einheit",
		"masseinheit"
	],
	baseline: [
		"baseline",
		"start",
		"start value",
		"starting value",
		"initial value",
		"metric start value",
		"min rating",
		"beginwaarde",
		"startwaarde",
		"uitgangswaarde",
		"nulmeting",
		"valeur de depart",
		"valeur initiale",
		"point de depart",
		"ausgangswert",
		"startwert",
		"anfangswert",
		"basiswert"
	],
	target: [
		"target",
		"target value",
		"metric target value",
		"max rating",
		"doel",
		"streefwaarde",
		"doelwaarde",
		"norm",
		"cible",
		"valeur cible",
		"objectif chiffre",
		"zielwert",
		"sollwert"
	],
	actual: [
		"actual",
		"actual value",
		"current value",
		"current",
		"realised",
		"realized",
		"result",
		"achievement",
		"achieved value",
		"gerealiseerd",
		"realisatie",
		"resultaat",
		"werkelijk",
		"huidige waarde",
		"stand",
		"realise",
		"resultat",
		"valeur actuelle",
		"valeur atteinte",
		"istwert",
		"ist",
		"ergebnis",
		"aktueller wert"
	],
	direction: [
		"direction",
		"polarity",
		"richting",
		"sens",
		"richtung"
	],
	weight: [
		"weight",
		"weighting",
		"weightage",
		"weging",
		"gewicht",
		"wegingsfactor",
		"ponderation",
		"poids",
		"gewichtung"
	],
	dueDate: [
		"due date",
		"due",
		"due at",
		"due on",
		"deadline",
		"end date",
		"end",
		"target date",
		"einddatum",
		"vervaldatum",
		"streefdatum",
		"uiterste datum",
		"datum gereed",
		"echeance",
		"date d echeance",
		"date limite",
		"date de fin",
		"date cible",
		"falligkeitsdatum",
		"fallig am",
		"frist",
		"enddatum",
		"zieldatum",
		"termin"
	],
	status: [
		"status",
		"state",
		"goal status",
		"progress status",
		"statut",
		"etat",
		"zustand"
	],
	progress: [
		"progress",
		"completion",
		"complete",
		"percent complete",
		"percentage complete",
		"completion rate",
		"voortgang",
		"percentage gereed",
		"voltooiing",
		"avancement",
		"progression",
		"taux d achevement",
		"fortschritt",
		"erfullungsgrad",
		"zielerreichung",
		"zielerreichungsgrad"
	],
	keyResultTitle: [
		"key result",
		"key results",
		"key result title",
		"key results title",
		"kr",
		"kr title",
		"metric name",
		"milestone",
		"milestones",
		"kernresultaat",
		"kernresultaten",
		"sleutelresultaat",
		"sleutelresultaten",
		"mijlpaal",
		"mijlpalen",
		"resultat cle",
		"resultats cles",
		"jalon",
		"jalons",
		"schlusselergebnis",
		"schlusselergebnisse",
		"meilenstein",
		"meilensteine"
	],
	keyResultTarget: [
		"key result target",
		"key results target",
		"kr target",
		"kernresultaat streefwaarde",
		"cible resultat cle",
		"zielwert schlusselergebnis"
	],
	keyResultActual: [
		"key result actual",
		"key results actual",
		"kr actual",
		"key result completion",
		"key result progress",
		"kr progress",
		"kernresultaat gerealiseerd",
		"kernresultaat voortgang",
		"avancement resultat cle",
		"fortschritt schlusselergebnis"
	],
	externalId: [
		"id",
		"goal id",
		"row id",
		"objective id",
		"external id",
		"reference",
		"ref",
		"doel id",
		"kenmerk",
		"referentie",
		"identifiant",
		"ziel id",
		"kennung"
	],
	period: [
		"cycle",
		"period",
		"goal cycle",
		"appraisal cycle",
		"review cycle",
		"timeframe",
		"year",
		"quarter",
		"periode",
		"cyclus",
		"beoordelingsperiode",
		"jaar",
		"kwartaal",
		"annee",
		"trimestre",
		"zeitraum",
		"beurteilungszeitraum",
		"jahr",
		"quartal"
	]
};
/** Weaker title words (Culture Amp's `name`): used when no stronger title header exists. */
var WEAK_TITLE_SYNONYMS = [
	"name",
	"naam",
	"nom"
];
/**
* Headers seen in HR exports that carry nothing for a goal (owners, audit
* dates, start dates…): never mapped, and they keep a partial match such as
* `start` in `start date` from misleading the mapping.
*/
var IGNORED_HEADERS = [
	"email",
	"emails",
	"owner",
	"owner email",
	"owner emails",
	"owner email id",
	"individual emails",
	"created at",
	"created",
	"updated at",
	"start date",
	"start at",
	"startdatum",
	"begindatum",
	"date de debut",
	"beginndatum",
	"parent goal",
	"parent row goal ids",
	"parent row ids",
	"parent goal ids",
	"completion date",
	"completed at",
	"visibility",
	"priority",
	"check in type",
	"aligns with option id",
	"shared with employee ids",
	"is default",
	"job title",
	"job title id",
	"job title name",
	"employee",
	"medewerker",
	"employe",
	"mitarbeiter",
	"category",
	"categorie",
	"kategorie",
	"kra",
	"doctype",
	"owner name"
];
/** A header containing one of these words is about people or audit dates, never a goal field ("Objective owner"). */
var IGNORED_HEADER_WORDS = [
	"owner",
	"owners",
	"email",
	"emails",
	"mail",
	"eigenaar",
	"proprietaire",
	"verantwortlich",
	"inhaber",
	"created",
	"updated",
	"modified",
	"aangemaakt",
	"gewijzigd",
	"cree",
	"modifie",
	"erstellt",
	"geandert"
];
/** Status words per status (the model's own keys included). */
var STATUS_SYNONYMS = {
	not_started: [
		"not started",
		"to do",
		"todo",
		"open",
		"new",
		"created",
		"pending",
		"draft",
		"planned",
		"niet gestart",
		"nog niet gestart",
		"nog niet begonnen",
		"te doen",
		"nieuw",
		"gepland",
		"non commence",
		"pas commence",
		"a faire",
		"nouveau",
		"en attente",
		"prevu",
		"nicht begonnen",
		"nicht gestartet",
		"offen",
		"neu",
		"geplant",
		"ausstehend",
		"entwurf"
	],
	on_track: [
		"on track",
		"in progress",
		"ongoing",
		"active",
		"started",
		"in uitvoering",
		"op schema",
		"op koers",
		"bezig",
		"lopend",
		"actief",
		"en cours",
		"en bonne voie",
		"dans les temps",
		"actif",
		"im plan",
		"auf kurs",
		"in bearbeitung",
		"laufend",
		"in arbeit",
		"aktiv"
	],
	at_risk: [
		"at risk",
		"behind",
		"off track",
		"blocked",
		"delayed",
		"needs attention",
		"on hold",
		"risico",
		"in gevaar",
		"achter",
		"achter op schema",
		"vertraagd",
		"geblokkeerd",
		"a risque",
		"en retard",
		"bloque",
		"en danger",
		"en pause",
		"gefahrdet",
		"im verzug",
		"verzogert",
		"blockiert",
		"kritisch",
		"pausiert"
	],
	achieved: [
		"achieved",
		"accomplished",
		"completed",
		"done",
		"met",
		"reached",
		"exceeded",
		"success",
		"successful",
		"behaald",
		"bereikt",
		"gehaald",
		"voltooid",
		"afgerond",
		"gerealiseerd",
		"overtroffen",
		"atteint",
		"realise",
		"accompli",
		"termine",
		"reussi",
		"depasse",
		"erreicht",
		"erfullt",
		"erledigt",
		"abgeschlossen",
		"ubertroffen",
		"vollstandig erreicht"
	],
	partly: [
		"partly",
		"partially",
		"partial",
		"partly achieved",
		"partially achieved",
		"partially met",
		"partly met",
		"gedeeltelijk",
		"deels",
		"deels behaald",
		"gedeeltelijk behaald",
		"gedeeltelijk bereikt",
		"partiellement",
		"partiellement atteint",
		"en partie",
		"en partie atteint",
		"teilweise",
		"teilweise erreicht",
		"teilweise erfullt"
	],
	missed: [
		"missed",
		"not achieved",
		"not met",
		"failed",
		"not reached",
		"niet behaald",
		"niet gehaald",
		"niet bereikt",
		"gemist",
		"mislukt",
		"non atteint",
		"pas atteint",
		"echoue",
		"manque",
		"nicht erreicht",
		"verfehlt",
		"verpasst",
		"gescheitert"
	],
	dropped: [
		"dropped",
		"cancelled",
		"canceled",
		"abandoned",
		"archived",
		"withdrawn",
		"removed",
		"deprioritised",
		"deprioritized",
		"geschrapt",
		"vervallen",
		"geannuleerd",
		"gestopt",
		"ingetrokken",
		"gearchiveerd",
		"abandonne",
		"annule",
		"supprime",
		"archive",
		"retire",
		"gestrichen",
		"abgebrochen",
		"storniert",
		"archiviert",
		"verworfen",
		"entfallen"
	]
};
/**
* "Closed" says the goal is over, not how it ended: the status is then
* computed from its figures (achieved when there are none).
*/
var CLOSED_STATUS_WORDS = [
	"closed",
	"finished",
	"gesloten",
	"afgesloten",
	"clos",
	"cloture",
	"ferme",
	"geschlossen",
	"beendet"
];
/** Values of a kind / goal type / metric type column. */
var KIND_SYNONYMS = {
	quantitative: [
		"quantitative",
		"number",
		"numeric",
		"percent",
		"percentage",
		"currency",
		"metric",
		"time",
		"amount",
		"kwantitatief",
		"getal",
		"numeriek",
		"bedrag",
		"valuta",
		"tijd",
		"quantitatif",
		"nombre",
		"pourcentage",
		"montant",
		"devise",
		"temps",
		"numerique",
		"quantitativ",
		"zahl",
		"prozent",
		"wahrung",
		"betrag",
		"zeit",
		"numerisch",
		"prozentsatz"
	],
	qualitative: [
		"qualitative",
		"binary",
		"yes no",
		"boolean",
		"milestone",
		"task",
		"kwalitatief",
		"binair",
		"ja nee",
		"mijlpaal",
		"taak",
		"qualitatif",
		"binaire",
		"oui non",
		"jalon",
		"tache",
		"qualitativ",
		"binar",
		"ja nein",
		"meilenstein",
		"aufgabe"
	]
};
/** Kind values that also tell the unit. */
var PERCENT_KIND_WORDS = [
	"percent",
	"percentage",
	"pourcentage",
	"prozent",
	"prozentsatz"
];
/** Values of a direction column. */
var DIRECTION_SYNONYMS = {
	increase: [
		"increase",
		"up",
		"higher",
		"higher is better",
		"maximise",
		"maximize",
		"more",
		"grow",
		"stijgen",
		"omhoog",
		"hoger",
		"hoger is beter",
		"verhogen",
		"meer",
		"maximaliseren",
		"hausse",
		"augmenter",
		"a la hausse",
		"plus haut",
		"plus",
		"maximiser",
		"steigen",
		"erhohen",
		"hoher",
		"hoher ist besser",
		"mehr",
		"maximieren"
	],
	decrease: [
		"decrease",
		"down",
		"lower",
		"lower is better",
		"minimise",
		"minimize",
		"less",
		"reduce",
		"dalen",
		"omlaag",
		"lager",
		"lager is beter",
		"verlagen",
		"minder",
		"minimaliseren",
		"baisse",
		"diminuer",
		"a la baisse",
		"plus bas",
		"moins",
		"minimiser",
		"reduire",
		"sinken",
		"senken",
		"niedriger",
		"niedriger ist besser",
		"weniger",
		"minimieren"
	]
};
/**
* Word stems in a title or description that tell the direction: a goal about
* a cost, or to reduce something, is achieved by going down. A text with
* stems of both kinds tells nothing.
*/
var DIRECTION_STEMS = {
	decrease: [
		"cost",
		"kosten",
		"cout",
		"reduc",
		"reduir",
		"reduz",
		"decreas",
		"lower",
		"minimi",
		"cut",
		"verlag",
		"verminder",
		"terugdring",
		"diminu",
		"baiss",
		"senk",
		"verringer"
	],
	increase: [
		"increas",
		"grow",
		"rais",
		"boost",
		"maximi",
		"verhog",
		"stijg",
		"groei",
		"augment",
		"accroi",
		"erhoh",
		"steiger",
		"wachstum"
	]
};
/** Month names and abbreviations, for dates such as `31 Dec 2025` or `31. Dezember 2025`. */
var MONTH_NAMES = {
	en: [
		["january", "jan"],
		["february", "feb"],
		["march", "mar"],
		["april", "apr"],
		["may"],
		["june", "jun"],
		["july", "jul"],
		["august", "aug"],
		[
			"september",
			"sep",
			"sept"
		],
		["october", "oct"],
		["november", "nov"],
		["december", "dec"]
	],
	nl: [
		["januari"],
		["februari"],
		["maart", "mrt"],
		["april"],
		["mei"],
		["juni"],
		["juli"],
		["augustus"],
		["september"],
		["oktober", "okt"],
		["november"],
		["december"]
	],
	fr: [
		["janvier", "janv"],
		[
			"fevrier",
			"fevr",
			"fev"
		],
		["mars"],
		["avril", "avr"],
		["mai"],
		["juin"],
		["juillet", "juil"],
		["aout"],
		["septembre"],
		["octobre"],
		["novembre"],
		["decembre"]
	],
	de: [
		["januar"],
		["februar"],
		["marz"],
		["april"],
		["mai"],
		["juni"],
		["juli"],
		["august"],
		["september"],
		["oktober"],
		["november"],
		["dezember", "dez"]
	]
};
/** Words in a key-result header that say its figure is a completion ratio or percentage. */
var PROGRESS_HEADER_WORDS = [
	"completion",
	"complete",
	"progress",
	"percent",
	"voortgang",
	"procent",
	"avancement",
	"pourcentage",
	"fortschritt",
	"prozent"
];
function lookup(table) {
	const map = /* @__PURE__ */ new Map();
	for (const key of Object.keys(table)) for (const word of table[key]) map.set(word, key);
	return map;
}
var STATUS_BY_WORD = lookup(STATUS_SYNONYMS);
var KIND_BY_WORD = lookup(KIND_SYNONYMS);
var DIRECTION_BY_WORD = lookup(DIRECTION_SYNONYMS);
var FIELD_BY_HEADER = lookup(HEADER_SYNONYMS);
var MONTH_BY_NAME = (() => {
	const map = /* @__PURE__ */ new Map();
	for (const months of Object.values(MONTH_NAMES)) months.forEach((names, index) => names.forEach((name) => map.set(name, index + 1)));
	return map;
})();
// utils/import/values.ts
/**
* Reading cell values the way spreadsheets in EN / NL / FR / DE write them:
* numbers with any thousands/decimal separators, units and currency signs;
* dates in ISO, day/month/year or month/day/year order, or with month names.
*/
var CURRENCY = /^(?:[€$£¥₹₣₤]|eur|usd|gbp|chf|jpy)$/i;
var LEADING_UNIT = /^(?:[€$£¥₹]|(?:eur|usd|gbp|chf)(?=[\s\d(+\-−]))\s*/i;
var TRAILING_UNIT = /\s*(%|‰|[€$£¥₹]|[\p{L}°µ][\p{L}°µ²³/.]{0,15})$/u;
var GROUP_SPACE = /(\d)[\s\u00a0\u202f\u2009'’](?=\d{3}(?:\D|$))/g;
/**
* Longer text is not a number: `-1 234 567 890,12 EUR` is 21 characters.
* Checked first, because TRAILING_UNIT takes time growing with the square of
* the length on text such as `1`, thousands of spaces, `x!` (a 20,000
* character cell took seconds, and a file may hold hundreds of them).
*/
var MAX_NUMBER_CHARS = 64;
/**
* Reads a number. `decimal` is the decimal separator of the column when known;
* without it a lone `1,234` or `1.234` is read with `.` as the decimal
* separator and flagged `ambiguous`. Returns undefined for an empty cell and
* `'invalid'` for anything that is not a number.
*/
function readNumber(cell, decimal) {
	if (cell === null) return void 0;
	if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell } : "invalid";
	if (typeof cell !== "string") return "invalid";
	let text = cell.trim();
	if (!text || isPlaceholder(text)) return void 0;
	if (text.length > MAX_NUMBER_CHARS) return "invalid";
	let negative = false;
	let unit;
	const paren = /^\((.*)\)$/.exec(text);
	if (paren) {
		negative = true;
		text = paren[1].trim();
	}
	const signAt = (value) => /^[-−–+]/.exec(value);
	let sign = signAt(text);
	if (sign) {
		negative = negative !== (sign[0] !== "+");
		text = text.slice(1).trim();
	}
	const leading = LEADING_UNIT.exec(text);
	if (leading) {
		unit = leading[0].trim();
		text = text.slice(leading[0].length);
		sign = signAt(text);
		if (sign) {
			negative = negative !== (sign[0] !== "+");
			text = text.slice(1).trim();
		}
	}
	const trailing = TRAILING_UNIT.exec(text);
	if (trailing && trailing.index > 0) {
		if (unit !== void 0 && !CURRENCY.test(trailing[1])) return "invalid";
		unit = trailing[1];
		text = text.slice(0, trailing.index);
	}
	let grouped = false;
	text = text.replace(GROUP_SPACE, (_, digit) => {
		grouped = true;
		return digit;
	});
	if (!/^(?:\d[\d.,]*|[.,]\d+)$/.test(text) || /[.,]$/.test(text)) return "invalid";
	const read = readDigits(text, decimal, grouped);
	if (read === "invalid") return "invalid";
	const result = { value: negative ? -read.value : read.value };
	if (unit !== void 0) result.unit = normaliseUnit(unit);
	if (unit === "%") result.percent = true;
	if (read.ambiguous) result.ambiguous = true;
	if (read.decimal) result.decimal = read.decimal;
	return result;
}
function normaliseUnit(unit) {
	const upper = unit.toUpperCase();
	if (upper === "EUR") return "€";
	if (upper === "USD") return "$";
	if (upper === "GBP") return "£";
	return unit;
}
function readDigits(text, decimal, grouped) {
	const commas = text.split(",").length - 1;
	const dots = text.split(".").length - 1;
	const asNumber = (digits, decimalSeparator) => {
		const group = decimalSeparator === "," ? "." : ",";
		const [whole, fraction] = digits.split(decimalSeparator);
		if (whole.includes(group) && !/^\d{1,3}(?:[.,]\d{3})+$/.test(whole)) return void 0;
		return Number(`${whole.replaceAll(group, "") || "0"}${fraction === void 0 ? "" : `.${fraction}`}`);
	};
	if (!commas && !dots) return { value: Number(text) };
	if (commas && dots) {
		const decimalSeparator = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
		if (text.split(decimalSeparator).length > 2) return "invalid";
		const value = asNumber(text, decimalSeparator);
		return value === void 0 ? "invalid" : {
			value,
			decimal: decimalSeparator
		};
	}
	const separator = commas ? "," : ".";
	const other = commas ? "." : ",";
	if ((commas || dots) > 1) {
		if (!/^\d{1,3}(?:[.,]\d{3})+$/.test(text)) return "invalid";
		return {
			value: Number(text.replaceAll(separator, "")),
			decimal: other
		};
	}
	const [whole, fraction] = text.split(separator);
	if (!(fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) || grouped) return {
		value: Number(`${whole || "0"}.${fraction}`),
		decimal: separator
	};
	if (decimal) return decimal === separator ? { value: Number(`${whole}.${fraction}`) } : { value: Number(`${whole}${fraction}`) };
	return separator === "." ? {
		value: Number(`${whole}.${fraction}`),
		ambiguous: true
	} : {
		value: Number(`${whole}${fraction}`),
		ambiguous: true
	};
}
/** Day/month order evidence of one value: `dmy` (first part > 12 or dots), `mdy`, or none. */
function dateOrderEvidence(cell) {
	if (typeof cell !== "string") return void 0;
	const parts = NUMERIC_DATE.exec(cell.trim());
	if (!parts) return void 0;
	const first = Number(parts[1]);
	const second = Number(parts[3]);
	if (first > 12 && second <= 12) return "dmy";
	if (second > 12 && first <= 12) return "mdy";
	if (first > 12 || second > 12) return void 0;
	if (parts[2] === ".") return "dmy";
	return first === second ? void 0 : "ambiguous";
}
var ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
var NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** Serial day numbers Excel gives dates (1900 system): 1 = 1900-01-01; 60 is the fictitious 1900-02-29. */
function excelSerialToIso(serial) {
	if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return void 0;
	const days = Math.floor(serial);
	return new Date(Date.UTC(1899, 11, 30) + (days < 61 ? days + 1 : days) * 864e5).toISOString().slice(0, 10);
}
function isoOf(year, month, day) {
	if (month < 1 || month > 12 || day < 1 || year < 1e3 || year > 9999) return void 0;
	if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return void 0;
	return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function fullYear(year) {
	const value = Number(year);
	return year.length === 2 ? value < 70 ? 2e3 + value : 1900 + value : value;
}
/**
* Reads a date as ISO `YYYY-MM-DD`. `order` is used for `dd/mm/yyyy`-like
* values. `serials`: numbers are Excel date serials (XLSX only; in a CSV a
* bare number is not a date). Returns undefined for an empty cell.
*/
function readDate(cell, order, serials = false) {
	if (cell === null) return void 0;
	if (cell instanceof Date) {
		if (Number.isNaN(cell.getTime())) return "invalid";
		return isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) ?? "invalid";
	}
	if (typeof cell === "number") return serials ? excelSerialToIso(cell) ?? "invalid" : "invalid";
	if (typeof cell !== "string") return "invalid";
	const text = cell.trim();
	if (!text || isPlaceholder(text)) return void 0;
	const iso = ISO_DATE.exec(text);
	if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? "invalid";
	const numeric = NUMERIC_DATE.exec(text);
	if (numeric) {
		const first = Number(numeric[1]);
		const second = Number(numeric[3]);
		const [day, month] = order === "dmy" ? [first, second] : [second, first];
		return isoOf(fullYear(numeric[4]), month, day) ?? "invalid";
	}
	return readNamedDate(text) ?? "invalid";
}
/** `31 Dec 2025`, `Dec 31, 2025`, `31. Dezember 2025`, `1er janvier 2025`, `31-dec-2025`. */
function readNamedDate(text) {
	const tokens = normaliseText(text).split(" ");
	if (tokens.length < 3 || tokens.length > 4) return void 0;
	let month;
	const numbers = [];
	for (const token of tokens) {
		const named = MONTH_BY_NAME.get(token);
		if (named !== void 0 && month === void 0) month = named;
		else if (/^\d{1,4}$/.test(token)) numbers.push(token);
		else if (token !== "er") return void 0;
	}
	if (month === void 0 || numbers.length !== 2) return void 0;
	const yearIndex = numbers.findIndex((value) => value.length === 4);
	if (yearIndex < 0) return void 0;
	const day = Number(numbers[1 - yearIndex]);
	return isoOf(Number(numbers[yearIndex]), month, day);
}
/** A cell as text (numbers without float noise, dates as ISO). */
function cellText(cell) {
	if (cell === null) return "";
	if (typeof cell === "string") return cell;
	if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
	if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15)));
	return String(cell);
}
function isEmptyCell(cell) {
	return cell === null || typeof cell === "string" && cell.trim() === "";
}
/** What people type in a cell that has no value: `-`, `–`, `n/a`, `n.v.t.`, `k. A.`… */
function isPlaceholder(text) {
	return /^(?:[-–—/?]|n\/?a|n\.?\s?v\.?\s?t\.?|k\.?\s?a\.?|s\.?\s?o\.?|none|null|nil)$/i.test(text.trim());
}
// utils/import/limits.ts
/**
* How much an import may hold, and the refusal when a file holds more.
*
* A goals export is small (a few hundred rows of a dozen columns). The limits
* are far above that, and low enough that a hostile file cannot make the
* options page allocate without bound: every format is read in a way that
* stops at the first limit crossed, before anything is padded, inflated or
* parsed past it (a 100 KB CSV with a 100,000-column header, a zip bomb, a
* worksheet with one cell at XFD1048576, a JSON list of a million objects).
*
* | what | limit |
* |---|---|
* | file (or pasted text) | 10 MB (10,485,760 bytes; characters for pasted text) |
* | columns of a table (up to its last filled cell) | 200 |
* | goal rows below the header | 20,000 |
* | characters in one cell | 20,000 (the longest description a goal holds) |
* | a CSV row still unfinished after | 1,000,000 characters |
* | XLSX: inflated size of all its parts, read from the zip's directory before inflating | 50 MB |
* | XLSX: parts (files) in the zip | 1,000 |
* | XLSX: a worksheet's rows and columns (any row or cell reference) | row 25,000, column 200 (GR) |
* | XLSX: all worksheets together, last row × last column summed | 5,000,000 cells |
* | JSON: nesting depth | 16 |
* | JSON: items in one list | 20,000 |
* | JSON: keys in one object | 200 |
* | JSON: characters in one string (keys too) | 20,000 |
* | JSON: values in all | 1,000,000 |
*/
/** Files larger than this are refused before they are read (a goals export is far smaller). */
var MAX_IMPORT_BYTES = 10485760;
/** Goal rows (data rows below the header row). */
var MAX_IMPORT_ROWS = 2e4;
/** Characters in one cell: the longest text a goal holds (its description). */
var MAX_CELL_CHARS = MAX_TEXT;
/**
* A CSV row still unfinished after this many characters is refused: the
* parser would otherwise split a multi-megabyte line into millions of cells
* before any row could be checked. Far above 200 ordinary cells.
*/
var MAX_ROW_CHARS = 1e6;
/** XLSX: what its parts inflate to, all together, as the zip's central directory states it. */
var MAX_XLSX_INFLATED_BYTES = 52428800;
/** XLSX: parts (files) in the zip; a workbook has a dozen or two. */
var MAX_XLSX_PARTS = 1e3;
/**
* XLSX: the last row a worksheet may use (a row or cell reference beyond it
* is refused): the goal rows, with room for title lines and blank rows. The
* reader builds one row per sheet row up to the last, so a far reference is
* a memory bomb.
*/
var MAX_SHEET_ROWS = 25e3;
/** XLSX: the cells the reader lays out for all worksheets together (each sheet's last row × last column, summed). */
var MAX_WORKBOOK_CELLS = MAX_SHEET_ROWS * 200;
/** JSON files are checked against these before they are parsed (utils/json-limits.ts). */
var IMPORT_JSON_LIMITS = {
	depth: 16,
	items: MAX_IMPORT_ROWS,
	keys: 200,
	text: MAX_CELL_CHARS,
	values: 1e6
};
var count = (value) => value.toLocaleString("en-US");
var megabytes = (bytes) => `${Math.round(bytes / 1048576)} MB`;
/** The limit in English, for logs and tests (the UI translates from the fields). */
function describeLimit(crossed) {
	switch (crossed.limit) {
		case "columns": return `Row ${count(crossed.row)} has more than ${count(crossed.max)} columns, the most that can be imported.`;
		case "rows": return `The file has more than ${count(crossed.max)} rows of goals, the most that can be imported.`;
		case "cell": return `Row ${count(crossed.row)}, column ${crossed.column}: the cell holds more than ${count(crossed.max)} characters, the most a cell can hold.`;
		case "row-length": return `Row ${count(crossed.row)} is longer than ${count(crossed.max)} characters, the most a row can hold.`;
		case "xlsx-inflated": return `The workbook unpacks to more than ${megabytes(crossed.max)}, the most that is read.`;
		case "xlsx-parts": return `The workbook holds more than ${count(crossed.max)} parts, the most that is read.`;
		case "sheet-extent": return `A sheet has a cell at ${crossed.cell}, beyond row ${count(crossed.maxRow)} or column ${crossed.maxColumn}, the furthest a sheet is read.`;
		case "sheet-cells": return `The sheets of the workbook span more than ${count(crossed.max)} cells together, the most that is read.`;
		case "json-depth": return `The JSON is nested more than ${count(crossed.max)} levels deep, the most that is read.`;
		case "json-items": return `A list in the JSON holds more than ${count(crossed.max)} items, the most that is read.`;
		case "json-keys": return `An object in the JSON has more than ${count(crossed.max)} fields, the most that is read.`;
		case "json-text": return `A text in the JSON is longer than ${count(crossed.max)} characters, the most a cell can hold.`;
		case "json-values": return `The JSON holds more than ${count(crossed.max)} values, the most that is read.`;
	}
}
/** The refusal for a crossed limit. */
function limitError(crossed) {
	return new ImportError("over-limit", describeLimit(crossed), crossed);
}
/** The spreadsheet name of the last column a sheet may use (`GR` for 200). */
var MAX_SHEET_COLUMN_NAME = columnLetters(199);
/**
* The width a row of a grid uses (up to its last filled cell), after checking
* it against the column and cell limits: throws the refusal naming the row
* (`rowNumber`, 1-based, as the file or sheet counts it) and the column.
*/
function checkRow(row, rowNumber) {
	let used = row.length;
	while (used > 0 && isEmptyCell(row[used - 1] ?? null)) used--;
	if (used > 200) throw limitError({
		limit: "columns",
		max: 200,
		row: rowNumber
	});
	for (let column = 0; column < used; column++) {
		const cell = row[column];
		if (typeof cell === "string" && cell.length > MAX_CELL_CHARS) throw limitError({
			limit: "cell",
			max: MAX_CELL_CHARS,
			row: rowNumber,
			column: columnLetters(column)
		});
	}
	return used;
}
/** More non-empty rows than a header and the goal rows below it can fill. */
function isBeyondRowLimit(filledRows) {
	return filledRows > 20010;
}
// utils/import/types.ts
/**
* A file that cannot be read at all; `message` says why, for a person (in
* English, for logs). `over-limit`: the file holds more than an import may
* (limits.ts); `limit` says which limit and where, for the UI to translate.
*/
var ImportError = class extends Error {
	code;
	limit;
	constructor(code, message, limit) {
		super(message);
		this.code = code;
		this.limit = limit;
		this.name = "ImportError";
	}
};
// utils/import/issues.ts
var ISSUE_CODES = {
	/** Errors: the row cannot become a goal. */
	"missing-title": "error",
	"invalid-number": "error",
	"invalid-date": "error",
	"weight-out-of-range": "error",
	"not-an-object": "error",
	/** Warnings: the goal is read, maybe not as the file meant. */
	"extra-cells": "warning",
	"unknown-status": "warning",
	"unknown-kind": "warning",
	"unknown-direction": "warning",
	"ambiguous-date": "warning",
	"ambiguous-number": "warning",
	"text-truncated": "warning",
	"key-result-without-title": "warning",
	"duplicate-id": "warning",
	"control-characters": "warning"
};
function describe(code, details) {
	switch (code) {
		case "missing-title": return details.unmapped ? "the title is missing (no column is mapped to the title)" : "the title is missing";
		case "invalid-number": return "not a number";
		case "invalid-date": return "not a date (expected for example 2025-12-31 or 31/12/2025)";
		case "weight-out-of-range": return "the weight must be between 0 and 100";
		case "not-an-object": return "not a goal object";
		case "extra-cells": return `has ${details.cells} cells, more than the ${details.columns} columns of the header; the extra cells are ignored`;
		case "unknown-status": return "unknown status, read as not started";
		case "unknown-kind": return "unknown goal kind, inferred from the figures";
		case "unknown-direction": return "unknown direction, inferred from the figures and words";
		case "ambiguous-date": return "the file does not tell whether dates are day/month or month/day; read as day/month/year";
		case "ambiguous-number": return `the thousands/decimal separator is ambiguous; read with "${details.decimal}" as the decimal separator`;
		case "text-truncated": return `the text is longer than ${details.max} characters and was cut`;
		case "key-result-without-title": return "key result figures without a key result title are ignored";
		case "duplicate-id": return `the same id is already on row ${details.firstRow}`;
		case "control-characters": return "control or direction characters removed";
	}
}
function makeIssue(row, column, code, details = {}) {
	const issue = {
		row,
		code,
		message: `${column === void 0 ? `Row ${row}` : `Row ${row}, column "${column}"`}: ${describe(code, details)}.`
	};
	if (column !== void 0) issue.column = column;
	return issue;
}
// utils/import/mapping.ts
var GOAL_FIELDS = Object.keys(HEADER_SYNONYMS);
var FIELD_SET = new Set(GOAL_FIELDS);
/** Fields several columns can map to (one key result per group of columns). */
var MULTI_FIELDS = /* @__PURE__ */ new Set([
	"keyResultTitle",
	"keyResultTarget",
	"keyResultActual"
]);
var NUMERIC_FIELDS = /* @__PURE__ */ new Set([
	"baseline",
	"target",
	"actual",
	"weight",
	"progress",
	"keyResultTarget",
	"keyResultActual"
]);
var IGNORED = new Set(IGNORED_HEADERS);
var IGNORED_WORDS = new Set(IGNORED_HEADER_WORDS);
var WEAK_TITLE = new Set(WEAK_TITLE_SYNONYMS);
/** Synonyms long enough to be looked for inside a longer header. */
var PARTIAL = [...FIELD_BY_HEADER].filter(([word]) => word.includes(" ") || word.length >= 5);
/** A header's normalised form, and the same without its numbers (`key result 2 title` → `key result title`). */
function headerForms(header) {
	const full = normaliseText(header);
	return {
		full,
		bare: full.split(" ").filter((token) => !/^\d+$/.test(token)).join(" ")
	};
}
/** The fields a header may stand for, best first (none for an ignored header). */
function headerCandidates(header) {
	const { full, bare } = headerForms(header);
	if (!bare || isIgnored(header)) return [];
	const exact = FIELD_BY_HEADER.get(full) ?? FIELD_BY_HEADER.get(bare);
	if (exact) return [{
		field: exact,
		score: 3
	}];
	if (WEAK_TITLE.has(bare)) return [{
		field: "title",
		score: 1.5
	}];
	const best = /* @__PURE__ */ new Map();
	const padded = ` ${bare} `;
	for (const [word, field] of PARTIAL) if (padded.includes(` ${word} `)) best.set(field, Math.max(best.get(field) ?? 0, 2 + word.length / 100));
	return [...best].map(([field, score]) => ({
		field,
		score
	})).sort((a, b) => b.score - a.score);
}
/** Whether a header is a known header word (mapped or deliberately ignored): used to find the header row. */
function isHeaderWord(cell) {
	if (typeof cell !== "string" || !cell.trim()) return false;
	return isIgnored(cell) || headerCandidates(cell).length > 0;
}
function isDateText(text) {
	return readDate(text, "dmy") !== "invalid" || readDate(text, "mdy") !== "invalid";
}
function isIgnored(header) {
	const { full, bare } = headerForms(header);
	return IGNORED.has(bare) || IGNORED.has(full) || bare.split(" ").some((word) => IGNORED_WORDS.has(word));
}
function profileColumn(rows, column) {
	const profile = {
		filled: 0,
		numbers: 0,
		dates: 0,
		texts: 0
	};
	for (const row of rows) {
		const cell = row[column] ?? null;
		if (isEmptyCell(cell)) continue;
		profile.filled++;
		if (cell instanceof Date) profile.dates++;
		else if (typeof cell === "number") profile.numbers++;
		else if (typeof cell === "string" && readNumber(cell) !== "invalid") profile.numbers++;
		else if (typeof cell === "string" && isDateText(cell)) profile.dates++;
		else profile.texts++;
	}
	return profile;
}
/** Whether the values allow a field: numbers for figures, dates for the due date, text for the title. */
function valuesFit(field, profile) {
	if (!profile.filled) return true;
	if (NUMERIC_FIELDS.has(field)) return profile.numbers / profile.filled >= .5;
	if (field === "dueDate") return profile.dates / profile.filled >= .5;
	if (field === "title") return profile.texts / profile.filled >= .2;
	return true;
}
var SAMPLE_ROWS = 200;
/**
* Suggests a field per column from the headers and a sample of the rows.
* Header words first (exact synonym > part of a longer header > weak word
* such as `name`), each single-valued field to one column only, and only when
* the values fit (a `Doel` column of text is no target); then from the values:
* the first text column is the title, a number column right of the target is
* the actual (left of the actual: the target), a date column is the due date,
* and in a table without any known header the first number columns are
* target and actual.
*/
function suggestMapping(headers, sampleRows) {
	const sample = sampleRows.slice(0, SAMPLE_ROWS);
	const profiles = headers.map((_, column) => profileColumn(sample, column));
	const mapping = headers.map(() => null);
	const candidates = [];
	const known = headers.map((header) => isHeaderWord(header));
	const ignored = headers.map((header) => isIgnored(header));
	headers.forEach((header, column) => {
		for (const { field, score } of headerCandidates(header)) if (valuesFit(field, profiles[column])) candidates.push({
			column,
			field,
			score
		});
	});
	candidates.sort((a, b) => b.score - a.score || a.column - b.column);
	const taken = /* @__PURE__ */ new Set();
	for (const { column, field } of candidates) {
		if (mapping[column] !== null || taken.has(field) && !MULTI_FIELDS.has(field)) continue;
		mapping[column] = field;
		taken.add(field);
	}
	const free = (column) => column >= 0 && column < headers.length && mapping[column] === null && !ignored[column];
	const assign = (column, field) => {
		mapping[column] = field;
		taken.add(field);
	};
	if (taken.has("title") && !taken.has("externalId")) {
		const name = headers.findIndex((header, column) => mapping[column] === null && WEAK_TITLE.has(headerForms(header).bare));
		if (name >= 0) assign(name, "externalId");
	}
	const ratio = (column, kind) => profiles[column].filled ? profiles[column][kind] / profiles[column].filled : 0;
	if (!taken.has("title")) {
		const column = headers.findIndex((_, index) => free(index) && ratio(index, "texts") >= .8);
		if (column >= 0) assign(column, "title");
	}
	const target = mapping.indexOf("target");
	const actual = mapping.indexOf("actual");
	if (target >= 0 && actual < 0 && free(target + 1) && ratio(target + 1, "numbers") >= .8) assign(target + 1, "actual");
	if (actual >= 0 && target < 0 && free(actual - 1) && ratio(actual - 1, "numbers") >= .8) assign(actual - 1, "target");
	if (!taken.has("dueDate")) {
		const column = headers.findIndex((_, index) => free(index) && ratio(index, "dates") >= .8);
		if (column >= 0) assign(column, "dueDate");
	}
	if (!known.some(Boolean)) for (const field of ["target", "actual"]) {
		if (taken.has(field)) continue;
		const column = headers.findIndex((_, index) => free(index) && ratio(index, "numbers") >= .8);
		if (column >= 0) assign(column, field);
	}
	return mapping;
}
/** A mapping from outside (remembered or edited) made safe: known fields only, one entry per column. */
function sanitiseMapping(mapping, columns) {
	return Array.from({ length: columns }, (_, column) => {
		const field = mapping[column];
		return typeof field === "string" && FIELD_SET.has(field) ? field : null;
	});
}
/**
* A stable signature of the normalised headers (64-bit, hex), to remember a
* mapping per file layout: `Due date` and `due_date` give the same one.
*/
function headerSignature(headers) {
	const text = headers.map((header) => normaliseText(header)).join("");
	let h1 = 3735928559 ^ headers.length;
	let h2 = 1103547991 ^ headers.length;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
	h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
	return `${(h2 >>> 0).toString(16).padStart(8, "0")}${(h1 >>> 0).toString(16).padStart(8, "0")}`;
}
/**
* The header row: among the first rows, the first with the most known
* header words (title lines above the header are dropped). -1 when the table
* has no header at all: no header word anywhere and figures in the first row.
*/
function findHeaderRow(grid) {
	let best = 0;
	let bestScore = -1;
	for (let index = 0; index < Math.min(grid.length, 10); index++) {
		const score = grid[index].filter(isHeaderWord).length;
		if (score > bestScore) {
			best = index;
			bestScore = score;
		}
	}
	if (bestScore > 0) return best;
	return (grid[0] ?? []).some((cell) => cell instanceof Date || typeof cell === "number" || typeof cell === "string" && cell.trim() !== "" && (readNumber(cell) !== "invalid" || isDateText(cell))) ? -1 : 0;
}
// utils/import/table.ts
/**
* Turns a grid of cells into a table: empty rows skipped, the header row
* found (title lines above it dropped), short rows padded, long rows cut with
* an `extra-cells` warning naming the row. Within the import limits
* (limits.ts), checked before anything is padded: a row using more than 200
* columns, a cell too long or more than 20,000 goal rows throw
* ImportError(`over-limit`) naming the grid row (1-based: the sheet row for
* a workbook, the record for delimited text).
*/
function tableFromGrid(grid, format) {
	const filled = [];
	const used = [];
	for (let index = 0; index < grid.length; index++) {
		const row = grid[index];
		const width = checkRow(row, index + 1);
		if (width === 0) continue;
		filled.push(row);
		used.push(width);
		if (isBeyondRowLimit(filled.length)) throw limitError({
			limit: "rows",
			max: MAX_IMPORT_ROWS
		});
	}
	const headerRow = findHeaderRow(filled);
	const widest = used.reduce((width, rowWidth) => Math.max(width, rowWidth), 0);
	let headers;
	let bodyStart;
	if (headerRow < 0) {
		headers = Array.from({ length: widest }, (_, index) => `Column ${columnLetters(index)}`);
		bodyStart = 0;
	} else {
		headers = (filled[headerRow] ?? []).slice(0, used[headerRow]).map(headerText);
		bodyStart = headerRow + 1;
	}
	if (filled.length - bodyStart > 2e4) throw limitError({
		limit: "rows",
		max: MAX_IMPORT_ROWS
	});
	const width = headers.length;
	const readIssues = [];
	const rows = [];
	for (let index = bodyStart; index < filled.length; index++) {
		const row = filled[index];
		const dataRow = index - bodyStart + 1;
		if (used[index] > width) readIssues.push(makeIssue(dataRow, void 0, "extra-cells", {
			cells: used[index],
			columns: width
		}));
		const cells = new Array(width);
		for (let column = 0; column < width; column++) cells[column] = row[column] ?? null;
		rows.push(cells);
	}
	return {
		format,
		headers,
		rows,
		readIssues
	};
}
/**
* A header as shown in the preview and in issue messages: one line, without
* direction controls (a header could otherwise make the mapping read
* differently from what it is).
*/
function headerText(cell) {
	return cleanText(cellText(cell), { multiline: false }).text.trim();
}
// utils/import/build.ts
/**
* From a read table (or our own JSON goal objects) to preview rows: every
* mapped cell read and validated, a GoalDraft per row without errors.
*
* Choices, documented for the UI and the tests:
* - Progress (a percentage, or a 0–1 completion ratio such as Culture Amp's)
*   without target/actual makes the goal quantitative: target 100, unit `%`,
*   actual = progress. With target/actual columns the figures win.
* - Kind: a kind/type column when it says so (Binary → qualitative, Percent →
*   quantitative with unit `%`), else quantitative when it has figures.
* - Direction: a direction column; else `decrease` when target < baseline
*   (`increase` when target > baseline); else words of the title and
*   description (cost, reduce, kosten, verlagen, coût, réduire, senken… →
*   decrease); else left unset (the model reads unset as increase). A goal
*   made from a progress percentage gets no inferred direction (it goes up).
* - Status: from the status column (EN/NL/FR/DE words); unknown → warning and
*   `not_started`. Without one (or with "closed"), from the achievement
*   (model's achievementPercent, direction respected; else the progress):
*   ≥ 100 achieved, 50–99 partly, 1–49 missed, 0 or no figures not_started,
*   below 0 missed ("closed" without figures: achieved).
* - Weights given as 0–1 fractions (0.25) are read as percentages (25).
* - Dates: ISO, d/m/y, m/d/y (order decided per column, see dateOrder),
*   month names; XLSX date cells and Excel serials in an XLSX date column;
*   a bare number in a CSV is not a date.
* - Text (title, description, unit, ids, key results): direction controls
*   and control characters are removed, with a `control-characters` warning
*   naming the cell (utils/text.ts says which). Only the description keeps
*   line breaks and tabs; in the other fields they become spaces. Long text
*   is cut with a `text-truncated` warning, never inside a character.
*/
var MAX_TITLE = 500;
var MAX_UNIT = 40;
var MAX_ID = 200;
var CLOSED = new Set(CLOSED_STATUS_WORDS);
var PERCENT_KINDS = new Set(PERCENT_KIND_WORDS);
var RowIssues = class {
	row;
	errors = [];
	warnings = [];
	constructor(row) {
		this.row = row;
	}
	add(column, code, details) {
		const issue = makeIssue(this.row, column, code, details);
		(ISSUE_CODES[code] === "error" ? this.errors : this.warnings).push(issue);
	}
};
function firstFilled(cells) {
	return cells.find((entry) => !isEmptyCell(entry.cell));
}
/** A cell's text without direction controls and control characters (a warning names the cell when some were removed). */
function cleanCell(entry, issues, multiline) {
	const { text: value, removed } = cleanText(cellText(entry.cell), { multiline });
	if (removed) issues.add(entry.column, "control-characters");
	return value;
}
/** A one-line text field: cleaned, trimmed, cut to `max` with a warning. */
function text(entry, max, issues) {
	if (!entry) return void 0;
	const value = cleanCell(entry, issues, false).trim();
	if (!value) return void 0;
	if (value.length > max) {
		issues.add(entry.column, "text-truncated", { max });
		return cutText(value, max);
	}
	return value;
}
function figure(entry, issues, context) {
	if (!entry) return void 0;
	const decimal = entry.decimal ?? context.defaultDecimal;
	const read = readNumber(entry.cell, decimal);
	if (read === void 0) return void 0;
	if (read === "invalid") {
		issues.add(entry.column, "invalid-number");
		return;
	}
	if (read.ambiguous) issues.add(entry.column, "ambiguous-number", { decimal: "." });
	return {
		value: roundNoise(entry.fraction && !read.percent ? read.value * 100 : read.value),
		unit: read.percent ? "%" : read.unit,
		percent: read.percent || entry.fraction
	};
}
/** 0.07 × 100 = 7.000000000000001: keep 12 significant digits. */
function roundNoise(value) {
	return Number(value.toPrecision(12));
}
function words(value) {
	return normaliseText(value).split(" ");
}
function directionFromWords(value) {
	const tokens = words(value);
	const has = (stems) => tokens.some((token) => stems.some((stem) => token.startsWith(stem)));
	const decrease = has(DIRECTION_STEMS.decrease);
	if (decrease !== has(DIRECTION_STEMS.increase)) return decrease ? "decrease" : "increase";
}
function readDirection(entry, issues) {
	if (!entry) return void 0;
	const raw = cellText(entry.cell).trim();
	if (!raw) return void 0;
	if (/^[↑⬆▲+]$/.test(raw)) return "increase";
	if (/^[↓⬇▼-]$/.test(raw)) return "decrease";
	const direction = DIRECTION_BY_WORD.get(normaliseText(raw)) ?? directionFromWords(raw);
	if (!direction) issues.add(entry.column, "unknown-direction");
	return direction;
}
/** Status from the achievement (see the module comment). */
function statusFromAchievement(achievement, closed = false) {
	if (achievement === void 0) return closed ? "achieved" : "not_started";
	if (achievement >= 100) return "achieved";
	if (achievement >= 50) return "partly";
	if (achievement > 0 || achievement < 0) return "missed";
	return "not_started";
}
function set(draft, key, value) {
	if (value !== void 0) draft[key] = value;
}
function buildGoal(source, issues, context) {
	const title = text(firstFilled(source.get("title")), MAX_TITLE, issues);
	if (!title) issues.add(source.titleColumn, "missing-title", { unmapped: source.titleColumn === void 0 });
	const description = source.get("description").map((entry) => cleanCell(entry, issues, true).trim()).filter(Boolean).join("\n\n");
	const descriptionEntry = source.get("description")[0];
	let unit = text(firstFilled(source.get("unit")), MAX_UNIT, issues);
	const baseline = figure(firstFilled(source.get("baseline")), issues, context);
	const target = figure(firstFilled(source.get("target")), issues, context);
	const actual = figure(firstFilled(source.get("actual")), issues, context);
	const progress = figure(firstFilled(source.get("progress")), issues, context);
	unit ??= target?.unit ?? actual?.unit ?? baseline?.unit;
	let kind;
	const kindEntry = firstFilled(source.get("kind"));
	if (kindEntry) {
		const word = normaliseText(cellText(kindEntry.cell));
		kind = KIND_BY_WORD.get(word);
		if (!kind) issues.add(kindEntry.column, "unknown-kind");
		else if (PERCENT_KINDS.has(word)) unit ??= "%";
	}
	const weightEntry = firstFilled(source.get("weight"));
	const weight = figure(weightEntry, issues, context);
	if (weight && (weight.value < 0 || weight.value > 100)) issues.add(weightEntry.column, "weight-out-of-range");
	const dueEntry = firstFilled(source.get("dueDate"));
	let dueDate;
	if (dueEntry) {
		const read = readDate(dueEntry.cell, context.dateOrder, context.serialDates);
		if (read === "invalid") issues.add(dueEntry.column, "invalid-date");
		else {
			dueDate = read;
			if (context.dateGuessed && dateOrderEvidence(dueEntry.cell) === "ambiguous") issues.add(dueEntry.column, "ambiguous-date");
		}
	}
	let status;
	let closed = false;
	const statusEntry = firstFilled(source.get("status"));
	if (statusEntry) {
		const word = normaliseText(cellText(statusEntry.cell));
		status = STATUS_BY_WORD.get(word);
		if (!status && CLOSED.has(word)) closed = true;
		else if (!status) {
			issues.add(statusEntry.column, "unknown-status");
			status = "not_started";
		}
	}
	const keyResults = readKeyResults(source, issues, context);
	const externalId = text(firstFilled(source.get("externalId")), MAX_ID, issues);
	const period = text(firstFilled(source.get("period")), MAX_TITLE, issues);
	if (issues.errors.length || !title) return void 0;
	const figures = {
		baseline: baseline?.value,
		target: target?.value,
		actual: actual?.value
	};
	kind ??= figures.target !== void 0 || figures.actual !== void 0 || progress ? "quantitative" : "qualitative";
	const fromProgress = kind === "quantitative" && progress !== void 0 && figures.target === void 0 && figures.actual === void 0;
	if (fromProgress) {
		figures.target = 100;
		figures.actual = progress.value;
		unit ??= "%";
	}
	let direction = readDirection(firstFilled(source.get("direction")), issues);
	if (!direction && kind === "quantitative" && !fromProgress) {
		if (figures.baseline !== void 0 && figures.target !== void 0 && figures.baseline !== figures.target) direction = figures.target < figures.baseline ? "decrease" : "increase";
		else direction = directionFromWords(`${title} ${description} ${unit ?? ""}`);
	}
	if (!status) status = statusFromAchievement((kind === "quantitative" ? achievementPercent({
		...figures,
		direction
	}) : void 0) ?? progress?.value, closed);
	const draft = {
		title,
		kind,
		status,
		keyResults
	};
	if (description) {
		if (description.length > 2e4) {
			issues.add(descriptionEntry?.column, "text-truncated", { max: MAX_TEXT });
			draft.description = cutText(description, MAX_TEXT);
		} else draft.description = description;
	}
	set(draft, "unit", unit);
	set(draft, "baseline", figures.baseline);
	set(draft, "target", figures.target);
	set(draft, "actual", figures.actual);
	set(draft, "direction", direction);
	set(draft, "weight", weight?.value);
	set(draft, "dueDate", dueDate);
	set(draft, "externalId", externalId);
	set(draft, "period", period);
	return draft;
}
function readKeyResults(source, issues, context) {
	const keyResults = [];
	if (source.keyResultLines) {
		const value = cleanCell(source.keyResultLines, issues, true);
		for (const line of value.split("\n")) {
			const title = line.replace(/^\s*(?:[-*•·▪‣◦]|\d{1,2}[.)])\s*/, "").replace(/\s+/g, " ").trim();
			if (title) keyResults.push({ title: cutText(title, MAX_TITLE) });
		}
		return keyResults;
	}
	for (const cells of source.keyResults) {
		const title = text(cells.title, MAX_TITLE, issues);
		const baseline = figure(cells.baseline, issues, context);
		const target = figure(cells.target, issues, context);
		const actual = figure(cells.actual, issues, context);
		const unit = text(cells.unit, MAX_UNIT, issues) ?? target?.unit ?? actual?.unit ?? baseline?.unit;
		const hasFigures = baseline || target || actual;
		if (!title) {
			if (hasFigures) issues.add((cells.actual ?? cells.target ?? cells.baseline)?.column, "key-result-without-title");
			continue;
		}
		const keyResult = { title };
		if (cells.progress && actual && !target) {
			keyResult.unit = unit ?? "%";
			keyResult.target = 100;
			keyResult.actual = actual.value;
		} else {
			if (unit !== void 0) keyResult.unit = unit;
			if (baseline) keyResult.baseline = baseline.value;
			if (target) keyResult.target = target.value;
			if (actual) keyResult.actual = actual.value;
		}
		keyResults.push(keyResult);
	}
	return keyResults;
}
var FIGURE_FIELDS = /* @__PURE__ */ new Set([
	"baseline",
	"target",
	"actual",
	"weight",
	"progress",
	"keyResultTarget",
	"keyResultActual"
]);
function columnLabel(headers, column) {
	return headers[column] || `Column ${columnLetters(column)}`;
}
/** The decimal separator a column's values show (majority of the unambiguous ones). */
function decimalOf(rows, column) {
	const counts = {
		comma: 0,
		dot: 0
	};
	for (const row of rows) {
		const cell = row[column] ?? null;
		if (typeof cell !== "string") continue;
		const read = readNumber(cell);
		if (read === void 0 || read === "invalid" || !read.decimal) continue;
		if (read.decimal === ",") counts.comma++;
		else counts.dot++;
	}
	return counts;
}
function majority(counts) {
	if (counts.comma === counts.dot) return void 0;
	return counts.comma > counts.dot ? "," : ".";
}
/** Whether a column's figures are 0–1 ratios. */
function isFractionColumn(rows, column, header, decimal) {
	let some = false;
	let between = false;
	for (const row of rows) {
		const read = readNumber(row[column] ?? null, decimal);
		if (read === void 0 || read === "invalid" || read.percent) continue;
		if (read.value < 0 || read.value > 1) return false;
		some = true;
		if (read.value > 0 && read.value < 1) between = true;
	}
	return some && (between || headerForms(header).bare.split(" ").includes("completion"));
}
function planDates(rows, columns, chosen) {
	const counts = {
		dmy: 0,
		mdy: 0,
		ambiguous: 0
	};
	for (const row of rows) for (const column of columns) {
		const evidence = dateOrderEvidence(row[column] ?? null);
		if (evidence) counts[evidence]++;
	}
	if (counts.dmy || counts.mdy) {
		const order = counts.mdy > counts.dmy ? "mdy" : "dmy";
		return {
			order,
			preview: order,
			guessed: false
		};
	}
	if (counts.ambiguous) return chosen ? {
		order: chosen,
		preview: chosen,
		guessed: false
	} : {
		order: "dmy",
		preview: "ambiguous",
		guessed: true
	};
	return {
		order: chosen ?? "dmy",
		preview: "none",
		guessed: false
	};
}
function buildTableRows(table, mapping, options) {
	const { headers, rows } = table;
	const columnsOf = /* @__PURE__ */ new Map();
	mapping.forEach((field, column) => {
		if (field) columnsOf.set(field, [...columnsOf.get(field) ?? [], column]);
	});
	const decimals = /* @__PURE__ */ new Map();
	const fileCounts = {
		comma: 0,
		dot: 0
	};
	mapping.forEach((field, column) => {
		if (!field || !FIGURE_FIELDS.has(field)) return;
		const counts = decimalOf(rows, column);
		fileCounts.comma += counts.comma;
		fileCounts.dot += counts.dot;
		decimals.set(column, majority(counts));
	});
	const defaultDecimal = majority(fileCounts) ?? table.decimalHint;
	const fractions = /* @__PURE__ */ new Set();
	for (const field of ["progress", "weight"]) for (const column of columnsOf.get(field) ?? []) if (isFractionColumn(rows, column, headers[column] ?? "", decimals.get(column) ?? defaultDecimal)) fractions.add(column);
	const dates = planDates(rows, columnsOf.get("dueDate") ?? [], options.dateOrder);
	const context = {
		dateOrder: dates.order,
		dateGuessed: dates.guessed,
		serialDates: table.serialDates === true,
		defaultDecimal
	};
	const groups = /* @__PURE__ */ new Map();
	const ordinals = /* @__PURE__ */ new Map();
	mapping.forEach((field, column) => {
		if (field !== "keyResultTitle" && field !== "keyResultTarget" && field !== "keyResultActual") return;
		const { full } = headerForms(headers[column] ?? "");
		const ordinal = (ordinals.get(field) ?? 0) + 1;
		ordinals.set(field, ordinal);
		const key = /\b(\d+)\b/.exec(full)?.[1] ?? `#${ordinal}`;
		const group = groups.get(key) ?? {};
		const slot = field === "keyResultTitle" ? "title" : field === "keyResultTarget" ? "target" : "actual";
		if (group[slot] === void 0) group[slot] = column;
		if (slot === "actual" && full.split(" ").some((word) => PROGRESS_HEADER_WORDS.includes(word))) {
			group.progress = true;
			if (isFractionColumn(rows, column, "completion", decimals.get(column) ?? defaultDecimal)) fractions.add(column);
		}
		groups.set(key, group);
	});
	const titleColumns = columnsOf.get("keyResultTitle") ?? [];
	const lines = titleColumns.length === 1 && groups.size === 1 && !columnsOf.has("keyResultTarget") && !columnsOf.has("keyResultActual");
	const entry = (cells, column) => ({
		cell: cells[column] ?? null,
		column: columnLabel(headers, column),
		decimal: decimals.get(column),
		fraction: fractions.has(column)
	});
	const titleColumn = columnsOf.get("title")?.[0];
	const readIssues = /* @__PURE__ */ new Map();
	for (const issue of table.readIssues) readIssues.set(issue.row, [...readIssues.get(issue.row) ?? [], issue]);
	return {
		rows: rows.map((cells, index) => {
			const issues = new RowIssues(index + 1);
			for (const issue of readIssues.get(index + 1) ?? []) (ISSUE_CODES[issue.code] === "error" ? issues.errors : issues.warnings).push(issue);
			const source = {
				get: (field) => (columnsOf.get(field) ?? []).map((column) => entry(cells, column)),
				keyResults: lines ? [] : [...groups.values()].map((group) => ({
					title: group.title === void 0 ? void 0 : entry(cells, group.title),
					target: group.target === void 0 ? void 0 : entry(cells, group.target),
					actual: group.actual === void 0 ? void 0 : entry(cells, group.actual),
					progress: group.progress
				})),
				keyResultLines: lines ? entry(cells, titleColumns[0]) : void 0,
				titleColumn: titleColumn === void 0 ? void 0 : columnLabel(headers, titleColumn)
			};
			return finishRow(index + 1, buildGoal(source, issues, context), issues);
		}),
		dateOrder: dates.preview
	};
}
function finishRow(row, goal, issues) {
	const previewRow = {
		row,
		errors: issues.errors,
		warnings: issues.warnings
	};
	if (goal && !issues.errors.length) previewRow.goal = goal;
	return previewRow;
}
var NATIVE_KEYS = {
	title: ["title"],
	description: ["description"],
	kind: ["kind"],
	unit: ["unit"],
	baseline: ["baseline"],
	target: ["target"],
	actual: ["actual"],
	direction: ["direction"],
	weight: ["weight"],
	dueDate: ["dueDate"],
	status: ["status"],
	progress: [],
	externalId: ["externalId", "id"],
	period: ["period"]
};
function toCell(value) {
	return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}
function ownValue(record, key) {
	return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : void 0;
}
function buildNativeRows(records) {
	const context = {
		dateOrder: "dmy",
		dateGuessed: false,
		serialDates: false,
		defaultDecimal: "."
	};
	return records.map((record, index) => {
		const issues = new RowIssues(index + 1);
		if (typeof record !== "object" || record === null || Array.isArray(record)) {
			issues.add(void 0, "not-an-object");
			return finishRow(index + 1, void 0, issues);
		}
		const object = record;
		const rawKeyResults = ownValue(object, "keyResults");
		const source = {
			get: (field) => NATIVE_KEYS[field].filter((key) => ownValue(object, key) !== void 0).map((key) => ({
				cell: toCell(ownValue(object, key)),
				column: key
			})),
			keyResults: (Array.isArray(rawKeyResults) ? rawKeyResults : []).map((item, position) => {
				const keyResult = typeof item === "object" && item !== null ? item : {};
				const at = (key) => ({
					cell: toCell(ownValue(keyResult, key)),
					column: `keyResults[${position}].${key}`
				});
				return {
					title: at("title"),
					unit: at("unit"),
					baseline: at("baseline"),
					target: at("target"),
					actual: at("actual")
				};
			}),
			titleColumn: "title"
		};
		return finishRow(index + 1, buildGoal(source, issues, context), issues);
	});
}
function markDuplicateIds(rows, column) {
	const first = /* @__PURE__ */ new Map();
	for (const row of rows) {
		const id = row.goal?.externalId;
		if (id === void 0) continue;
		const seen = first.get(id);
		if (seen === void 0) first.set(id, row.row);
		else row.warnings.push(makeIssue(row.row, column, "duplicate-id", { firstRow: seen }));
	}
}
/**
* The preview of a read table: `options.mapping` (made safe, one entry per
* column) or the suggested one; `options.dateOrder` answers an ambiguous
* day/month order (the file's own evidence wins when it has some).
*/
function buildPreview(table, options = {}) {
	const base = {
		format: table.format,
		headers: [...table.headers],
		signature: headerSignature(table.headers),
		...table.workbook ? {
			sheets: table.workbook.map((sheet) => sheet.name),
			sheet: table.sheet
		} : {}
	};
	if (table.records) {
		const rows = buildNativeRows(table.records);
		markDuplicateIds(rows, "id");
		options.onProgress?.(1);
		return {
			...base,
			mapping: [],
			dateOrder: "none",
			rows
		};
	}
	const mapping = options.mapping ? sanitiseMapping(options.mapping, table.headers.length) : suggestMapping(table.headers, table.rows);
	const { rows, dateOrder } = buildTableRows(table, mapping, options);
	const idColumn = mapping.indexOf("externalId");
	markDuplicateIds(rows, idColumn < 0 ? void 0 : columnLabel(table.headers, idColumn));
	options.onProgress?.(1);
	return {
		...base,
		mapping,
		dateOrder,
		rows
	};
}
/* @license
Papa Parse
v5.7.1
https://github.com/mholt/PapaParse
License: MIT
*/
// utils/import/csv.ts
var import_papaparse_min = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	((e, t) => {
		"function" == typeof define && define.amd ? define([], t) : "object" == typeof module && "undefined" != typeof exports ? module.exports = t() : e.Papa = t();
	})(this$1, function r() {
		var n = "undefined" != typeof self ? self : "undefined" != typeof window ? window : void 0 !== n ? n : {};
		var s = !n.document && !!n.postMessage, a = n.IS_PAPA_WORKER || !1, o = {}, h = 0, w = {};
		function q(e) {
			return 65279 === e.charCodeAt(0) ? e.slice(1) : e;
		}
		function u(e) {
			this._handle = null, this._finished = !1, this._completed = !1, this._halted = !1, this._input = null, this._baseIndex = 0, this._partialLine = "", this._rowCount = 0, this._start = 0, this._nextChunk = null, this.isFirstChunk = !0, this._completeResults = {
				data: [],
				errors: [],
				meta: {}
			}, function(e) {
				var t = E(e);
				t.chunkSize = parseInt(t.chunkSize), e.step || e.chunk || (t.chunkSize = null);
				this._handle = new i(t), (this._handle.streamer = this)._config = t;
			}.call(this, e), this.parseChunk = function(t, e) {
				var i = parseInt(this._config.skipFirstNLines) || 0;
				if (this.isFirstChunk && 0 < i) {
					let e = this._config.newline;
					e || (r = this._config.quoteChar || "\"", e = this._handle.guessLineEndings(t, r)), t = [...t.split(e).slice(i)].join(e);
				}
				this.isFirstChunk && U(this._config.beforeFirstChunk) && void 0 !== (r = this._config.beforeFirstChunk(t)) && (t = r), this.isFirstChunk = !1, this._halted = !1;
				var i = this._partialLine + t, r = (this._partialLine = "", this._handle.parse(i, this._baseIndex, !this._finished));
				if (!this._handle.paused() && !this._handle.aborted()) {
					t = r.meta.cursor, i = (this._finished || (this._partialLine = i.substring(t - this._baseIndex), this._baseIndex = t), r && r.data && (this._rowCount += r.data.length), this._finished || this._config.preview && this._rowCount >= this._config.preview);
					if (a) n.postMessage({
						results: r,
						workerId: w.WORKER_ID,
						finished: i
					});
					else if (U(this._config.chunk) && !e) {
						if (this._config.chunk(r, this._handle), this._handle.paused() || this._handle.aborted()) return void (this._halted = !0);
						this._completeResults = r = void 0;
					}
					return this._config.step || this._config.chunk || (this._completeResults.data = this._completeResults.data.concat(r.data), this._completeResults.errors = this._completeResults.errors.concat(r.errors), this._completeResults.meta = r.meta), this._completed || !i || !U(this._config.complete) || r && r.meta.aborted || (this._config.complete(this._completeResults, this._input), this._completed = !0), i || r && r.meta.paused || this._nextChunk(), r;
				}
				this._halted = !0;
			}, this._sendError = function(e) {
				U(this._config.error) ? this._config.error(e) : a && this._config.error && n.postMessage({
					workerId: w.WORKER_ID,
					error: e,
					finished: !1
				});
			};
		}
		function d(e) {
			var r;
			(e = e || {}).chunkSize || (e.chunkSize = w.RemoteChunkSize), u.call(this, e), this._nextChunk = s ? function() {
				this._readChunk(), this._chunkLoaded();
			} : function() {
				this._readChunk();
			}, this.stream = function(e) {
				this._input = e, this._nextChunk();
			}, this._readChunk = function() {
				if (this._finished) this._chunkLoaded();
				else {
					if (r = new XMLHttpRequest(), this._config.withCredentials && (r.withCredentials = this._config.withCredentials), s || (r.onload = m(this._chunkLoaded, this), r.onerror = m(this._chunkError, this)), r.ontimeout = m(this._chunkTimeout, this), r.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !s), this._config.downloadTimeout && !s && (r.timeout = this._config.downloadTimeout), this._config.downloadRequestHeaders) {
						var e, t = this._config.downloadRequestHeaders;
						for (e in t) r.setRequestHeader(e, t[e]);
					}
					var i;
					this._config.chunkSize && (i = this._start + this._config.chunkSize - 1, r.setRequestHeader("Range", "bytes=" + this._start + "-" + i));
					try {
						r.send(this._config.downloadRequestBody);
					} catch (e) {
						this._chunkError(e.message);
					}
					s && 0 === r.status && this._chunkError();
				}
			}, this._chunkLoaded = function() {
				4 === r.readyState && (r.status < 200 || 400 <= r.status ? this._chunkError() : (this._start += this._config.chunkSize || r.responseText.length, this._finished = !this._config.chunkSize || this._start >= ((e) => null !== (e = e.getResponseHeader("Content-Range")) ? parseInt(e.substring(e.lastIndexOf("/") + 1)) : -1)(r), this.parseChunk(r.responseText)));
			}, this._chunkError = function(e) {
				e = r.statusText || e;
				this._sendError(new Error(e));
			}, this._chunkTimeout = function() {
				this._chunkError("Request timed out after " + this._config.downloadTimeout + "ms");
			};
		}
		function l(e) {
			(e = e || {}).chunkSize || (e.chunkSize = w.LocalChunkSize), u.call(this, e);
			var i, r, n = "undefined" != typeof FileReader;
			this.stream = function(e) {
				this._input = e, r = e.slice || e.webkitSlice || e.mozSlice, n ? ((i = new FileReader()).onload = m(this._chunkLoaded, this), i.onerror = m(this._chunkError, this)) : i = new FileReaderSync(), this._nextChunk();
			}, this._nextChunk = function() {
				this._finished || this._config.preview && !(this._rowCount < this._config.preview) || this._readChunk();
			}, this._readChunk = function() {
				var e = this._input, t = (this._config.chunkSize && (t = Math.min(this._start + this._config.chunkSize, this._input.size), e = r.call(e, this._start, t)), i.readAsText(e, this._config.encoding));
				n || this._chunkLoaded({ target: { result: t } });
			}, this._chunkLoaded = function(e) {
				this._start += this._config.chunkSize, this._finished = !this._config.chunkSize || this._start >= this._input.size, this.parseChunk(e.target.result);
			}, this._chunkError = function() {
				this._sendError(i.error);
			};
		}
		function f(e) {
			var i;
			u.call(this, e = e || {}), this.stream = function(e) {
				return i = e, this._nextChunk();
			}, this._nextChunk = function() {
				var e, t;
				if (!this._finished) return e = this._config.chunkSize, i = e ? (t = i.substring(0, e), i.substring(e)) : (t = i, ""), this._finished = !i, this.parseChunk(t);
			};
		}
		function c(e) {
			u.call(this, e = e || {});
			var t = [], i = !0, r = !1;
			this.pause = function() {
				u.prototype.pause.apply(this, arguments), this._input.pause();
			}, this.resume = function() {
				u.prototype.resume.apply(this, arguments), this._input.resume();
			}, this.stream = function(e) {
				this._input = e, this._input.on("data", this._streamData), this._input.on("end", this._streamEnd), this._input.on("error", this._streamError);
			}, this._checkIsFinished = function() {
				r && 1 === t.length && (this._finished = !0);
			}, this._nextChunk = function() {
				this._checkIsFinished(), t.length ? this.parseChunk(t.shift()) : i = !0;
			}, this._streamData = m(function(e) {
				try {
					t.push("string" == typeof e ? e : e.toString(this._config.encoding)), i && (i = !1, this._checkIsFinished(), this.parseChunk(t.shift()));
				} catch (e) {
					this._streamError(e);
				}
			}, this), this._streamError = m(function(e) {
				this._streamCleanUp(), this._sendError(e);
			}, this), this._streamEnd = m(function() {
				this._streamCleanUp(), r = !0, this._streamData("");
			}, this), this._streamCleanUp = m(function() {
				this._input.removeListener("data", this._streamData), this._input.removeListener("end", this._streamEnd), this._input.removeListener("error", this._streamError);
			}, this);
		}
		function i(m) {
			var n, s, a, t, o = Math.pow(2, 53), h = -o, u = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/, d = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/, i = this, r = 0, l = 0, f = !1, e = !1, c = [], p = {
				data: [],
				errors: [],
				meta: {}
			};
			function y(e) {
				return "greedy" === m.skipEmptyLines ? "" === e.join("").trim() : 1 === e.length && 0 === e[0].length;
			}
			function _() {
				if (p && a && (k("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + w.DefaultDelimiter + "'"), a = !1), m.skipEmptyLines && (p.data = p.data.filter(function(e) {
					return !y(e);
				})), g()) {
					if (p) if (Array.isArray(p.data[0])) {
						for (var e = 0; g() && e < p.data.length; e++) p.data[e].forEach(t);
						p.data.splice(0, 1);
					} else p.data.forEach(t);
					function t(e) {
						c.push(e);
					}
				}
				function i(e, t) {
					for (var i = m.header ? {} : [], r = 0; r < e.length; r++) {
						var n = r, s = e[r], s = ((e, t) => ((e) => (m.dynamicTypingFunction && void 0 === m.dynamicTyping[e] && (m.dynamicTyping[e] = m.dynamicTypingFunction(e)), !0 === (m.dynamicTyping[e] || m.dynamicTyping)))(e) ? "true" === t || "TRUE" === t || "false" !== t && "FALSE" !== t && (((e) => {
							if (u.test(e)) {
								e = parseFloat(e);
								if (h < e && e < o) return 1;
							}
						})(t) ? parseFloat(t) : d.test(t) ? new Date(t) : "" === t ? null : t) : t)(n = m.header ? r >= c.length ? "__parsed_extra" : c[r] : n, s = m.transform ? m.transform(s, n) : s);
						"__parsed_extra" === n ? (i[n] = i[n] || [], i[n].push(s)) : i[n] = s;
					}
					return m.header && (r > c.length ? k("FieldMismatch", "TooManyFields", "Too many fields: expected " + c.length + " fields but parsed " + r, l + t) : r < c.length && k("FieldMismatch", "TooFewFields", "Too few fields: expected " + c.length + " fields but parsed " + r, l + t)), i;
				}
				var r;
				p && (m.header || m.dynamicTyping || m.transform) && (r = 1, !p.data.length || Array.isArray(p.data[0]) ? (p.data = p.data.map(i), r = p.data.length) : p.data = i(p.data, 0), m.header && p.meta && (p.meta.fields = c), l += r);
			}
			function g() {
				return m.header && 0 === c.length;
			}
			function k(e, t, i, r) {
				e = {
					type: e,
					code: t,
					message: i
				};
				void 0 !== r && (e.row = r), p.errors.push(e);
			}
			U(m.step) && (t = m.step, m.step = function(e) {
				p = e, g() ? _() : (_(), 0 !== p.data.length && (r += e.data.length, m.preview && r > m.preview ? s.abort() : (p.data = p.data[0], t(p, i))));
			}), this.parse = function(e, t, i) {
				var r = m.quoteChar || "\"", r = (m.newline || (m.newline = this.guessLineEndings(e, r)), a = !1, m.delimiter ? U(m.delimiter) && (m.delimiter = m.delimiter(e), p.meta.delimiter = m.delimiter) : ((r = ((e, t, i, r, n) => {
					var s, a, o, h;
					n = n || [
						",",
						"	",
						"|",
						";",
						w.RECORD_SEP,
						w.UNIT_SEP
					];
					for (var u = 0; u < n.length; u++) {
						for (var d, l = n[u], f = 0, c = 0, p = 0, _ = (o = void 0, new b({
							comments: r,
							delimiter: l,
							newline: t,
							preview: 10
						}).parse(e)), g = 0; g < _.data.length; g++) i && y(_.data[g]) ? p++ : (d = _.data[g].length, c += d, void 0 === o ? o = d : 0 < d && (f += Math.abs(d - o), o = d));
						0 < _.data.length && (c /= _.data.length - p), 1.99 < c && (void 0 === a || f < a || f === a && h < c) && (a = f, s = l, h = c);
					}
					return {
						successful: !!(m.delimiter = s),
						bestDelimiter: s
					};
				})(e, m.newline, m.skipEmptyLines, m.comments, m.delimitersToGuess)).successful ? m.delimiter = r.bestDelimiter : (a = !0, m.delimiter = w.DefaultDelimiter), p.meta.delimiter = m.delimiter), E(m));
				return r.header = g(), m.preview && m.header && r.preview++, n = e, s = new b(r), p = s.parse(n, t, i), _(), f ? { meta: { paused: !0 } } : p || { meta: { paused: !1 } };
			}, this.paused = function() {
				return f;
			}, this.pause = function() {
				f = !0, s.abort(), n = U(m.chunk) ? "" : n.substring(s.getCharIndex());
			}, this.resume = function() {
				i.streamer._halted ? (f = !1, i.streamer.parseChunk(n, !0)) : setTimeout(i.resume, 3);
			}, this.aborted = function() {
				return e;
			}, this.abort = function() {
				e = !0, s.abort(), p.meta.aborted = !0, U(m.complete) && m.complete(p), n = "";
			}, this.guessLineEndings = function(e, t) {
				e = e.substring(0, 1048576);
				var t = new RegExp(P(t) + "([^]*?)" + P(t), "gm"), i = (e = e.replace(t, "")).split("\r"), t = e.split("\n"), e = 1 < t.length && t[0].length < i[0].length;
				if (1 === i.length || e) return "\n";
				for (var r = 0, n = 0; n < i.length; n++) "\n" === i[n][0] && r++;
				return r >= i.length / 2 ? "\r\n" : "\r";
			};
		}
		function P(e) {
			return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		}
		function b(C) {
			var S = (C = C || {}).delimiter, O = C.newline, x = C.comments, T = C.step, I = C.preview, A = C.fastMode, D = null, L = !1, F = null == C.quoteChar ? "\"" : C.quoteChar, z = F;
			if (void 0 !== C.escapeChar && (z = C.escapeChar), ("string" != typeof S || -1 < w.BAD_DELIMITERS.indexOf(S)) && (S = ","), x === S) throw new Error("Comment character same as delimiter");
			!0 === x ? x = "#" : ("string" != typeof x || -1 < w.BAD_DELIMITERS.indexOf(x)) && (x = !1), "\n" !== O && "\r" !== O && "\r\n" !== O && (O = "\n");
			var M = 0, j = !1;
			this.parse = function(i, t, r) {
				if ("string" != typeof i) throw new Error("Input must be a string");
				var n = i.length, e = S.length, s = O.length, a = x.length, o = U(T), h = [], u = [], d = [], l = M = 0;
				if (!i) return v();
				if (A || !1 !== A && -1 === i.indexOf(F)) {
					for (var f = i.split(O), c = 0; c < f.length; c++) {
						if (d = f[c], M += d.length, c !== f.length - 1) M += O.length;
						else if (r) return v();
						if (!x || d.substring(0, a) !== x) {
							if (o) {
								if (h = [], k(d.split(S)), R(), j) return v();
							} else k(d.split(S));
							if (I && I <= c) return h = h.slice(0, I), v(!0);
						}
					}
					return v();
				}
				for (var p = i.indexOf(S, M), _ = i.indexOf(O, M), g = new RegExp(P(z) + P(F), "g"), m = i.indexOf(F, M);;) if (i[M] === F) for (m = M, M++;;) {
					if (-1 === (m = i.indexOf(F, m + 1))) return r || u.push({
						type: "Quotes",
						code: "MissingQuotes",
						message: "Quoted field unterminated",
						row: h.length,
						index: M
					}), b();
					if (m === n - 1) return b(i.substring(M, m).replace(g, F));
					if (F === z && i[m + 1] === z) m++;
					else if (F === z || 0 === m || i[m - 1] !== z) {
						-1 !== p && p < m + 1 && (p = i.indexOf(S, m + 1));
						var y = w(-1 === (_ = -1 !== _ && _ < m + 1 ? i.indexOf(O, m + 1) : _) ? p : Math.min(p, _));
						if (i.substr(m + 1 + y, e) === S) {
							d.push(i.substring(M, m).replace(g, F)), i[M = m + 1 + y + e] !== F && (m = i.indexOf(F, M)), -1 !== p && p < M && (p = i.indexOf(S, M)), -1 !== _ && _ < M && (_ = i.indexOf(O, M));
							break;
						}
						y = w(_);
						if (i.substring(m + 1 + y, m + 1 + y + s) === O) {
							if (d.push(i.substring(M, m).replace(g, F)), E(m + 1 + y + s), -1 !== p && p < M && (p = i.indexOf(S, M)), m = i.indexOf(F, M), o && (R(), j)) return v();
							if (I && h.length >= I) return v(!0);
							break;
						}
						u.push({
							type: "Quotes",
							code: "InvalidQuotes",
							message: "Trailing quote on quoted field is malformed",
							row: h.length,
							index: M
						}), m++;
					}
				}
				else if (x && 0 === d.length && i.substring(M, M + a) === x) {
					if (-1 === _) return v();
					M = _ + s, _ = i.indexOf(O, M), -1 !== p && p < M && (p = i.indexOf(S, M));
				} else if (-1 !== p && (p < _ || -1 === _)) d.push(i.substring(M, p)), M = p + e, p = i.indexOf(S, M);
				else {
					if (-1 === _) break;
					if (d.push(i.substring(M, _)), E(_ + s), o && (R(), j)) return v();
					if (I && h.length >= I) return v(!0);
				}
				return b();
				function k(e) {
					h.push(e), l = M;
				}
				function w(e) {
					var t = 0;
					return t = -1 !== e && (e = i.substring(m + 1, e)) && "" === e.trim() ? e.length : t;
				}
				function b(e) {
					return r || (void 0 === e && (e = i.substring(M)), d.push(e), M = n, k(d), o && R()), v();
				}
				function E(e) {
					M = e, k(d), d = [], _ = i.indexOf(O, M);
				}
				function v(e) {
					if (C.header && !t && h.length && !L) {
						var s = h[0], a = Object.create(null), o = new Set(s);
						let n = !1;
						for (let r = 0; r < s.length; r++) {
							let i = q(s[r]);
							if (a[i = U(C.transformHeader) ? C.transformHeader(i, r) : i]) {
								let e, t = a[i];
								for (; e = i + "_" + t, t++, o.has(e););
								o.add(e), s[r] = e, a[i]++, n = !0, (D = null === D ? {} : D)[e] = i;
							} else a[i] = 1, s[r] = i;
							o.add(i);
						}
						n && console.warn("Duplicate headers found and renamed."), L = !0;
					}
					return {
						data: h,
						errors: u,
						meta: {
							delimiter: S,
							linebreak: O,
							aborted: j,
							truncated: !!e,
							cursor: l + (t || 0),
							renamedHeaders: D
						}
					};
				}
				function R() {
					T(v()), h = [], u = [];
				}
			}, this.abort = function() {
				j = !0;
			}, this.getCharIndex = function() {
				return M;
			};
		}
		function p(e) {
			var t = e.data, i = o[t.workerId], r = !1;
			if (t.error) i.userError(t.error, t.file);
			else if (t.results && t.results.data) {
				var n = {
					abort: function() {
						r = !0, _(t.workerId, {
							data: [],
							errors: [],
							meta: { aborted: !0 }
						});
					},
					pause: g,
					resume: g
				};
				if (U(i.userStep)) {
					for (var s = 0; s < t.results.data.length && (i.userStep({
						data: t.results.data[s],
						errors: t.results.errors,
						meta: t.results.meta
					}, n), !r); s++);
					delete t.results;
				} else U(i.userChunk) && (i.userChunk(t.results, n, t.file), delete t.results);
			}
			t.finished && !r && _(t.workerId, t.results);
		}
		function _(e, t) {
			var i = o[e];
			U(i.userComplete) && i.userComplete(t), i.terminate(), delete o[e];
		}
		function g() {
			throw new Error("Not implemented.");
		}
		function E(e) {
			if ("object" != typeof e || null === e) return e;
			var t, i = Array.isArray(e) ? [] : {};
			for (t in e) i[t] = E(e[t]);
			return i;
		}
		function m(e, t) {
			return function() {
				e.apply(t, arguments);
			};
		}
		function U(e) {
			return "function" == typeof e;
		}
		return w.parse = function(e, t) {
			var i = (t = t || {}).dynamicTyping || !1;
			U(i) && (t.dynamicTypingFunction = i, i = {});
			if (t.dynamicTyping = i, t.transform = !!U(t.transform) && t.transform, void 0 !== t.downloadTimeout) {
				var i = parseInt(t.downloadTimeout);
				if (isNaN(i)) throw new Error("Config downloadTimeout value (" + t.downloadTimeout + ") not parsable by parseInt(val).");
				t.downloadTimeout = i;
			}
			if (!t.worker || !w.WORKERS_SUPPORTED) return i = null, w.NODE_STREAM_INPUT, "string" == typeof e ? (e = q(e), i = new (t.download ? d : f)(t)) : !0 === e.readable && U(e.read) && U(e.on) ? i = new c(t) : (n.File && e instanceof File || e instanceof Object) && (i = new l(t)), i.stream(e);
			(i = (() => {
				var e;
				return !!w.WORKERS_SUPPORTED && (e = (() => {
					var e = n.URL || n.webkitURL || null, t = r.toString();
					return w.BLOB_URL || (w.BLOB_URL = e.createObjectURL(new Blob([
						"var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ",
						"(",
						t,
						")();"
					], { type: "text/javascript" })));
				})(), (e = new n.Worker(e)).onmessage = p, e.id = h++, o[e.id] = e);
			})()).userStep = t.step, i.userChunk = t.chunk, i.userComplete = t.complete, i.userError = t.error, t.step = U(t.step), t.chunk = U(t.chunk), t.complete = U(t.complete), t.error = U(t.error), delete t.worker, i.postMessage({
				input: e,
				config: t,
				workerId: i.id
			});
		}, w.unparse = function(e, t) {
			var s = !1, g = !0, m = ",", y = "\r\n", a = "\"", o = a + a, i = !1, r = null, h = !1, u = ((() => {
				if ("object" == typeof t) {
					if ("string" != typeof t.delimiter || w.BAD_DELIMITERS.filter(function(e) {
						return -1 !== t.delimiter.indexOf(e);
					}).length || (m = t.delimiter), "boolean" != typeof t.quotes && "function" != typeof t.quotes && !Array.isArray(t.quotes) || (s = t.quotes), "boolean" != typeof t.skipEmptyLines && "string" != typeof t.skipEmptyLines || (i = t.skipEmptyLines), "string" == typeof t.newline && (y = t.newline), "string" == typeof t.quoteChar && (a = t.quoteChar, o = a + a), "boolean" == typeof t.header && (g = t.header), Array.isArray(t.columns)) {
						if (0 === t.columns.length) throw new Error("Option columns is empty");
						r = t.columns;
					}
					void 0 !== t.escapeChar && (o = t.escapeChar + a), t.escapeFormulae instanceof RegExp ? h = t.escapeFormulae : "boolean" == typeof t.escapeFormulae && t.escapeFormulae && (h = /^[=+\-@\t\r].*$/);
				}
			})(), new RegExp(P(a), "g"));
			"string" == typeof e && (e = JSON.parse(e));
			if (Array.isArray(e)) {
				if (!e.length) return n(r, e, i);
				if (Array.isArray(e[0])) return n(null, e, i);
				if ("object" == typeof e[0]) return n(r || Object.keys(e[0]), e, i);
			} else if ("object" == typeof e) return "string" == typeof e.data && (e.data = JSON.parse(e.data)), Array.isArray(e.data) && (e.fields || (e.fields = e.meta && e.meta.fields || r), e.fields || (e.fields = Array.isArray(e.data[0]) ? e.fields : "object" == typeof e.data[0] ? Object.keys(e.data[0]) : []), Array.isArray(e.data[0]) || "object" == typeof e.data[0] || (e.data = [e.data])), n(e.fields || [], e.data || [], i);
			throw new Error("Unable to serialize unrecognized input");
			function n(e, t, i) {
				var r = "", n = ("string" == typeof e && (e = JSON.parse(e)), "string" == typeof t && (t = JSON.parse(t)), Array.isArray(e) && 0 < e.length), s = !Array.isArray(t[0]);
				if (n && g) {
					for (var a = 0; a < e.length; a++) 0 < a && (r += m), r += k(e[a], a);
					0 < t.length && (r += y);
				}
				for (var o = 0; o < t.length; o++) {
					var h = (n ? e : t[o]).length, u = !1, d = n ? 0 === Object.keys(t[o]).length : 0 === t[o].length;
					if (i && !n && (u = "greedy" === i ? "" === t[o].join("").trim() : 1 === t[o].length && (null == t[o][0] || 0 === t[o][0].length)), "greedy" === i && n) {
						for (var l = [], f = 0; f < h; f++) {
							var c = s ? e[f] : f;
							l.push(t[o][c]);
						}
						u = "" === l.join("").trim();
					}
					if (!u) {
						for (var p = 0; p < h; p++) {
							0 < p && !d && (r += m);
							var _ = n && s ? e[p] : p;
							r += k(t[o][_], p);
						}
						o < t.length - 1 && (!i || 0 < h && !d) && (r += y);
					}
				}
				return r;
			}
			function k(e, t) {
				var i, r, n;
				return null == e ? "" : e.constructor === Date ? isNaN(e.getTime()) ? "" : e.toISOString() : (n = !1, i = e.toString(), h && "number" != typeof e && "bigint" != typeof e && "boolean" != typeof e && h.test(i) && (e = i = "'" + i, n = !0), r = i.replace(u, o), (n = n || !0 === s || "function" == typeof s && s(e, t) || Array.isArray(s) && s[t] || ((e, t) => {
					for (var i = 0; i < t.length; i++) if (-1 < e.indexOf(t[i])) return !0;
					return !1;
				})(r, w.BAD_DELIMITERS) || -1 < r.indexOf(m) || -1 < i.indexOf(a) || " " === r.charAt(0) || " " === r.charAt(r.length - 1)) ? a + r + a : r);
			}
		}, w.RECORD_SEP = String.fromCharCode(30), w.UNIT_SEP = String.fromCharCode(31), w.BYTE_ORDER_MARK = "﻿", w.BAD_DELIMITERS = [
			"\r",
			"\n",
			"\"",
			w.BYTE_ORDER_MARK
		], w.WORKERS_SUPPORTED = !s && !!n.Worker, w.NODE_STREAM_INPUT = 1, w.LocalChunkSize = 10485760, w.RemoteChunkSize = 5242880, w.DefaultDelimiter = ",", w.Parser = b, w.ParserHandle = i, w.NetworkStreamer = d, w.FileStreamer = l, w.StringStreamer = f, w.ReadableStreamStreamer = c, a && (n.onmessage = function(e) {
			e = e.data;
			void 0 === w.WORKER_ID && e && (w.WORKER_ID = e.workerId);
			"string" == typeof e.input ? n.postMessage({
				workerId: w.WORKER_ID,
				results: w.parse(e.input, e.config),
				finished: !0
			}) : (n.File && e.input instanceof File || e.input instanceof Object) && (e = w.parse(e.input, e.config)) && n.postMessage({
				workerId: w.WORKER_ID,
				results: e,
				finished: !0
			});
		}), (d.prototype = Object.create(u.prototype)).constructor = d, (l.prototype = Object.create(u.prototype)).constructor = l, (f.prototype = Object.create(f.prototype)).constructor = f, (c.prototype = Object.create(u.prototype)).constructor = c, w;
	});
})))(), 1);
var DELIMITERS = [
	",",
	";",
	"	",
	"|"
];
/** Chunk size for long files: progress is reported and the page gets a turn between chunks. */
var CHUNK_CHARS = 262144;
/** Excel's `sep=;` first line (optionally quoted): the delimiter, and the text without that line. */
function takeSepLine(text) {
	const match = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
	return match ? {
		text: text.slice(match[0].length),
		delimiter: match[1]
	} : { text };
}
/** The delimiter papaparse guesses from the start of the text (`,` when it cannot tell). */
function guessDelimiter(text, candidates = DELIMITERS) {
	return import_papaparse_min.default.parse(text.slice(0, 65536), {
		delimitersToGuess: candidates,
		preview: 50,
		skipEmptyLines: "greedy"
	}).meta.delimiter || ",";
}
var config = (delimiter) => ({
	delimiter,
	header: false,
	dynamicTyping: false,
	skipEmptyLines: "greedy"
});
/**
* Rows as papaparse hands them over, kept within the import limits
* (limits.ts): each row checked and cut to the width it uses as it arrives,
* so a row of 100,000 empty cells costs nothing once read, and reading stops
* at the first limit crossed. Rows are numbered as papaparse counts them
* (non-empty records of the file).
*/
var RowCollector = class {
	rows = [];
	chunks = 0;
	/** One chunk of papaparse's chunked parse of a text of `textLength` characters. */
	addChunk(results, textLength) {
		this.chunks++;
		this.add(results.data);
		this.checkUnfinished(Math.min(textLength, this.chunks * CHUNK_CHARS), results.meta.cursor);
	}
	add(rows) {
		for (const row of rows) {
			row.length = checkRow(row, this.rows.length + 1);
			this.rows.push(row);
			if (isBeyondRowLimit(this.rows.length)) throw limitError({
				limit: "rows",
				max: MAX_IMPORT_ROWS
			});
		}
	}
	/**
	* After a chunk: the text read but not yet part of a finished row (`fed`
	* characters given to the parser, `cursor` where its last finished row
	* ended). A row that long is refused before the parser splits it.
	*/
	checkUnfinished(fed, cursor) {
		if (fed - cursor > 1e6) throw limitError({
			limit: "row-length",
			max: MAX_ROW_CHARS,
			row: this.rows.length + 1
		});
	}
};
/**
* All rows at once (pasted cells, short texts), within the import limits:
* throws ImportError(`over-limit`) at the first one crossed. Synchronous:
* papaparse parses a string chunk after chunk on the calling thread.
*/
function parseDelimited(text, delimiter) {
	const collector = new RowCollector();
	let failure;
	import_papaparse_min.default.parse(text, {
		...config(delimiter),
		chunkSize: CHUNK_CHARS,
		chunk(results, parser) {
			try {
				collector.addChunk(results, text.length);
			} catch (error) {
				failure = error;
				parser.abort();
			}
		},
		complete() {}
	});
	if (failure) throw failure;
	return collector.rows;
}
/**
* The same rows, parsed in chunks: `onProgress` gets the fraction read after
* each chunk, and the event loop a turn (papaparse pause/resume), so a page
* stays responsive on long files. Runs on the calling thread (no Worker).
* Rejects with ImportError(`over-limit`) at the first limit crossed.
*/
function parseDelimitedInChunks(text, delimiter, onProgress) {
	if (text.length <= CHUNK_CHARS) {
		const rows = parseDelimited(text, delimiter);
		onProgress?.(1);
		return Promise.resolve(rows);
	}
	return new Promise((resolve, reject) => {
		const collector = new RowCollector();
		let failed = false;
		import_papaparse_min.default.parse(text, {
			...config(delimiter),
			chunkSize: CHUNK_CHARS,
			chunk(results, parser) {
				try {
					collector.addChunk(results, text.length);
				} catch (error) {
					failed = true;
					parser.abort();
					reject(error);
					return;
				}
				onProgress?.(Math.min(1, results.meta.cursor / text.length));
				parser.pause();
				setTimeout(() => parser.resume(), 0);
			},
			complete() {
				if (failed) return;
				onProgress?.(1);
				resolve(collector.rows);
			},
			error(error) {
				reject(error);
			}
		});
	});
}
// utils/import/detect.ts
/**
* Telling what a file is (magic bytes first, then its extension) and turning
* text files into a string whatever their encoding.
*/
var CFB = [
	208,
	207,
	17,
	224,
	161,
	177,
	26,
	225
];
var ZIP = [80, 75];
/** Other binary files people might pick by mistake. */
var BINARY_MAGIC = [
	[
		37,
		80,
		68,
		70
	],
	[
		137,
		80,
		78,
		71
	],
	[
		71,
		73,
		70,
		56
	],
	[
		255,
		216,
		255
	],
	[31, 139],
	[
		82,
		97,
		114,
		33
	],
	[
		55,
		122,
		188,
		175
	],
	[
		66,
		90,
		104
	],
	[
		127,
		69,
		76,
		70
	],
	[77, 90]
];
/** Files we don't read even though some are zip containers like .xlsx. */
var REFUSED_EXTENSIONS = /* @__PURE__ */ new Set([
	"ods",
	"numbers",
	"docx",
	"doc",
	"pptx",
	"ppt",
	"odt",
	"pdf",
	"zip",
	"png",
	"jpg",
	"jpeg",
	"gif"
]);
var TEXT_EXTENSIONS = /* @__PURE__ */ new Set([
	"csv",
	"tsv",
	"tab",
	"txt",
	"json",
	"text"
]);
var UNKNOWN_FORMAT = "This file is not a spreadsheet, CSV or JSON file that can be read. Save it as .xlsx or CSV and import that file.";
function startsWith(bytes, magic) {
	return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}
function extensionOf(name) {
	const dot = name.lastIndexOf(".");
	return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}
/** The UTF-16LE bytes of `text`, to find stream names in a compound file. */
function utf16(text) {
	return [...text].flatMap((char) => [char.charCodeAt(0) & 255, char.charCodeAt(0) >> 8]);
}
function contains(bytes, pattern) {
	const first = pattern[0];
	for (let index = bytes.indexOf(first); index >= 0 && index <= bytes.length - pattern.length; index = bytes.indexOf(first, index + 1)) {
		let match = true;
		for (let offset = 1; offset < pattern.length; offset++) if (bytes[index + offset] !== pattern[offset]) {
			match = false;
			break;
		}
		if (match) return true;
	}
	return false;
}
var ENCRYPTION_STREAMS = [utf16("EncryptionInfo"), utf16("EncryptedPackage")];
/**
* What the file is, or an ImportError for files that cannot be read at all.
* An OLE compound file (D0 CF 11 E0) is either a password-protected
* workbook (it holds EncryptionInfo / EncryptedPackage streams: Office
* encrypts .xlsx that way) or a legacy .xls.
*/
function sniff(name, bytes) {
	if (bytes.length > 10485760) {
		const limit = MAX_IMPORT_BYTES / 1048576;
		throw new ImportError("too-large", `The file is ${(bytes.length / 1048576).toFixed(1)} MB; files larger than ${limit} MB cannot be imported.`);
	}
	if (bytes.length === 0) throw new ImportError("empty", "The file is empty.");
	if (startsWith(bytes, CFB)) {
		if (ENCRYPTION_STREAMS.some((stream) => contains(bytes, stream))) throw new ImportError("protected", "This workbook is password-protected, so it cannot be read. Open it in Excel, save a copy without a password as .xlsx or CSV, and import that file.");
		throw new ImportError("legacy-xls", "This is an old Excel workbook (.xls), which cannot be read. Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import that file.");
	}
	const extension = extensionOf(name);
	if (REFUSED_EXTENSIONS.has(extension)) throw new ImportError("unknown-format", UNKNOWN_FORMAT);
	if (startsWith(bytes, ZIP)) return "xlsx";
	if (BINARY_MAGIC.some((magic) => startsWith(bytes, magic))) throw new ImportError("unknown-format", UNKNOWN_FORMAT);
	return "text";
}
var CP1252_HIGH = [
	8364,
	0,
	8218,
	402,
	8222,
	8230,
	8224,
	8225,
	710,
	8240,
	352,
	8249,
	338,
	0,
	381,
	0,
	0,
	8216,
	8217,
	8220,
	8221,
	8226,
	8211,
	8212,
	732,
	8482,
	353,
	8250,
	339,
	0,
	382,
	376
];
/**
* Windows-1252, decoded by table: Node's TextDecoder reads the label as
* Latin-1 (0x80–0x9F become C1 controls), browsers follow WHATWG; the table
* gives the same result everywhere.
*/
function decodeWindows1252(bytes) {
	const codes = new Uint16Array(bytes.length);
	for (let index = 0; index < bytes.length; index++) {
		const byte = bytes[index];
		codes[index] = byte >= 128 && byte <= 159 ? CP1252_HIGH[byte - 128] || byte : byte;
	}
	let text = "";
	for (let start = 0; start < codes.length; start += 8192) text += String.fromCharCode(...codes.subarray(start, start + 8192));
	return text;
}
/** UTF-16 without a byte order mark: many zero bytes on one side. */
function utf16WithoutBom(bytes) {
	const length = Math.min(bytes.length, 4e3) & -2;
	if (length < 4) return void 0;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let index = 0; index < length; index += 2) {
		if (bytes[index] === 0) evenZeros++;
		if (bytes[index + 1] === 0) oddZeros++;
	}
	const pairs = length / 2;
	if (oddZeros > pairs * .4 && evenZeros < pairs * .05) return "utf-16le";
	if (evenZeros > pairs * .4 && oddZeros < pairs * .05) return "utf-16be";
}
/**
* Decodes a text file: UTF-8 / UTF-16 by their byte order mark, UTF-16
* without one by its zero bytes, UTF-8 when it decodes strictly, else
* Windows-1252 (what Excel writes for "CSV" on Western Windows). Binary
* content is refused (`undecodable` for a text extension, else
* `unknown-format`).
*/
function decodeText(name, bytes) {
	let encoding;
	let text;
	if (startsWith(bytes, [
		239,
		187,
		191
	])) {
		encoding = "utf-8";
		text = new TextDecoder("utf-8").decode(bytes.subarray(3));
	} else if (startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255])) {
		encoding = bytes[0] === 255 ? "utf-16le" : "utf-16be";
		text = new TextDecoder(encoding).decode(bytes.subarray(2));
	} else {
		const wide = utf16WithoutBom(bytes);
		if (wide) {
			encoding = wide;
			text = new TextDecoder(wide).decode(bytes);
		} else try {
			text = new TextDecoder("utf-8", {
				fatal: true,
				ignoreBOM: true
			}).decode(bytes);
			encoding = "utf-8";
		} catch {
			text = decodeWindows1252(bytes);
			encoding = "windows-1252";
		}
	}
	if (looksBinary(text)) {
		if (TEXT_EXTENSIONS.has(extensionOf(name))) throw new ImportError("undecodable", "The file cannot be read as text. Save it as CSV UTF-8 or .xlsx and import that file.");
		throw new ImportError("unknown-format", UNKNOWN_FORMAT);
	}
	const start = text.trimStart();
	if (!start) throw new ImportError("empty", "The file is empty.");
	if (start.startsWith("<")) throw new ImportError("unknown-format", UNKNOWN_FORMAT);
	return {
		text,
		encoding
	};
}
/** NUL, or more than 1 % control characters (tab, line breaks and form feed aside). */
function looksBinary(text) {
	const sample = text.length > 2e5 ? text.slice(0, 2e5) : text;
	let controls = 0;
	for (let index = 0; index < sample.length; index++) {
		const code = sample.charCodeAt(index);
		if (code === 0) return true;
		if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 || code >= 127 && code <= 159) controls++;
	}
	return controls > Math.max(2, sample.length / 100);
}
/** Keys under which exports wrap their list of records. */
var LIST_KEYS = [
	"goals",
	"data",
	"items",
	"results",
	"records",
	"message",
	"objectives",
	"kpis",
	"docs"
];
var TITLE_KEYS = [
	"title",
	"name",
	"goal_name",
	"goalName",
	"objective"
];
var JSON_LIMITS = {
	depth: "json-depth",
	items: "json-items",
	keys: "json-keys",
	text: "json-text",
	values: "json-values"
};
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var own = (record, key) => Object.prototype.hasOwnProperty.call(record, key) ? record[key] : void 0;
/** Our own goal objects: a title and our `kind` or `keyResults` fields. */
function isNativeGoal(value) {
	return isRecord(value) && own(value, "title") !== void 0 && (own(value, "kind") !== void 0 || Array.isArray(own(value, "keyResults")));
}
/**
* Reads a JSON file within the import limits (limits.ts): measured before it
* is parsed, so a file past a limit is refused without being built.
*/
function tableFromJson(text) {
	const check = checkJsonLimits(text, IMPORT_JSON_LIMITS);
	if (!check.ok && check.syntax) throw new ImportError("invalid-json", "The file is not valid JSON.");
	if (!check.ok) throw limitError({
		limit: JSON_LIMITS[check.limit],
		max: check.max
	});
	let data;
	try {
		data = JSON.parse(text);
	} catch {
		throw new ImportError("invalid-json", "The file is not valid JSON.");
	}
	if (isRecord(data) && own(data, "format") === "review-companion-backup") {
		const stores = own(data, "stores");
		const goals = isRecord(stores) ? own(stores, "goals") : void 0;
		if (!Array.isArray(goals) || goals.length === 0) throw new ImportError("empty", "The backup holds no goals.");
		return {
			format: "json",
			headers: [],
			rows: [],
			readIssues: [],
			records: goals
		};
	}
	const list = findList(data);
	if (!list) throw new ImportError("unknown-format", "The JSON file holds no list of goals. Export the goals as CSV, .xlsx or JSON and import that file.");
	if (list.length === 0) throw new ImportError("empty", "The file holds no goals.");
	const natives = list.slice(0, 20).filter(isNativeGoal).length;
	if (natives > 0 && natives >= Math.min(list.length, 20) / 2) return {
		format: "json",
		headers: [],
		rows: [],
		readIssues: [],
		records: list
	};
	return flatten(list);
}
function findList(data) {
	if (Array.isArray(data)) return data;
	if (!isRecord(data)) return void 0;
	for (const key of LIST_KEYS) {
		const value = own(data, key);
		if (Array.isArray(value)) return value;
		if (isRecord(value)) {
			const inner = findList(value);
			if (inner) return inner;
		}
	}
	if (TITLE_KEYS.some((key) => own(data, key) !== void 0)) return [data];
}
/**
* One column per key (in order of first appearance; a Map, so keys such as
* `__proto__` are plain names), nested objects as `key.sub`, arrays of
* objects as `key.1.sub`, arrays of values joined by line breaks.
*/
function flatten(list) {
	const columns = /* @__PURE__ */ new Map();
	const headers = [];
	const rows = [];
	const readIssues = [];
	let rowNumber = 0;
	const put = (row, key, value) => {
		let column = columns.get(key);
		if (column === void 0) {
			if (headers.length >= 200) throw limitError({
				limit: "columns",
				max: 200,
				row: rowNumber
			});
			column = headers.length;
			columns.set(key, column);
			headers.push(headerText(key));
		}
		row.set(column, value);
	};
	const add = (row, key, value, depth) => {
		if (value === null || value === void 0) return;
		if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return put(row, key, value);
		if (depth > 1) return;
		if (Array.isArray(value)) {
			if (value.every((item) => !isRecord(item) && !Array.isArray(item))) {
				const items = value.filter((item) => item !== null && item !== void 0).map(String);
				const joined = items.join("\n");
				if (joined.length > MAX_CELL_CHARS) throw limitError({
					limit: "cell",
					max: MAX_CELL_CHARS,
					row: rowNumber,
					column: headerText(key)
				});
				if (items.length) put(row, key, joined);
				return;
			}
			value.forEach((item, index) => {
				if (isRecord(item)) for (const [sub, inner] of Object.entries(item)) add(row, `${key}.${index + 1}.${sub}`, inner, depth + 1);
			});
			return;
		}
		if (isRecord(value)) for (const [sub, inner] of Object.entries(value)) add(row, `${key}.${sub}`, inner, depth + 1);
	};
	const cellsByRow = list.map((item, index) => {
		rowNumber = index + 1;
		const row = /* @__PURE__ */ new Map();
		if (!isRecord(item)) readIssues.push(makeIssue(index + 1, void 0, "not-an-object"));
		else for (const [key, value] of Object.entries(item)) add(row, key, value, 0);
		return row;
	});
	for (const row of cellsByRow) rows.push(Array.from({ length: headers.length }, (_, column) => row.get(column) ?? null));
	return {
		format: "json",
		headers,
		rows,
		readIssues
	};
}
// utils/import/zip.ts
/**
* A workbook measured before read-excel-file unpacks it. That library (9.x)
* hands the whole ArrayBuffer to fflate's `unzip`, which inflates every part
* of the zip (its entry filter is not passed on) into a buffer of the size
* the zip's central directory states, then decodes every part to a string
* and lays each worksheet out as a grid of rows padded to its widest row.
* Three bombs follow, each refused here:
*
* 1. Parts that inflate to gigabytes (a zip bomb): the sizes are read from
*    the central directory exactly as fflate reads them (zip64 included), and
*    their sum is capped before anything is inflated.
* 2. A directory that lies (states a small size for a part that inflates to
*    much more): fflate stops writing at the stated size but keeps decoding
*    the whole stream. Each part is inflated here first, as a stream, and
*    the workbook is refused as soon as a part yields more than stated.
* 3. A worksheet whose cells or rows are far apart (`<c r="XFD1048576">`):
*    a few bytes that make the reader build 16,384 × 1,048,576 cells. While
*    each part streams through, the row and cell references of its `<row>`
*    and `<c>` tags are read the way read-excel-file's XML parser (saxen)
*    finds them, erring on the side of seeing more: every part is scanned,
*    whatever its name (which parts are sheets is decided by the workbook's
*    relationships), tags are bounded as saxen bounds them (quoted `>` does
*    not end a tag), and any `r` attribute in a tag counts.
*
* Memory stays bounded throughout: parts are never held whole here.
*/
var DAMAGED = "The workbook is damaged and cannot be read. Save it again as .xlsx or CSV and import that file.";
var damaged = () => new ImportError("undecodable", DAMAGED);
var EOCD = 101010256;
var ZIP64_LOCATOR = 117853008;
var ZIP64_EOCD = 101075792;
var UINT32_MAX = 4294967295;
/**
* The parts of a zip, read as fflate 0.8 reads them: the end-of-directory
* record looked for backwards from 22 bytes before the end (within 64 KB),
* the zip64 record used when its locator is there, each part's sizes taken
* from the central directory (zip64 extra field when they are 0xFFFFFFFF).
* Stricter than fflate where a read would fall outside the file. Throws
* ImportError: `over-limit` for more than MAX_XLSX_PARTS parts.
*/
function readZipParts(bytes) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const length = bytes.length;
	const inside = (offset, size) => offset >= 0 && offset + size <= length;
	const u16 = (offset) => {
		if (!inside(offset, 2)) throw damaged();
		return view.getUint16(offset, true);
	};
	const u32 = (offset) => {
		if (!inside(offset, 4)) throw damaged();
		return view.getUint32(offset, true);
	};
	const u64 = (offset) => u32(offset) + u32(offset + 4) * 2 ** 32;
	let end = length - 22;
	for (;; end--) {
		if (end <= 0 || length - end > 65558) throw damaged();
		if (u32(end) === EOCD) break;
	}
	let count = u16(end + 8);
	if (count === 0) return [];
	let offset = u32(end + 16);
	let zip64 = inside(end - 20, 4) && u32(end - 20) === ZIP64_LOCATOR;
	if (zip64) {
		const record = u32(end - 12);
		zip64 = inside(record, 4) && u32(record) === ZIP64_EOCD;
		if (zip64) {
			count = u32(record + 32);
			offset = u32(record + 48);
		}
	}
	if (count > 1e3) throw limitError({
		limit: "xlsx-parts",
		max: MAX_XLSX_PARTS
	});
	const parts = [];
	for (let index = 0; index < count; index++) {
		const nameLength = u16(offset + 28);
		const extraLength = u16(offset + 30);
		const commentLength = u16(offset + 32);
		const method = u16(offset + 10);
		let compressedSize = u32(offset + 20);
		let size = u32(offset + 24);
		let localHeader = u32(offset + 42);
		const extraStart = offset + 46 + nameLength;
		if (zip64 && (compressedSize === UINT32_MAX || size === UINT32_MAX || localHeader === UINT32_MAX)) {
			const wide = {
				compressed: compressedSize === UINT32_MAX,
				size: size === UINT32_MAX,
				offset: localHeader === UINT32_MAX
			};
			let found = false;
			for (let field = extraStart; field + 4 < extraStart + extraLength; field += 4 + u16(field + 2)) {
				if (u16(field) !== 1) continue;
				const at = field + 4;
				if (wide.compressed) compressedSize = u64(at + 8 * Number(wide.size));
				if (wide.size) size = u64(at);
				if (wide.offset) localHeader = u64(at + 8 * (Number(wide.size) + Number(wide.compressed)));
				found = true;
				break;
			}
			if (!found) throw damaged();
		}
		const dataStart = localHeader + 30 + u16(localHeader + 26) + u16(localHeader + 28);
		parts.push({
			method,
			dataStart,
			compressedSize,
			size
		});
		offset = extraStart + extraLength + commentLength;
	}
	return parts;
}
/**
* What fflate allocates for the parts: the stated size of each deflated
* part, the (clamped) compressed size of each stored one.
*/
function inflatedSize(parts, fileLength) {
	return parts.reduce((total, part) => total + (part.method === 0 ? Math.min(part.compressedSize, Math.max(0, fileLength - part.dataStart)) : part.size), 0);
}
/**
* Refuses a workbook that would unpack past the limits (see the module
* comment), before read-excel-file sees it. Rejects with ImportError:
* `over-limit` (stated sizes, parts, sheet extent) or `undecodable` (a part
* that inflates to more than its stated size, or does not inflate).
*/
async function checkWorkbook(bytes) {
	const parts = readZipParts(bytes);
	if (parts.some((part) => part.method !== 0 && part.method !== 8)) throw damaged();
	if (inflatedSize(parts, bytes.length) > 52428800) throw limitError({
		limit: "xlsx-inflated",
		max: MAX_XLSX_INFLATED_BYTES
	});
	let cells = 0;
	for (const part of parts) {
		const extent = new SheetExtent();
		const data = bytes.subarray(part.dataStart, part.dataStart + part.compressedSize);
		if (part.method === 0) {
			const decoder = new TextDecoder();
			for (let start = 0; start < data.length; start += 1 << 20) extent.feed(decoder.decode(data.subarray(start, start + (1 << 20)), { stream: true }), false);
			extent.feed(decoder.decode(), true);
		} else await inflateInto(data, part.size, extent);
		cells += extent.cells();
		if (cells > 5e6) throw limitError({
			limit: "sheet-cells",
			max: MAX_WORKBOOK_CELLS
		});
	}
}
/** Inflates `data` as a stream into `extent`, refusing as soon as it yields more than `size` bytes. */
async function inflateInto(data, size, extent) {
	const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
	const decoder = new TextDecoder();
	let inflated = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			inflated += value.byteLength;
			if (inflated > size) throw damaged();
			extent.feed(decoder.decode(value, { stream: true }), false);
		}
	} catch (error) {
		await reader.cancel().catch(() => void 0);
		if (error instanceof ImportError) throw error;
		throw damaged();
	}
	extent.feed(decoder.decode(), true);
}
/** A tag's name, as saxen reads it: what follows `<` up to white space, `/` or `>`. */
var TAG_START = /<([^\s/>]*)/g;
/** Characters a tag can hold before its end or a quote. */
var TAG_PLAIN = /[^"'>]*/y;
/** An `r` attribute (any prefix, as read-excel-file strips it) with its opening quote. */
var R_ATTRIBUTE = /(?:^|\s)(?:[^\s:=]*:)?r=(["'])/g;
var ROW_REFERENCE = /^[1-9]\d{0,6}$/;
var CELL_REFERENCE = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
/** More text than a tag can take waiting for its end: the part is not a workbook's XML. */
var MAX_CARRY = 1 << 20;
/**
* The extent one part of the workbook would take as a worksheet: the last
* row read-excel-file would build (each `<row>` adds one, a reference can
* skip ahead) and the last column holding a value (a `<c>` that is not
* self-closing). Fed text as it inflates; a tag cut by the end of a piece is
* carried over to the next.
*/
var SheetExtent = class {
	lastRow = 0;
	lastColumn = 0;
	carry = "";
	cells() {
		return this.lastRow * Math.max(1, this.lastColumn);
	}
	feed(piece, final) {
		const text = this.carry + piece;
		this.carry = "";
		TAG_START.lastIndex = 0;
		for (let match = TAG_START.exec(text); match; match = TAG_START.exec(text)) {
			const start = match.index;
			const nameEnd = start + match[0].length;
			if (nameEnd === text.length && !final) return this.keep(text, start);
			const raw = match[1];
			const name = raw.slice(raw.indexOf(":") + 1);
			if (name !== "row" && name !== "c") continue;
			const end = tagEnd(text, nameEnd, final);
			if (end < 0) return this.keep(text, start);
			this.readTag(name, text.slice(nameEnd, end));
		}
	}
	keep(text, from) {
		if (text.length - from > MAX_CARRY) throw damaged();
		this.carry = text.slice(from);
	}
	readTag(name, attributes) {
		let referenced = false;
		R_ATTRIBUTE.lastIndex = 0;
		for (let match = R_ATTRIBUTE.exec(attributes); match; match = R_ATTRIBUTE.exec(attributes)) {
			const valueStart = match.index + match[0].length;
			const valueEnd = attributes.indexOf(match[1], valueStart);
			if (valueEnd < 0) continue;
			const value = attributes.slice(valueStart, valueEnd);
			referenced = true;
			if (name === "row") {
				if (!ROW_REFERENCE.test(value)) throw damaged();
				this.lastRow = Math.max(this.lastRow, Number(value));
				this.checkExtent(`A${value}`);
			} else {
				const cell = CELL_REFERENCE.exec(value);
				if (!cell) throw damaged();
				this.lastRow = Math.max(this.lastRow, Number(cell[2]));
				if (!(attributes.endsWith("/") && !attributes.includes(">"))) this.lastColumn = Math.max(this.lastColumn, columnNumber(cell[1]));
				this.checkExtent(value);
			}
		}
		if (name === "row" && !referenced) {
			this.lastRow++;
			this.checkExtent(`A${this.lastRow}`);
		}
	}
	checkExtent(reference) {
		if (this.lastRow > 25e3 || this.lastColumn > 200) throw limitError({
			limit: "sheet-extent",
			cell: reference,
			maxRow: MAX_SHEET_ROWS,
			maxColumn: MAX_SHEET_COLUMN_NAME
		});
	}
};
/**
* Where a tag ends (its `>`), scanning as saxen does: a quote skips to the
* next one of its kind, a quote with no partner is a plain character. -1
* when the text ends first and more is to come (or a quote's partner may be
* in the text still to come: waiting for it can only see a longer tag).
*/
function tagEnd(text, from, final) {
	let position = from;
	for (;;) {
		TAG_PLAIN.lastIndex = position;
		TAG_PLAIN.exec(text);
		position = TAG_PLAIN.lastIndex;
		const char = text[position];
		if (char === void 0) return final ? text.length : -1;
		if (char === ">") return position;
		const partner = text.indexOf(char, position + 1);
		if (partner < 0 && !final) return -1;
		position = partner < 0 ? position + 1 : partner + 1;
	}
}
/** `A` → 1, `Z` → 26, `AA` → 27 (read-excel-file's numbering). */
function columnNumber(letters) {
	let number = 0;
	for (let index = 0; index < letters.length; index++) number = number * 26 + letters.charCodeAt(index) - 64;
	return number;
}
// utils/import/xlsx.ts
/**
* XLSX workbooks, read with read-excel-file's `universal` entry: it takes an
* ArrayBuffer and needs neither a Worker (the `browser` entry spawns one) nor
* Node streams (the `node` entry), so the same code runs in the extension's
* options page and under vitest / happy-dom. Loaded on demand, so pages that
* never import a workbook don't carry it. The workbook is measured first
* (zip.ts): the library itself unpacks and lays out whatever a file states.
*/
/** Every sheet of the workbook (date-formatted cells come back as UTC `Date`s). */
async function readWorkbook(bytes) {
	await checkWorkbook(bytes);
	const { default: readXlsxFile, InvalidSpreadsheetError } = await __vitePreload(async () => {
		const { default: readXlsxFile, InvalidSpreadsheetError } = await import("./universal-DZQddj-6.js");
		return {
			default: readXlsxFile,
			InvalidSpreadsheetError
		};
	}, []);
	const buffer = new Uint8Array(bytes).buffer;
	try {
		return (await readXlsxFile(buffer)).map((sheet) => ({
			name: sheet.sheet,
			data: sheet.data
		}));
	} catch (error) {
		if (error instanceof InvalidSpreadsheetError) throw new ImportError("unknown-format", "This file is a zip archive but not an Excel workbook. Save it as .xlsx or CSV and import that file.");
		throw new ImportError("undecodable", "The workbook is damaged and cannot be read. Save it again as .xlsx or CSV and import that file.");
	}
}
// utils/import/index.ts
var sources = /* @__PURE__ */ new WeakMap();
function register(preview, table, dateOrder) {
	sources.set(preview, {
		table,
		dateOrder
	});
	return preview;
}
var TEXT_FALLBACK_EXTENSIONS = /* @__PURE__ */ new Set([
	"csv",
	"tsv",
	"tab",
	"txt"
]);
/** Reads a file into a raw table (no mapping yet). Rejects with ImportError. */
async function readTable(file, options = {}) {
	if (sniff(file.name, file.bytes) === "xlsx") {
		const workbook = await readWorkbook(file.bytes);
		options.onProgress?.(.9);
		if (!workbook.some((sheet) => sheet.data.some((row) => row.some((cell) => !isEmptyCell(cell))))) throw new ImportError("empty", "The workbook is empty.");
		return tableFromWorkbook(workbook, options.sheet);
	}
	const { text, encoding } = decodeText(file.name, file.bytes);
	const extension = extensionOf(file.name);
	const first = text.trimStart()[0];
	if (extension === "json" || first === "[" || first === "{") try {
		const table = tableFromJson(text);
		options.onProgress?.(.9);
		return table;
	} catch (error) {
		if (!(error instanceof ImportError && error.code === "invalid-json" && TEXT_FALLBACK_EXTENSIONS.has(extension))) throw error;
	}
	const { text: body, delimiter: declared } = takeSepLine(text);
	const delimiter = declared ?? (extension === "tsv" || extension === "tab" ? "	" : guessDelimiter(body));
	return delimitedTable(await parseDelimitedInChunks(body, delimiter, (fraction) => options.onProgress?.(fraction * .9)), "csv", delimiter, encoding);
}
function delimitedTable(grid, format, delimiter, encoding) {
	const table = tableFromGrid(grid, format);
	table.delimiter = delimiter;
	if (encoding) table.encoding = encoding;
	if (delimiter === ";") table.decimalHint = ",";
	return table;
}
function tableFromWorkbook(workbook, name) {
	const sheet = workbook.find((candidate) => candidate.name === name) ?? workbook[0];
	const table = tableFromGrid(sheet.data, "xlsx");
	table.serialDates = true;
	table.workbook = workbook;
	table.sheet = sheet.name;
	return table;
}
/** Reads a goals file into a preview. Rejects with ImportError for files that cannot be read at all. */
async function parseGoalsFile(file, options = {}) {
	const table = await readTable(file, options);
	return register(buildPreview(table, options), table, options.dateOrder);
}
/** Cells pasted from a spreadsheet (tab-separated; comma or semicolon also work). */
function parsePastedCells(text, options = {}) {
	if (text.length > 10485760) throw new ImportError("too-large", `The pasted text is longer than ${MAX_IMPORT_BYTES / 1048576} MB, the limit for an import.`);
	const { text: body, delimiter: declared } = takeSepLine(text.replace(/^\uFEFF/, ""));
	if (!body.trim()) throw new ImportError("empty", "Nothing was pasted.");
	const delimiter = declared ?? (body.includes("	") ? "	" : guessDelimiter(body, [",", ";"]));
	const table = delimitedTable(parseDelimited(body, delimiter), "paste", delimiter);
	return register(buildPreview(table, options), table, options.dateOrder);
}
/** A new preview of the same file with another mapping, date order or sheet (see the module comment). */
function remapPreview(preview, changes = {}) {
	const source = sources.get(preview);
	if (!source) throw new TypeError("remapPreview: this preview was not made by parseGoalsFile or parsePastedCells (or is a copy); read the file again.");
	let { table } = source;
	let mapping = changes.mapping ?? preview.mapping;
	if (changes.sheet !== void 0 && table.workbook && changes.sheet !== table.sheet) {
		table = tableFromWorkbook(table.workbook, changes.sheet);
		mapping = changes.mapping;
	}
	const dateOrder = changes.dateOrder ?? source.dateOrder;
	const options = {};
	if (mapping) options.mapping = mapping;
	if (dateOrder) options.dateOrder = dateOrder;
	return register(buildPreview(table, options), table, dateOrder);
}
// entrypoints/options/ImportGoals.tsx
var FIELDS = [
	"title",
	"description",
	"kind",
	"unit",
	"baseline",
	"target",
	"actual",
	"direction",
	"weight",
	"dueDate",
	"status",
	"progress",
	"keyResultTitle",
	"keyResultTarget",
	"keyResultActual",
	"externalId",
	"period"
];
var FIELD_KEYS = {
	title: "goalTitle",
	description: "goalDescription",
	kind: "goalKind",
	unit: "goalUnit",
	baseline: "goalBaseline",
	target: "goalTarget",
	actual: "goalActual",
	direction: "goalDirection",
	weight: "goalWeight",
	dueDate: "goalDueDate",
	status: "goalStatus",
	progress: "importFieldProgress",
	keyResultTitle: "importFieldKeyResult",
	keyResultTarget: "importFieldKeyResultTarget",
	keyResultActual: "importFieldKeyResultActual",
	externalId: "importFieldExternalId",
	period: "importFieldPeriod"
};
var ROWS_PAGE = 100;
var ISSUE_KEYS = {
	"missing-title": "issueMissingTitle",
	"invalid-number": "issueInvalidNumber",
	"invalid-date": "issueInvalidDate",
	"weight-out-of-range": "issueWeightOutOfRange",
	"not-an-object": "issueNotAnObject",
	"extra-cells": "issueExtraCells",
	"unknown-status": "issueUnknownStatus",
	"unknown-kind": "issueUnknownKind",
	"unknown-direction": "issueUnknownDirection",
	"ambiguous-date": "issueAmbiguousDate",
	"ambiguous-number": "issueAmbiguousNumber",
	"text-truncated": "issueTextTruncated",
	"key-result-without-title": "issueKeyResultWithoutTitle",
	"duplicate-id": "issueDuplicateId",
	"control-characters": "issueControlCharacters"
};
var FILE_ERROR_KEYS = {
	"too-large": "fileTooLarge",
	"unknown-format": "fileUnknownFormat",
	undecodable: "fileUndecodable",
	protected: "fileProtected",
	"legacy-xls": "fileLegacyXls",
	empty: "fileEmpty",
	"invalid-json": "fileInvalidJson"
};
/** An issue in the user's language: row and column, never the cell's content. */
function issueText(issue) {
	const key = ISSUE_KEYS[issue.code];
	const problem = key ? t(key) : issue.message;
	return issue.column ? t("importIssueAt", [
		String(issue.row),
		issue.column,
		problem
	]) : t("importIssueRow", [String(issue.row), problem]);
}
/** Which import limit a file crossed, and where, in the user's language (limits.ts). */
function limitText(crossed) {
	const count = (value) => formatNumber(value);
	switch (crossed.limit) {
		case "columns": return t("fileLimitColumns", [count(crossed.row), count(crossed.max)]);
		case "rows": return t("fileLimitRows", count(crossed.max));
		case "cell": return t("fileLimitCell", [
			count(crossed.row),
			crossed.column,
			count(crossed.max)
		]);
		case "row-length": return t("fileLimitRowLength", [count(crossed.row), count(crossed.max)]);
		case "xlsx-inflated": return t("fileLimitUnpacked", count(Math.round(crossed.max / 1024 / 1024)));
		case "xlsx-parts": return t("fileLimitParts", count(crossed.max));
		case "sheet-extent": return t("fileLimitSheetExtent", [
			crossed.cell,
			count(crossed.maxRow),
			crossed.maxColumn
		]);
		case "sheet-cells": return t("fileLimitSheetCells", count(crossed.max));
		case "json-depth": return t("fileLimitJsonDepth", count(crossed.max));
		case "json-items": return t("fileLimitJsonItems", count(crossed.max));
		case "json-keys": return t("fileLimitJsonKeys", count(crossed.max));
		case "json-text": return t("fileLimitJsonText", count(crossed.max));
		case "json-values": return t("fileLimitJsonValues", count(crossed.max));
	}
}
function fileErrorText(error) {
	if (!(error instanceof ImportError)) return t("importFileUnreadable");
	if (error.code === "over-limit") return error.limit ? t("importFileError", limitText(error.limit)) : t("importFileUnreadable");
	return t("importFileError", t(FILE_ERROR_KEYS[error.code]));
}
/** Options › Import: a file or pasted cells → mapping → preview with per-row problems → one atomic commit, undoable. */
function ImportGoals({ cycleId }) {
	const [preview, setPreview] = d(null);
	const [fileName, setFileName] = d("");
	const [progress, setProgress] = d(null);
	const [status, setStatus] = d(null);
	const [excluded, setExcluded] = d(/* @__PURE__ */ new Set());
	const [fixes, setFixes] = d(/* @__PURE__ */ new Map());
	const [duplicates, setDuplicates] = d("update");
	const [shown, setShown] = d("all");
	const [rowsShown, setRowsShown] = d(ROWS_PAGE);
	const [pasted, setPasted] = d("");
	const [history, setHistory] = d([]);
	const loadHistory = b(async () => setHistory(await listImports(cycleId)), [cycleId]);
	A(() => {
		loadHistory();
		return onDataChanged((stores) => stores.includes("imports") && void loadHistory());
	}, [loadHistory]);
	async function show(next, name) {
		const remembered = await rememberedMapping(next.signature).catch(() => void 0);
		const mapped = remembered && remembered.length === next.headers.length && remembered.join() !== next.mapping.join() ? remapPreview(next, { mapping: remembered }) : next;
		setPreview(mapped);
		setFileName(name);
		setExcluded(/* @__PURE__ */ new Set());
		setFixes(/* @__PURE__ */ new Map());
		setRowsShown(ROWS_PAGE);
		setShown(mapped.rows.some((row) => row.errors.length > 0) ? "problems" : "all");
		setStatus(null);
	}
	async function readFile(file) {
		if (file.size > 10485760) {
			setStatus({
				kind: "error",
				text: t("importTooLarge", String(Math.round(MAX_IMPORT_BYTES / 1024 / 1024)))
			});
			return;
		}
		setProgress(0);
		setStatus(null);
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			await show(await parseGoalsFile({
				name: file.name,
				bytes
			}, { onProgress: setProgress }), file.name);
		} catch (error) {
			setPreview(null);
			setStatus({
				kind: "error",
				text: fileErrorText(error)
			});
		} finally {
			setProgress(null);
		}
	}
	function readPasted() {
		try {
			show(parsePastedCells(pasted), t("importPastedName"));
		} catch (error) {
			setStatus({
				kind: "error",
				text: fileErrorText(error)
			});
		}
	}
	const rows = w(() => (preview?.rows ?? []).map((row) => {
		const fixed = fixes.get(row.row);
		return fixed ? {
			...row,
			goal: fixed,
			errors: []
		} : row;
	}), [preview, fixes]);
	const importable = rows.filter((row) => row.goal && row.errors.length === 0 && !excluded.has(row.row));
	const problems = rows.filter((row) => row.errors.length > 0 || row.warnings.length > 0);
	const listed = shown === "problems" ? problems : rows;
	async function commit() {
		if (!preview || importable.length === 0) return;
		setProgress(-1);
		try {
			const result = await commitImport({
				...preview,
				rows
			}, cycleId, {
				fileName,
				duplicates,
				rows: new Set(importable.map((row) => row.row))
			});
			await rememberMapping(preview.signature, preview.mapping).catch(() => void 0);
			setPreview(null);
			setStatus({
				kind: "ok",
				text: t("importDone", [
					String(result.created),
					String(result.updated),
					String(result.skipped)
				])
			});
		} catch (error) {
			setStatus({
				kind: "error",
				text: saveErrorText(error, "importDiskFull", "importCommitFailed")
			});
		} finally {
			setProgress(null);
		}
	}
	async function undo(record) {
		try {
			await undoImport(record.id);
			setStatus({
				kind: "ok",
				text: t("importUndone", record.fileName)
			});
		} catch {
			setStatus({
				kind: "error",
				text: t("importUndoFailed")
			});
		}
	}
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "import-heading",
		class: "import",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "import-heading",
				children: t("importTitle")
			}),
			/* @__PURE__ */ a("p", {
				class: "muted",
				children: t("importIntro")
			}),
			/* @__PURE__ */ a("div", {
				class: "row",
				children: /* @__PURE__ */ a("div", {
					class: "field grow",
					children: [/* @__PURE__ */ a("label", {
						for: "import-file",
						children: t("importFileLabel")
					}), /* @__PURE__ */ a("input", {
						id: "import-file",
						type: "file",
						accept: ".csv,.tsv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
						onChange: (event) => {
							const file = event.currentTarget.files?.[0];
							if (file) readFile(file);
							event.currentTarget.value = "";
						}
					})]
				})
			}),
			/* @__PURE__ */ a("details", { children: [
				/* @__PURE__ */ a("summary", { children: t("importPasteSummary") }),
				/* @__PURE__ */ a("div", {
					class: "field",
					children: [/* @__PURE__ */ a("label", {
						for: "import-paste",
						children: t("importPasteLabel")
					}), /* @__PURE__ */ a("textarea", {
						id: "import-paste",
						rows: 5,
						value: pasted,
						onInput: (event) => setPasted(event.currentTarget.value)
					})]
				}),
				/* @__PURE__ */ a("button", {
					type: "button",
					onClick: readPasted,
					disabled: !pasted.trim(),
					children: t("importPasteRead")
				})
			] }),
			progress !== null && /* @__PURE__ */ a("progress", {
				"aria-label": t("importProgress"),
				...progress >= 0 ? {
					value: progress,
					max: 1
				} : {}
			}),
			/* @__PURE__ */ a("p", {
				class: `status ${status?.kind ?? ""}`,
				role: "status",
				"aria-live": "polite",
				children: status?.text
			}),
			preview && /* @__PURE__ */ a("div", {
				class: "import-preview",
				"aria-labelledby": "preview-heading",
				children: [
					/* @__PURE__ */ a("h3", {
						id: "preview-heading",
						children: t("importPreviewTitle", [fileName, String(preview.rows.length)])
					}),
					preview.headers.length > 0 && /* @__PURE__ */ a("fieldset", { children: [/* @__PURE__ */ a("legend", { children: t("importMappingLegend") }), /* @__PURE__ */ a("div", {
						class: "mapping",
						children: preview.headers.map((header, index) => /* @__PURE__ */ a("div", {
							class: "field",
							children: [/* @__PURE__ */ a("label", {
								for: `map-${index}`,
								children: header || t("importColumnNumber", String(index + 1))
							}), /* @__PURE__ */ a("select", {
								id: `map-${index}`,
								value: preview.mapping[index] ?? "",
								onChange: (event) => {
									const mapping = [...preview.mapping];
									mapping[index] = event.currentTarget.value || null;
									setPreview(remapPreview(preview, { mapping }));
									setFixes(/* @__PURE__ */ new Map());
								},
								children: [/* @__PURE__ */ a("option", {
									value: "",
									children: t("importIgnore")
								}), FIELDS.map((field) => /* @__PURE__ */ a("option", {
									value: field,
									children: t(FIELD_KEYS[field])
								}, field))]
							})]
						}, `${index}-${header}`))
					})] }),
					preview.dateOrder === "ambiguous" && /* @__PURE__ */ a("fieldset", { children: [
						/* @__PURE__ */ a("legend", { children: t("importDateOrderLegend") }),
						/* @__PURE__ */ a("label", {
							class: "check",
							children: [/* @__PURE__ */ a("input", {
								type: "radio",
								name: "date-order",
								onChange: () => setPreview(remapPreview(preview, { dateOrder: "dmy" }))
							}), t("importDayFirst")]
						}),
						/* @__PURE__ */ a("label", {
							class: "check",
							children: [/* @__PURE__ */ a("input", {
								type: "radio",
								name: "date-order",
								onChange: () => setPreview(remapPreview(preview, { dateOrder: "mdy" }))
							}), t("importMonthFirst")]
						})
					] }),
					/* @__PURE__ */ a("div", {
						class: "row",
						children: [/* @__PURE__ */ a("label", {
							class: "check",
							children: [/* @__PURE__ */ a("input", {
								type: "radio",
								name: "shown",
								checked: shown === "problems",
								onChange: () => setShown("problems")
							}), t("importShowProblems", String(problems.length))]
						}), /* @__PURE__ */ a("label", {
							class: "check",
							children: [/* @__PURE__ */ a("input", {
								type: "radio",
								name: "shown",
								checked: shown === "all",
								onChange: () => setShown("all")
							}), t("importShowAll", String(rows.length))]
						})]
					}),
					/* @__PURE__ */ a("table", {
						class: "preview-table",
						"data-testid": "import-preview",
						children: [
							/* @__PURE__ */ a("caption", {
								class: "visually-hidden",
								children: t("importPreviewCaption")
							}),
							/* @__PURE__ */ a("thead", { children: /* @__PURE__ */ a("tr", { children: [
								/* @__PURE__ */ a("th", {
									scope: "col",
									children: t("importRow")
								}),
								/* @__PURE__ */ a("th", {
									scope: "col",
									children: t("importInclude")
								}),
								/* @__PURE__ */ a("th", {
									scope: "col",
									children: t("goalTitle")
								}),
								/* @__PURE__ */ a("th", {
									scope: "col",
									children: t("goalTarget")
								}),
								/* @__PURE__ */ a("th", {
									scope: "col",
									children: t("goalActual")
								}),
								/* @__PURE__ */ a("th", {
									scope: "col",
									children: t("goalStatus")
								}),
								/* @__PURE__ */ a("th", {
									scope: "col",
									children: t("importProblems")
								})
							] }) }),
							/* @__PURE__ */ a("tbody", { children: listed.slice(0, rowsShown).map((row) => /* @__PURE__ */ a(PreviewLine, {
								row,
								included: !excluded.has(row.row),
								fieldOf: (column) => {
									const index = column === void 0 ? -1 : preview.headers.indexOf(column);
									return index >= 0 ? preview.mapping[index] ?? null : null;
								},
								onInclude: (include) => {
									const next = new Set(excluded);
									if (include) next.delete(row.row);
									else next.add(row.row);
									setExcluded(next);
								},
								onFix: (goal) => setFixes(new Map(fixes).set(row.row, goal))
							}, `${preview.signature}-${row.row}`)) })
						]
					}),
					/* @__PURE__ */ a(ShowMore, {
						remaining: listed.length - rowsShown,
						onClick: () => setRowsShown(rowsShown * 4)
					}),
					/* @__PURE__ */ a("div", {
						class: "row commit",
						children: [
							/* @__PURE__ */ a("label", {
								for: "import-duplicates",
								children: t("importDuplicatesLabel")
							}),
							/* @__PURE__ */ a("select", {
								id: "import-duplicates",
								value: duplicates,
								onChange: (event) => setDuplicates(event.currentTarget.value),
								children: [/* @__PURE__ */ a("option", {
									value: "update",
									children: t("importDuplicatesUpdate")
								}), /* @__PURE__ */ a("option", {
									value: "skip",
									children: t("importDuplicatesSkip")
								})]
							}),
							/* @__PURE__ */ a("button", {
								type: "button",
								class: "primary",
								disabled: importable.length === 0 || progress !== null,
								onClick: () => void commit(),
								children: t("importCommit", String(importable.length))
							}),
							/* @__PURE__ */ a("button", {
								type: "button",
								onClick: () => setPreview(null),
								children: t("cancel")
							})
						]
					})
				]
			}),
			history.length > 0 && /* @__PURE__ */ a("div", {
				"aria-labelledby": "import-history-heading",
				children: [/* @__PURE__ */ a("h3", {
					id: "import-history-heading",
					children: t("importHistory")
				}), /* @__PURE__ */ a("ul", {
					class: "cards",
					"data-testid": "import-history",
					children: history.map((record) => /* @__PURE__ */ a("li", {
						class: "row",
						children: [/* @__PURE__ */ a("span", {
							class: "grow",
							children: t("importHistoryLine", [
								record.fileName,
								formatDate(record.createdAt),
								String(record.createdGoalIds.length + record.previousGoals.length)
							])
						}), /* @__PURE__ */ a("button", {
							type: "button",
							"aria-label": t("importUndoNamed", record.fileName),
							onClick: () => void undo(record),
							children: t("undo")
						})]
					}, record.id))
				})]
			})
		]
	});
}
var NUMERIC = /* @__PURE__ */ new Set([
	"baseline",
	"target",
	"actual",
	"weight"
]);
function PreviewLine({ row, included, fieldOf, onInclude, onFix }) {
	const broken = row.errors.length > 0;
	const goal = row.goal;
	const fixable = ["title", ...new Set(row.errors.map((issue) => fieldOf(issue.column)).filter((field) => !!field && NUMERIC.has(field)))];
	const [values, setValues] = d(() => Object.fromEntries(fixable.map((field) => [field, String(goal?.[field] ?? "")])));
	const [fixError, setFixError] = d("");
	function applyFix(event) {
		event.preventDefault();
		const title = (values.title ?? "").trim();
		if (!title) {
			setFixError(t("goalTitleRequired"));
			return;
		}
		const numbers = {};
		for (const field of fixable.filter((name) => NUMERIC.has(name))) {
			const value = parseTypedNumber(values[field] ?? "");
			if (value === "invalid") {
				setFixError(t("goalNumberInvalid", t(FIELD_KEYS[field])));
				return;
			}
			if (value !== void 0) numbers[field] = value;
		}
		const figures = Object.keys(numbers).length > 0;
		onFix({
			status: "not_started",
			keyResults: [],
			...goal,
			kind: figures ? "quantitative" : goal?.kind ?? "qualitative",
			...numbers,
			title
		});
	}
	return /* @__PURE__ */ a("tr", {
		class: broken ? "has-error" : row.warnings.length ? "has-warning" : "",
		children: [
			/* @__PURE__ */ a("th", {
				scope: "row",
				children: row.row
			}),
			/* @__PURE__ */ a("td", { children: /* @__PURE__ */ a("input", {
				type: "checkbox",
				"aria-label": t("importIncludeRow", String(row.row)),
				checked: included && !broken,
				disabled: broken,
				onChange: (event) => onInclude(event.currentTarget.checked)
			}) }),
			broken ? /* @__PURE__ */ a("td", {
				colSpan: 4,
				children: /* @__PURE__ */ a("form", {
					class: "row fix",
					onSubmit: applyFix,
					children: [
						fixable.map((field) => /* @__PURE__ */ a("input", {
							"aria-label": t("importFixField", [t(FIELD_KEYS[field]), String(row.row)]),
							placeholder: t(FIELD_KEYS[field]),
							inputMode: NUMERIC.has(field) ? "decimal" : void 0,
							value: values[field] ?? "",
							onInput: (event) => setValues({
								...values,
								[field]: event.currentTarget.value
							})
						}, field)),
						/* @__PURE__ */ a("button", {
							type: "submit",
							children: t("importFix")
						}),
						fixError && /* @__PURE__ */ a("span", {
							class: "error",
							children: fixError
						})
					]
				})
			}) : /* @__PURE__ */ a($, { children: [
				/* @__PURE__ */ a("td", { children: goal?.title }),
				/* @__PURE__ */ a("td", { children: withUnit(goal?.target, goal?.unit) }),
				/* @__PURE__ */ a("td", { children: withUnit(goal?.actual, goal?.unit) }),
				/* @__PURE__ */ a("td", { children: goal ? statusLabel(goal.status) : "" })
			] }),
			/* @__PURE__ */ a("td", { children: /* @__PURE__ */ a("ul", {
				class: "issues",
				children: [row.errors.map((issue, index) => /* @__PURE__ */ a("li", {
					class: "error",
					children: issueText(issue)
				}, `e${index}`)), row.warnings.map((issue, index) => /* @__PURE__ */ a("li", {
					class: "warning",
					children: issueText(issue)
				}, `w${index}`))]
			}) })
		]
	});
}
var withUnit = (value, unit) => value === void 0 ? "" : formatWithUnit(value, unit);
// entrypoints/options/Language.tsx
/** Each language named in itself, so anyone finds their own. */
var NAMES = {
	en: "English",
	nl: "Nederlands",
	fr: "Français",
	de: "Deutsch"
};
/** Options › Language: the browser's (default) or one the user picks. */
function Language() {
	const [language, setLanguage] = d("auto");
	A(() => void getSettings().then((settings) => setLanguage(settings.language)), []);
	return /* @__PURE__ */ a("div", {
		class: "field language",
		children: [/* @__PURE__ */ a("label", {
			for: "language",
			children: t("languageLabel")
		}), /* @__PURE__ */ a("select", {
			id: "language",
			value: language,
			onChange: (event) => {
				const next = event.currentTarget.value;
				updateSettings({ language: next }).then(() => location.reload());
			},
			children: [/* @__PURE__ */ a("option", {
				value: "auto",
				children: t("languageAuto")
			}), Object.keys(NAMES).map((code) => /* @__PURE__ */ a("option", {
				value: code,
				lang: code,
				children: NAMES[code]
			}, code))]
		})]
	});
}
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
HOSTED_SUITE_MATCHES.map(anyPath);
// entrypoints/options/Sites.tsx
var HOSTED_SUITES = SUITE_ADAPTERS.filter((adapter) => adapter.hosts.length > 0);
var HOSTED_PATTERNS = new Set(HOSTED_SUITES.flatMap((adapter) => adapter.hosts));
var INPUT_ERRORS = {
	empty: "siteErrorEmpty",
	invalid: "siteErrorInvalid",
	scheme: "siteErrorScheme",
	wildcard: "siteErrorWildcard"
};
/** Options › Sites: built-in suites on/off, and the user's own domains (asked as optional host permissions). */
function Sites() {
	const [rules, setRules] = d([]);
	const [granted, setGranted] = d(/* @__PURE__ */ new Set());
	const [input, setInput] = d("");
	const [status, setStatus] = d(null);
	const load = b(async () => {
		const all = await siteRules.all();
		const custom = all.filter((rule) => !HOSTED_PATTERNS.has(rule.pattern));
		const checks = await Promise.all(custom.map((rule) => import_browser_polyfill.default.permissions.contains({ origins: [rule.pattern] })));
		setRules(all);
		setGranted(new Set(custom.filter((_, index) => checks[index]).map((rule) => rule.pattern)));
	}, []);
	A(() => {
		load();
		const stop = onDataChanged((stores) => stores.includes("siteRules") && void load());
		import_browser_polyfill.default.permissions.onRemoved.addListener(load);
		return () => {
			stop();
			import_browser_polyfill.default.permissions.onRemoved.removeListener(load);
		};
	}, [load]);
	const isSuiteOn = (hosts) => !rules.some((rule) => hosts.includes(rule.pattern) && !rule.enabled);
	async function setSuite(hosts, suiteId, on) {
		const now = Date.now();
		for (const pattern of hosts) if (on) await siteRules.delete(pattern);
		else await siteRules.put({
			pattern,
			adapterId: suiteId,
			enabled: false,
			createdAt: now,
			updatedAt: now
		});
	}
	function addSite(event) {
		event.preventDefault();
		const parsed = parseSiteInput(input);
		if (!parsed.ok) {
			setStatus({
				kind: "error",
				text: t(INPUT_ERRORS[parsed.reason])
			});
			return;
		}
		if (HOSTED_PATTERNS.has(parsed.pattern)) {
			setStatus({
				kind: "error",
				text: t("siteAlreadyBuiltIn")
			});
			return;
		}
		grantSite(parsed.pattern).then((ok) => {
			if (!ok) {
				setStatus({
					kind: "error",
					text: t("sitePermissionRefused", parsed.origin)
				});
				return;
			}
			setInput("");
			setStatus({
				kind: "ok",
				text: t("siteAdded", parsed.origin)
			});
		}).catch(() => setStatus({
			kind: "error",
			text: t("siteAddFailed")
		}));
	}
	async function removeSite(pattern) {
		await import_browser_polyfill.default.permissions.remove({ origins: [pattern] }).catch(() => false);
		await siteRules.delete(pattern);
		setStatus({
			kind: "ok",
			text: t("siteRemoved", pattern)
		});
	}
	const custom = rules.filter((rule) => !HOSTED_PATTERNS.has(rule.pattern));
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "sites-heading",
		class: "sites",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "sites-heading",
				children: t("sitesTitle")
			}),
			/* @__PURE__ */ a("p", {
				class: "muted",
				children: t("sitesIntro")
			}),
			/* @__PURE__ */ a("fieldset", { children: [/* @__PURE__ */ a("legend", { children: t("sitesBuiltIn") }), /* @__PURE__ */ a("ul", {
				class: "plain",
				"data-testid": "built-in-suites",
				children: HOSTED_SUITES.map((suite) => /* @__PURE__ */ a("li", { children: /* @__PURE__ */ a("label", {
					class: "check",
					children: [
						/* @__PURE__ */ a("input", {
							type: "checkbox",
							checked: isSuiteOn(suite.hosts),
							onChange: (event) => void setSuite(suite.hosts, suite.id, event.currentTarget.checked)
						}),
						suite.name,
						" ",
						/* @__PURE__ */ a("span", {
							class: "muted",
							children: suite.hosts.map((host) => host.replace(/^https:\/\/|\/\*$/g, "")).join(", ")
						})
					]
				}) }, suite.id))
			})] }),
			/* @__PURE__ */ a("fieldset", { children: [
				/* @__PURE__ */ a("legend", { children: t("sitesCustom") }),
				/* @__PURE__ */ a("form", {
					class: "row",
					onSubmit: addSite,
					children: [/* @__PURE__ */ a("div", {
						class: "field grow",
						children: [
							/* @__PURE__ */ a("label", {
								for: "site-input",
								children: t("siteInputLabel")
							}),
							/* @__PURE__ */ a("input", {
								id: "site-input",
								value: input,
								placeholder: "hr.example.com",
								autoComplete: "off",
								"aria-describedby": "site-hint",
								onInput: (event) => setInput(event.currentTarget.value)
							}),
							/* @__PURE__ */ a("p", {
								id: "site-hint",
								class: "muted hint",
								children: t("siteInputHint")
							})
						]
					}), /* @__PURE__ */ a("button", {
						type: "submit",
						class: "primary",
						children: t("siteAdd")
					})]
				}),
				custom.length === 0 ? /* @__PURE__ */ a("p", {
					class: "empty",
					children: t("sitesNoCustom")
				}) : /* @__PURE__ */ a("ul", {
					class: "cards",
					"data-testid": "custom-sites",
					children: custom.map((rule) => /* @__PURE__ */ a("li", {
						class: "row",
						children: [
							/* @__PURE__ */ a("span", {
								class: "grow",
								children: rule.pattern.replace(/\/\*$/, "")
							}),
							!granted.has(rule.pattern) && /* @__PURE__ */ a("span", {
								class: "tag",
								children: t("sitePermissionMissing")
							}),
							/* @__PURE__ */ a("button", {
								type: "button",
								"aria-label": t("siteRemoveNamed", rule.pattern),
								onClick: () => void removeSite(rule.pattern),
								children: t("siteRemove")
							})
						]
					}, rule.pattern))
				})
			] }),
			/* @__PURE__ */ a("p", {
				class: `status ${status?.kind ?? ""}`,
				role: "status",
				"aria-live": "polite",
				children: status?.text
			})
		]
	});
}
// entrypoints/options/App.tsx
/** Goals rendered at first: an import of thousands must not freeze the page. */
var GOALS_PAGE = 50;
/** Options: last year's goals (by hand or imported), and the sites the launcher runs on. */
function App() {
	const [state] = useReviewData(loadReviewData);
	const [editing, setEditing] = d(null);
	const [deleted, setDeleted] = d(null);
	const [status, setStatus] = d(null);
	const [goalsShown, setGoalsShown] = d(GOALS_PAGE);
	const data = state.status === "ready" ? state.data : void 0;
	async function remove(goal) {
		try {
			await goals.delete(goal.id);
			setDeleted(goal);
			setStatus({
				kind: "ok",
				text: t("goalDeleted", goal.title)
			});
		} catch {
			setStatus({
				kind: "error",
				text: t("goalDeleteFailed")
			});
		}
	}
	async function undoDelete() {
		if (!deleted) return;
		try {
			await goals.put(deleted);
			setStatus({
				kind: "ok",
				text: t("goalRestored", deleted.title)
			});
			setDeleted(null);
		} catch (error) {
			setStatus({
				kind: "error",
				text: saveErrorText(error, "diskFullNotSaved", "goalSaveFailed")
			});
		}
	}
	return /* @__PURE__ */ a("main", {
		class: "options",
		children: [
			/* @__PURE__ */ a("div", {
				class: "row",
				children: [/* @__PURE__ */ a("h1", {
					class: "grow",
					children: t("optionsTitle")
				}), /* @__PURE__ */ a("button", {
					type: "button",
					class: "link",
					onClick: () => openExtensionPage("/prep.html"),
					children: t("openPrep")
				})]
			}),
			/* @__PURE__ */ a(Language, {}),
			data && /* @__PURE__ */ a(Cycles, { current: data.cycle }),
			/* @__PURE__ */ a("section", {
				"aria-labelledby": "goals-heading",
				children: [
					/* @__PURE__ */ a("div", {
						class: "row",
						children: [/* @__PURE__ */ a("h2", {
							id: "goals-heading",
							class: "grow",
							children: data ? t("goalsOfCycle", data.cycle.label) : t("sidebarGoals")
						}), /* @__PURE__ */ a("button", {
							type: "button",
							class: "primary",
							disabled: !data,
							onClick: () => setEditing({ mode: "new" }),
							children: t("goalAdd")
						})]
					}),
					/* @__PURE__ */ a("div", {
						class: "row",
						children: [/* @__PURE__ */ a("p", {
							class: `status ${status?.kind ?? ""}`,
							role: "status",
							"aria-live": "polite",
							children: status?.text
						}), deleted && /* @__PURE__ */ a("button", {
							type: "button",
							onClick: () => void undoDelete(),
							children: t("undo")
						})]
					}),
					data && editing && /* @__PURE__ */ a(GoalForm, {
						cycleId: data.cycle.id,
						goal: editing.mode === "edit" ? editing.goal : void 0,
						onDone: (saved) => {
							setEditing(null);
							if (saved) setStatus({
								kind: "ok",
								text: t("goalSaved", saved.title)
							});
						}
					}),
					state.status === "error" && /* @__PURE__ */ a("p", {
						class: "status error",
						children: t("loadFailed")
					}),
					data && data.goals.length === 0 && !editing && /* @__PURE__ */ a("p", {
						class: "empty",
						children: t("optionsNoGoals")
					}),
					/* @__PURE__ */ a("ul", {
						class: "cards",
						"data-testid": "goal-list",
						children: data?.goals.slice(0, goalsShown).map((goal) => /* @__PURE__ */ a("li", { children: [
							/* @__PURE__ */ a("h3", { children: goal.title }),
							goal.description && /* @__PURE__ */ a("p", {
								class: "note-text",
								children: goal.description
							}),
							/* @__PURE__ */ a(GoalFigures, { goal }),
							/* @__PURE__ */ a("div", {
								class: "row",
								children: [/* @__PURE__ */ a("button", {
									type: "button",
									"aria-label": t("goalEditNamed", goal.title),
									onClick: () => setEditing({
										mode: "edit",
										goal
									}),
									children: t("edit")
								}), /* @__PURE__ */ a("button", {
									type: "button",
									"aria-label": t("goalDeleteNamed", goal.title),
									onClick: () => void remove(goal),
									children: t("delete")
								})]
							})
						] }, goal.id))
					}),
					data && /* @__PURE__ */ a(ShowMore, {
						remaining: data.goals.length - goalsShown,
						onClick: () => setGoalsShown(goalsShown * 4)
					})
				]
			}),
			data && /* @__PURE__ */ a(ImportGoals, { cycleId: data.cycle.id }),
			/* @__PURE__ */ a(SidebarSettings, {}),
			/* @__PURE__ */ a(Reminders, {}),
			/* @__PURE__ */ a(Sites, {}),
			data && /* @__PURE__ */ a(DataSection, { cycle: data.cycle })
		]
	});
}
// entrypoints/options/main.tsx
startPage(() => /* @__PURE__ */ a(App, {}));
