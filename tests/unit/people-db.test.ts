import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackup } from '@/utils/backup';
import {
  addGoal,
  addNote,
  closeDb,
  cycles,
  ensureCurrentCycle,
  getSettings,
  loadReviewData,
  outcomes,
  people,
  questions,
  reviewTargets,
  setPinned,
  startCycle,
} from '@/utils/db';
import { deleteEverything, exportAll, restoreBackup } from '@/utils/db/data';
import { addPerson, deletePerson, loadPersonRecords, loadTeamOverview, restorePerson, updatePerson } from '@/utils/db/people';
import { ME } from '@/utils/model';
import { personToJson, personToMarkdown, PERSON_EXPORT_FORMAT } from '@/utils/people/export';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** Me with a goal and a note; Jane and Tom with a cycle, a goal, notes, a question each. */
async function seedTeam() {
  const mine = await ensureCurrentCycle();
  await addGoal(mine.id, { title: 'My own goal', kind: 'qualitative', status: 'on_track' });
  await addNote(mine.id, { part: 'salary', text: 'Ask for a raise' });
  const jane = await addPerson({ name: 'Jane Doe', employeeId: 'E-1', aliases: ['Doe, Jane', ' ', 'Doe, Jane'] });
  const tom = await addPerson({ name: 'Tom Peeters', role: 'Developer' });
  const ids: Record<string, { cycle: string; goal: string; note: string }> = {};
  for (const person of [jane, tom]) {
    const cycle = await ensureCurrentCycle(new Date(), person.id);
    const goal = await addGoal(cycle.id, { title: `Goal of ${person.name}`, kind: 'quantitative', target: 10, actual: 8, status: 'partly' });
    const note = await addNote(cycle.id, { part: 'results', text: `Note about ${person.name}` });
    await addNote(cycle.id, { part: 'training', text: `Training for ${person.name}` });
    const now = Date.now();
    await questions.put({ id: `q_${person.id}`, personId: person.id, part: 'question', text: `Question for ${person.name}`, origin: 'custom', createdAt: now, updatedAt: now });
    ids[person.id] = { cycle: cycle.id, goal: goal.id, note: note.id };
  }
  await outcomes.put({ cycleId: ids[jane.id]!.cycle, rating: 'Meets', agreedGoalIds: [], createdAt: 1, updatedAt: 1 });
  await reviewTargets.put({ key: 'https://hr.example/review/42', personId: jane.id, updatedAt: 1 });
  await setPinned(ids[jane.id]!.note, true);
  return { mine, jane, tom, ids };
}

describe('people', () => {
  it('are added and edited with clean fields', async () => {
    const jane = await addPerson({ name: '  Jane Doe ', employeeId: ' ', role: 'Analyst', aliases: ['Doe, Jane', ' ', 'Doe, Jane'] });
    expect(jane).toMatchObject({ name: 'Jane Doe', role: 'Analyst', aliases: ['Doe, Jane'] });
    expect(jane.employeeId).toBeUndefined();
    const edited = await updatePerson(jane.id, { name: 'Jane Doe-Smith', employeeId: 'E-7', aliases: [] });
    expect(edited).toMatchObject({ name: 'Jane Doe-Smith', employeeId: 'E-7', aliases: [] });
    expect(edited?.role).toBeUndefined();
    expect((await people.list()).map((person) => person.name)).toEqual(['Jane Doe-Smith']);
  });

  it('each have their own current cycle: no one sees another one\'s goals, notes or questions', async () => {
    const { mine, jane, tom } = await seedTeam();
    const me = await loadReviewData();
    expect(me.cycle.id).toBe(mine.id);
    expect(me.notes.map((note) => note.text)).toEqual(['Ask for a raise']);
    expect(me.questions).toEqual([]);
    const janeData = await loadReviewData(undefined, { personId: jane.id });
    expect(janeData.cycle.personId).toBe(jane.id);
    expect(janeData.goals.map((goal) => goal.title)).toEqual(['Goal of Jane Doe']);
    expect(janeData.notes.map((note) => note.text).sort()).toEqual(['Note about Jane Doe', 'Training for Jane Doe']);
    expect(janeData.questions.map((question) => question.text)).toEqual(['Question for Jane Doe']);
    expect(janeData.previous).toBeUndefined();
    const tomData = await loadReviewData(1, { personId: tom.id });
    expect(tomData.notes).toHaveLength(1);
    expect(tomData.notes[0]!.text).toContain('Tom');
  });

  it('start their next cycle without changing mine', async () => {
    const { mine, jane, ids } = await seedTeam();
    const { cycle } = await startCycle('2027', ids[jane.id]!.cycle, undefined, jane.id);
    expect(cycle.personId).toBe(jane.id);
    expect((await getSettings()).currentCycleId).toBe(mine.id);
    const janeData = await loadReviewData(undefined, { personId: jane.id });
    expect(janeData.cycle.id).toBe(cycle.id);
    expect(janeData.previous?.cycle.id).toBe(ids[jane.id]!.cycle);
    expect((await cycles.listByPerson(jane.id)).map((c) => c.id)).toEqual([cycle.id, ids[jane.id]!.cycle]);
    expect((await loadReviewData()).cycle.id).toBe(mine.id);
  });

  it('are deleted completely and alone, and come back on undo', async () => {
    const { mine, jane, tom, ids } = await seedTeam();
    const before = await exportAll(new Date(0));
    const deleted = await deletePerson(jane.id);
    expect(deleted?.notes).toHaveLength(2);
    const after = await exportAll(new Date(0));
    const mentions = JSON.stringify(after.stores).includes(jane.id) || JSON.stringify(after.stores).includes('Jane');
    expect(mentions).toBe(false);
    expect(after.settings?.currentCycles?.[jane.id]).toBeUndefined();
    expect(after.settings?.pinned ?? []).not.toContain(ids[jane.id]!.note);
    // Tom and me untouched.
    expect((await loadReviewData(undefined, { personId: tom.id })).notes).toHaveLength(2);
    expect((await loadReviewData()).cycle.id).toBe(mine.id);
    expect(after.stores.people.map((person) => person.id)).toEqual([tom.id]);

    await restorePerson(deleted!);
    const restored = await exportAll(new Date(0));
    const sorted = (list: { updatedAt: number }[]) => JSON.stringify([...list].map((r) => JSON.stringify(r)).sort());
    for (const store of Object.keys(before.stores) as (keyof typeof before.stores)[]) {
      expect(sorted(restored.stores[store]), store).toBe(sorted(before.stores[store]));
    }
    expect(restored.settings?.currentCycles).toEqual(before.settings?.currentCycles);
    expect(restored.settings?.pinned).toEqual(before.settings?.pinned);
  });

  it('never move one person\'s unfinished goals into another one\'s cycle', async () => {
    const { mine, jane, ids } = await seedTeam();
    const { moved } = await startCycle('2027', mine.id, undefined, jane.id);
    expect(moved).toBe(0);
    const { moved: own } = await startCycle('2028', ids[jane.id]!.cycle, undefined, jane.id);
    expect(own).toBe(1); // Jane's own "partly" goal moves on with her
    expect((await loadReviewData()).goals.map((goal) => goal.title)).toEqual(['My own goal']);
  });

  it('get no cycle once deleted (a page still showing them cannot create one)', async () => {
    const { jane } = await seedTeam();
    await deletePerson(jane.id);
    await expect(ensureCurrentCycle(new Date(), jane.id)).rejects.toThrow();
    expect(await cycles.listByPerson(jane.id)).toEqual([]);
  });

  it('refuse to delete "me"', async () => {
    await expect(deletePerson(ME)).rejects.toThrow();
  });

  it('export one person only: goals, notes, questions, outcome', async () => {
    const { jane } = await seedTeam();
    const records = (await loadPersonRecords(jane.id))!;
    const json = personToJson(records, new Date('2026-12-01T00:00:00Z'));
    const file = JSON.parse(json);
    expect(file.format).toBe(PERSON_EXPORT_FORMAT);
    expect(file.person).toEqual({ name: 'Jane Doe', employeeId: 'E-1', aliases: ['Doe, Jane'] });
    expect(file.cycles).toHaveLength(1);
    expect(file.cycles[0].goals.map((goal: { title: string }) => goal.title)).toEqual(['Goal of Jane Doe']);
    expect(file.cycles[0].notes.map((note: { text: string }) => note.text).sort()).toEqual(['Note about Jane Doe', 'Training for Jane Doe']);
    expect(file.cycles[0].outcome.rating).toBe('Meets');
    expect(file.questions.map((question: { text: string }) => question.text)).toEqual(['Question for Jane Doe']);
    expect(json).not.toMatch(/Tom|raise|My own goal|hr\.example/);

    const markdown = personToMarkdown(records, {
      title: 'Jane Doe',
      cycle: (label) => `Review ${label}`,
      interviewDate: 'Interview',
      goals: 'Goals',
      noGoals: 'No goals',
      notes: 'Notes',
      questions: 'Questions',
      outcome: 'Outcome',
      part: (part) => part,
      figures: (goal, percent) => `${goal.actual}/${goal.target} ${percent}%`,
      date: () => 'date',
      outcomeFields: { rating: 'Rating', managerFeedback: 'Feedback', trainingAgreed: 'Training', rewardAgreed: 'Reward', report: 'Report' },
    });
    expect(markdown).toContain('# Jane Doe');
    expect(markdown).toContain('- Goal of Jane Doe (8/10 80%)');
    expect(markdown).toContain('#### training\n\n- Training for Jane Doe (date)');
    expect(markdown).toContain('- Rating: Meets');
    expect(markdown).toContain('- Question for Jane Doe');
    expect(markdown).not.toMatch(/Tom|raise/);
  });

  it('show in the team overview with their progress', async () => {
    const { jane, tom } = await seedTeam();
    await cycles.update((await loadReviewData(undefined, { personId: tom.id })).cycle.id, { interviewDate: '2026-12-10' });
    const overview = await loadTeamOverview();
    expect(overview.map((entry) => entry.person.id)).toEqual([tom.id, jane.id]);
    const janeRow = overview.find((entry) => entry.person.id === jane.id)!;
    expect(janeRow).toMatchObject({ goals: 1, goalsWithActuals: 1, notes: 2, questions: 1, outcomeRecorded: true });
    expect(janeRow.notesByPart).toEqual({ results: 1, training: 1 });
    expect(overview.find((entry) => entry.person.id === tom.id)!.outcomeRecorded).toBe(false);
  });

  it('travel in the backup and stay apart on restore', async () => {
    const { jane, tom } = await seedTeam();
    const text = JSON.stringify(await exportAll());
    await deleteEverything();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.backup.stores.people).toHaveLength(2);
    await restoreBackup(parsed.backup, 'replace');
    expect((await loadReviewData(undefined, { personId: jane.id })).notes.every((note) => note.text.includes('Jane'))).toBe(true);
    expect((await loadReviewData(undefined, { personId: tom.id })).notes.every((note) => note.text.includes('Tom'))).toBe(true);
    expect((await loadReviewData()).notes.map((note) => note.text)).toEqual(['Ask for a raise']);
    expect(await reviewTargets.get('https://hr.example/review/42')).toMatchObject({ personId: jane.id });
  });

  it('restores a backup of version 3 (no people) as all mine', async () => {
    const old = {
      format: 'review-companion-backup',
      version: 3,
      exportedAt: '2026-01-01T00:00:00.000Z',
      stores: { cycles: [{ id: 'c1', label: '2026', status: 'preparing', createdAt: 1, updatedAt: 1 }], questions: [{ id: 'q1', part: 'salary', text: 'Raise?', origin: 'custom', createdAt: 1, updatedAt: 1 }] },
    };
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.backup.stores.cycles[0]!.personId).toBe(ME);
    await restoreBackup(parsed.backup, 'replace');
    expect((await cycles.listByPerson(ME)).map((cycle) => cycle.id)).toEqual(['c1']);
  });
});
