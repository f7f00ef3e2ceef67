import { M as import_browser_polyfill, V as NOTE_PARTS, _ as formatDate, a as partLabel, d, et as parseSiteInput, i as a, l as T, n as cutText, rt as $, s as A, tt as HOSTED_SUITE_MATCHES, x as t } from "./theme-CT48nkKe.js";
import { d as loadDraft, f as loadReviewData, g as saveDraft, i as addNote, n as startPage, p as notes, s as ensureCurrentCycle, t as saveErrorText } from "./saveError-DOuKgIJL.js";
import { o as useReviewData, s as openExtensionPage } from "./dom-BiHt3RpV.js";
import { r as matchesPattern, t as grantSite } from "./grantSite-i_0Dk_by.js";
// entrypoints/popup/App.tsx
var LATEST_COUNT = 5;
/** The browser's own panel API, where there is one: Chrome's `sidePanel`, Firefox's `sidebarAction`. */
function browserPanelApi() {
	const api = import_browser_polyfill.default;
	return api.sidePanel?.open || api.sidebarAction?.open ? api : void 0;
}
var loadLatest = () => loadReviewData(LATEST_COUNT);
/** The popup: jot a note in seconds, see the latest ones. */
function App() {
	const [state] = useReviewData(loadLatest);
	const [browserPanel] = d(browserPanelApi);
	const [text, setText] = d("");
	const [part, setPart] = d("successes");
	const [goalId, setGoalId] = d("");
	const [happenedOn, setHappenedOn] = d("");
	/** The last deleted note, for Undo. */
	const [deleted, setDeleted] = d(null);
	const [editing, setEditing] = d(null);
	const [counts, setCounts] = d(/* @__PURE__ */ new Map());
	const draftLoaded = T(false);
	/** The user typed before the draft was read: what they typed wins over the draft. */
	const typedEarly = T(false);
	const [status, setStatus] = d(null);
	const textRef = T(null);
	const data = state.status === "ready" ? state.data : void 0;
	A(() => textRef.current?.focus(), []);
	A(() => {
		loadDraft().then((draft) => {
			if (draft && !typedEarly.current) {
				setText(draft.text);
				setPart(draft.part);
				setGoalId(draft.goalId ?? "");
				setHappenedOn(draft.happenedOn ?? "");
			}
		}).finally(() => draftLoaded.current = true);
	}, []);
	A(() => {
		if (draftLoaded.current) saveDraft({
			text,
			part,
			...goalId ? { goalId } : {},
			...happenedOn ? { happenedOn } : {}
		}).catch(() => void 0);
	}, [
		text,
		part,
		goalId,
		happenedOn
	]);
	A(() => {
		if (!data) return;
		notes.listByCycle(data.cycle.id).then((all) => {
			const next = /* @__PURE__ */ new Map();
			for (const note of all) next.set(note.part, (next.get(note.part) ?? 0) + 1);
			setCounts(next);
		});
	}, [data]);
	const [tab, setTab] = d(null);
	A(() => {
		import_browser_polyfill.default.tabs.query({
			active: true,
			currentWindow: true
		}).then(([active]) => {
			if (active?.id !== void 0 && active.url && /^https?:/.test(active.url)) setTab({
				id: active.id,
				windowId: active.windowId ?? -1,
				url: new URL(active.url)
			});
		}).catch(() => void 0);
	}, []);
	const isBuiltInSite = !!tab && HOSTED_SUITE_MATCHES.some((pattern) => matchesPattern(tab.url, pattern));
	async function openSidebar() {
		if (!tab) return;
		if (await import_browser_polyfill.default.runtime.sendMessage({
			type: "open-sidebar",
			tabId: tab.id
		}).catch(() => false) === true) window.close();
		else setStatus({
			kind: "error",
			text: t("popupSidebarFailed")
		});
	}
	/**
	* The browser's own side panel (Chrome) or sidebar (Firefox). Opened right
	* in the click handler: both browsers allow it only in answer to the user.
	*/
	function openBrowserPanel() {
		if (!tab) return;
		(browserPanel?.sidePanel ? browserPanel.sidePanel.open({ windowId: tab.windowId }) : browserPanel?.sidebarAction?.open())?.then(() => window.close(), () => setStatus({
			kind: "error",
			text: t("popupSidebarFailed")
		}));
	}
	function enableSite() {
		if (!tab) return;
		const site = parseSiteInput(tab.url.origin);
		if (!site.ok) return;
		grantSite(site.pattern).then((granted) => setStatus(granted ? {
			kind: "ok",
			text: t("siteAdded", site.origin)
		} : {
			kind: "error",
			text: t("sitePermissionRefused", site.origin)
		})).catch(() => setStatus({
			kind: "error",
			text: t("siteAddFailed")
		}));
	}
	async function save(event, as = part) {
		event?.preventDefault();
		if (!text.trim()) {
			setStatus({
				kind: "error",
				text: t("noteEmpty")
			});
			textRef.current?.focus();
			return;
		}
		try {
			const cycle = data?.cycle ?? await ensureCurrentCycle();
			await addNote(cycle.id, {
				part: as,
				text,
				...goalId ? { goalId } : {},
				...happenedOn ? { happenedOn } : {}
			}, { fromDraft: true });
			setText("");
			setHappenedOn("");
			setStatus({
				kind: "ok",
				text: t("noteSaved")
			});
			textRef.current?.focus();
		} catch (error) {
			setStatus({
				kind: "error",
				text: saveErrorText(error, "noteDiskFull", "noteSaveFailed")
			});
		}
	}
	async function remove(note) {
		await notes.delete(note.id);
		setDeleted(note);
		setStatus({
			kind: "ok",
			text: t("noteDeleted")
		});
	}
	async function undoDelete() {
		if (!deleted) return;
		try {
			await notes.put(deleted);
			setDeleted(null);
			setStatus({
				kind: "ok",
				text: t("noteRestored")
			});
		} catch (error) {
			setStatus({
				kind: "error",
				text: saveErrorText(error, "diskFullNotSaved", "noteSaveFailed")
			});
		}
	}
	async function saveEdit(note) {
		if (!editing?.text.trim()) return;
		try {
			if (!await notes.update(note.id, { text: editing.text.trim() })) setStatus({
				kind: "error",
				text: t("noteGone")
			});
			setEditing(null);
		} catch (error) {
			setStatus({
				kind: "error",
				text: saveErrorText(error, "noteDiskFull", "noteSaveFailed")
			});
		}
	}
	function onKeyDown(event) {
		if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) save(event);
	}
	return /* @__PURE__ */ a("main", {
		class: "popup",
		children: [
			/* @__PURE__ */ a("h1", { children: t("popupTitle") }),
			/* @__PURE__ */ a("form", {
				onSubmit: (event) => void save(event),
				children: [
					/* @__PURE__ */ a("div", {
						class: "field",
						children: [
							/* @__PURE__ */ a("label", {
								for: "note-text",
								children: t("noteText")
							}),
							/* @__PURE__ */ a("textarea", {
								id: "note-text",
								ref: textRef,
								value: text,
								onInput: (event) => {
									if (!draftLoaded.current) typedEarly.current = true;
									setText(event.currentTarget.value);
								},
								onKeyDown,
								"aria-describedby": "note-hint"
							}),
							/* @__PURE__ */ a("p", {
								id: "note-hint",
								class: "muted hint",
								children: t("noteHint")
							})
						]
					}),
					/* @__PURE__ */ a("fieldset", {
						class: "chips",
						"data-testid": "note-part",
						children: [/* @__PURE__ */ a("legend", { children: t("notePart") }), NOTE_PARTS.map((value) => /* @__PURE__ */ a("label", {
							class: "chip",
							children: [/* @__PURE__ */ a("input", {
								type: "radio",
								name: "note-part",
								value,
								checked: part === value,
								onChange: () => setPart(value)
							}), /* @__PURE__ */ a("span", { children: [partLabel(value), counts.get(value) ? /* @__PURE__ */ a("span", {
								class: "count",
								children: [" ", counts.get(value)]
							}) : null] })]
						}, value))]
					}),
					/* @__PURE__ */ a("div", {
						class: "row",
						children: [/* @__PURE__ */ a("div", {
							class: "field",
							children: [/* @__PURE__ */ a("label", {
								for: "note-date",
								children: t("noteHappenedOn")
							}), /* @__PURE__ */ a("input", {
								id: "note-date",
								type: "date",
								value: happenedOn,
								onInput: (event) => setHappenedOn(event.currentTarget.value)
							})]
						}), /* @__PURE__ */ a("div", {
							class: "field grow",
							children: [/* @__PURE__ */ a("label", {
								for: "note-goal",
								children: t("noteGoal")
							}), /* @__PURE__ */ a("select", {
								id: "note-goal",
								value: goalId,
								onChange: (event) => setGoalId(event.currentTarget.value),
								children: [/* @__PURE__ */ a("option", {
									value: "",
									children: t("noteNoGoal")
								}), data?.goals.map((goal) => /* @__PURE__ */ a("option", {
									value: goal.id,
									children: goal.title
								}, goal.id))]
							})]
						})]
					}),
					/* @__PURE__ */ a("div", {
						class: "row",
						children: [
							/* @__PURE__ */ a("button", {
								type: "submit",
								class: "primary",
								disabled: !data,
								children: t("noteSave")
							}),
							/* @__PURE__ */ a("button", {
								type: "button",
								disabled: !data,
								onClick: () => void save(void 0, "successes"),
								children: t("noteSaveWin")
							}),
							/* @__PURE__ */ a("button", {
								type: "button",
								disabled: !data,
								onClick: () => void save(void 0, "difficulties"),
								children: t("noteSaveDifficulty")
							}),
							/* @__PURE__ */ a("p", {
								class: `status ${status?.kind ?? ""}`,
								role: "status",
								"aria-live": "polite",
								children: status?.text
							}),
							deleted && /* @__PURE__ */ a("button", {
								type: "button",
								onClick: () => void undoDelete(),
								children: t("undo")
							})
						]
					})
				]
			}),
			/* @__PURE__ */ a("section", {
				"aria-labelledby": "latest-heading",
				children: [
					/* @__PURE__ */ a("h2", {
						id: "latest-heading",
						children: t("latestNotes")
					}),
					data && data.notes.length === 0 && /* @__PURE__ */ a("p", {
						class: "empty",
						children: t("popupNoNotes")
					}),
					/* @__PURE__ */ a("ul", {
						class: "cards",
						"data-testid": "latest-notes",
						children: data?.notes.map((note) => /* @__PURE__ */ a("li", { children: [
							/* @__PURE__ */ a("span", {
								class: "tag",
								children: partLabel(note.part)
							}),
							" ",
							/* @__PURE__ */ a("span", {
								class: "muted",
								children: formatDate(note.happenedOn ?? note.createdAt)
							}),
							editing?.id === note.id ? /* @__PURE__ */ a("form", {
								onSubmit: (event) => {
									event.preventDefault();
									saveEdit(note);
								},
								children: [/* @__PURE__ */ a("textarea", {
									"aria-label": t("noteEditLabel"),
									value: editing.text,
									onInput: (event) => setEditing({
										id: note.id,
										text: event.currentTarget.value
									}),
									onKeyDown: (event) => {
										if (event.key === "Escape") setEditing(null);
										if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
											event.preventDefault();
											saveEdit(note);
										}
									}
								}), /* @__PURE__ */ a("div", {
									class: "row",
									children: [/* @__PURE__ */ a("button", {
										type: "submit",
										children: t("save")
									}), /* @__PURE__ */ a("button", {
										type: "button",
										onClick: () => setEditing(null),
										children: t("cancel")
									})]
								})]
							}) : /* @__PURE__ */ a($, { children: [/* @__PURE__ */ a("p", {
								class: "note-text",
								children: note.text
							}), /* @__PURE__ */ a("div", {
								class: "row",
								children: [/* @__PURE__ */ a("button", {
									type: "button",
									class: "link",
									"aria-label": t("noteEditNamed", cutText(note.text, 40)),
									onClick: () => setEditing({
										id: note.id,
										text: note.text
									}),
									children: t("edit")
								}), /* @__PURE__ */ a("button", {
									type: "button",
									class: "link",
									"aria-label": t("noteDeleteNamed", cutText(note.text, 40)),
									onClick: () => void remove(note),
									children: t("delete")
								})]
							})] })
						] }, note.id))
					})
				]
			}),
			tab && /* @__PURE__ */ a("section", {
				"aria-labelledby": "page-heading",
				class: "this-page",
				children: [/* @__PURE__ */ a("h2", {
					id: "page-heading",
					children: t("popupThisSite")
				}), /* @__PURE__ */ a("div", {
					class: "row",
					children: [
						/* @__PURE__ */ a("button", {
							type: "button",
							onClick: () => void openSidebar(),
							children: t("popupOpenSidebar")
						}),
						browserPanel && /* @__PURE__ */ a("button", {
							type: "button",
							onClick: openBrowserPanel,
							children: t("popupOpenPanel")
						}),
						!isBuiltInSite && /* @__PURE__ */ a("button", {
							type: "button",
							onClick: enableSite,
							children: t("popupEnableSite", tab.url.hostname)
						})
					]
				})]
			}),
			/* @__PURE__ */ a("footer", {
				class: "row",
				children: [/* @__PURE__ */ a("button", {
					type: "button",
					class: "link",
					onClick: () => openExtensionPage("/prep.html"),
					children: t("openPrep")
				}), /* @__PURE__ */ a("button", {
					type: "button",
					class: "link",
					onClick: () => void import_browser_polyfill.default.runtime.openOptionsPage(),
					children: t("openOptions")
				})]
			})
		]
	});
}
// entrypoints/popup/main.tsx
startPage(() => /* @__PURE__ */ a(App, {}));
