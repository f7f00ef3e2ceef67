import { openDB } from 'idb';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v1 from '../fixtures/db/v1.json';
import v2 from '../fixtures/db/v2.json';
import v3 from '../fixtures/db/v3.json';
import {
  addGoal,
  addNote,
  closeDb,
  cycles,
  DB_NAME,
  DB_VERSION,
  ensureCurrentCycle,
  getDb,
  getSettings,
  goals,
  loadCycleGoals,
  loadDraft,
  loadReviewData,
  notes,
  onDataChanged,
  openReviewDb,
  repairSettings,
  saveDraft,
  setPinned,
  startCycle,
  updateSettings,
} from '@/utils/db';
import { MIGRATIONS } from '@/utils/db/migrations';
import { addPerson } from '@/utils/db/people';
import { Cycle, DEFAULT_SETTINGS, Goal, MAX_PINS, ME, Note } from '@/utils/model';
import { isQuotaExceeded } from '@/utils/storage';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const byJson = (records: unknown[]) => records.map((record) => JSON.stringify(record)).sort();
/** Records of an earlier version as version 4 keeps them: cycles and questions are "me"'s. */
const asMine = (store: string, records: unknown[]) =>
  store === 'cycles' || store === 'questions' ? records.map((record) => ({ ...(record as object), personId: ME })) : records;

/** Writes the v1 fixture as version 1 of the schema wrote it. */
async function createV1Database(name = DB_NAME) {
  const db = await openDB(name, 1, {
    upgrade(database, _old, _new, tx) {
      void MIGRATIONS[0]!.up(database as never, tx as never);
    },
  });
  const stores = v1.stores as Record<string, unknown[]>;
  for (const store of ['cycles', 'goals', 'notes'] as const) {
    for (const record of stores[store]!) await db.put(store as never, record as never);
  }
  for (const { key, value } of v1.stores.settings) await db.put('settings' as never, value as never, key as never);
  db.close();
}

describe('migrations', () => {
  it('are numbered 1..DB_VERSION without gaps', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      Array.from({ length: DB_VERSION }, (_, index) => index + 1),
    );
  });

  it('upgrade a version 1 database without losing data', async () => {
    await createV1Database();
    const db = await openReviewDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      ['cycles', 'goals', 'imports', 'mappings', 'notes', 'outcomes', 'people', 'questions', 'reviewTargets', 'settings', 'siteRules'].sort(),
    );
    expect(await db.count('cycles')).toBe(2);
    expect(await db.count('goals')).toBe(2);
    const upgraded = await db.getAll('notes');
    expect(upgraded).toHaveLength(2);
    for (const note of upgraded) {
      // Backfilled from createdAt, and every record is valid for the current model.
      expect(note.updatedAt).toBe(note.createdAt);
      expect(Note.safeParse(note).success).toBe(true);
    }
    for (const goal of await db.getAll('goals')) expect(Goal.safeParse(goal).success).toBe(true);
    const byUpdate = await db.getAllFromIndex('notes', 'byCycleUpdated', IDBKeyRange.bound(['cycle_2026', 0], ['cycle_2026', Infinity]));
    expect(byUpdate.map((note) => note.id)).toEqual(['note_1', 'note_2']);
    db.close();
  });

  it('upgrade a version 2 database without losing data', async () => {
    const old = await openDB(DB_NAME, 2, {
      upgrade(database, oldVersion, _new, tx) {
        for (const migration of MIGRATIONS.slice(0, 2)) if (migration.version > oldVersion) void migration.up(database as never, tx as never);
      },
    });
    const stores = v2.stores as Record<string, unknown[]>;
    for (const store of ['cycles', 'goals', 'notes', 'questions', 'outcomes', 'siteRules'] as const) {
      for (const record of stores[store]!) await old.put(store as never, record as never);
    }
    for (const { key, value } of v2.stores.settings) await old.put('settings' as never, value as never, key as never);
    old.close();

    const db = await openReviewDb();
    expect(db.version).toBe(DB_VERSION);
    for (const store of ['cycles', 'goals', 'notes', 'questions', 'outcomes', 'siteRules'] as const) {
      expect(byJson(await db.getAll(store)), store).toEqual(byJson(asMine(store, stores[store]!)));
    }
    expect(await db.count('imports')).toBe(0);
    expect(await db.count('mappings')).toBe(0);
    db.close();
  });

  it('upgrade a version 3 database without losing data: every record becomes mine', async () => {
    const old = await openDB(DB_NAME, 3, {
      upgrade(database, oldVersion, _new, tx) {
        for (const migration of MIGRATIONS.slice(0, 3)) if (migration.version > oldVersion) void migration.up(database as never, tx as never);
      },
    });
    const stores = v3.stores as Record<string, unknown[]>;
    const keyed = ['cycles', 'goals', 'notes', 'questions', 'outcomes', 'siteRules', 'imports', 'mappings'] as const;
    for (const store of keyed) for (const record of stores[store]!) await old.put(store as never, record as never);
    for (const { key, value } of v3.stores.settings) await old.put('settings' as never, value as never, key as never);
    old.close();

    const db = await openReviewDb();
    expect(db.version).toBe(DB_VERSION);
    for (const store of keyed) expect(byJson(await db.getAll(store)), store).toEqual(byJson(asMine(store, stores[store]!)));
    for (const cycle of await db.getAll('cycles')) expect(Cycle.safeParse(cycle).success).toBe(true);
    expect((await db.getAllFromIndex('cycles', 'byPerson', ME)).map((cycle) => cycle.id).sort()).toEqual(['cycle_2025', 'cycle_2026']);
    expect(await db.count('people')).toBe(0);
    expect(await db.count('reviewTargets')).toBe(0);
    db.close();

    // Nothing changes for the user: the same current cycle, goals, notes and questions.
    const data = await loadReviewData();
    expect(data.cycle.id).toBe('cycle_2026');
    expect(data.goals.map((goal) => goal.id)).toEqual(['goal_revenue', 'goal_mentoring', 'goal_imported']);
    expect(data.questions.map((question) => question.id)).toEqual(['q_custom_1']);
  });

  it('keep the current cycle of a version 1 database', async () => {
    await createV1Database();
    const data = await loadReviewData();
    expect(data.cycle.id).toBe('cycle_2026');
    expect(data.goals.map((goal) => goal.title)).toEqual(['Grow recurring revenue', 'Mentor new colleagues']);
    expect(data.notes.map((note) => note.id)).toEqual(['note_2', 'note_1']);
  });

  it('abort the upgrade and keep version 1 intact when a migration fails', async () => {
    await createV1Database();
    const migration = MIGRATIONS[1]!;
    const original = migration.up;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    (migration as { up: typeof original }).up = async () => {
      throw new Error('boom');
    };
    try {
      await expect(openReviewDb()).rejects.toThrow();
    } finally {
      (migration as { up: typeof original }).up = original;
      spy.mockRestore();
    }
    const old = await openDB(DB_NAME);
    expect(old.version).toBe(1);
    expect(await old.count('notes' as never)).toBe(2);
    old.close();
  });

  it('never hangs an upgrade because another page keeps the database open', async () => {
    const first = await openReviewDb('blocking-test');
    let closedByUs = false;
    const older = await openReviewDb('blocking-test', () => (closedByUs = true));
    first.close();
    // A newer version opening while `older` is still open: older closes itself on `blocking`.
    const newer = await openDB('blocking-test', DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(closedByUs).toBe(true);
    newer.close();
    older.close();
  });
});

describe('repositories', () => {
  it('create one current cycle even when asked concurrently', async () => {
    const [a, b, c] = await Promise.all([ensureCurrentCycle(), ensureCurrentCycle(), ensureCurrentCycle()]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(await cycles.all()).toHaveLength(1);
    expect((await getSettings()).currentCycleId).toBe(a.id);
  });

  it('store notes of a cycle, newest change first, and validate them', async () => {
    const cycle = await ensureCurrentCycle();
    const first = await addNote(cycle.id, { part: 'successes', text: '  Shipped the release  ' });
    expect(first.text).toBe('Shipped the release');
    await new Promise((resolve) => setTimeout(resolve, 2));
    const second = await addNote(cycle.id, { part: 'training', text: 'Need a course on negotiation' });
    expect((await notes.listByCycle(cycle.id)).map((note) => note.id)).toEqual([second.id, first.id]);
    await expect(addNote(cycle.id, { part: 'successes', text: '   ' })).rejects.toThrow();
    await expect(addNote(cycle.id, { part: 'bogus' as never, text: 'x' })).rejects.toThrow();
    expect(await notes.listByCycle(cycle.id)).toHaveLength(2);
  });

  it('update, delete and restore goals', async () => {
    const cycle = await ensureCurrentCycle();
    const goal = await addGoal(cycle.id, { title: 'Cut cloud costs', kind: 'quantitative', target: 80, status: 'on_track' });
    await goals.put({ ...goal, actual: 75 });
    expect((await goals.get(goal.id))?.actual).toBe(75);
    await goals.delete(goal.id);
    expect(await goals.listByCycle(cycle.id)).toEqual([]);
    await goals.put(goal);
    expect((await goals.listByCycle(cycle.id)).map((g) => g.id)).toEqual([goal.id]);
    await expect(goals.put({ ...goal, target: Number.NaN })).rejects.toThrow();
  });

  it('tell listeners which stores changed, in this page and to other pages', async () => {
    const cycle = await ensureCurrentCycle();
    const seen: string[][] = [];
    const stop = onDataChanged((stores) => seen.push(stores));
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await addNote(cycle.id, { part: 'other', text: 'x' });
    stop();
    await addNote(cycle.id, { part: 'other', text: 'y' });
    expect(seen[0]).toEqual(['notes']);
    expect(sent).toHaveBeenCalledWith({ type: 'data-changed', stores: ['notes'] });
    // The notice carries no data.
    expect(JSON.stringify(sent.mock.calls)).not.toContain('"x"');
  });
});

describe('settings', () => {
  it('default, update and repair damaged fields', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const updated = await updateSettings({ sidebarSide: 'left' });
    expect(updated.sidebarSide).toBe('left');
    expect((await getSettings()).sidebarSide).toBe('left');
    const repaired = repairSettings({ sidebarSide: 'top', sidebarWidth: 9999, autoOpen: false, language: 'nl', junk: 1 });
    expect(repaired).toEqual({ ...DEFAULT_SETTINGS, autoOpen: false, language: 'nl' });
    expect(repairSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
});

describe('cycles', () => {
  it('start a new cycle, move only the unfinished goals, and switch back', async () => {
    const { startCycle, setCurrentCycle } = await import('@/utils/db');
    const first = await ensureCurrentCycle();
    const open = await addGoal(first.id, { title: 'Still running', kind: 'qualitative', status: 'on_track' });
    const done = await addGoal(first.id, { title: 'Finished', kind: 'qualitative', status: 'achieved' });
    const { cycle, moved } = await startCycle(' 2027 ', first.id);
    expect(moved).toBe(1);
    expect(cycle.label).toBe('2027');
    expect((await ensureCurrentCycle()).id).toBe(cycle.id);
    expect((await goals.listByCycle(cycle.id)).map((goal) => goal.id)).toEqual([open.id]);
    expect((await goals.listByCycle(first.id)).map((goal) => goal.id)).toEqual([done.id]);
    await setCurrentCycle(first.id);
    expect((await loadReviewData()).cycle.id).toBe(first.id);
    await expect(setCurrentCycle('nope')).rejects.toThrow();
    await expect(startCycle('   ')).rejects.toThrow();
  });
});

describe('after the interview', () => {
  it('starts the next cycle with the objectives agreed in the interview as its goals', async () => {
    const { startCycle, outcomes } = await import('@/utils/db');
    const first = await ensureCurrentCycle();
    const now = Date.now();
    await outcomes.put({
      cycleId: first.id,
      heldOn: '2026-12-10',
      reportReceived: true,
      agreedObjectives: ['Lead the data platform migration', 'Mentor two juniors'],
      agreedGoalIds: [],
      createdAt: now,
      updatedAt: now,
    });
    const { cycle, agreed } = await startCycle('2027', undefined, first.id);
    expect(agreed).toBe(2);
    const next = await goals.listByCycle(cycle.id);
    expect(next.map((goal) => [goal.title, goal.status])).toEqual([
      ['Lead the data platform migration', 'not_started'],
      ['Mentor two juniors', 'not_started'],
    ]);
    expect((await outcomes.get(first.id))?.agreedGoalIds).toEqual(next.map((goal) => goal.id));
    const { cycles } = await import('@/utils/db');
    expect((await cycles.get(first.id))?.status).toBe('done');
  });
});

describe('starting the next cycle twice', () => {
  it('(a double click, a second window) creates one cycle and its agreed goals once', async () => {
    const { startCycle, outcomes } = await import('@/utils/db');
    const first = await ensureCurrentCycle();
    await addGoal(first.id, { title: 'Still running', kind: 'qualitative', status: 'on_track' });
    const now = Date.now();
    await outcomes.put({ cycleId: first.id, agreedObjectives: ['Lead the migration', 'Mentor two juniors'], agreedGoalIds: [], createdAt: now, updatedAt: now });

    const [one, two] = await Promise.all([startCycle('2027', first.id, first.id), startCycle('2027', first.id, first.id)]);
    expect(two.cycle.id).toBe(one.cycle.id);
    expect([one.created, two.created].sort()).toEqual([false, true]);
    expect((await cycles.all()).map((cycle) => cycle.id).sort()).toEqual([first.id, one.cycle.id].sort());
    const next = await goals.listByCycle(one.cycle.id);
    expect(next.map((goal) => goal.title).sort()).toEqual(['Lead the migration', 'Mentor two juniors', 'Still running']);
    expect((await outcomes.get(first.id))?.agreedGoalIds.sort()).toEqual(next.filter((goal) => goal.title !== 'Still running').map((goal) => goal.id).sort());
    expect((await ensureCurrentCycle()).id).toBe(one.cycle.id);

    // Later, once more from the same cycle: the same next cycle, nothing new.
    const again = await startCycle('2027 bis', undefined, first.id);
    expect(again).toMatchObject({ cycle: { id: one.cycle.id }, created: false, agreed: 0, moved: 0 });
    expect(await cycles.all()).toHaveLength(2);
    expect(await goals.listByCycle(one.cycle.id)).toHaveLength(3);
  });
});

describe('a page that outlives an upgrade to a newer version', () => {
  it('closes its connection for the upgrade, then works on with the newer database, keeping fields it does not know', async () => {
    const cycle = await ensureCurrentCycle();
    const note = await addNote(cycle.id, { part: 'successes', text: 'Shipped the release' });
    const started = Date.now();
    // A newer version of the extension upgrades: it adds a store and a field.
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      async upgrade(database, _old, _new, tx) {
        database.createObjectStore('future');
        const stored = await tx.objectStore('notes').get(note.id);
        await tx.objectStore('notes').put({ ...stored, mood: 'proud' });
      },
    });
    expect(Date.now() - started).toBeLessThan(1_000); // not blocked by this page's connection
    newer.close();

    await notes.update(note.id, { text: 'Shipped the release on time' });
    await addNote(cycle.id, { part: 'training', text: 'Ask for the course' });
    expect((await getDb()).version).toBe(DB_VERSION + 1);
    expect(await notes.get(note.id)).toMatchObject({ text: 'Shipped the release on time', mood: 'proud' });
    expect((await notes.listByCycle(cycle.id)).map((each) => each.text).sort()).toEqual(['Ask for the course', 'Shipped the release on time']);
  });

  it('is refused a newer database that lacks a store it uses', async () => {
    await (await getDb()).put('settings', DEFAULT_SETTINGS, 'settings');
    await closeDb();
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(database) {
        database.deleteObjectStore('questions');
      },
    });
    newer.close();
    await expect(getDb()).rejects.toMatchObject({ name: 'VersionError' });
  });
});

describe('a note typed in the popup', () => {
  it('is stored and its draft deleted in one write: a commit that fails for a full disk keeps the draft', async () => {
    const cycle = await ensureCurrentCycle();
    await saveDraft({ text: 'Closed the Q3 deal', part: 'successes' });
    // A full disk fails the commit, after every request succeeded: the browser
    // undoes the whole transaction (fake-indexeddb's own abort stands for it).
    const remove = IDBObjectStore.prototype.delete;
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['delete']>) {
      const request = remove.apply(this, args);
      const transaction = this.transaction as unknown as { _abort(error: string): void };
      if (this.name === 'settings') request.addEventListener('success', () => transaction._abort('QuotaExceededError'));
      return request;
    });
    const failure: unknown = await addNote(cycle.id, { part: 'successes', text: 'Closed the Q3 deal' }, { fromDraft: true }).catch((error: unknown) => error);
    expect(isQuotaExceeded(failure)).toBe(true);
    vi.restoreAllMocks();
    expect(await loadDraft()).toEqual({ text: 'Closed the Q3 deal', part: 'successes' });
    expect(await notes.listByCycle(cycle.id)).toEqual([]);

    const saved = await addNote(cycle.id, { part: 'successes', text: 'Closed the Q3 deal' }, { fromDraft: true });
    expect((await notes.listByCycle(cycle.id)).map((note) => note.id)).toEqual([saved.id]);
    expect(await loadDraft()).toBeUndefined();
  });
});

describe('edits in two places', () => {
  it('keep each other: the last writer wins per field, not per record', async () => {
    const cycle = await ensureCurrentCycle();
    const goal = await addGoal(cycle.id, { title: 'Grow revenue', kind: 'quantitative', target: 150, actual: 100, status: 'on_track' });
    // Two windows opened the same goal; one changes the actual, the other the status.
    await goals.update(goal.id, { actual: 120 });
    await goals.update(goal.id, { status: 'achieved' });
    const stored = await goals.get(goal.id);
    expect(stored).toMatchObject({ actual: 120, status: 'achieved', target: 150 });
    expect(stored!.updatedAt).toBeGreaterThanOrEqual(goal.updatedAt);
    // A field the patch clears is removed; an invalid patch changes nothing; a deleted record is reported.
    await goals.update(goal.id, { target: undefined });
    expect(await goals.get(goal.id)).not.toHaveProperty('target');
    await expect(goals.update(goal.id, { title: '' })).rejects.toThrow();
    expect((await goals.get(goal.id))?.title).toBe('Grow revenue');
    await goals.delete(goal.id);
    await expect(goals.update(goal.id, { actual: 1 })).resolves.toBeUndefined();
  });

  it('a goal form writes only the fields it changed', async () => {
    const { changedFields } = await import('@/entrypoints/options/GoalForm');
    const cycle = await ensureCurrentCycle();
    const goal = await addGoal(cycle.id, { title: 'Cut costs', kind: 'quantitative', target: 80, unit: 'k€', status: 'on_track' });
    expect(changedFields(goal, { ...goal, status: 'achieved' })).toEqual({ status: 'achieved' });
    const { unit: _unit, ...withoutUnit } = goal;
    expect(changedFields(goal, withoutUnit)).toEqual({ unit: undefined });
    expect(changedFields(goal, goal)).toEqual({});
  });
});

/** Stores a note with the `updatedAt` it has (the repository stamps the current time). */
async function putAsIs(note: Note): Promise<void> {
  await (await getDb()).put('notes', note);
}

describe('pins', () => {
  it('pin newest first, unpin, never twice, and at most MAX_PINS', async () => {
    await expect(setPinned('a', true)).resolves.toEqual(['a']);
    await expect(setPinned('b', true)).resolves.toEqual(['b', 'a']);
    await expect(setPinned('a', true)).resolves.toEqual(['a', 'b']);
    await expect(setPinned('b', false)).resolves.toEqual(['a']);
    expect((await getSettings()).pinned).toEqual(['a']);
    for (let index = 0; index < MAX_PINS + 5; index++) await setPinned(`n${index}`, true);
    const pinned = (await getSettings()).pinned!;
    expect(pinned).toHaveLength(MAX_PINS);
    expect(pinned[0]).toBe(`n${MAX_PINS + 4}`);
  });

  it('keep both of two pins made at once', async () => {
    await Promise.all([setPinned('a', true), setPinned('b', true)]);
    expect(new Set((await getSettings()).pinned)).toEqual(new Set(['a', 'b']));
  });

  it('bring an old pinned note along with the newest page, but not one of another cycle', async () => {
    const cycle = await ensureCurrentCycle();
    const old = await addNote(cycle.id, { part: 'successes', text: 'Old but pinned' });
    for (let index = 0; index < 5; index++) await putAsIs({ ...old, id: `newer${index}`, text: `Newer ${index}`, updatedAt: old.updatedAt + 1 + index });
    const foreign = await notes.put({ ...old, id: 'foreign', cycleId: 'another' });
    await setPinned(old.id, true);
    await setPinned(foreign.id, true);
    const data = await loadReviewData(3, { pinnedNotes: true });
    expect(data.pinned).toEqual(['foreign', old.id]);
    expect(data.notes.map((note) => note.text)).toEqual(['Newer 4', 'Newer 3', 'Newer 2', 'Old but pinned']);
    // The popup's latest notes are the latest only.
    expect((await loadReviewData(3)).notes.map((note) => note.text)).toEqual(['Newer 4', 'Newer 3', 'Newer 2']);
    // Some were left out: the total comes with the full load.
    expect(data.notesTotal).toBeUndefined();
    expect((await loadReviewData()).notesTotal).toBe(6);
    expect((await loadReviewData(6)).notesTotal).toBe(6);
  });
});

describe('the newest notes', () => {
  it('are the same from a bulk backwards read and from a cursor (browsers without getAllRecords)', async () => {
    const cycle = await ensureCurrentCycle();
    const first = await addNote(cycle.id, { part: 'successes', text: 'Note 0' });
    for (let index = 1; index < 8; index++) await putAsIs({ ...first, id: `note${index}`, text: `Note ${index}`, updatedAt: first.updatedAt + index });
    const bulk = await loadReviewData(3);
    const prototype = IDBIndex.prototype as { getAllRecords?: unknown };
    const getAllRecords = prototype.getAllRecords;
    expect(typeof getAllRecords).toBe('function');
    delete prototype.getAllRecords;
    try {
      const cursor = await loadReviewData(3);
      expect(cursor.notes.map((note) => note.text)).toEqual(['Note 7', 'Note 6', 'Note 5']);
      expect(cursor.notes).toEqual(bulk.notes);
      expect(cursor.notesTotal).toBeUndefined();
      expect((await loadReviewData(8)).notesTotal).toBe(8);
    } finally {
      prototype.getAllRecords = getAllRecords;
    }
  });
});

describe('the cycle before', () => {
  it('comes with the review data, with its goals', async () => {
    expect((await loadReviewData()).previous).toBeUndefined();
    const first = await ensureCurrentCycle();
    await addGoal(first.id, { title: 'Grow revenue', kind: 'quantitative', status: 'partly' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    const { cycle: second } = await startCycle('Review next');
    const data = await loadReviewData();
    expect(data.cycle.id).toBe(second.id);
    expect(data.previous?.cycle.id).toBe(first.id);
    expect(data.previous?.goals.map((goal) => goal.title)).toEqual(['Grow revenue']);
  });
});

describe('the options page’s first read', () => {
  it('is the current cycle and its goals, oldest first, of one person only, the cycle created on first use', async () => {
    const first = await loadCycleGoals();
    expect(first.goals).toEqual([]);
    expect(first.cycle.id).toBe((await ensureCurrentCycle()).id);
    await addGoal(first.cycle.id, { title: 'Older', kind: 'qualitative', status: 'on_track' });
    await new Promise((done) => setTimeout(done, 5)); // created a moment later
    await addGoal(first.cycle.id, { title: 'Newer', kind: 'quantitative', target: 10, status: 'at_risk' });
    await addNote(first.cycle.id, { part: 'results', text: 'A note is not a goal' });
    const person = await addPerson({ name: 'Jane Doe' });
    const theirs = await loadCycleGoals(person.id);
    expect(theirs.cycle.personId).toBe(person.id);
    await addGoal(theirs.cycle.id, { title: 'Hers', kind: 'qualitative', status: 'on_track' });

    const mine = await loadCycleGoals();
    expect(mine.goals.map((goal) => goal.title)).toEqual(['Older', 'Newer']);
    expect((await loadCycleGoals(person.id)).goals.map((goal) => goal.title)).toEqual(['Hers']);
    // The same cycle and goals as the full read gives.
    const full = await loadReviewData();
    expect(mine).toEqual({ cycle: full.cycle, goals: full.goals });
  });
});
