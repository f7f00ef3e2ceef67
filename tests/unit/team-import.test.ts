import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addGoal, addNote, closeDb, ensureCurrentCycle, getDb, loadReviewData, people } from '@/utils/db';
import { commitTeamImport, undoTeamImport } from '@/utils/db/imports';
import { addPerson } from '@/utils/db/people';
import { parseGoalsFile } from '@/utils/import';
import { planTeamImport } from '@/utils/people/team-import';

const FILE = join(import.meta.dirname, '../fixtures/import/team-goals.csv');
const read = (team: boolean) => parseGoalsFile({ name: 'team-goals.csv', bytes: new Uint8Array(readFileSync(FILE)) }, { team });

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('team import', () => {
  it('maps the person columns only for a team file', async () => {
    const team = await read(true);
    expect(team.mapping.slice(0, 2)).toEqual(['personName', 'employeeId']);
    expect(team.rows[1]!.goal).toMatchObject({ personName: 'Doe, Jane', title: 'Mentor juniors' });
    const mine = await read(false);
    expect(mine.mapping).not.toContain('personName');
    expect(mine.mapping).not.toContain('employeeId');
  });

  it('plans people by id, name and "Last, First", lists the new ones, and flags rows naming no one', async () => {
    const jane = await addPerson({ name: 'Jane Doe', employeeId: 'E-1' });
    const tom = await addPerson({ name: 'Tom Peeters' });
    const plan = planTeamImport((await read(true)).rows, await people.list());
    expect(plan.groups.map((group) => [group.person?.id ?? group.newPerson?.name, group.rows])).toEqual([
      [jane.id, [1, 2]],
      [tom.id, [3]],
      ['New Person', [4]],
    ]);
    expect(plan.groups[2]!.newPerson).toEqual({ name: 'New Person', employeeId: 'E-77' });
    expect([...plan.problems]).toEqual([[5, 'no-person']]);
  });

  it('flags a name two people could be', async () => {
    await addPerson({ name: 'Jane Doe' });
    await addPerson({ name: 'Jane Doe', role: 'Another one' });
    const plan = planTeamImport((await read(true)).rows, await people.list());
    expect(plan.problems.get(1)).toBe('ambiguous-person');
  });

  it('commits every person\'s goals in one transaction, creates the new people, and undoes it all', async () => {
    const mine = await ensureCurrentCycle();
    await addGoal(mine.id, { title: 'My goal', kind: 'qualitative', status: 'on_track' });
    const jane = await addPerson({ name: 'Jane Doe', employeeId: 'E-1' });
    const tom = await addPerson({ name: 'Tom Peeters' });
    const tomCycle = await ensureCurrentCycle(new Date(), tom.id);
    await addNote(tomCycle.id, { part: 'results', text: 'Tom shipped' });
    const preview = await read(true);
    const plan = planTeamImport(preview.rows, await people.list());
    const result = await commitTeamImport(preview, plan, { fileName: 'team-goals.csv', duplicates: 'update' });
    expect(result).toMatchObject({ people: 3, createdPeople: 1, created: 4, updated: 0, skipped: 0 });

    const everyone = await people.list();
    expect(everyone.map((person) => person.name)).toEqual(['Jane Doe', 'New Person', 'Tom Peeters']);
    const newcomer = everyone.find((person) => person.name === 'New Person')!;
    expect(newcomer.employeeId).toBe('E-77');
    expect((await loadReviewData(undefined, { personId: jane.id })).goals.map((goal) => goal.title)).toEqual(['Grow revenue', 'Mentor juniors']);
    expect((await loadReviewData(undefined, { personId: tom.id })).goals.map((goal) => goal.title)).toEqual(['Cut onboarding time']);
    expect((await loadReviewData(undefined, { personId: tom.id })).cycle.id).toBe(tomCycle.id);
    expect((await loadReviewData(undefined, { personId: newcomer.id })).goals.map((goal) => goal.title)).toEqual(['Learn Go']);
    expect((await loadReviewData()).goals.map((goal) => goal.title)).toEqual(['My goal']);

    const undone = await undoTeamImport(result.batchId);
    expect(undone).toEqual({ removed: 4, restored: 0, peopleRemoved: 1 });
    expect((await people.list()).map((person) => person.name)).toEqual(['Jane Doe', 'Tom Peeters']);
    expect((await loadReviewData(undefined, { personId: tom.id })).notes.map((note) => note.text)).toEqual(['Tom shipped']);
    expect((await loadReviewData(undefined, { personId: jane.id })).goals).toEqual([]);
    expect(await (await getDb()).count('imports')).toBe(0);
    await expect(undoTeamImport(result.batchId)).rejects.toThrow();
  });

  it('writes nothing when a person was deleted meanwhile', async () => {
    const jane = await addPerson({ name: 'Jane Doe', employeeId: 'E-1' });
    const preview = await read(true);
    const plan = planTeamImport(preview.rows, await people.list());
    await (await getDb()).delete('people', jane.id);
    await expect(commitTeamImport(preview, plan, { fileName: 'x.csv', duplicates: 'update' })).rejects.toThrow();
    const db = await getDb();
    expect([await db.count('goals'), await db.count('imports'), await db.count('people')]).toEqual([0, 0, 0]);
  });

  it('writes each person\'s goals in steps (one row a step here), and a put failing in a later step writes nothing, people included', async () => {
    await addPerson({ name: 'Jane Doe', employeeId: 'E-1' });
    await addPerson({ name: 'Tom Peeters' });
    const preview = await read(true);
    const plan = planTeamImport(preview.rows, await people.list());
    const put = IDBObjectStore.prototype.put;
    let goalPuts = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'goals' && ++goalPuts === 3) throw new DOMException('The object could not be cloned.', 'DataCloneError');
      return put.apply(this, args);
    });
    await expect(commitTeamImport(preview, plan, { fileName: 'x.csv', duplicates: 'update', stepMs: 0 })).rejects.toThrow(/could not be cloned/);
    spy.mockRestore();
    const db = await getDb();
    expect([await db.count('goals'), await db.count('imports'), (await people.list()).map((person) => person.name)]).toEqual([0, 0, ['Jane Doe', 'Tom Peeters']]);

    const result = await commitTeamImport(preview, plan, { fileName: 'team-goals.csv', duplicates: 'update', stepMs: 0 });
    expect(result).toMatchObject({ people: 3, createdPeople: 1, created: 4 });
    expect(await db.count('goals')).toBe(4);
  });
});
