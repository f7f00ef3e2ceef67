import type { DBSchema } from 'idb';
import type { Cycle, Goal, Note, Outcome, Question, Settings, SiteRule } from '../model';

export const DB_NAME = 'review-companion';
/** Bump together with a new entry in `migrations.ts`. */
export const DB_VERSION = 2;

export const SETTINGS_KEY = 'settings';

export interface ReviewDb extends DBSchema {
  cycles: { key: string; value: Cycle };
  goals: { key: string; value: Goal; indexes: { byCycle: string } };
  notes: { key: string; value: Note; indexes: { byCycle: string; byCycleUpdated: [string, number] } };
  questions: { key: string; value: Question };
  outcomes: { key: string; value: Outcome };
  siteRules: { key: string; value: SiteRule };
  /** Out-of-line keys: one record under `SETTINGS_KEY`. */
  settings: { key: string; value: Settings };
}

export type StoreName = 'cycles' | 'goals' | 'notes' | 'questions' | 'outcomes' | 'siteRules' | 'settings';
export const STORE_NAMES: readonly StoreName[] = [
  'cycles',
  'goals',
  'notes',
  'questions',
  'outcomes',
  'siteRules',
  'settings',
];
