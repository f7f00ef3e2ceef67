/**
 * Committing an import preview as goals of a cycle: all selected rows or
 * none (one transaction), recorded so that one click undoes it, and never
 * duplicating a goal imported before (matched on its external id, else on its
 * title within the cycle).
 */
import { type IDBPObjectStore, unwrap } from 'idb';
import type { GoalsImportPreview, PreviewRow } from '../import/types';
import type { TeamPlan } from '../people/team-import';
import { Cycle, Goal, ImportMapping, ImportRecord, ME, Person, newId, personOf } from '../model';
import { notifyDataChanged } from './changes';
import { currentCycleIdOf, getDb, repairSettings } from './index';
import { SETTINGS_KEY, type ReviewDb, type StoreName } from './schema';
import { cleanText, cutText } from '../text';

const STRICT = { durability: 'strict' } as const;

export interface CommitOptions {
  fileName: string;
  /** Data rows to import (1-based); default: every row without errors. */
  rows?: ReadonlySet<number>;
  /** What to do with a row matching an existing goal. */
  duplicates: 'update' | 'skip';
  /** Called with the share of rows written so far (0 to 1), after each step. */
  onProgress?(fraction: number): void;
  /** Work per step before the page gets a turn, in ms (default COMMIT_STEP_MS); each step takes at least one row. */
  stepMs?: number;
}

/**
 * Time spent validating and queueing rows per step of a commit. The
 * transaction stays open across steps (each step waits only for the previous
 * step's writes while its own are queued), so the page gets a turn between
 * them. A time budget rather than a row count: a row costs ~0.1 ms on an idle
 * machine (zod validation, an id, the put's structured clone) and several
 * times that on a busy one, and a step must stay short on both. Profiled on a
 * 10,000-row import: steps of 250 rows ran 50–150 ms each, half of it in the
 * puts, a third in Goal.parse.
 */
export const COMMIT_STEP_MS = 8;

export interface CommitResult {
  importId: string;
  created: number;
  updated: number;
  skipped: number;
}

const titleKey = (title: string) => title.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

interface PlannedGoals {
  createdGoalIds: string[];
  previousGoals: Goal[];
  skipped: number;
}

type SelectedRow = GoalsImportPreview['rows'][number];

/**
 * The goals an import writes into one cycle: a row matching a goal already
 * there (external id, else title) updates it (or is skipped), any other row
 * creates one. `plan` takes the rows in steps and returns the goals to put;
 * it throws when a row fails validation (nothing is written then).
 */
function goalPlanner(
  existing: Goal[],
  cycleId: string,
  importId: string,
  fileName: string,
  duplicates: 'update' | 'skip',
  now: number,
): PlannedGoals & { plan(rows: readonly SelectedRow[]): Goal[] } {
  const byExternalId = new Map(existing.filter((goal) => goal.source.externalId).map((goal) => [goal.source.externalId!, goal]));
  const byTitle = new Map(existing.map((goal) => [titleKey(goal.title), goal]));
  // New goals sort after every goal already in the cycle, in file order.
  const firstCreatedAt = Math.max(now, ...existing.map((goal) => goal.createdAt + 1));
  const written = new Set<string>();
  const planned = {
    createdGoalIds: [] as string[],
    previousGoals: [] as Goal[],
    skipped: 0,
    plan(rows: readonly SelectedRow[]): Goal[] {
      const writes: Goal[] = [];
      for (const { row, goal: draft } of rows) {
        const { externalId, period: _period, personName: _person, employeeId: _employeeId, ...fields } = draft!;
        const match = (externalId && byExternalId.get(externalId)) || byTitle.get(titleKey(fields.title));
        const source = { importId, file: fileName, row, ...(externalId ? { externalId } : {}) };
        if (match) {
          // Skipped: the user chose so, or the file repeats a goal (already written by this import).
          if (duplicates === 'skip' || written.has(match.id)) {
            planned.skipped++;
            continue;
          }
          planned.previousGoals.push(match);
          written.add(match.id);
          writes.push(Goal.parse({ ...fields, id: match.id, cycleId, source, createdAt: match.createdAt, updatedAt: now }));
        } else {
          const goal = Goal.parse({ ...fields, id: newId('goal'), cycleId, source, createdAt: firstCreatedAt + planned.createdGoalIds.length, updatedAt: now });
          planned.createdGoalIds.push(goal.id);
          written.add(goal.id);
          byTitle.set(titleKey(goal.title), goal);
          if (externalId) byExternalId.set(externalId, goal);
          writes.push(goal);
        }
      }
      return writes;
    },
  };
  return planned;
}

/** Where a step's goals go: the goals store of a readwrite transaction. */
type GoalStore = IDBPObjectStore<ReviewDb, ArrayLike<StoreName>, 'goals', 'readwrite'>;

/**
 * Steps whose writes may be in flight at once. Requests complete in order,
 * and the page only gets a turn by awaiting one of them: awaiting the
 * previous step's writes left the database one step of work (a round trip
 * to the browser's database, which a busy machine makes slow) each time.
 */
const STEPS_IN_FLIGHT = 4;

/**
 * Plans and puts `rows` in steps of about `stepMs` (at least one row each),
 * in the caller's transaction. The plain store takes the puts: one promise
 * per step (its last put) instead of one per row. Requests complete in
 * order, so the last put's success means the step's earlier puts succeeded;
 * a failed put aborts the transaction, which rejects the last put. After
 * each step the page gets a turn: it awaits the step queued
 * STEPS_IN_FLIGHT - 1 steps before (the database keeps that much work), or,
 * when that one is done already, the oldest step still in flight. The
 * transaction stays active (a request is always pending). Rejects when
 * `plan` throws (a row fails validation) or a put fails; the caller aborts.
 */
async function writeInSteps(
  goalStore: GoalStore,
  rows: readonly SelectedRow[],
  plan: (rows: readonly SelectedRow[]) => Goal[],
  stepMs: number,
  onStep?: (done: number) => void,
): Promise<void> {
  const rawGoalStore = unwrap(goalStore);
  const inFlight: { written: Promise<unknown>; done: boolean }[] = [];
  let next = 0;
  while (next < rows.length) {
    const stepStart = performance.now();
    let last: Goal | undefined;
    do {
      for (const goal of plan([rows[next++]!])) {
        if (last) rawGoalStore.put(last);
        last = goal;
      }
    } while (next < rows.length && performance.now() - stepStart < stepMs);
    if (last) {
      const step = { written: goalStore.put(last), done: false };
      step.written.then(() => (step.done = true), () => undefined);
      inFlight.push(step);
    }
    onStep?.(next);
    while (inFlight[0]?.done) inFlight.shift();
    // A step that wrote nothing (every row skipped) with nothing in flight goes on at once.
    const awaited = inFlight.length >= STEPS_IN_FLIGHT ? inFlight.at(-STEPS_IN_FLIGHT)! : inFlight[0];
    if (awaited) await awaited.written;
  }
  await inFlight.at(-1)?.written;
}

/** A put that failed aborted the transaction: its own error (e.g. a full disk) says more than the AbortError of the step's last put. */
function causeOf(error: unknown, tx: { error: DOMException | null }): unknown {
  return tx.error && error instanceof DOMException && error.name === 'AbortError' ? tx.error : error;
}

export async function commitImport(preview: GoalsImportPreview, cycleId: string, options: CommitOptions): Promise<CommitResult> {
  const importId = newId('import');
  const now = Date.now();
  // The name is shown in the import history: one line, no direction controls (`goals\u202Excsv.exe`).
  const fileName = cutText(cleanText(options.fileName, { multiline: false }).text.trim(), 500);
  const selected = preview.rows.filter(
    (row) => row.goal && row.errors.length === 0 && (!options.rows || options.rows.has(row.row)),
  );

  const db = await getDb();
  const tx = db.transaction(['goals', 'imports'], 'readwrite', STRICT);
  const goalStore = tx.objectStore('goals');
  const existing = await goalStore.index('byCycle').getAll(cycleId);
  const planner = goalPlanner(existing, cycleId, importId, fileName, options.duplicates, now);
  // Written in steps of about stepMs, all in this one transaction: one row
  // that fails validation aborts it and nothing is written.
  const finished = tx.done;
  finished.catch(() => undefined);
  try {
    await writeInSteps(goalStore, selected, planner.plan, options.stepMs ?? COMMIT_STEP_MS, (done) => options.onProgress?.(done / selected.length));
    if (selected.length === 0) options.onProgress?.(1);
    const { createdGoalIds, previousGoals, skipped } = planner;
    const record = ImportRecord.parse({
      id: importId,
      cycleId,
      fileName: fileName,
      format: preview.format,
      createdGoalIds,
      previousGoals,
      skipped,
      createdAt: now,
      updatedAt: now,
    });
    await Promise.all([tx.objectStore('imports').put(record), finished]);
  } catch (error) {
    // Nothing written: a row failed validation, or a write failed (a full disk).
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed write.
    }
    await finished.catch(() => undefined);
    throw causeOf(error, tx);
  }
  notifyDataChanged(['goals', 'imports']);
  return { importId, created: planner.createdGoalIds.length, updated: planner.previousGoals.length, skipped: planner.skipped };
}

export interface UndoResult {
  /** Goals this import created, removed. */
  removed: number;
  /** Goals this import updated, back to their values before it. */
  restored: number;
  /** Goals the record names that this import no longer owns (a later import or a crafted record): left as they are. */
  leftAlone: number;
}

/**
 * Takes an import back, all or nothing, touching only what the import did.
 * The record alone is not trusted (it may come from a restored backup, or be
 * edited): a goal it lists as created is removed only while the goal's own
 * `source.importId` is this import and it is in the import's cycle; a goal it
 * holds earlier values for is restored only while the stored goal was last
 * written by this import, in that cycle. A goal a later import took over is
 * left as it is (undo that import first).
 */
export async function undoImport(importId: string): Promise<UndoResult> {
  const db = await getDb();
  const tx = db.transaction(['goals', 'imports'], 'readwrite', STRICT);
  const record = await tx.objectStore('imports').get(importId);
  if (!record) {
    await tx.done;
    throw new Error('This import was already undone.');
  }
  const { removals, restores, listed } = await undoWrites(tx.objectStore('goals'), record);
  await Promise.all([
    ...removals.map((id) => tx.objectStore('goals').delete(id)),
    ...restores.map((goal) => tx.objectStore('goals').put(goal)),
    tx.objectStore('imports').delete(importId),
    tx.done,
  ]);
  notifyDataChanged(['goals', 'imports']);
  return { removed: removals.length, restored: restores.length, leftAlone: listed - removals.length - restores.length };
}

/** What undoing one import record changes, as `undoImport` describes; nothing written yet. */
async function undoWrites(goalStore: { get(id: string): Promise<Goal | undefined> }, record: ImportRecord) {
  const isOwned = (goal: Goal | undefined): goal is Goal =>
    goal !== undefined && goal.source.importId === record.id && goal.cycleId === record.cycleId;
  const createdIds = [...new Set(record.createdGoalIds)];
  const created = await Promise.all(createdIds.map((id) => goalStore.get(id)));
  const removals = created.filter(isOwned).map((goal) => goal.id);
  // A goal is either created or updated by one import: an id in both lists, or listed twice, counts once.
  const seen = new Set(createdIds);
  const previous = record.previousGoals.filter((goal) => !seen.has(goal.id) && seen.add(goal.id) && goal.cycleId === record.cycleId);
  const stored = await Promise.all(previous.map((goal) => goalStore.get(goal.id)));
  const restores = previous.filter((_, index) => isOwned(stored[index]));
  return { removals, restores, listed: createdIds.length + record.previousGoals.length };
}

export interface TeamCommitResult {
  batchId: string;
  /** People whose goals were imported, and how many of them were created. */
  people: number;
  createdPeople: number;
  created: number;
  updated: number;
  skipped: number;
}

const TEAM_STORES = ['people', 'cycles', 'settings', 'goals', 'imports'] as const;

/**
 * Commits a team goals file: for each person of the plan (created first when
 * new), their goals into their current cycle (created when they have none),
 * all in one transaction: every person's goals or none. One import record
 * per person, sharing a batch id: `undoTeamImport` takes them all back.
 */
export async function commitTeamImport(preview: GoalsImportPreview, plan: TeamPlan, options: CommitOptions, now = new Date()): Promise<TeamCommitResult> {
  const batchId = newId('batch');
  const time = now.getTime();
  const fileName = cutText(cleanText(options.fileName, { multiline: false }).text.trim(), 500);
  const byRow = new Map(preview.rows.map((row) => [row.row, row]));
  const db = await getDb();
  const tx = db.transaction(TEAM_STORES, 'readwrite', STRICT);
  const result: TeamCommitResult = { batchId, people: 0, createdPeople: 0, created: 0, updated: 0, skipped: 0 };
  const writes: Promise<unknown>[] = [];
  try {
    let settings = repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
    for (const group of plan.groups) {
      const selected = group.rows
        .map((row) => byRow.get(row))
        .filter((row): row is PreviewRow => !!row?.goal && row.errors.length === 0 && (!options.rows || options.rows.has(row.row)));
      if (!selected.length) continue;
      let personId: string;
      let createdPersonId: string | undefined;
      if (group.person) {
        if (!(await tx.objectStore('people').get(group.person.id))) throw new Error(`${group.person.name} was deleted meanwhile`);
        personId = group.person.id;
      } else {
        const person = Person.parse({ id: newId('person'), name: group.newPerson!.name, ...(group.newPerson!.employeeId ? { employeeId: group.newPerson!.employeeId } : {}), aliases: [], createdAt: time, updatedAt: time });
        writes.push(tx.objectStore('people').put(person));
        personId = createdPersonId = person.id;
        result.createdPeople++;
      }
      // Their current cycle: the one remembered, else the newest being prepared, else a new one.
      const remembered = currentCycleIdOf(settings, personId);
      let cycle = remembered ? await tx.objectStore('cycles').get(remembered) : undefined;
      if (!cycle || personOf(cycle) !== personId) {
        const own = createdPersonId ? [] : await tx.objectStore('cycles').index('byPerson').getAll(personId);
        cycle = own.filter((c) => c.status === 'preparing').sort((a, b) => b.createdAt - a.createdAt)[0];
      }
      if (!cycle) {
        cycle = Cycle.parse({ id: newId('cycle'), personId, label: String(now.getFullYear()), status: 'preparing', createdAt: time, updatedAt: time });
        writes.push(tx.objectStore('cycles').put(cycle));
      }
      if (currentCycleIdOf(settings, personId) !== cycle.id) settings = { ...settings, currentCycles: { ...settings.currentCycles, [personId]: cycle.id } };
      const importId = newId('import');
      const existing = await tx.objectStore('goals').index('byCycle').getAll(cycle.id);
      const planned = goalPlanner(existing, cycle.id, importId, fileName, options.duplicates, time);
      // In steps, as commitImport: a team file of thousands of rows makes no long task either.
      await writeInSteps(tx.objectStore('goals'), selected, planned.plan, options.stepMs ?? COMMIT_STEP_MS);
      const record = ImportRecord.parse({
        id: importId,
        cycleId: cycle.id,
        fileName,
        format: preview.format,
        createdGoalIds: planned.createdGoalIds,
        previousGoals: planned.previousGoals,
        skipped: planned.skipped,
        batchId,
        ...(createdPersonId ? { createdPersonId } : {}),
        createdAt: time,
        updatedAt: time,
      });
      writes.push(tx.objectStore('imports').put(record));
      result.people++;
      result.created += planned.createdGoalIds.length;
      result.updated += planned.previousGoals.length;
      result.skipped += planned.skipped;
    }
    writes.push(tx.objectStore('settings').put({ ...settings, updatedAt: time }, SETTINGS_KEY));
  } catch (error) {
    try {
      tx.abort(); // nothing written
    } catch {
      // Already aborted by a failed write.
    }
    await Promise.allSettled(writes);
    await tx.done.catch(() => undefined);
    throw causeOf(error, tx);
  }
  await Promise.all([...writes, tx.done]);
  notifyDataChanged([...TEAM_STORES]);
  return result;
}

/**
 * Takes a whole team import back in one transaction: every person's goals as
 * `undoImport` does, and the people it created, with their cycles, when
 * nothing else is theirs by now (a note, a goal, an outcome, a question, a
 * review page); someone the user has started to prepare stays.
 */
export async function undoTeamImport(batchId: string): Promise<{ removed: number; restored: number; peopleRemoved: number }> {
  const stores = ['people', 'cycles', 'settings', 'goals', 'imports', 'notes', 'outcomes', 'questions', 'reviewTargets'] as const;
  const tx = (await getDb()).transaction(stores, 'readwrite', STRICT);
  const records = (await tx.objectStore('imports').getAll()).filter((record) => record.batchId === batchId);
  if (!records.length) {
    await tx.done;
    throw new Error('This import was already undone.');
  }
  let removed = 0;
  let restored = 0;
  for (const record of records) {
    const { removals, restores } = await undoWrites(tx.objectStore('goals'), record);
    await Promise.all([
      ...removals.map((id) => tx.objectStore('goals').delete(id)),
      ...restores.map((goal) => tx.objectStore('goals').put(goal)),
      tx.objectStore('imports').delete(record.id),
    ]);
    removed += removals.length;
    restored += restores.length;
  }
  let peopleRemoved = 0;
  let settings = repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
  const questions = await tx.objectStore('questions').getAll();
  for (const personId of new Set(records.map((record) => record.createdPersonId).filter((id): id is string => !!id))) {
    const cycles = await tx.objectStore('cycles').index('byPerson').getAll(personId);
    const counts = await Promise.all(
      cycles.flatMap((cycle) => [
        tx.objectStore('goals').index('byCycle').count(cycle.id),
        tx.objectStore('notes').index('byCycle').count(cycle.id),
        tx.objectStore('imports').index('byCycle').count(cycle.id),
        tx.objectStore('outcomes').count(cycle.id),
      ]),
    );
    const targets = await tx.objectStore('reviewTargets').index('byPerson').count(personId);
    const asked = questions.some((question) => personOf(question) === personId);
    if (counts.some((count) => count > 0) || targets > 0 || asked) continue;
    await Promise.all([tx.objectStore('people').delete(personId), ...cycles.map((cycle) => tx.objectStore('cycles').delete(cycle.id))]);
    const { [personId]: _gone, ...others } = settings.currentCycles ?? {};
    settings = { ...settings, currentCycles: others, ...(settings.popupPersonId === personId ? { popupPersonId: ME } : {}) };
    peopleRemoved++;
  }
  await Promise.all([tx.objectStore('settings').put({ ...settings, updatedAt: Date.now() }, SETTINGS_KEY), tx.done]);
  notifyDataChanged([...stores]);
  return { removed, restored, peopleRemoved };
}

/** Imports into a cycle, newest first. */
export async function listImports(cycleId: string): Promise<ImportRecord[]> {
  const list = await (await getDb()).getAllFromIndex('imports', 'byCycle', cycleId);
  return list.sort((a, b) => b.createdAt - a.createdAt);
}

export async function rememberMapping(signature: string, mapping: readonly (string | null)[]): Promise<void> {
  const now = Date.now();
  const record = ImportMapping.parse({ signature, mapping, createdAt: now, updatedAt: now });
  const tx = (await getDb()).transaction('mappings', 'readwrite');
  await Promise.all([tx.store.put(record), tx.done]);
}

export async function rememberedMapping(signature: string): Promise<(string | null)[] | undefined> {
  return (await (await getDb()).get('mappings', signature))?.mapping;
}
