/**
 * Reading a cycle's goals in pages, so that no task of the page reading them
 * runs long. IndexedDB turns a whole `getAll` into objects in the one task
 * that delivers its result: 10,000 goals (an import) took 35–55 ms of CPU
 * there, and twice that as wall time on a busy machine. Each request below
 * delivers its own page in a task of its own.
 *
 * An index has no offset: the first page comes from the index, the rest by
 * ranges of primary keys (a cycle's keys, from the index, in their order),
 * read from the store and kept when they belong to the cycle (ids are
 * random, so a range may hold another cycle's goals too). The order is the
 * index's own: by primary key.
 */
import type { IDBPTransaction } from 'idb';
import type { Goal } from '../model';
import type { ReviewDb, StoreName } from './schema';

/** Goals per request. */
export const GOAL_PAGE = 1000;

type GoalsTransaction = IDBPTransaction<ReviewDb, StoreName[], 'readonly' | 'readwrite'>;

/** A cycle's goals, as `index('byCycle').getAll(cycleId)` returns them, in requests of `page` goals. */
export async function cycleGoalsInPages(tx: GoalsTransaction, cycleId: string, page = GOAL_PAGE): Promise<Goal[]> {
  const store = tx.objectStore('goals');
  const index = store.index('byCycle');
  const first = await index.getAll(cycleId, page);
  if (first.length < page) return first;
  const rest = (await index.getAllKeys(cycleId)).slice(page);
  const pages: Promise<Goal[]>[] = [];
  for (let start = 0; start < rest.length; start += page) {
    const keys = rest.slice(start, start + page);
    pages.push(store.getAll(IDBKeyRange.bound(keys[0]!, keys.at(-1)!)));
  }
  const read = await Promise.all(pages);
  return first.concat(...read.map((goals) => goals.filter((goal) => goal.cycleId === cycleId)));
}
