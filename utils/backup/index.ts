/**
 * The employee's data as one portable file: a versioned JSON backup of every
 * store, validated record by record on restore, and the rules for merging it
 * into what is already there. Pure: no database, no extension APIs.
 */
import * as z from 'zod/mini';
import { DB_VERSION, type StoreName } from '../db/schema';
import { type JsonLimits, checkJsonLimits } from '../json-limits';
import { Cycle, Goal, ImportMapping, ImportRecord, MAX_TEXT, Note, Outcome, Person, Question, ReviewTarget, Settings, SiteRule } from '../model';
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
  /** The people I review; their cycles carry their `personId` (a backup before version 4 has none: all mine). */
  people: { schema: Person, key: 'id' },
  reviewTargets: { schema: ReviewTarget, key: 'key' },
} as const satisfies Partial<Record<StoreName, { schema: unknown; key: string }>>;

export type BackupStore = keyof typeof BACKUP_STORES;
export const BACKUP_STORE_NAMES = Object.keys(BACKUP_STORES) as BackupStore[];

/**
 * Backup files larger than this are refused before they are read: years of
 * one person's goals and notes take a few megabytes.
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/**
 * Records a backup may hold per store: far above one person's data (a cycle
 * a year, an import a week), low enough to bound what a restore builds.
 */
export const MAX_BACKUP_RECORDS: Readonly<Record<BackupStore, number>> = {
  cycles: 1_000,
  goals: 50_000,
  notes: 100_000,
  questions: 10_000,
  outcomes: 1_000,
  siteRules: 1_000,
  imports: 1_000,
  mappings: 1_000,
  people: 1_000,
  reviewTargets: 10_000,
};

/**
 * The shape a backup's JSON may have, checked before it is parsed (a 50 MB
 * file of empty objects would otherwise become millions of objects first):
 * lists as long as the largest store, texts as long as the longest field
 * (a note or description), nesting and keys far beyond our records'.
 */
const BACKUP_JSON_LIMITS: JsonLimits = {
  depth: 16,
  items: Math.max(...Object.values(MAX_BACKUP_RECORDS)),
  keys: 200,
  text: MAX_TEXT,
  values: 5_000_000,
};

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
  | { reason: 'invalid'; store: string; index: number }
  /** The file is larger than MAX_BACKUP_BYTES. */
  | { reason: 'too-large'; maxBytes: number }
  /** A store holds more records than MAX_BACKUP_RECORDS allows. */
  | { reason: 'too-many'; store: BackupStore; max: number }
  /** The JSON is nested deeper, or holds longer texts or more values, than any backup (BACKUP_JSON_LIMITS). */
  | { reason: 'too-complex' };

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

const isBackupStore = (name: unknown): name is BackupStore => typeof name === 'string' && Object.hasOwn(BACKUP_STORES, name);

/**
 * Reads a backup file: its size is checked before its text is read. See
 * `parseBackup` for the rest.
 */
export async function readBackupFile(file: Pick<Blob, 'size' | 'text'>): Promise<ParsedBackup> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, reason: 'too-large', maxBytes: MAX_BACKUP_BYTES };
  return parseBackup(await file.text());
}

/**
 * Reads a backup file's text. A truncated or corrupted file, a file of another
 * program, a backup from a newer version of the extension, one past the
 * limits (size, records per store, shape: checked before the JSON is built)
 * or one with a single invalid record is refused whole, with the reason. A
 * site rule whose pattern is not a site address is left out (listed in
 * `dropped`): the rest restores.
 */
export function parseBackup(text: string): ParsedBackup {
  // Text read some other way than readBackupFile: at most as many characters as the file had bytes.
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, reason: 'too-large', maxBytes: MAX_BACKUP_BYTES };
  const shape = checkJsonLimits(text, BACKUP_JSON_LIMITS);
  if (!shape.ok) {
    if (shape.syntax) return { ok: false, reason: 'not-json' };
    const [top, store] = shape.path;
    if (shape.limit === 'items' && shape.path.length === 2 && top === 'stores' && isBackupStore(store)) {
      return { ok: false, reason: 'too-many', store, max: MAX_BACKUP_RECORDS[store] };
    }
    return { ok: false, reason: 'too-complex' };
  }
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
    if (records.length > MAX_BACKUP_RECORDS[name]) return { ok: false, reason: 'too-many', store: name, max: MAX_BACKUP_RECORDS[name] };
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
