/**
 * Committing an import preview as goals of a cycle: all selected rows or
 * none (one transaction), recorded so that one click undoes it, and never
 * duplicating a goal imported before (matched on its external id, else on its
 * title within the cycle).
 */
import type { GoalsImportPreview } from '../import/types';
import { Goal, ImportMapping, ImportRecord, newId } from '../model';
import { notifyDataChanged } from './changes';
import { getDb } from './index';
import { cleanText, cutText } from '../text';

const STRICT = { durability: 'strict' } as const;

export interface CommitOptions {
  fileName: string;
  /** Data rows to import (1-based); default: every row without errors. */
  rows?: ReadonlySet<number>;
  /** What to do with a row matching an existing goal. */
  duplicates: 'update' | 'skip';
  /** Called with the share of rows written so far (0 to 1). */
  onProgress?(fraction: number): void;
}

/**
 * Rows validated and written per step of a commit. The transaction stays open
 * across steps (each waits only for its own writes), so the page gets a turn
 * between them: no task of a 10,000-row commit runs long.
 */
const COMMIT_CHUNK = 500;

export interface CommitResult {
  importId: string;
  created: number;
  updated: number;
  skipped: number;
}

const titleKey = (title: string) => title.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

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
  const byExternalId = new Map(existing.filter((goal) => goal.source.externalId).map((goal) => [goal.source.externalId!, goal]));
  const byTitle = new Map(existing.map((goal) => [titleKey(goal.title), goal]));

  // New goals sort after every goal already in the cycle, in file order.
  const firstCreatedAt = Math.max(now, ...existing.map((goal) => goal.createdAt + 1));
  const createdGoalIds: string[] = [];
  const createdIds = new Set<string>();
  const previousGoals: Goal[] = [];
  const updatedIds = new Set<string>();
  let skipped = 0;
  // Written in steps of COMMIT_CHUNK rows, all in this one transaction: one
  // row that fails validation aborts it and nothing is written.
  const finished = tx.done;
  finished.catch(() => undefined);
  let previousStep: Promise<unknown> = Promise.resolve();
  try {
    for (let start = 0; start < selected.length; start += COMMIT_CHUNK) {
      const writes: Goal[] = [];
      for (const { row, goal: draft } of selected.slice(start, start + COMMIT_CHUNK)) {
        const { externalId, period: _period, ...fields } = draft!;
        const match = (externalId && byExternalId.get(externalId)) || byTitle.get(titleKey(fields.title));
        const source = { importId, file: fileName, row, ...(externalId ? { externalId } : {}) };
        if (match) {
          // Skipped: the user chose so, or the file repeats a goal (already written by this import).
          const repeated = createdIds.has(match.id) || updatedIds.has(match.id);
          if (options.duplicates === 'skip' || repeated) {
            skipped++;
            continue;
          }
          previousGoals.push(match);
          updatedIds.add(match.id);
          writes.push(Goal.parse({ ...fields, id: match.id, cycleId, source, createdAt: match.createdAt, updatedAt: now }));
        } else {
          const goal = Goal.parse({ ...fields, id: newId('goal'), cycleId, source, createdAt: firstCreatedAt + createdGoalIds.length, updatedAt: now });
          createdGoalIds.push(goal.id);
          createdIds.add(goal.id);
          byTitle.set(titleKey(goal.title), goal);
          if (externalId) byExternalId.set(externalId, goal);
          writes.push(goal);
        }
      }
      // This step's writes are queued before the previous step's are awaited:
      // the database always has work, and the page still gets its turns.
      const puts = Promise.all(writes.map((goal) => goalStore.put(goal)));
      puts.catch(() => undefined);
      await previousStep;
      previousStep = puts;
      options.onProgress?.(Math.min(1, start / selected.length));
    }
    await previousStep;
    options.onProgress?.(1);
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
    throw error;
  }
  notifyDataChanged(['goals', 'imports']);
  return { importId, created: createdGoalIds.length, updated: previousGoals.length, skipped };
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
  const goalStore = tx.objectStore('goals');
  const isOwned = (goal: Goal | undefined): goal is Goal =>
    goal !== undefined && goal.source.importId === importId && goal.cycleId === record.cycleId;
  const createdIds = [...new Set(record.createdGoalIds)];
  const created = await Promise.all(createdIds.map((id) => goalStore.get(id)));
  const removals = created.filter(isOwned).map((goal) => goal.id);
  // A goal is either created or updated by one import: an id in both lists, or listed twice, counts once.
  const seen = new Set(createdIds);
  const previous = record.previousGoals.filter((goal) => !seen.has(goal.id) && seen.add(goal.id) && goal.cycleId === record.cycleId);
  const stored = await Promise.all(previous.map((goal) => goalStore.get(goal.id)));
  const restores = previous.filter((_, index) => isOwned(stored[index]));
  await Promise.all([
    ...removals.map((id) => goalStore.delete(id)),
    ...restores.map((goal) => goalStore.put(goal)),
    tx.objectStore('imports').delete(importId),
    tx.done,
  ]);
  notifyDataChanged(['goals', 'imports']);
  const listed = createdIds.length + record.previousGoals.length;
  return { removed: removals.length, restored: restores.length, leftAlone: listed - removals.length - restores.length };
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
