import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addGoal, closeDb, ensureCurrentCycle, goals } from '@/utils/db';
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

  it('remembers a mapping per header signature', async () => {
    expect(await rememberedMapping('title|target')).toBeUndefined();
    await rememberMapping('title|target', ['title', 'target']);
    expect(await rememberedMapping('title|target')).toEqual(['title', 'target']);
  });
});
