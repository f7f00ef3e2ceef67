/**
 * public/options-start.js reads my goals while the options page's modules
 * load; checked here against the real database code (fake-indexeddb): the
 * same cycle and goals as loadCycleGoals(), nothing created where there is no
 * database yet, and nothing but my current cycle accepted.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addGoal, closeDb, DB_NAME, ensureCurrentCycle, firstGoalsOf, loadCycleGoals, updateSettings } from '@/utils/db';
import { addPerson } from '@/utils/db/people';

const startScript = readFileSync(resolve(import.meta.dirname, '../../public/options-start.js'), 'utf8');

/** Runs the start script as the page would, and returns what it read. */
function runStartScript(): Promise<unknown> {
  new Function(startScript)();
  return (globalThis as { reviewCompanionFirstGoals?: Promise<unknown> }).reviewCompanionFirstGoals!;
}

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  delete (globalThis as { reviewCompanionFirstGoals?: unknown }).reviewCompanionFirstGoals;
});

describe('the options page’s first read (options-start.js)', () => {
  it('finds my current cycle and its goals, as loadCycleGoals() does', async () => {
    const cycle = await ensureCurrentCycle();
    await addGoal(cycle.id, { title: 'Cut cloud costs', kind: 'quantitative', target: 80, status: 'on_track' });
    await new Promise((done) => setTimeout(done, 5));
    await addGoal(cycle.id, { title: 'Mentor two juniors', kind: 'qualitative', status: 'at_risk' });
    const person = await addPerson({ name: 'Jane Doe' });
    const hers = await ensureCurrentCycle(new Date(), person.id);
    await addGoal(hers.id, { title: 'Not mine', kind: 'qualitative', status: 'on_track' });

    const found = firstGoalsOf(await runStartScript());
    expect(found).toEqual(await loadCycleGoals());
    expect(found?.goals.map((goal) => goal.title)).toEqual(['Cut cloud costs', 'Mentor two juniors']);
  });

  it('creates no database where there is none: the page creates it with every migration', async () => {
    await expect(runStartScript()).rejects.toBeTruthy();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(DB_NAME);
    // The page's own read then works on a complete database.
    const { cycle, goals } = await loadCycleGoals();
    expect(goals).toEqual([]);
    await addGoal(cycle.id, { title: 'First goal', kind: 'qualitative', status: 'not_started' });
    expect((await loadCycleGoals()).goals).toHaveLength(1);
  });

  it('finds nothing usable before a first cycle exists (the page reads again and creates it)', async () => {
    await updateSettings({ language: 'nl' });
    expect(firstGoalsOf(await runStartScript())).toBeUndefined();
  });

  it('closes its connection: an upgrade that comes later is not held up', async () => {
    await ensureCurrentCycle();
    await closeDb();
    await runStartScript();
    const upgraded = await new Promise<number>((done, fail) => {
      const request = indexedDB.open(DB_NAME, 999);
      request.onblocked = () => fail(new Error('blocked by an open connection'));
      request.onsuccess = () => {
        request.result.close();
        done(request.result.version);
      };
      request.onerror = () => fail(request.error);
    });
    expect(upgraded).toBe(999);
  });

  it('accepts only my current cycle and its goals', async () => {
    const settings = { currentCycleId: 'cycle_a' };
    const cycle = { id: 'cycle_a', label: '2026', status: 'preparing', createdAt: 1, updatedAt: 1 };
    const goal = (id: string, cycleId: string, createdAt: number) => ({ id, cycleId, title: id, createdAt });
    expect(firstGoalsOf({ settings, cycle, goals: [goal('later', 'cycle_a', 2), goal('earlier', 'cycle_a', 1), goal('stray', 'cycle_b', 0)] })?.goals.map((g) => g.id)).toEqual([
      'earlier',
      'later',
    ]);
    // Another cycle than the current one, someone else's, nothing read, not an object.
    expect(firstGoalsOf({ settings: { currentCycleId: 'cycle_b' }, cycle, goals: [] })).toBeUndefined();
    expect(firstGoalsOf({ settings, cycle: { ...cycle, personId: 'person_1' }, goals: [] })).toBeUndefined();
    expect(firstGoalsOf({ settings, cycle })).toBeUndefined();
    expect(firstGoalsOf({})).toBeUndefined();
    expect(firstGoalsOf(undefined)).toBeUndefined();
  });
});
