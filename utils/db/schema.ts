import type { DBSchema } from 'idb';
import type { Cycle, Goal, ImportMapping, ImportRecord, Note, Outcome, Question, Settings, SiteRule } from '../model';

export const DB_NAME = 'review-companion';
/** Bump together with a new entry in `migrations.ts`. */
export const DB_VERSION = 3;

export const SETTINGS_KEY = 'settings';

export interface ReviewDb extends DBSchema {
  cycles: { key: string; value: Cycle };
  goals: { key: string; value: Goal; indexes: { byCycle: string } };
  notes: { key: string; value: Note; indexes: { byCycle: string; byCycleUpdated: [string, number] } };
  questions: { key: string; value: Question };
  outcomes: { key: string; value: Outcome };
  siteRules: { key: string; value: SiteRule };
  imports: { key: string; value: ImportRecord; indexes: { byCycle: string } };
  mappings: { key: string; value: ImportMapping };
  /** Out-of-line keys: one record under `SETTINGS_KEY`. */
  settings: { key: string; value: Settings };
}

export type StoreName =
  | 'cycles'
  | 'goals'
  | 'notes'
  | 'questions'
  | 'outcomes'
  | 'siteRules'
  | 'imports'
  | 'mappings'
  | 'settings';
export const STORE_NAMES = [
  'cycles',
  'goals',
  'notes',
  'questions',
  'outcomes',
  'siteRules',
  'imports',
  'mappings',
  'settings',
] as const satisfies readonly StoreName[];
