/**
 * The welcome page's four steps, ticked from what is stored (never from a
 * flag of their own): a note of the user's, a goal of the user's, a site
 * rule (a custom site enabled or a built-in suite switched), sample data put
 * in on the practice form. Sample records do not count as the user's.
 */
import { SAMPLE_KEY_RANGE } from '../sample';
import { getDb } from './index';

export interface FirstRunProgress {
  note: boolean;
  goals: boolean;
  sites: boolean;
  practice: boolean;
}

export async function loadFirstRunProgress(): Promise<FirstRunProgress> {
  const db = await getDb();
  const samples = IDBKeyRange.bound(...SAMPLE_KEY_RANGE);
  const tx = db.transaction(['notes', 'goals', 'siteRules']);
  const [notes, sampleNotes, goals, sampleGoals, rules] = await Promise.all([
    tx.objectStore('notes').count(),
    tx.objectStore('notes').count(samples),
    tx.objectStore('goals').count(),
    tx.objectStore('goals').count(samples),
    tx.objectStore('siteRules').count(),
  ]);
  return { note: notes > sampleNotes, goals: goals > sampleGoals, sites: rules > 0, practice: sampleGoals > 0 };
}
