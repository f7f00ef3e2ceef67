import { A as SETTINGS_KEY, C as notifyDataChanged, G as Question, H as Note, I as Goal, K as Settings, N as Cycle, P as DEFAULT_SETTINGS, S as uiLanguage, U as NotePart, W as Outcome, Y as newId, h as applyLanguage, it as Q, j as STORE_NAMES, k as DB_NAME, m as requestPersistentStorage, p as isQuotaExceeded, q as SiteRule, x as t, z as IsoDate } from "./theme-CT48nkKe.js";
// node_modules/idb/build/index.js
var instanceOfAny = (object, constructors) => constructors.some((c) => object instanceof c);
var idbProxyableTypes;
var cursorAdvanceMethods;
function getIdbProxyableTypes() {
	return idbProxyableTypes || (idbProxyableTypes = [
		IDBIndex,
		IDBObjectStore,
		IDBCursor,
		IDBDatabase,
		IDBTransaction
	]);
}
function getCursorAdvanceMethods() {
	return cursorAdvanceMethods || (cursorAdvanceMethods = [
		"advance",
		"continue",
		"continuePrimaryKey"
	].map((method) => IDBCursor.prototype[method]));
}
var transactionDoneMap = /* @__PURE__ */ new WeakMap();
var transformCache = /* @__PURE__ */ new WeakMap();
var reverseTransformCache = /* @__PURE__ */ new WeakMap();
function promisifyRequest(request) {
	const promise = new Promise((resolve, reject) => {
		const unlisten = () => {
			request.removeEventListener("success", success);
			request.removeEventListener("error", error);
		};
		const success = () => {
			resolve(wrap(request.result));
			unlisten();
		};
		const error = () => {
			reject(request.error);
			unlisten();
		};
		request.addEventListener("success", success);
		request.addEventListener("error", error);
	});
	reverseTransformCache.set(promise, request);
	return promise;
}
function cacheDonePromiseForTransaction(tx) {
	if (transactionDoneMap.has(tx)) return;
	const done = new Promise((resolve, reject) => {
		const unlisten = () => {
			tx.removeEventListener("complete", complete);
			tx.removeEventListener("error", error);
			tx.removeEventListener("abort", error);
		};
		const complete = () => {
			resolve();
			unlisten();
		};
		const error = () => {
			reject(tx.error || new DOMException("AbortError", "AbortError"));
			unlisten();
		};
		tx.addEventListener("complete", complete);
		tx.addEventListener("error", error);
		tx.addEventListener("abort", error);
	});
	transactionDoneMap.set(tx, done);
}
var idbProxyTraps = {
	get(target, prop, receiver) {
		if (target instanceof IDBTransaction) {
			if (prop === "done") return transactionDoneMap.get(target);
			if (prop === "store") return receiver.objectStoreNames[1] ? void 0 : receiver.objectStore(receiver.objectStoreNames[0]);
		}
		return wrap(target[prop]);
	},
	set(target, prop, value) {
		target[prop] = value;
		return true;
	},
	has(target, prop) {
		if (target instanceof IDBTransaction && (prop === "done" || prop === "store")) return true;
		return prop in target;
	}
};
function replaceTraps(callback) {
	idbProxyTraps = callback(idbProxyTraps);
}
function wrapFunction(func) {
	if (getCursorAdvanceMethods().includes(func)) return function(...args) {
		func.apply(unwrap(this), args);
		return wrap(this.request);
	};
	return function(...args) {
		return wrap(func.apply(unwrap(this), args));
	};
}
function transformCachableValue(value) {
	if (typeof value === "function") return wrapFunction(value);
	if (value instanceof IDBTransaction) cacheDonePromiseForTransaction(value);
	if (instanceOfAny(value, getIdbProxyableTypes())) return new Proxy(value, idbProxyTraps);
	return value;
}
function wrap(value) {
	if (value instanceof IDBRequest) return promisifyRequest(value);
	if (transformCache.has(value)) return transformCache.get(value);
	const newValue = transformCachableValue(value);
	if (!Object.is(newValue, value)) {
		transformCache.set(value, newValue);
		reverseTransformCache.set(newValue, value);
	}
	return newValue;
}
var unwrap = (value) => reverseTransformCache.get(value);
/**
* Open a database.
*
* @param name Name of the database.
* @param version Schema version.
* @param callbacks Additional callbacks.
*/
function openDB(name, version, { blocked, upgrade, blocking, terminated } = {}) {
	const request = indexedDB.open(name, version);
	const openPromise = wrap(request);
	if (upgrade) request.addEventListener("upgradeneeded", (event) => {
		upgrade(wrap(request.result), event.oldVersion, event.newVersion, wrap(request.transaction), event);
	});
	if (blocked) request.addEventListener("blocked", (event) => blocked(event.oldVersion, event.newVersion, event));
	openPromise.then((db) => {
		if (terminated) db.addEventListener("close", () => terminated());
		if (blocking) db.addEventListener("versionchange", (event) => blocking(event.oldVersion, event.newVersion, event));
	}).catch(() => {});
	return openPromise;
}
var readMethods = [
	"get",
	"getKey",
	"getAll",
	"getAllKeys",
	"count"
];
var writeMethods = [
	"put",
	"add",
	"delete",
	"clear"
];
var cachedMethods = {};
function getMethod(target, prop) {
	if (!(target instanceof IDBDatabase && !(prop in target) && typeof prop === "string")) return;
	if (cachedMethods[prop]) return cachedMethods[prop];
	const targetFuncName = prop.replace(/FromIndex$/, "");
	const useIndex = prop !== targetFuncName;
	const isWrite = writeMethods.includes(targetFuncName);
	if (!(targetFuncName in (useIndex ? IDBIndex : IDBObjectStore).prototype) || !(isWrite || readMethods.includes(targetFuncName))) return;
	const method = async function(storeName, ...args) {
		const tx = this.transaction(storeName, isWrite ? "readwrite" : "readonly");
		let target = tx.store;
		if (useIndex) target = target.index(args.shift());
		return (await Promise.all([target[targetFuncName](...args), isWrite && tx.done]))[0];
	};
	return cachedMethods[prop] = method;
}
replaceTraps((oldTraps) => ({
	...oldTraps,
	get: (target, prop, receiver) => getMethod(target, prop) || oldTraps.get(target, prop, receiver),
	has: (target, prop) => !!getMethod(target, prop) || oldTraps.has(target, prop)
}));
var advanceMethodProps = [
	"advance",
	"continue",
	"continuePrimaryKey"
];
var methodMap = {};
var advanceResults = /* @__PURE__ */ new WeakMap();
var ittrProxiedCursorToOriginalProxy = /* @__PURE__ */ new WeakMap();
var cursorIteratorTraps = { get(target, prop) {
	if (!advanceMethodProps.includes(prop)) return target[prop];
	let cachedFunc = methodMap[prop];
	if (!cachedFunc) cachedFunc = methodMap[prop] = function(...args) {
		advanceResults.set(this, ittrProxiedCursorToOriginalProxy.get(this)[prop](...args));
	};
	return cachedFunc;
} };
async function* iterate(...args) {
	let cursor = this;
	if (!(cursor instanceof IDBCursor)) cursor = await cursor.openCursor(...args);
	if (!cursor) return;
	cursor = cursor;
	const proxiedCursor = new Proxy(cursor, cursorIteratorTraps);
	ittrProxiedCursorToOriginalProxy.set(proxiedCursor, cursor);
	reverseTransformCache.set(proxiedCursor, unwrap(cursor));
	while (cursor) {
		yield proxiedCursor;
		cursor = await (advanceResults.get(proxiedCursor) || cursor.continue());
		advanceResults.delete(proxiedCursor);
	}
}
function isIteratorProp(target, prop) {
	return prop === Symbol.asyncIterator && instanceOfAny(target, [
		IDBIndex,
		IDBObjectStore,
		IDBCursor
	]) || prop === "iterate" && instanceOfAny(target, [IDBIndex, IDBObjectStore]);
}
replaceTraps((oldTraps) => ({
	...oldTraps,
	get(target, prop, receiver) {
		if (isIteratorProp(target, prop)) return iterate;
		return oldTraps.get(target, prop, receiver);
	},
	has(target, prop) {
		return isIteratorProp(target, prop) || oldTraps.has(target, prop);
	}
}));
// utils/db/migrations.ts
var MIGRATIONS = [
	{
		version: 1,
		description: "cycles, goals and notes by cycle, settings",
		up(db) {
			db.createObjectStore("cycles", { keyPath: "id" });
			db.createObjectStore("goals", { keyPath: "id" }).createIndex("byCycle", "cycleId");
			db.createObjectStore("notes", { keyPath: "id" }).createIndex("byCycle", "cycleId");
			db.createObjectStore("settings");
		}
	},
	{
		version: 2,
		description: "questions, outcomes and site rules; notes of a cycle by last change",
		async up(db, tx) {
			db.createObjectStore("questions", { keyPath: "id" });
			db.createObjectStore("outcomes", { keyPath: "cycleId" });
			db.createObjectStore("siteRules", { keyPath: "pattern" });
			const notes = tx.objectStore("notes");
			let cursor = await notes.openCursor();
			while (cursor) {
				const note = cursor.value;
				if (typeof note.updatedAt !== "number") await cursor.update({
					...note,
					updatedAt: note.createdAt
				});
				cursor = await cursor.continue();
			}
			notes.createIndex("byCycleUpdated", ["cycleId", "updatedAt"]);
		}
	},
	{
		version: 3,
		description: "goal imports (for undo) and remembered column mappings",
		up(db) {
			db.createObjectStore("imports", { keyPath: "id" }).createIndex("byCycle", "cycleId");
			db.createObjectStore("mappings", { keyPath: "signature" });
		}
	}
];
async function runMigrations(db, oldVersion, tx) {
	for (const migration of MIGRATIONS) if (migration.version > oldVersion) await migration.up(db, tx);
}
// utils/db/index.ts
/**
* The one database, in the extension's origin. Import this module only from
* extension pages (sidebar, popup, options) and the background: IndexedDB
* opened in a content script would belong to the HR site's origin.
*/
/** Writes whose loss the user would notice are flushed to disk before they resolve. */
var STRICT = { durability: "strict" };
/**
* Opens (and upgrades) the database. Every connection closes itself when a
* newer version wants to upgrade (`blocking`), so an options page or popup
* left open never makes an upgrade hang; the next call reopens.
*
* Reopening after such an upgrade finds the database at a version newer than
* this page's code (`VersionError`): the page then works on with that version
* as it is, as long as every store it uses is there (migrations only add;
* fields this code does not know are kept on write, see `repository`). The
* next start of the page runs the new code.
*/
async function openReviewDb(name = DB_NAME, onClosed) {
	const lifecycle = {
		blocked(currentVersion, blockedVersion) {
			console.warn(`Review Companion: upgrade ${currentVersion}→${blockedVersion} waits for another tab`);
		},
		blocking(_currentVersion, _blockedVersion, event) {
			event.target.close();
			onClosed?.();
		},
		terminated() {
			onClosed?.();
		}
	};
	try {
		return await openDB(name, 3, {
			upgrade(database, oldVersion, _newVersion, tx) {
				tx.done.catch(() => void 0);
				runMigrations(database, oldVersion, tx).catch((error) => {
					console.error("Review Companion: database upgrade failed, nothing was changed", error);
					tx.abort();
				});
			},
			...lifecycle
		});
	} catch (error) {
		if (error?.name !== "VersionError") throw error;
		const newer = await openDB(name, void 0, lifecycle);
		if (STORE_NAMES.every((store) => newer.objectStoreNames.contains(store))) return newer;
		newer.close();
		throw error;
	}
}
var dbPromise = null;
/** The shared connection of this page, opened on first use and reopened after it was closed. */
function getDb() {
	if (!dbPromise) {
		const opening = openReviewDb(DB_NAME, () => {
			if (dbPromise === opening) dbPromise = null;
		});
		dbPromise = opening;
		opening.catch(() => {
			if (dbPromise === opening) dbPromise = null;
		});
	}
	return dbPromise;
}
/** Closes this page's connection (tests, delete-all). */
async function closeDb() {
	const pending = dbPromise;
	dbPromise = null;
	if (pending) (await pending.catch(() => null))?.close();
}
/**
* The validated record, with the fields the model does not know kept as they
* were: a newer version of the extension may have added them (this page can
* outlive an upgrade), and validation would drop them.
*/
function keepUnknownFields(record, valid) {
	return {
		...record,
		...valid
	};
}
/** Validated reads and strict writes for one object store with in-line keys. */
function repository(store, schema) {
	return {
		async get(key) {
			return (await getDb()).get(store, key);
		},
		async all() {
			return (await getDb()).getAll(store);
		},
		/** Validates and stores a record; stamps `updatedAt`. */
		async put(record) {
			const valid = keepUnknownFields(record, schema.parse({
				...record,
				updatedAt: Date.now()
			}));
			const tx = (await getDb()).transaction(store, "readwrite", STRICT);
			await Promise.all([tx.store.put(valid), tx.done]);
			notifyDataChanged([store]);
			return valid;
		},
		/**
		* Changes some fields of a stored record, read and written in one
		* transaction: what another page changed meanwhile in other fields is
		* kept (last writer per field). Resolves to undefined when the record is
		* gone (deleted elsewhere), unless `createWith` gives the record to
		* patch then (a form's first save).
		*/
		async update(key, patch, createWith) {
			const tx = (await getDb()).transaction(store, "readwrite", STRICT);
			const current = await tx.store.get(key) ?? createWith;
			if (!current) {
				await tx.done;
				return;
			}
			const next = {
				...current,
				...patch,
				updatedAt: Date.now()
			};
			for (const [field, value] of Object.entries(patch)) if (value === void 0) delete next[field];
			let valid;
			try {
				valid = keepUnknownFields(next, schema.parse(next));
			} catch (error) {
				tx.abort();
				await tx.done.catch(() => void 0);
				throw error;
			}
			await Promise.all([tx.store.put(valid), tx.done]);
			notifyDataChanged([store]);
			return valid;
		},
		async delete(key) {
			const tx = (await getDb()).transaction(store, "readwrite", STRICT);
			await Promise.all([tx.store.delete(key), tx.done]);
			notifyDataChanged([store]);
		}
	};
}
var cycles = repository("cycles", Cycle);
var questions = repository("questions", Question);
var outcomes = repository("outcomes", Outcome);
var siteRules = repository("siteRules", SiteRule);
var goals = {
	...repository("goals", Goal),
	async listByCycle(cycleId) {
		return (await (await getDb()).getAllFromIndex("goals", "byCycle", cycleId)).sort(byCreation);
	}
};
var notesOfCycle = (cycleId) => IDBKeyRange.bound([cycleId, 0], [cycleId, Number.MAX_SAFE_INTEGER]);
/** Notes of a cycle from the index, most recently changed first; the newest `limit` only when given. */
async function newestNotes(index, cycleId, limit) {
	const range = notesOfCycle(cycleId);
	if (limit === void 0) return (await index.getAll(range)).reverse();
	const bulk = index;
	if (typeof bulk.getAllRecords === "function") return (await bulk.getAllRecords({
		query: range,
		count: limit,
		direction: "prev"
	})).map((record) => record.value);
	const newest = [];
	let cursor = await index.openCursor(range, "prev");
	while (cursor && newest.length < limit) {
		newest.push(cursor.value);
		cursor = await cursor.continue();
	}
	return newest;
}
var notes = {
	...repository("notes", Note),
	async listByCycle(cycleId, limit) {
		return newestNotes((await getDb()).transaction("notes").store.index("byCycleUpdated"), cycleId, limit);
	},
	/**
	* Stores a new note and deletes the popup's draft it was typed in, in one
	* transaction: the draft goes only when the note is durably saved. When
	* the write fails (a full disk fails at commit), neither happens and the
	* draft is still there the next time the popup opens.
	*/
	async putAndForgetDraft(record) {
		const valid = Note.parse({
			...record,
			updatedAt: Date.now()
		});
		const tx = (await getDb()).transaction(["notes", "settings"], "readwrite", STRICT);
		await commit(tx, () => [tx.objectStore("notes").put(valid), tx.objectStore("settings").delete(DRAFT_KEY)]);
		notifyDataChanged(["notes"]);
		return valid;
	}
};
/**
* Runs a transaction's writes and waits for its commit. On any failure the
* whole transaction is undone, and the error is the transaction's own when
* it has one (a full disk is reported at commit as the transaction's error,
* while its requests only say "aborted").
*/
async function commit(tx, writes) {
	try {
		await Promise.all([...writes(), tx.done]);
	} catch (error) {
		try {
			tx.abort();
		} catch {}
		await tx.done.catch(() => void 0);
		throw tx.error ?? error;
	}
}
/**
* Reads the settings; fields that fail validation (an older or damaged
* record) fall back to their defaults instead of breaking every page.
*/
async function getSettings() {
	return repairSettings(await (await getDb()).get("settings", SETTINGS_KEY));
}
function repairSettings(stored) {
	const merged = { ...DEFAULT_SETTINGS };
	if (stored && typeof stored === "object") for (const [key, value] of Object.entries(stored)) {
		if (!Object.hasOwn(Settings.shape, key)) continue;
		const candidate = {
			...merged,
			[key]: value
		};
		if (Settings.safeParse(candidate).success) merged[key] = value;
	}
	return Settings.parse(merged);
}
async function updateSettings(patch) {
	const tx = (await getDb()).transaction("settings", "readwrite", STRICT);
	const next = Settings.parse({
		...repairSettings(await tx.store.get(SETTINGS_KEY)),
		...patch,
		updatedAt: Date.now()
	});
	await Promise.all([tx.store.put(next, SETTINGS_KEY), tx.done]);
	notifyDataChanged(["settings"]);
	return next;
}
/**
* The cycle being prepared. Creates "Review <year>" on first use. Runs in one
* transaction over cycles and settings, so two pages opening at once never
* create two cycles.
*/
async function ensureCurrentCycle(now = /* @__PURE__ */ new Date()) {
	const db = await getDb();
	const read = db.transaction(["cycles", "settings"]);
	const currentId = repairSettings(await read.objectStore("settings").get(SETTINGS_KEY)).currentCycleId;
	const current = currentId ? await read.objectStore("cycles").get(currentId) : void 0;
	if (current) return current;
	const tx = db.transaction(["cycles", "settings"], "readwrite", STRICT);
	const cycleStore = tx.objectStore("cycles");
	const settingsStore = tx.objectStore("settings");
	const settings = repairSettings(await settingsStore.get(SETTINGS_KEY));
	let cycle = settings.currentCycleId ? await cycleStore.get(settings.currentCycleId) : void 0;
	let created = false;
	if (!cycle) cycle = (await cycleStore.getAll()).filter((c) => c.status === "preparing").sort((a, b) => b.createdAt - a.createdAt)[0];
	if (!cycle) {
		const time = now.getTime();
		cycle = Cycle.parse({
			id: newId("cycle"),
			label: String(now.getFullYear()),
			status: "preparing",
			createdAt: time,
			updatedAt: time
		});
		await cycleStore.put(cycle);
		created = true;
	}
	if (settings.currentCycleId !== cycle.id) await settingsStore.put({
		...settings,
		currentCycleId: cycle.id,
		updatedAt: Date.now()
	}, SETTINGS_KEY);
	await tx.done;
	if (created) notifyDataChanged(["cycles", "settings"]);
	return cycle;
}
/** Adds a note; `fromDraft`: typed in the popup, whose draft is deleted in the same transaction. */
async function addNote(cycleId, input, { fromDraft = false } = {}) {
	const now = Date.now();
	const record = {
		id: newId("note"),
		cycleId,
		...input,
		text: input.text.trim(),
		createdAt: now,
		updatedAt: now
	};
	return fromDraft ? notes.putAndForgetDraft(record) : notes.put(record);
}
async function addGoal(cycleId, input) {
	const now = Date.now();
	return goals.put({
		keyResults: [],
		source: {},
		...input,
		id: newId("goal"),
		cycleId,
		createdAt: now,
		updatedAt: now
	});
}
/** The cycle created last before `cycle`, if any. */
function previousCycle(all, cycle) {
	return all.filter((other) => other.createdAt < cycle.createdAt).sort((a, b) => b.createdAt - a.createdAt)[0];
}
/**
* The current cycle with its goals (oldest first) and notes (newest first),
* read in one transaction: this is what the sidebar waits for on every page.
*/
async function loadReviewData(notesLimit, options = {}) {
	const tx = (await getDb()).transaction([
		"settings",
		"cycles",
		"goals",
		"notes",
		"questions"
	]);
	const settings = repairSettings(await tx.objectStore("settings").get(SETTINGS_KEY));
	const currentId = settings.currentCycleId;
	const cycle = currentId ? await tx.objectStore("cycles").get(currentId) : void 0;
	if (!cycle) {
		await ensureCurrentCycle();
		return loadReviewData(notesLimit, options);
	}
	const notesIndex = tx.objectStore("notes").index("byCycleUpdated");
	const pinned = settings.pinned ?? [];
	const goalsIndex = tx.objectStore("goals").index("byCycle");
	const [goalList, noteList, questionList, cycleList] = await Promise.all([
		goalsIndex.getAll(cycle.id),
		newestNotes(notesIndex, cycle.id, notesLimit === void 0 ? void 0 : notesLimit + 1),
		tx.objectStore("questions").getAll(),
		tx.objectStore("cycles").getAll()
	]);
	const notesLeftOut = notesLimit !== void 0 && noteList.length > notesLimit;
	if (notesLeftOut) noteList.length = notesLimit;
	if (notesLeftOut && options.pinnedNotes && pinned.length) {
		const loaded = new Set(noteList.map((note) => note.id));
		const extra = await Promise.all(pinned.filter((id) => !loaded.has(id)).map((id) => tx.objectStore("notes").get(id)));
		noteList.push(...extra.filter((note) => note?.cycleId === cycle.id));
	}
	const before = previousCycle(cycleList, cycle);
	const previousGoals = before ? await goalsIndex.getAll(before.id) : [];
	return {
		cycle,
		goals: goalList.sort(byCreation),
		notes: noteList,
		...notesLeftOut ? {} : { notesTotal: noteList.length },
		questions: questionList,
		language: settings.language,
		pinned,
		...before ? { previous: {
			cycle: before,
			goals: previousGoals.sort(byCreation)
		} } : {}
	};
}
var byCreation = (a, b) => a.createdAt - b.createdAt;
/** Goals still open at the end of a cycle: what "move unfinished goals" carries over. */
var UNFINISHED_STATUSES = /* @__PURE__ */ new Set([
	"not_started",
	"on_track",
	"at_risk",
	"partly"
]);
/**
* Starts a new review cycle and makes it current; optionally moves the
* unfinished goals of another cycle into it. One transaction: all or nothing.
*
* Started from an interview (`fromOutcomeOf`), it is idempotent: a cycle has
* one next cycle. A second call for the same cycle (a double click, a second
* window) finds the one the first created, makes it current and creates
* nothing (`created: false`). Transactions on the same stores run one after
* the other, so two calls at once cannot both create one.
*/
async function startCycle(label, moveUnfinishedFrom, fromOutcomeOf) {
	const now = Date.now();
	const cycle = Cycle.parse({
		id: newId("cycle"),
		label: label.trim(),
		status: "preparing",
		...fromOutcomeOf ? { startedFrom: fromOutcomeOf } : {},
		createdAt: now,
		updatedAt: now
	});
	const tx = (await getDb()).transaction([
		"cycles",
		"goals",
		"settings",
		"outcomes"
	], "readwrite", STRICT);
	const settings = repairSettings(await tx.objectStore("settings").get(SETTINGS_KEY));
	if (fromOutcomeOf) {
		const started = (await tx.objectStore("cycles").getAll()).find((other) => other.startedFrom === fromOutcomeOf);
		if (started) {
			const makeCurrent = settings.currentCycleId !== started.id;
			if (makeCurrent) await tx.objectStore("settings").put({
				...settings,
				currentCycleId: started.id,
				updatedAt: now
			}, SETTINGS_KEY);
			await tx.done;
			if (makeCurrent) notifyDataChanged(["settings"]);
			return {
				cycle: started,
				moved: 0,
				agreed: 0,
				created: false
			};
		}
	}
	const outcome = fromOutcomeOf ? await tx.objectStore("outcomes").get(fromOutcomeOf) : void 0;
	const agreed = (outcome?.agreedObjectives ?? []).map((title, index) => Goal.parse({
		id: newId("goal"),
		cycleId: cycle.id,
		title,
		kind: "qualitative",
		status: "not_started",
		keyResults: [],
		source: {},
		createdAt: now + index,
		updatedAt: now
	}));
	const goalStore = tx.objectStore("goals");
	const toMove = moveUnfinishedFrom ? (await goalStore.index("byCycle").getAll(moveUnfinishedFrom)).filter((goal) => UNFINISHED_STATUSES.has(goal.status)) : [];
	const previous = fromOutcomeOf ? await tx.objectStore("cycles").get(fromOutcomeOf) : void 0;
	await Promise.all([
		tx.objectStore("cycles").put(cycle),
		...previous ? [tx.objectStore("cycles").put({
			...previous,
			status: "done",
			updatedAt: now
		})] : [],
		...toMove.map((goal) => goalStore.put({
			...goal,
			cycleId: cycle.id,
			updatedAt: now
		})),
		...agreed.map((goal) => goalStore.put(goal)),
		...outcome && agreed.length ? [tx.objectStore("outcomes").put({
			...outcome,
			agreedGoalIds: agreed.map((goal) => goal.id),
			updatedAt: now
		})] : [],
		tx.objectStore("settings").put({
			...settings,
			currentCycleId: cycle.id,
			updatedAt: now
		}, SETTINGS_KEY),
		tx.done
	]);
	notifyDataChanged([
		"cycles",
		"goals",
		"settings",
		"outcomes"
	]);
	return {
		cycle,
		moved: toMove.length,
		agreed: agreed.length,
		created: true
	};
}
/** Makes another existing cycle the current one. */
async function setCurrentCycle(cycleId) {
	if (!await cycles.get(cycleId)) throw new Error("No such cycle");
	await updateSettings({ currentCycleId: cycleId });
}
var DRAFT_KEY = "popupDraft";
async function loadDraft() {
	const raw = await (await getDb()).get("settings", DRAFT_KEY);
	if (!raw || typeof raw !== "object") return void 0;
	const { text, part, goalId, happenedOn } = raw;
	if (typeof text !== "string" || !NotePart.safeParse(part).success) return void 0;
	return {
		text,
		part,
		...typeof goalId === "string" && goalId ? { goalId } : {},
		...typeof happenedOn === "string" && IsoDate.safeParse(happenedOn).success ? { happenedOn } : {}
	};
}
async function saveDraft(draft) {
	const tx = (await getDb()).transaction("settings", "readwrite");
	await Promise.all([draft && draft.text.trim() ? tx.store.put(draft, DRAFT_KEY) : tx.store.delete(DRAFT_KEY), tx.done]);
}
// components/startPage.tsx
/**
* Renders an extension page (popup, options, preparation) in the language the
* user chose in the options (default: the browser's), then asks once that
* the data be kept when the disk runs low.
*/
function startPage(app) {
	getSettings().then((settings) => applyLanguage(settings.language)).catch(() => void 0).finally(() => {
		document.documentElement.lang = uiLanguage();
		Q(app(), document.getElementById("app"));
		requestPersistentStorage();
	});
}
// components/saveError.ts
/** The message for a failed save: a full disk says so (and that the user's text is kept), anything else `otherwise`. */
function saveErrorText(error, diskFull, otherwise) {
	return t(isQuotaExceeded(error) ? diskFull : otherwise);
}
export { setCurrentCycle as _, closeDb as a, updateSettings as b, getDb as c, loadDraft as d, loadReviewData as f, saveDraft as g, questions as h, addNote as i, getSettings as l, outcomes as m, startPage as n, cycles as o, notes as p, addGoal as r, ensureCurrentCycle as s, saveErrorText as t, goals as u, siteRules as v, startCycle as y };
