import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addGoal, addNote, closeDb, ensureCurrentCycle, goals, loadReviewData, notes, questions, setPinned, getSettings } from '@/utils/db';
import { addSampleData, hasSampleData, removeSampleData } from '@/utils/db/sample';
import { buildSampleData, isSampleRecord } from '@/utils/sample';
import { PREP_LANGUAGES } from '@/utils/prep';
import { NOTE_PARTS } from '@/utils/model';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

describe('buildSampleData', () => {
  it.each(PREP_LANGUAGES)('%s: goals with figures, notes in several parts, a question; every record marked', (language) => {
    const data = buildSampleData('c1', language, Date.UTC(2026, 5, 1));
    expect(data.goals.filter((goal) => goal.target !== undefined && goal.actual !== undefined).length).toBeGreaterThanOrEqual(2);
    expect(new Set(data.notes.map((note) => note.part)).size).toBeGreaterThanOrEqual(5);
    expect(data.notes.some((note) => note.part === 'question') || data.questions.length > 0).toBe(true);
    const all = [...data.goals, ...data.notes, ...data.questions];
    expect(all.every(isSampleRecord)).toBe(true);
    // Every text carries the language's "sample" mark, the same for all.
    const mark = data.goals[0]!.title.split(' · ')[0]!;
    expect(mark.length).toBeGreaterThan(2);
    for (const text of [...data.goals.map((g) => g.title), ...data.notes.map((n) => n.text), ...data.questions.map((q) => q.text)]) {
      expect(text.startsWith(`${mark} · `)).toBe(true);
    }
    // Links point to sample goals; dates are before now.
    const goalIds = new Set(data.goals.map((goal) => goal.id));
    for (const note of data.notes) if (note.goalId) expect(goalIds.has(note.goalId)).toBe(true);
    expect(data.notes.every((note) => note.happenedOn! < '2026-06-01')).toBe(true);
    // Written on the day they happened: newest written is newest happened (the popup's latest notes).
    for (const note of data.notes) expect(new Date(note.createdAt).toISOString().slice(0, 10), note.id).toBe(note.happenedOn);
    const byWriting = [...data.notes].sort((a, b) => b.createdAt - a.createdAt).map((note) => note.happenedOn);
    expect(byWriting).toEqual([...byWriting].sort().reverse());
    expect(data.notes.every((note) => (NOTE_PARTS as readonly string[]).includes(note.part))).toBe(true);
  });

  it('user ids are never sample ids', () => {
    expect(isSampleRecord({ id: 'note_lx1abc' })).toBe(false);
    expect(isSampleRecord({ id: 'sample_note_x' })).toBe(true);
  });
});

describe('sample data in the database', () => {
  it('is added to the current cycle and removed in one click without touching the user’s records', async () => {
    const cycle = await ensureCurrentCycle();
    const ownGoal = await addGoal(cycle.id, { title: 'My own goal', kind: 'qualitative', status: 'on_track' });
    const ownNote = await addNote(cycle.id, { part: 'successes', text: 'My own win' });
    await questions.put({ id: 'question_own', part: 'question', text: 'My own question', origin: 'custom', createdAt: 1, updatedAt: 1 });
    await setPinned(ownNote.id, true);
    expect(await hasSampleData()).toBe(false);

    await addSampleData('en');
    expect(await hasSampleData()).toBe(true);
    const withSamples = await loadReviewData();
    expect(withSamples.goals.filter(isSampleRecord)).toHaveLength(3);
    expect(withSamples.notes.filter(isSampleRecord).length).toBeGreaterThanOrEqual(5);
    await setPinned('sample_goal_cost', true);
    // Adding again overwrites rather than duplicating.
    await addSampleData('en');
    expect((await goals.all()).filter(isSampleRecord)).toHaveLength(3);

    await removeSampleData();
    expect(await hasSampleData()).toBe(false);
    expect(await goals.all()).toEqual([ownGoal]);
    expect((await notes.all()).map((note) => note.id)).toEqual([ownNote.id]);
    expect((await questions.all()).map((question) => question.id)).toEqual(['question_own']);
    expect((await getSettings()).pinned).toEqual([ownNote.id]);
  });
});

describe('first-run progress', () => {
  it('ticks each step from stored data; sample records are not the user’s', async () => {
    const { loadFirstRunProgress } = await import('@/utils/db/first-run');
    const { siteRules } = await import('@/utils/db');
    expect(await loadFirstRunProgress()).toEqual({ note: false, goals: false, sites: false, practice: false });
    await addSampleData('nl');
    expect(await loadFirstRunProgress()).toEqual({ note: false, goals: false, sites: false, practice: true });
    const cycle = await ensureCurrentCycle();
    await addNote(cycle.id, { part: 'other', text: 'Mine' });
    expect((await loadFirstRunProgress()).note).toBe(true);
    await addGoal(cycle.id, { title: 'Mine', kind: 'qualitative', status: 'on_track' });
    expect((await loadFirstRunProgress()).goals).toBe(true);
    await siteRules.put({ pattern: 'https://hr.example.com/*', adapterId: 'generic', enabled: true, createdAt: 1, updatedAt: 1 });
    await removeSampleData();
    expect(await loadFirstRunProgress()).toEqual({ note: true, goals: true, sites: true, practice: false });
  });
});
