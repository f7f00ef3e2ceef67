/**
 * The data lifecycle on the database: everything out as a backup, a backup
 * back in (merged or replacing, in one transaction), and deleting it all.
 */
import { BACKUP_STORE_NAMES, BACKUP_STORES, createBackup, recordsToMerge, type Backup } from '../backup';
import { notifyDataChanged } from './changes';
import { closeDb, getDb, getSettings } from './index';
import { DB_NAME, SETTINGS_KEY } from './schema';

const STRICT = { durability: 'strict' } as const;

/** Every record of every store, read in one transaction (a consistent snapshot). */
export async function exportAll(now = new Date()): Promise<Backup> {
  const db = await getDb();
  const tx = db.transaction(BACKUP_STORE_NAMES);
  const entries = await Promise.all(BACKUP_STORE_NAMES.map(async (name) => [name, await tx.objectStore(name).getAll()] as const));
  await tx.done;
  return createBackup(Object.fromEntries(entries) as Backup['stores'], await getSettings(), now);
}

export interface RestoreResult {
  written: number;
}

/**
 * Restores a parsed backup. `replace` empties every store first; `merge`
 * keeps what is here and takes a backup record only where it is newer (by
 * `updatedAt`). One transaction: on any failure nothing changes.
 */
export async function restoreBackup(backup: Backup, mode: 'merge' | 'replace'): Promise<RestoreResult> {
  const db = await getDb();
  const tx = db.transaction([...BACKUP_STORE_NAMES, 'settings'], 'readwrite', STRICT);
  let written = 0;
  const writes: Promise<unknown>[] = [];
  for (const name of BACKUP_STORE_NAMES) {
    const store = tx.objectStore(name);
    const key = BACKUP_STORES[name].key;
    const keyOf = (record: object) => String((record as Record<string, unknown>)[key]);
    const incoming = backup.stores[name] as { updatedAt: number }[];
    let toWrite = incoming;
    if (mode === 'replace') {
      await store.clear();
    } else {
      const stored = new Map((await store.getAll()).map((record) => [keyOf(record), record as { updatedAt: number }]));
      toWrite = recordsToMerge(stored, incoming, keyOf);
    }
    for (const record of toWrite) writes.push(store.put(record as never));
    written += toWrite.length;
  }
  if (backup.settings) {
    const settings = tx.objectStore('settings');
    const current = (await settings.get(SETTINGS_KEY)) as { updatedAt?: number } | undefined;
    if (mode === 'replace' || !current || backup.settings.updatedAt > (current.updatedAt ?? 0)) {
      writes.push(settings.put(backup.settings, SETTINGS_KEY));
    }
  } else if (mode === 'replace') {
    writes.push(tx.objectStore('settings').clear());
  }
  await Promise.all([...writes, tx.done]);
  notifyDataChanged([...BACKUP_STORE_NAMES, 'settings']);
  return { written };
}

/** Another page kept the database open: it was not deleted (yet). */
export class DatabaseBlockedError extends Error {
  override name = 'DatabaseBlockedError';
  constructor() {
    super('Another page keeps the database open');
  }
}

interface Deletion {
  factory: IDBFactory;
  /** Settles when the browser has deleted the database (or failed to). */
  done: Promise<void>;
  /** Resolves when another page's connection holds the deletion up. */
  blocked: Promise<void>;
}

/** A deletion the browser still holds because another page blocks it: trying again waits for the same one. */
let unfinished: Deletion | undefined;

function startDeletion(): Deletion {
  let onBlocked!: () => void;
  const blocked = new Promise<void>((resolve) => (onBlocked = resolve));
  const factory = indexedDB;
  const done = new Promise<void>((resolve, reject) => {
    const request = factory.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The database could not be deleted'));
    request.onblocked = () => onBlocked();
  });
  const deletion = { factory, done, blocked };
  const forget = () => {
    if (unfinished === deletion) unfinished = undefined;
  };
  done.then(forget, forget);
  return deletion;
}

/**
 * Deletes the database itself. Every page of this version closes its
 * connection when asked (see `blocking` in ./index.ts); a page that does not
 * (an older build still open) blocks the deletion: `waitWhenBlockedMs` after
 * the browser says so, or `maxWaitMs` after the start, this gives up with
 * `DatabaseBlockedError` instead of hanging. The browser keeps the request:
 * the deletion still happens once that page closes.
 */
export async function deleteEverything({ waitWhenBlockedMs = 2_000, maxWaitMs = 8_000 } = {}): Promise<void> {
  await closeDb();
  const deletion = unfinished?.factory === indexedDB ? unfinished : startDeletion();
  unfinished = deletion;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const after = (ms: number) => new Promise<'blocked'>((resolve) => timers.push(setTimeout(() => resolve('blocked'), ms)));
  try {
    const outcome = await Promise.race([
      deletion.done.then(() => 'deleted' as const),
      // Pages that are closing may still finish a transaction: give them a moment.
      deletion.blocked.then(() => after(waitWhenBlockedMs)),
      after(maxWaitMs),
    ]);
    if (outcome === 'blocked') throw new DatabaseBlockedError();
  } finally {
    for (const timer of timers) clearTimeout(timer);
  }
}
