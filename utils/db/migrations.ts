/**
 * Numbered schema migrations. Each entry upgrades the database from
 * `version - 1` to `version` inside the upgrade transaction; they run in
 * order, so a database of any earlier version reaches the current one.
 * Never edit a released migration: add a new one, and a fixture of the
 * version it starts from under tests/fixtures/db/.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { ME } from '../model';
import type { ReviewDb } from './schema';

type UpgradeDb = IDBPDatabase<ReviewDb>;
type UpgradeTx = IDBPTransaction<ReviewDb, StoreNames<ReviewDb>[], 'versionchange'>;

export interface Migration {
  version: number;
  description: string;
  up(db: UpgradeDb, tx: UpgradeTx): Promise<void> | void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'cycles, goals and notes by cycle, settings',
    up(db) {
      db.createObjectStore('cycles', { keyPath: 'id' });
      db.createObjectStore('goals', { keyPath: 'id' }).createIndex('byCycle', 'cycleId');
      db.createObjectStore('notes', { keyPath: 'id' }).createIndex('byCycle', 'cycleId');
      db.createObjectStore('settings');
    },
  },
  {
    version: 2,
    description: 'questions, outcomes and site rules; notes of a cycle by last change',
    async up(db, tx) {
      db.createObjectStore('questions', { keyPath: 'id' });
      db.createObjectStore('outcomes', { keyPath: 'cycleId' });
      db.createObjectStore('siteRules', { keyPath: 'pattern' });
      const notes = tx.objectStore('notes');
      // Version 1 stored no `updatedAt` on notes: backfill it before indexing.
      let cursor = await notes.openCursor();
      while (cursor) {
        const note = cursor.value as ReviewDb['notes']['value'] & { updatedAt?: number };
        if (typeof note.updatedAt !== 'number') await cursor.update({ ...note, updatedAt: note.createdAt });
        cursor = await cursor.continue();
      }
      // Newest notes of a cycle first, without reading them all.
      notes.createIndex('byCycleUpdated', ['cycleId', 'updatedAt']);
    },
  },
  {
    version: 3,
    description: 'goal imports (for undo) and remembered column mappings',
    up(db) {
      db.createObjectStore('imports', { keyPath: 'id' }).createIndex('byCycle', 'cycleId');
      db.createObjectStore('mappings', { keyPath: 'signature' });
    },
  },
  {
    version: 4,
    description: 'people I review, whose review an address is, cycles and questions by person (all existing ones are mine)',
    async up(db, tx) {
      db.createObjectStore('people', { keyPath: 'id' }).createIndex('byName', 'name');
      db.createObjectStore('reviewTargets', { keyPath: 'key' }).createIndex('byPerson', 'personId');
      // Every cycle and question so far is the user's own ("me").
      for (const name of ['cycles', 'questions'] as const) {
        let cursor = await tx.objectStore(name).openCursor();
        while (cursor) {
          const record = cursor.value as { personId?: unknown };
          if (typeof record.personId !== 'string') await cursor.update({ ...cursor.value, personId: ME });
          cursor = await cursor.continue();
        }
      }
      tx.objectStore('cycles').createIndex('byPerson', 'personId');
    },
  },
];

export async function runMigrations(db: UpgradeDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (migration.version > oldVersion) await migration.up(db, tx);
  }
}
