import type { DBSchema } from 'idb';
import type { Cycle, Goal, ImportMapping, ImportRecord, Note, Outcome, Person, Question, ReviewTarget, Settings, SiteRule } from '../model';

export const DB_NAME = 'review-companion';
/** Bump together with a new entry in `migrations.ts`. */
export const DB_VERSION = 4;

export const SETTINGS_KEY = 'settings';

export interface ReviewDb extends DBSchema {
  /** `byPerson`: one person's cycles without reading the others'. */
  cycles: { key: string; value: Cycle; indexes: { byPerson: string } };
  goals: { key: string; value: Goal; indexes: { byCycle: string } };
  notes: { key: string; value: Note; indexes: { byCycle: string; byCycleUpdated: [string, number] } };
  questions: { key: string; value: Question };
  outcomes: { key: string; value: Outcome };
  siteRules: { key: string; value: SiteRule };
  imports: { key: string; value: ImportRecord; indexes: { byCycle: string } };
  mappings: { key: string; value: ImportMapping };
  /** The people I review (never "me"). */
  people: { key: string; value: Person; indexes: { byName: string } };
  /** Whose review a review address is about. */
  reviewTargets: { key: string; value: ReviewTarget; indexes: { byPerson: string } };
  /** Out-of-line keys: one record under `SETTINGS_KEY`. */
  settings: { key: string; value: Settings };
}

// The store names live in the model: the messages name them too (utils/messaging), and no layer imports the database's.
export { STORE_NAMES, type StoreName } from '../model';
