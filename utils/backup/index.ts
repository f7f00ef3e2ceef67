/**
 * The employee's data as one portable file: a versioned JSON backup of every
 * store, validated record by record on restore, and the rules for merging it
 * into what is already there. Pure: no database, no extension APIs.
 */
import * as z from 'zod/mini';
import { DB_VERSION, type StoreName } from '../db/schema';
import { Cycle, Goal, ImportMapping, ImportRecord, Note, Outcome, Question, Settings, SiteRule } from '../model';
import { isSitePattern } from '../sites';

export const BACKUP_FORMAT = 'review-companion-backup';

/** The stores a backup carries, each with its schema and key. */
export const BACKUP_STORES = {
  cycles: { schema: Cycle, key: 'id' },
  goals: { schema: Goal, key: 'id' },
  notes: { schema: Note, key: 'id' },
  questions: { schema: Question, key: 'id' },
  outcomes: { schema: Outcome, key: 'cycleId' },
  siteRules: { schema: SiteRule, key: 'pattern' },
  imports: { schema: ImportRecord, key: 'id' },
  mappings: { schema: ImportMapping, key: 'signature' },
} as const satisfies Partial<Record<StoreName, { schema: unknown; key: string }>>;

export type BackupStore = keyof typeof BACKUP_STORES;
export const BACKUP_STORE_NAMES = Object.keys(BACKUP_STORES) as BackupStore[];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** The database schema version the data was written with. */
  version: number;
  exportedAt: string;
  stores: { [S in BackupStore]: z.infer<(typeof BACKUP_STORES)[S]['schema']>[] };
  settings?: Settings;
}

export function createBackup(stores: Backup['stores'], settings: Settings | undefined, now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: DB_VERSION, exportedAt: now.toISOString(), stores, ...(settings ? { settings } : {}) };
}

export type BackupProblem =
  | { reason: 'not-json' }
  | { reason: 'foreign' }
  | { reason: 'future'; version: number }
  | { reason: 'invalid'; store: string; index: number };

/** A record a backup carries that restoring leaves out, and why. */
export interface DroppedRecord {
  store: 'siteRules';
  /** What the user recognises it by: the site rule's pattern. */
  label: string;
  reason: 'invalid-pattern';
}

export type ParsedBackup = { ok: true; backup: Backup; dropped: DroppedRecord[] } | ({ ok: false } & BackupProblem);

/**
 * A site rule whose pattern breaks the grammar every other part uses (see
 * utils/sites.ts): the browser would refuse it, and with it every other site.
 */
function invalidSitePattern(record: unknown): string | undefined {
  if (!record || typeof record !== 'object') return undefined;
  const pattern = (record as { pattern?: unknown }).pattern;
  return typeof pattern === 'string' && !isSitePattern(pattern) ? pattern : undefined;
}

/**
 * Reads a backup file. A truncated or corrupted file, a file of another
 * program, a backup from a newer version of the extension or one with a
 * single invalid record is refused whole, with the reason. A site rule whose
 * pattern is not a site address is left out (listed in `dropped`): the rest
 * restores.
 */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) return { ok: false, reason: 'foreign' };
  const { version, stores, settings } = raw as { version?: unknown; stores?: unknown; settings?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'foreign' };
  if (version > DB_VERSION) return { ok: false, reason: 'future', version };
  if (!stores || typeof stores !== 'object') return { ok: false, reason: 'foreign' };
  const parsed: Record<string, unknown[]> = {};
  const dropped: DroppedRecord[] = [];
  for (const name of BACKUP_STORE_NAMES) {
    const records = (stores as Record<string, unknown>)[name] ?? [];
    if (!Array.isArray(records)) return { ok: false, reason: 'invalid', store: name, index: -1 };
    const schema = BACKUP_STORES[name].schema as z.ZodMiniType;
    parsed[name] = [];
    for (const [index, record] of records.entries()) {
      const badPattern = name === 'siteRules' ? invalidSitePattern(record) : undefined;
      if (badPattern !== undefined) {
        dropped.push({ store: 'siteRules', label: badPattern, reason: 'invalid-pattern' });
        continue;
      }
      // Version 1 notes had no updatedAt (see migration 2).
      const upgraded =
        name === 'notes' && record && typeof record === 'object' && !('updatedAt' in record)
          ? { ...record, updatedAt: (record as { createdAt?: unknown }).createdAt }
          : record;
      const result = schema.safeParse(upgraded);
      if (!result.success) return { ok: false, reason: 'invalid', store: name, index };
      parsed[name].push(result.data);
    }
  }
  let validSettings: Settings | undefined;
  if (settings !== undefined) {
    const result = Settings.safeParse(settings);
    if (!result.success) return { ok: false, reason: 'invalid', store: 'settings', index: 0 };
    validSettings = result.data;
  }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version,
      exportedAt: String((raw as { exportedAt?: unknown }).exportedAt ?? ''),
      stores: parsed as Backup['stores'],
      ...(validSettings ? { settings: validSettings } : {}),
    },
    dropped,
  };
}

/** Records per store, and the cycles, for the restore preview. */
export function backupSummary(backup: Backup): { counts: Record<BackupStore, number>; cycles: string[] } {
  const counts = Object.fromEntries(BACKUP_STORE_NAMES.map((name) => [name, backup.stores[name].length])) as Record<BackupStore, number>;
  return { counts, cycles: backup.stores.cycles.map((cycle) => cycle.label) };
}

/**
 * Merge rule: by key, the record changed last wins (an equal time keeps the
 * stored one). Returns the records to write.
 */
export function recordsToMerge<T extends { updatedAt: number }>(
  stored: ReadonlyMap<string, T>,
  incoming: readonly T[],
  keyOf: (record: T) => string,
): T[] {
  return incoming.filter((record) => {
    const current = stored.get(keyOf(record));
    return !current || record.updatedAt > current.updatedAt;
  });
}
