import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDb, getDb, loadReviewData, ensureCurrentCycle } from '@/utils/db';
import { cycleGoalsInPages } from '@/utils/db/paged';
import { newId, type Goal } from '@/utils/model';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const goal = (cycleId: string, index: number): Goal => ({
  id: newId('goal'),
  cycleId,
  title: `Goal ${index}`,
  kind: 'qualitative',
  status: 'on_track',
  keyResults: [],
  source: {},
  createdAt: index,
  updatedAt: index,
});

async function putGoals(list: Goal[]) {
  const tx = (await getDb()).transaction('goals', 'readwrite');
  await Promise.all([...list.map((item) => tx.store.put(item)), tx.done]);
}

describe('cycleGoalsInPages', () => {
  it('reads a cycle of 2,500 goals in requests of a page, the same goals in the same order as one getAll, none of another cycle', async () => {
    // Two cycles whose random ids interleave: the ranges of primary keys hold the other cycle's goals too.
    await putGoals([...Array.from({ length: 2500 }, (_, index) => goal('cycle_a', index)), ...Array.from({ length: 700 }, (_, index) => goal('cycle_b', index))]);
    const db = await getDb();
    const whole = await db.getAllFromIndex('goals', 'byCycle', 'cycle_a');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const paged = await cycleGoalsInPages(db.transaction(['goals']), 'cycle_a', 1000);
    expect(paged).toHaveLength(2500);
    expect(paged).toEqual(whole);
    // The first page from the index (at most 1,000), the other 1,500 in two ranges of the store.
    expect(indexGetAll).toHaveBeenCalledTimes(1);
    expect(indexGetAll.mock.calls[0]![1]).toBe(1000);
    expect(getAll).toHaveBeenCalledTimes(2);
    expect(await cycleGoalsInPages(db.transaction(['goals']), 'cycle_b', 1000)).toEqual(await db.getAllFromIndex('goals', 'byCycle', 'cycle_b'));
  });

  it('takes one request for a cycle smaller than a page, and an exact page or an empty cycle too', async () => {
    await putGoals(Array.from({ length: 10 }, (_, index) => goal('cycle_a', index)));
    const db = await getDb();
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    expect(await cycleGoalsInPages(db.transaction(['goals']), 'cycle_a', 11)).toHaveLength(10);
    expect(getAllKeys).not.toHaveBeenCalled();
    expect(await cycleGoalsInPages(db.transaction(['goals']), 'cycle_a', 10)).toEqual(await db.getAllFromIndex('goals', 'byCycle', 'cycle_a'));
    expect(await cycleGoalsInPages(db.transaction(['goals']), 'none', 10)).toEqual([]);
  });

  it('loadReviewData lists every goal of a cycle larger than a page', async () => {
    const cycle = await ensureCurrentCycle();
    await putGoals(Array.from({ length: 1500 }, (_, index) => goal(cycle.id, index)));
    const data = await loadReviewData();
    expect(data.goals).toHaveLength(1500);
    expect(new Set(data.goals.map((item) => item.title)).size).toBe(1500);
  });
});
