import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addGoal, closeDb, ensureCurrentCycle, getDb, goals } from '@/utils/db';
import { commitImport, listImports, rememberedMapping, rememberMapping, undoImport } from '@/utils/db/imports';
import type { GoalDraft, GoalsImportPreview, PreviewRow } from '@/utils/import/types';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const draft = (title: string, extra: Partial<GoalDraft> = {}): GoalDraft => ({
  title,
  kind: 'quantitative',
  target: 100,
  actual: 80,
  status: 'partly',
  keyResults: [],
  ...extra,
});

function preview(rows: PreviewRow[]): GoalsImportPreview {
  return { format: 'csv', headers: ['title'], mapping: ['title'], signature: 'title', dateOrder: 'none', rows };
}

const ok = (row: number, goal: GoalDraft): PreviewRow => ({ row, goal, errors: [], warnings: [] });

describe('commitImport', () => {
  it('creates the goals of every valid row, and undo removes exactly them', async () => {
    const cycle = await ensureCurrentCycle();
    const mine = await addGoal(cycle.id, { title: 'Written by hand', kind: 'qualitative', status: 'on_track' });
    const result = await commitImport(
      preview([
        ok(1, draft('Grow revenue', { externalId: 'G-1' })),
        { row: 2, errors: [{ row: 2, column: 'Target', code: 'number', message: 'row 2, Target: not a number' }], warnings: [] },
        ok(3, draft('Cut costs', { direction: 'decrease' })),
      ]),
      cycle.id,
      { fileName: 'goals.csv', duplicates: 'update' },
    );
    expect(result).toMatchObject({ created: 2, updated: 0, skipped: 0 });
    const stored = await goals.listByCycle(cycle.id);
    expect(stored.map((goal) => goal.title)).toEqual(['Written by hand', 'Grow revenue', 'Cut costs']);
    expect(stored[1]!.source).toEqual({ importId: result.importId, file: 'goals.csv', row: 1, externalId: 'G-1' });
    expect((await listImports(cycle.id)).map((record) => record.fileName)).toEqual(['goals.csv']);

    await undoImport(result.importId);
    expect((await goals.listByCycle(cycle.id)).map((goal) => goal.id)).toEqual([mine.id]);
    expect(await listImports(cycle.id)).toEqual([]);
    await expect(undoImport(result.importId)).rejects.toThrow(/already undone/);
  });

  it('imports only the rows the user kept', async () => {
    const cycle = await ensureCurrentCycle();
    await commitImport(preview([ok(1, draft('A')), ok(2, draft('B')), ok(3, draft('C'))]), cycle.id, {
      fileName: 'x.csv',
      duplicates: 'update',
      rows: new Set([1, 3]),
    });
    expect((await goals.listByCycle(cycle.id)).map((goal) => goal.title)).toEqual(['A', 'C']);
  });

  it('does not duplicate on re-import: updates by external id or title, and undo restores the previous values', async () => {
    const cycle = await ensureCurrentCycle();
    await commitImport(preview([ok(1, draft('Grow revenue', { externalId: 'G-1', actual: 80 })), ok(2, draft('Hire two engineers'))]), cycle.id, {
      fileName: 'q3.csv',
      duplicates: 'update',
    });
    const second = await commitImport(
      preview([
        ok(1, draft('Grow revenue (renamed)', { externalId: 'G-1', actual: 120, status: 'achieved' })),
        ok(2, draft('  hire TWO engineers ')),
        ok(3, draft('New goal')),
        ok(4, draft('New goal')),
      ]),
      cycle.id,
      { fileName: 'q4.csv', duplicates: 'update' },
    );
    expect(second).toMatchObject({ created: 1, updated: 2, skipped: 1 });
    const after = await goals.listByCycle(cycle.id);
    expect(after.map((goal) => [goal.title, goal.actual])).toEqual([
      ['Grow revenue (renamed)', 120],
      ['  hire TWO engineers ', 80],
      ['New goal', 80],
    ]);
    await undoImport(second.importId);
    expect((await goals.listByCycle(cycle.id)).map((goal) => [goal.title, goal.actual])).toEqual([
      ['Grow revenue', 80],
      ['Hire two engineers', 80],
    ]);
  });

  it('skips duplicates when asked', async () => {
    const cycle = await ensureCurrentCycle();
    await commitImport(preview([ok(1, draft('Grow revenue'))]), cycle.id, { fileName: 'a.csv', duplicates: 'update' });
    const again = await commitImport(preview([ok(1, draft('Grow revenue', { actual: 1 }))]), cycle.id, { fileName: 'a.csv', duplicates: 'skip' });
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    expect((await goals.listByCycle(cycle.id))[0]!.actual).toBe(80);
  });

  it('writes nothing when one row is invalid for the model (all or nothing)', async () => {
    const cycle = await ensureCurrentCycle();
    const bad = draft('Bad weight', { weight: 500 });
    await expect(
      commitImport(preview([ok(1, draft('Good')), ok(2, bad)]), cycle.id, { fileName: 'x.csv', duplicates: 'update' }),
    ).rejects.toThrow();
    expect(await goals.listByCycle(cycle.id)).toEqual([]);
    expect(await listImports(cycle.id)).toEqual([]);
  });

  it('writes a long file in steps with progress, in one transaction: a bad row late in the file still writes nothing', async () => {
    const cycle = await ensureCurrentCycle();
    const rows = Array.from({ length: 1200 }, (_, index) => ok(index + 1, draft(`Goal ${index + 1}`)));
    const progress: number[] = [];
    const result = await commitImport(preview(rows), cycle.id, { fileName: 'big.csv', duplicates: 'update', onProgress: (value) => progress.push(value) });
    expect(result.created).toBe(1200);
    // Steps are cut by time: progress rises step by step, to 1.
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((value, index) => index === 0 || value > progress[index - 1]!)).toBe(true);
    expect(await goals.listByCycle(cycle.id)).toHaveLength(1200);
    // The last row breaks the model: the first 1,100 were already put, and are rolled back.
    const broken = [...Array.from({ length: 1100 }, (_, index) => ok(index + 1, draft(`Other goal ${index + 1}`))), ok(1101, draft('Bad weight', { weight: 500 }))];
    await expect(commitImport(preview(broken), cycle.id, { fileName: 'bad.csv', duplicates: 'update' })).rejects.toThrow();
    expect(await goals.listByCycle(cycle.id)).toHaveLength(1200);
    expect(await listImports(cycle.id)).toHaveLength(1);
  });

  it('cuts the commit into steps of stepMs with a turn of the event loop between them, in one transaction', async () => {
    const cycle = await ensureCurrentCycle();
    const rows = Array.from({ length: 40 }, (_, index) => ok(index + 1, draft(`Goal ${index + 1}`)));
    const progress: number[] = [];
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    try {
      // stepMs 0: every step takes one row (the least), so each row is a step of its own.
      await commitImport(preview(rows), cycle.id, { fileName: 'steps.csv', duplicates: 'update', stepMs: 0, onProgress: (value) => progress.push(value) });
    } finally {
      clearInterval(ticker);
    }
    expect(progress).toEqual(rows.map((_, index) => (index + 1) / 40));
    expect(turns).toBeGreaterThan(0);
    const stored = await goals.listByCycle(cycle.id);
    expect(stored.map((goal) => goal.title)).toEqual(rows.map((row) => row.goal!.title));
    expect((await listImports(cycle.id))[0]!.createdGoalIds).toEqual(stored.map((goal) => goal.id));
  });

  it('writes nothing when a put fails in a later step, and rethrows its error', async () => {
    const cycle = await ensureCurrentCycle();
    await commitImport(preview([ok(1, draft('Kept from before'))]), cycle.id, { fileName: 'before.csv', duplicates: 'update' });
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'goals' && ++calls === 25) throw new DOMException('The object could not be cloned.', 'DataCloneError');
      return put.apply(this, args);
    });
    const rows = Array.from({ length: 30 }, (_, index) => ok(index + 1, draft(`New goal ${index + 1}`)));
    await expect(commitImport(preview(rows), cycle.id, { fileName: 'broken.csv', duplicates: 'update', stepMs: 0 })).rejects.toThrow(/could not be cloned/);
    vi.restoreAllMocks();
    expect((await goals.listByCycle(cycle.id)).map((goal) => goal.title)).toEqual(['Kept from before']);
    expect((await listImports(cycle.id)).map((record) => record.fileName)).toEqual(['before.csv']);
  });

  it('skips rows in a step that writes nothing and still finishes (duplicates skipped)', async () => {
    const cycle = await ensureCurrentCycle();
    const rows = Array.from({ length: 10 }, (_, index) => ok(index + 1, draft(`Goal ${index + 1}`)));
    await commitImport(preview(rows), cycle.id, { fileName: 'a.csv', duplicates: 'update' });
    const again = await commitImport(preview([...rows, ok(11, draft('Goal 11'))]), cycle.id, { fileName: 'b.csv', duplicates: 'skip', stepMs: 0 });
    expect(again).toMatchObject({ created: 1, updated: 0, skipped: 10 });
    expect(await goals.listByCycle(cycle.id)).toHaveLength(11);
  });

  it('keeps the file name on one line, without direction controls, cut without splitting a character', async () => {
    const cycle = await ensureCurrentCycle();
    const result = await commitImport(preview([ok(1, draft('A'))]), cycle.id, { fileName: 'goals\u202excsv.exe', duplicates: 'update' });
    expect((await listImports(cycle.id))[0]!.fileName).toBe('goalsxcsv.exe');
    expect((await goals.listByCycle(cycle.id))[0]!.source).toMatchObject({ importId: result.importId, file: 'goalsxcsv.exe' });
    await commitImport(preview([ok(1, draft('B'))]), cycle.id, { fileName: `${'n'.repeat(499)}\u{1f4c4}.csv`, duplicates: 'update' });
    expect((await listImports(cycle.id)).map((record) => record.fileName)).toContain('n'.repeat(499));
  });

  it('remembers a mapping per header signature', async () => {
    expect(await rememberedMapping('title|target')).toBeUndefined();
    await rememberMapping('title|target', ['title', 'target']);
    expect(await rememberedMapping('title|target')).toEqual(['title', 'target']);
  });
});

describe('undoImport of a crafted import record (restored from a backup, or edited)', () => {
  it('removes only goals this import created and restores only goals it updated, checked against each goal’s own source', async () => {
    const cycle = await ensureCurrentCycle();
    const byHand = await addGoal(cycle.id, { title: 'Written by hand', kind: 'qualitative', status: 'on_track' });
    const updatedByHand = await addGoal(cycle.id, { title: 'Hire two engineers', kind: 'qualitative', status: 'on_track' });
    const earlier = await commitImport(preview([ok(1, draft('From an earlier import'))]), cycle.id, { fileName: 'a.csv', duplicates: 'update' });
    const result = await commitImport(preview([ok(1, draft('Created here')), ok(2, draft('Hire two engineers', { actual: 99 }))]), cycle.id, {
      fileName: 'b.csv',
      duplicates: 'update',
    });
    const before = new Map((await goals.listByCycle(cycle.id)).map((goal) => [goal.title, goal]));
    const fromEarlier = before.get('From an earlier import')!;
    const createdHere = before.get('Created here')!;
    expect(fromEarlier.source.importId).toBe(earlier.importId);

    // The record now also names a hand-written goal and another import's goal as its own,
    // and holds "previous values" for goals it never updated, one of them in no cycle of the user's.
    const db = await getDb();
    const record = (await db.get('imports', result.importId))!;
    await db.put('imports', {
      ...record,
      createdGoalIds: [...record.createdGoalIds, byHand.id, fromEarlier.id],
      previousGoals: [
        ...record.previousGoals,
        { ...byHand, title: 'Overwritten by undo' },
        { ...fromEarlier, title: 'Overwritten too' },
        { ...createdHere, id: 'goal_planted', title: 'Planted by undo' },
        { ...byHand, id: 'goal_elsewhere', cycleId: 'cycle_other', title: 'Planted in another cycle' },
      ],
    });

    expect(await undoImport(result.importId)).toEqual({ removed: 1, restored: 1, leftAlone: 6 });
    const after = await goals.listByCycle(cycle.id);
    expect(after.map((goal) => goal.title).sort()).toEqual(['From an earlier import', 'Hire two engineers', 'Written by hand']);
    expect(after.find((goal) => goal.id === byHand.id)).toEqual(byHand);
    expect(after.find((goal) => goal.id === fromEarlier.id)).toEqual(fromEarlier);
    // The goal this import did update goes back to what it was.
    expect(after.find((goal) => goal.id === updatedByHand.id)).toEqual(updatedByHand);
    expect(await db.get('goals', 'goal_planted')).toBeUndefined();
    expect(await db.get('goals', 'goal_elsewhere')).toBeUndefined();
    expect(await listImports(cycle.id)).toHaveLength(1);
  });

  it('leaves a goal alone once a later import took it over', async () => {
    const cycle = await ensureCurrentCycle();
    const first = await commitImport(preview([ok(1, draft('Grow revenue', { externalId: 'G-1', actual: 10 }))]), cycle.id, {
      fileName: 'q1.csv',
      duplicates: 'update',
    });
    await commitImport(preview([ok(1, draft('Grow revenue', { externalId: 'G-1', actual: 20 }))]), cycle.id, { fileName: 'q2.csv', duplicates: 'update' });
    expect(await undoImport(first.importId)).toEqual({ removed: 0, restored: 0, leftAlone: 1 });
    expect((await goals.listByCycle(cycle.id)).map((goal) => [goal.title, goal.actual])).toEqual([['Grow revenue', 20]]);
  });
});
