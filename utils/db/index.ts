/**
 * The one database, in the extension's origin. Import this module only from
 * extension pages (sidebar, popup, options) and the background: IndexedDB
 * opened in a content script would belong to the HR site's origin.
 */
import { openDB, type IDBPDatabase, type IDBPIndex, type StoreNames } from 'idb';
import {
  Cycle,
  DEFAULT_SETTINGS,
  IsoDate,
  ME,
  NotePart,
  Person,
  ReviewTarget,
  personOf,
  Goal,
  Note,
  Outcome,
  Question,
  Settings,
  SiteRule,
  newId,
  MAX_PINS,
} from '../model';
import { notifyDataChanged } from './changes';
import { runMigrations } from './migrations';
import { cycleGoalsInPages } from './paged';
import { DB_NAME, DB_VERSION, SETTINGS_KEY, STORE_NAMES, type ReviewDb, type StoreName } from './schema';

export { DB_NAME, DB_VERSION, STORE_NAMES, type StoreName } from './schema';
export { onDataChanged } from './changes';

export type Db = IDBPDatabase<ReviewDb>;

/** Writes whose loss the user would notice are flushed to disk before they resolve. */
const STRICT = { durability: 'strict' } as const;

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
export async function openReviewDb(name = DB_NAME, onClosed?: () => void): Promise<Db> {
  const lifecycle = {
    blocked(currentVersion: number, blockedVersion: number | null) {
      // Our own connections close on `blocking`; a connection that does not
      // (an old build still running) is told to by the browser, we just wait.
      console.warn(`Review Companion: upgrade ${currentVersion}→${blockedVersion} waits for another tab`);
    },
    blocking(_currentVersion: number, _blockedVersion: number | null, event: IDBVersionChangeEvent) {
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
  };
  try {
    return await openDB<ReviewDb>(name, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        // An aborted upgrade rejects openDB; its transaction's own rejection is expected.
        tx.done.catch(() => undefined);
        runMigrations(database, oldVersion, tx).catch((error: unknown) => {
          console.error('Review Companion: database upgrade failed, nothing was changed', error);
          tx.abort();
        });
      },
      ...lifecycle,
    });
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== 'VersionError') throw error;
    const newer = await openDB<ReviewDb>(name, undefined, lifecycle);
    if (STORE_NAMES.every((store) => newer.objectStoreNames.contains(store))) return newer;
    newer.close();
    throw error;
  }
}

let dbPromise: Promise<Db> | null = null;

/** The shared connection of this page, opened on first use and reopened after it was closed. */
export function getDb(): Promise<Db> {
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
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending.catch(() => null))?.close();
}

interface Validator<T> {
  parse(value: unknown): T;
}

/**
 * The validated record, with the fields the model does not know kept as they
 * were: a newer version of the extension may have added them (this page can
 * outlive an upgrade), and validation would drop them.
 */
function keepUnknownFields<T extends object>(record: object, valid: T): T {
  return { ...record, ...valid };
}

type KeyedStore = Exclude<StoreName, 'settings'>;

/** Validated reads and strict writes for one object store with in-line keys. */
function repository<S extends KeyedStore>(store: S, schema: Validator<ReviewDb[S]['value']>) {
  type T = ReviewDb[S]['value'];
  return {
    async get(key: string): Promise<T | undefined> {
      return (await getDb()).get(store, key);
    },
    async all(): Promise<T[]> {
      return (await getDb()).getAll(store);
    },
    /** Validates and stores a record; stamps `updatedAt`. */
    async put(record: T): Promise<T> {
      const valid = keepUnknownFields(record, schema.parse({ ...record, updatedAt: Date.now() }));
      const db = await getDb();
      const tx = db.transaction(store, 'readwrite', STRICT);
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
    async update(key: string, patch: Partial<T>, createWith?: T): Promise<T | undefined> {
      const db = await getDb();
      const tx = db.transaction(store, 'readwrite', STRICT);
      const current = (await tx.store.get(key)) ?? createWith;
      if (!current) {
        await tx.done;
        return undefined;
      }
      const next = { ...current, ...patch, updatedAt: Date.now() };
      // Fields the patch clears (set to undefined) are removed, not stored as undefined.
      for (const [field, value] of Object.entries(patch)) if (value === undefined) delete (next as Record<string, unknown>)[field];
      let valid: T;
      try {
        valid = keepUnknownFields(next, schema.parse(next));
      } catch (error) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw error;
      }
      await Promise.all([tx.store.put(valid), tx.done]);
      notifyDataChanged([store]);
      return valid;
    },
    async delete(key: string): Promise<void> {
      const db = await getDb();
      const tx = db.transaction(store, 'readwrite', STRICT);
      await Promise.all([tx.store.delete(key), tx.done]);
      notifyDataChanged([store]);
    },
  };
}

export const cycles = {
  ...repository('cycles', Cycle),
  /** One person's cycles (`ME` for mine), newest first, read through the `byPerson` index. */
  async listByPerson(personId: string = ME): Promise<Cycle[]> {
    const list = await (await getDb()).getAllFromIndex('cycles', 'byPerson', personId);
    return list.sort((a, b) => b.createdAt - a.createdAt);
  },
};
export const people = {
  ...repository('people', Person),
  /** Everyone I review, by name. */
  async list(): Promise<Person[]> {
    return sortPeople(await (await getDb()).getAll('people'));
  },
};
export const reviewTargets = repository('reviewTargets', ReviewTarget);

/** People in the order the user reads them: by name, accents and case aside. */
export function sortPeople(list: Person[]): Person[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.createdAt - b.createdAt);
}

/** The id of a person's current cycle as the settings remember it. */
export function currentCycleIdOf(settings: Settings, personId: string = ME): string | undefined {
  return personId === ME ? settings.currentCycleId : settings.currentCycles?.[personId];
}

/** The settings with `cycleId` as the person's current cycle. */
function withCurrentCycle(settings: Settings, personId: string, cycleId: string, now = Date.now()): Settings {
  return personId === ME
    ? { ...settings, currentCycleId: cycleId, updatedAt: now }
    : { ...settings, currentCycles: { ...settings.currentCycles, [personId]: cycleId }, updatedAt: now };
}
export const questions = repository('questions', Question);
export const outcomes = repository('outcomes', Outcome);
export const siteRules = repository('siteRules', SiteRule);

export const goals = {
  ...repository('goals', Goal),
  async listByCycle(cycleId: string): Promise<Goal[]> {
    const list = await (await getDb()).getAllFromIndex('goals', 'byCycle', cycleId);
    return list.sort(byCreation);
  },
};

const notesOfCycle = (cycleId: string) => IDBKeyRange.bound([cycleId, 0], [cycleId, Number.MAX_SAFE_INTEGER]);
type NotesByCycleIndex = IDBPIndex<ReviewDb, ArrayLike<StoreNames<ReviewDb>>, 'notes', 'byCycleUpdated'>;

/** Notes of a cycle from the index, most recently changed first; the newest `limit` only when given. */
async function newestNotes(index: NotesByCycleIndex, cycleId: string, limit?: number): Promise<Note[]> {
  const range = notesOfCycle(cycleId);
  if (limit === undefined) return (await index.getAll(range)).reverse();
  // One request where the browser reads an index backwards in bulk
  // (`getAllRecords`, IndexedDB 3.0); a cursor, one round trip per note, elsewhere.
  const bulk = index as unknown as {
    getAllRecords?: (options: { query: IDBKeyRange; count: number; direction: IDBCursorDirection }) => Promise<{ value: Note }[]>;
  };
  if (typeof bulk.getAllRecords === 'function') {
    return (await bulk.getAllRecords({ query: range, count: limit, direction: 'prev' })).map((record) => record.value);
  }
  const newest: Note[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && newest.length < limit) {
    newest.push(cursor.value);
    cursor = await cursor.continue();
  }
  return newest;
}

export const notes = {
  ...repository('notes', Note),
  async listByCycle(cycleId: string, limit?: number): Promise<Note[]> {
    const tx = (await getDb()).transaction('notes');
    return newestNotes(tx.store.index('byCycleUpdated'), cycleId, limit);
  },
  /**
   * Stores a new note and deletes the popup's draft it was typed in, in one
   * transaction: the draft goes only when the note is durably saved. When
   * the write fails (a full disk fails at commit), neither happens and the
   * draft is still there the next time the popup opens.
   */
  async putAndForgetDraft(record: Note): Promise<Note> {
    const valid = Note.parse({ ...record, updatedAt: Date.now() });
    const db = await getDb();
    const tx = db.transaction(['notes', 'settings'], 'readwrite', STRICT);
    await commit(tx, () => [tx.objectStore('notes').put(valid), tx.objectStore('settings').delete(DRAFT_KEY)]);
    notifyDataChanged(['notes']);
    return valid;
  },
};

/**
 * Runs a transaction's writes and waits for its commit. On any failure the
 * whole transaction is undone, and the error is the transaction's own when
 * it has one (a full disk is reported at commit as the transaction's error,
 * while its requests only say "aborted").
 */
async function commit(tx: { done: Promise<void>; error: DOMException | null; abort(): void }, writes: () => Promise<unknown>[]): Promise<void> {
  try {
    await Promise.all([...writes(), tx.done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished (aborted by the browser).
    }
    await tx.done.catch(() => undefined);
    throw tx.error ?? error;
  }
}

/**
 * Reads the settings; fields that fail validation (an older or damaged
 * record) fall back to their defaults instead of breaking every page.
 */
export async function getSettings(): Promise<Settings> {
  const stored = await (await getDb()).get('settings', SETTINGS_KEY);
  return repairSettings(stored);
}

export function repairSettings(stored: unknown): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, value] of Object.entries(stored)) {
      // Only the model's own fields (the optional ones have no default).
      if (!Object.hasOwn(Settings.shape, key)) continue;
      const candidate = { ...merged, [key]: value };
      if (Settings.safeParse(candidate).success) merged[key] = value;
    }
  }
  return Settings.parse(merged);
}

export async function updateSettings(patch: Partial<Omit<Settings, 'updatedAt'>>): Promise<Settings> {
  const db = await getDb();
  const tx = db.transaction('settings', 'readwrite', STRICT);
  const next = Settings.parse({ ...repairSettings(await tx.store.get(SETTINGS_KEY)), ...patch, updatedAt: Date.now() });
  await Promise.all([tx.store.put(next, SETTINGS_KEY), tx.done]);
  notifyDataChanged(['settings']);
  return next;
}

/**
 * The cycle being prepared, mine (`ME`) or a person's. Creates "<year>" on
 * first use. Runs in one transaction over cycles and settings, so two pages
 * opening at once never create two cycles.
 */
export async function ensureCurrentCycle(now = new Date(), personId: string = ME): Promise<Cycle> {
  const db = await getDb();
  // Fast path, read only: the current cycle exists (every call after the first).
  const read = db.transaction(['cycles', 'settings']);
  const currentId = currentCycleIdOf(repairSettings(await read.objectStore('settings').get(SETTINGS_KEY)), personId);
  const current = currentId ? await read.objectStore('cycles').get(currentId) : undefined;
  if (current && personOf(current) === personId) return current;

  const tx = db.transaction(['cycles', 'settings', 'people'], 'readwrite', STRICT);
  const cycleStore = tx.objectStore('cycles');
  const settingsStore = tx.objectStore('settings');
  // A person deleted meanwhile (another page) gets no new cycle: it would belong to no one.
  if (personId !== ME && !(await tx.objectStore('people').get(personId))) {
    await tx.done;
    throw new Error('No such person');
  }
  const settings = repairSettings(await settingsStore.get(SETTINGS_KEY));
  const rememberedId = currentCycleIdOf(settings, personId);
  let cycle = rememberedId ? await cycleStore.get(rememberedId) : undefined;
  if (cycle && personOf(cycle) !== personId) cycle = undefined;
  let created = false;
  if (!cycle) {
    const own = await cycleStore.index('byPerson').getAll(personId);
    cycle = own.filter((c) => c.status === 'preparing').sort((a, b) => b.createdAt - a.createdAt)[0];
  }
  if (!cycle) {
    const time = now.getTime();
    cycle = Cycle.parse({
      id: newId('cycle'),
      personId,
      label: String(now.getFullYear()),
      status: 'preparing',
      createdAt: time,
      updatedAt: time,
    });
    await cycleStore.put(cycle);
    created = true;
  }
  if (rememberedId !== cycle.id) {
    await settingsStore.put(withCurrentCycle(settings, personId, cycle.id), SETTINGS_KEY);
  }
  await tx.done;
  if (created) notifyDataChanged(['cycles', 'settings']);
  return cycle;
}

export type NoteInput = Pick<Note, 'part' | 'text'> & Partial<Pick<Note, 'goalId' | 'happenedOn'>>;

/** Adds a note; `fromDraft`: typed in the popup, whose draft is deleted in the same transaction. */
export async function addNote(cycleId: string, input: NoteInput, { fromDraft = false } = {}): Promise<Note> {
  const now = Date.now();
  const record = { id: newId('note'), cycleId, ...input, text: input.text.trim(), createdAt: now, updatedAt: now };
  return fromDraft ? notes.putAndForgetDraft(record) : notes.put(record);
}

export type GoalInput = Omit<Goal, 'id' | 'cycleId' | 'createdAt' | 'updatedAt' | 'source' | 'keyResults'> &
  Partial<Pick<Goal, 'keyResults' | 'source'>>;

export async function addGoal(cycleId: string, input: GoalInput): Promise<Goal> {
  const now = Date.now();
  return goals.put({
    keyResults: [],
    source: {},
    ...input,
    id: newId('goal'),
    cycleId,
    createdAt: now,
    updatedAt: now,
  });
}

export interface ReviewData {
  cycle: Cycle;
  goals: Goal[];
  /**
   * Newest first; only the newest `notesLimit` when a limit was asked (and
   * then, when asked for, the pinned notes it left out, after them).
   */
  notes: Note[];
  /**
   * How many notes the cycle has; absent when a limit left some out (counting
   * 5,000 notes would slow the first paint: the full load counts them).
   */
  notesTotal?: number;
  questions: Question[];
  language?: string;
  /** Ids of the goals and notes the user pinned, newest pin first. */
  pinned: string[];
  /** The cycle before this one with its goals: "what changed since the last review". */
  previous?: { cycle: Cycle; goals: Goal[] };
}

/** The cycle of the same person created last before `cycle`, if any. */
function previousCycle(all: Cycle[], cycle: Cycle): Cycle | undefined {
  return all
    .filter((other) => other.createdAt < cycle.createdAt && personOf(other) === personOf(cycle))
    .sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** Questions for my manager (`ME`) or to ask one person. */
export function questionsOf(list: Question[], personId: string = ME): Question[] {
  return list.filter((question) => personOf(question) === personId);
}

/**
 * The current cycle of one person (mine by default) with its goals (oldest
 * first) and notes (newest first), read in one transaction: this is what the
 * sidebar waits for on every page. Another person's records are never read:
 * settings → that person's current cycle id → goals `byCycle`, the newest
 * notes from `byCycleUpdated`, earlier cycles from cycles `byPerson`.
 */
export async function loadReviewData(
  notesLimit?: number,
  /**
   * `pinnedNotes`: with a limit, add the pinned notes it left out (the sidebar shows them first).
   * `personId`: whose preparation (`ME` when absent).
   */
  options: { pinnedNotes?: boolean; personId?: string } = {},
): Promise<ReviewData> {
  const personId = options.personId ?? ME;
  const db = await getDb();
  const tx = db.transaction(['settings', 'cycles', 'goals', 'notes', 'questions']);
  const settings = repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
  const currentId = currentCycleIdOf(settings, personId);
  const stored = currentId ? await tx.objectStore('cycles').get(currentId) : undefined;
  const cycle = stored && personOf(stored) === personId ? stored : undefined;
  if (!cycle) {
    // First use: create the cycle (a write), then read again.
    await ensureCurrentCycle(new Date(), personId);
    return loadReviewData(notesLimit, options);
  }
  const notesIndex = tx.objectStore('notes').index('byCycleUpdated');
  const pinned = settings.pinned ?? [];
  const goalsIndex = tx.objectStore('goals').index('byCycle');
  const [goalList, noteList, questionList, cycleList] = await Promise.all([
    // In pages: an import of 10,000 goals must not make one long task here.
    cycleGoalsInPages(tx, cycle.id),
    // One more than asked: whether some were left out.
    newestNotes(notesIndex, cycle.id, notesLimit === undefined ? undefined : notesLimit + 1),
    tx.objectStore('questions').getAll(),
    tx.objectStore('cycles').index('byPerson').getAll(personId),
  ]);
  const notesLeftOut = notesLimit !== undefined && noteList.length > notesLimit;
  if (notesLeftOut) noteList.length = notesLimit;
  if (notesLeftOut && options.pinnedNotes && pinned.length) {
    // Pinned notes show first, even when older than the newest page.
    const loaded = new Set(noteList.map((note) => note.id));
    const extra = await Promise.all(pinned.filter((id) => !loaded.has(id)).map((id) => tx.objectStore('notes').get(id)));
    noteList.push(...extra.filter((note): note is Note => note?.cycleId === cycle.id));
  }
  const before = previousCycle(cycleList, cycle);
  const previousGoals = before ? await goalsIndex.getAll(before.id) : [];
  return {
    cycle,
    goals: goalList.sort(byCreation),
    notes: noteList,
    ...(notesLeftOut ? {} : { notesTotal: noteList.length }),
    questions: questionsOf(questionList, personId),
    language: settings.language,
    pinned,
    ...(before ? { previous: { cycle: before, goals: previousGoals.sort(byCreation) } } : {}),
  };
}

const byCreation = (a: { createdAt: number }, b: { createdAt: number }) => a.createdAt - b.createdAt;

/** The current cycle of one person and its goals: what the options page lists first. */
export interface CycleGoals {
  cycle: Cycle;
  /** Oldest first. */
  goals: Goal[];
}

/**
 * What public/options-start.js read before the page's modules ran, if it is
 * my current cycle and its goals as `loadCycleGoals()` would give them;
 * undefined otherwise (nothing found, another shape: the page reads again).
 */
export function firstGoalsOf(found: unknown): CycleGoals | undefined {
  if (!found || typeof found !== 'object') return undefined;
  const { settings, cycle, goals: goalList } = found as { settings?: unknown; cycle?: unknown; goals?: unknown };
  const currentId = currentCycleIdOf(repairSettings(settings));
  if (!currentId || !Array.isArray(goalList) || !cycle || typeof cycle !== 'object') return undefined;
  const current = cycle as Cycle;
  if (current.id !== currentId || personOf(current) !== ME) return undefined;
  return { cycle: current, goals: (goalList as Goal[]).filter((goal) => goal?.cycleId === currentId).sort(byCreation) };
}

/**
 * The current cycle of one person (mine by default) and its goals (oldest
 * first), in one read-only transaction over settings, cycles and goals: no
 * notes, questions or earlier cycles are read (the options page's first
 * paint waits for this). Creates the cycle on first use, as `loadReviewData`.
 */
export async function loadCycleGoals(personId: string = ME): Promise<CycleGoals> {
  const db = await getDb();
  const tx = db.transaction(['settings', 'cycles', 'goals']);
  const currentId = currentCycleIdOf(repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY)), personId);
  const stored = currentId ? await tx.objectStore('cycles').get(currentId) : undefined;
  if (!stored || personOf(stored) !== personId) {
    const cycle = await ensureCurrentCycle(new Date(), personId);
    const goalList = await (await getDb()).getAllFromIndex('goals', 'byCycle', cycle.id);
    return { cycle, goals: goalList.sort(byCreation) };
  }
  const goalList = await tx.objectStore('goals').index('byCycle').getAll(stored.id);
  return { cycle: stored, goals: goalList.sort(byCreation) };
}

/**
 * Pins a goal or note to the top of the sidebar, or unpins it. Read and
 * written in one transaction, so pins made in two sidebars at once both stay.
 */
export async function setPinned(id: string, pinned: boolean): Promise<string[]> {
  const db = await getDb();
  const tx = db.transaction('settings', 'readwrite', STRICT);
  const settings = repairSettings(await tx.store.get(SETTINGS_KEY));
  const others = (settings.pinned ?? []).filter((other) => other !== id);
  const next = (pinned ? [id, ...others] : others).slice(0, MAX_PINS);
  await Promise.all([tx.store.put({ ...settings, pinned: next, updatedAt: Date.now() }, SETTINGS_KEY), tx.done]);
  notifyDataChanged(['settings']);
  return next;
}

/** Goals still open at the end of a cycle: what "move unfinished goals" carries over. */
export const UNFINISHED_STATUSES: ReadonlySet<Goal['status']> = new Set(['not_started', 'on_track', 'at_risk', 'partly']);

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
export async function startCycle(
  label: string,
  moveUnfinishedFrom?: string,
  /** The previous cycle whose agreed objectives become the new cycle's goals. */
  fromOutcomeOf?: string,
  /** Whose cycle (`ME` by default); started from an interview, the person of that interview's cycle. */
  personId: string = ME,
): Promise<{ cycle: Cycle; moved: number; agreed: number; created: boolean }> {
  const now = Date.now();
  const db = await getDb();
  const tx = db.transaction(['cycles', 'goals', 'settings', 'outcomes'], 'readwrite', STRICT);
  const previous = fromOutcomeOf ? await tx.objectStore('cycles').get(fromOutcomeOf) : undefined;
  const owner = previous ? personOf(previous) : personId;
  const cycle = Cycle.parse({
    id: newId('cycle'),
    personId: owner,
    label: label.trim(),
    status: 'preparing',
    ...(fromOutcomeOf ? { startedFrom: fromOutcomeOf } : {}),
    createdAt: now,
    updatedAt: now,
  });
  const settings = repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
  if (fromOutcomeOf) {
    const started = (await tx.objectStore('cycles').index('byPerson').getAll(owner)).find((other) => other.startedFrom === fromOutcomeOf);
    if (started) {
      const makeCurrent = currentCycleIdOf(settings, owner) !== started.id;
      if (makeCurrent) await tx.objectStore('settings').put(withCurrentCycle(settings, owner, started.id, now), SETTINGS_KEY);
      await tx.done;
      if (makeCurrent) notifyDataChanged(['settings']);
      return { cycle: started, moved: 0, agreed: 0, created: false };
    }
  }
  const outcome = fromOutcomeOf ? await tx.objectStore('outcomes').get(fromOutcomeOf) : undefined;
  const agreed = (outcome?.agreedObjectives ?? []).map((title, index) =>
    Goal.parse({
      id: newId('goal'),
      cycleId: cycle.id,
      title,
      kind: 'qualitative',
      status: 'not_started',
      keyResults: [],
      source: {},
      createdAt: now + index,
      updatedAt: now,
    }),
  );
  const goalStore = tx.objectStore('goals');
  // Only from a cycle of the same person: one person's goals never move into another's review.
  const moveFrom = moveUnfinishedFrom ? await tx.objectStore('cycles').get(moveUnfinishedFrom) : undefined;
  const toMove = moveFrom && personOf(moveFrom) === owner
    ? (await goalStore.index('byCycle').getAll(moveFrom.id)).filter((goal) => UNFINISHED_STATUSES.has(goal.status))
    : [];
  await Promise.all([
    tx.objectStore('cycles').put(cycle),
    ...(previous ? [tx.objectStore('cycles').put({ ...previous, status: 'done' as const, updatedAt: now })] : []),
    ...toMove.map((goal) => goalStore.put({ ...goal, cycleId: cycle.id, updatedAt: now })),
    ...agreed.map((goal) => goalStore.put(goal)),
    ...(outcome && agreed.length ? [tx.objectStore('outcomes').put({ ...outcome, agreedGoalIds: agreed.map((goal) => goal.id), updatedAt: now })] : []),
    tx.objectStore('settings').put(withCurrentCycle(settings, owner, cycle.id, now), SETTINGS_KEY),
    tx.done,
  ]);
  notifyDataChanged(['cycles', 'goals', 'settings', 'outcomes']);
  return { cycle, moved: toMove.length, agreed: agreed.length, created: true };
}

/** Makes another existing cycle the current one of its person. */
export async function setCurrentCycle(cycleId: string): Promise<void> {
  const db = await getDb();
  const tx = db.transaction(['cycles', 'settings'], 'readwrite', STRICT);
  const cycle = await tx.objectStore('cycles').get(cycleId);
  if (!cycle) {
    await tx.done;
    throw new Error('No such cycle');
  }
  const settings = repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
  await Promise.all([tx.objectStore('settings').put(withCurrentCycle(settings, personOf(cycle), cycleId), SETTINGS_KEY), tx.done]);
  notifyDataChanged(['settings']);
}

/** What the user was typing in the popup when it closed: kept until saved. */
export interface NoteDraft {
  text: string;
  part: NotePart;
  goalId?: string;
  happenedOn?: string;
}
const DRAFT_KEY = 'popupDraft';

export async function loadDraft(): Promise<NoteDraft | undefined> {
  const raw = (await (await getDb()).get('settings', DRAFT_KEY)) as unknown;
  if (!raw || typeof raw !== 'object') return undefined;
  const { text, part, goalId, happenedOn } = raw as Record<string, unknown>;
  if (typeof text !== 'string' || !NotePart.safeParse(part).success) return undefined;
  return {
    text,
    part: part as NotePart,
    ...(typeof goalId === 'string' && goalId ? { goalId } : {}),
    ...(typeof happenedOn === 'string' && IsoDate.safeParse(happenedOn).success ? { happenedOn } : {}),
  };
}

export async function saveDraft(draft: NoteDraft | undefined): Promise<void> {
  const tx = (await getDb()).transaction('settings', 'readwrite');
  await Promise.all([draft && draft.text.trim() ? tx.store.put(draft as never, DRAFT_KEY) : tx.store.delete(DRAFT_KEY), tx.done]);
}
