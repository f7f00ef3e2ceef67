/**
 * Sample data in the database (see utils/sample.ts): added to the current
 * cycle in one transaction, removed in one transaction by key range over the
 * sample id prefix, so the user's own records are never read nor written.
 */
import { buildSampleData, isSampleRecord, SAMPLE_KEY_RANGE } from '../sample';
import type { PrepLanguage } from '../prep/strings';
import { notifyDataChanged } from './changes';
import { ensureCurrentCycle, getDb } from './index';
import { SETTINGS_KEY } from './schema';

const SAMPLE_STORES = ['goals', 'notes', 'questions'] as const;
const samples = () => IDBKeyRange.bound(...SAMPLE_KEY_RANGE);

/** Puts the sample goals, notes and question in the current cycle (again: the same ids are overwritten). */
export async function addSampleData(language: PrepLanguage, now = Date.now()): Promise<void> {
  const cycle = await ensureCurrentCycle();
  const data = buildSampleData(cycle.id, language, now);
  const db = await getDb();
  const tx = db.transaction(SAMPLE_STORES, 'readwrite', { durability: 'strict' });
  await Promise.all([
    ...data.goals.map((goal) => tx.objectStore('goals').put(goal)),
    ...data.notes.map((note) => tx.objectStore('notes').put(note)),
    ...data.questions.map((question) => tx.objectStore('questions').put(question)),
    tx.done,
  ]);
  notifyDataChanged([...SAMPLE_STORES]);
}

/** Deletes every sample record (and its pins); nothing else. */
export async function removeSampleData(): Promise<void> {
  const db = await getDb();
  const tx = db.transaction([...SAMPLE_STORES, 'settings'], 'readwrite', { durability: 'strict' });
  const settingsStore = tx.objectStore('settings');
  const settings = await settingsStore.get(SETTINGS_KEY);
  const writes: Promise<unknown>[] = SAMPLE_STORES.map((store) => tx.objectStore(store).delete(samples()));
  if (settings?.pinned?.some((id) => isSampleRecord({ id }))) {
    const pinned = settings.pinned.filter((id) => !isSampleRecord({ id }));
    writes.push(settingsStore.put({ ...settings, pinned, updatedAt: Date.now() }, SETTINGS_KEY));
  }
  await Promise.all([...writes, tx.done]);
  notifyDataChanged([...SAMPLE_STORES, 'settings']);
}

/** Whether any sample goal is stored. */
export async function hasSampleData(): Promise<boolean> {
  return (await (await getDb()).count('goals', samples())) > 0;
}
