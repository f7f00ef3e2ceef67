/**
 * The people I review, on the database: adding and editing one, everything
 * about one person out as a file of their own, and deleting one person
 * completely (one transaction) with what it takes to put them back.
 */
import type { IDBPTransaction } from 'idb';
import { ME, Person, newId, personOf } from '../model';
import { personProgress, sortByInterview, type PersonProgress } from '../people/overview';
import type { PersonRecords } from '../people/records';
import { notifyDataChanged } from './changes';
import { currentCycleIdOf, getDb, repairSettings } from './index';
import { SETTINGS_KEY, type ReviewDb, type StoreName } from './schema';

const STRICT = { durability: 'strict' } as const;

export type PersonInput = Pick<Person, 'name'> & Partial<Pick<Person, 'employeeId' | 'role' | 'aliases'>>;

/** Empty optional fields are left out; aliases trimmed, empty and repeated ones dropped. */
function cleanInput(input: PersonInput): PersonInput {
  const aliases = [...new Set((input.aliases ?? []).map((alias) => alias.trim()).filter(Boolean))];
  return {
    name: input.name.trim(),
    ...(input.employeeId?.trim() ? { employeeId: input.employeeId.trim() } : {}),
    ...(input.role?.trim() ? { role: input.role.trim() } : {}),
    aliases,
  };
}

export async function addPerson(input: PersonInput, now = Date.now()): Promise<Person> {
  const person = Person.parse({ id: newId('person'), ...cleanInput(input), createdAt: now, updatedAt: now });
  const tx = (await getDb()).transaction('people', 'readwrite', STRICT);
  await Promise.all([tx.store.put(person), tx.done]);
  notifyDataChanged(['people']);
  return person;
}

/** Changes a person's name, id, role or aliases; undefined when they were deleted meanwhile. */
export async function updatePerson(id: string, input: PersonInput): Promise<Person | undefined> {
  const tx = (await getDb()).transaction('people', 'readwrite', STRICT);
  const current = await tx.store.get(id);
  if (!current) {
    await tx.done;
    return undefined;
  }
  const { employeeId: _id, role: _role, ...kept } = current;
  const next = Person.parse({ ...kept, ...cleanInput(input), updatedAt: Date.now() });
  await Promise.all([tx.store.put(next), tx.done]);
  notifyDataChanged(['people']);
  return next;
}

export type { PersonRecords } from '../people/records';

const PERSON_STORES = ['people', 'cycles', 'goals', 'notes', 'outcomes', 'imports', 'questions', 'reviewTargets', 'settings'] as const satisfies readonly StoreName[];

type PersonTx = IDBPTransaction<ReviewDb, (typeof PERSON_STORES)[number][], IDBTransactionMode>;

/** Reads one person's records through the indexes: their cycles `byPerson`, then each cycle's goals, notes and imports `byCycle`. */
async function readPersonRecords(tx: PersonTx, personId: string): Promise<PersonRecords | undefined> {
  const person = await tx.objectStore('people').get(personId);
  if (!person) return undefined;
  const cycles = await tx.objectStore('cycles').index('byPerson').getAll(personId);
  const perCycle = await Promise.all(
    cycles.map(async (cycle) => {
      const [goals, notes, imports, outcome] = await Promise.all([
        tx.objectStore('goals').index('byCycle').getAll(cycle.id),
        tx.objectStore('notes').index('byCycle').getAll(cycle.id),
        tx.objectStore('imports').index('byCycle').getAll(cycle.id),
        tx.objectStore('outcomes').get(cycle.id),
      ]);
      return { goals, notes, imports, outcome };
    }),
  );
  const questions = (await tx.objectStore('questions').getAll()).filter((question) => personOf(question) === personId);
  const reviewTargets = await tx.objectStore('reviewTargets').index('byPerson').getAll(personId);
  const settings = repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
  const goals = perCycle.flatMap((entry) => entry.goals);
  const notes = perCycle.flatMap((entry) => entry.notes);
  const ids = new Set([...goals, ...notes].map((record) => record.id));
  const currentCycleId = currentCycleIdOf(settings, personId);
  return {
    person,
    cycles: cycles.sort((a, b) => a.createdAt - b.createdAt),
    goals,
    notes,
    outcomes: perCycle.flatMap((entry) => (entry.outcome ? [entry.outcome] : [])),
    imports: perCycle.flatMap((entry) => entry.imports),
    questions,
    reviewTargets,
    ...(currentCycleId ? { currentCycleId } : {}),
    pinned: (settings.pinned ?? []).filter((id) => ids.has(id)),
  };
}

/** One person's records, read in one transaction (a consistent snapshot); undefined when there is no such person. */
export async function loadPersonRecords(personId: string): Promise<PersonRecords | undefined> {
  if (personId === ME) return undefined;
  const tx = (await getDb()).transaction(PERSON_STORES);
  const records = await readPersonRecords(tx, personId);
  await tx.done;
  return records;
}

/**
 * Deletes one person completely, in one transaction: the person, their
 * cycles with their goals, notes, imports and outcomes, the questions for
 * them, the review pages remembered as theirs, their current cycle and pins
 * in the settings. Nobody else's records are touched. Resolves to what was
 * deleted, which `restorePerson` puts back (undo).
 */
export async function deletePerson(personId: string): Promise<PersonRecords | undefined> {
  if (personId === ME) throw new Error('"Me" is not a person that can be deleted');
  const tx = (await getDb()).transaction(PERSON_STORES, 'readwrite', STRICT);
  const records = await readPersonRecords(tx, personId);
  if (!records) {
    await tx.done;
    return undefined;
  }
  const settings = repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
  const { [personId]: _current, ...otherCurrent } = settings.currentCycles ?? {};
  const pinned = new Set(records.pinned);
  const nextSettings = {
    ...settings,
    currentCycles: otherCurrent,
    pinned: (settings.pinned ?? []).filter((id) => !pinned.has(id)),
    ...(settings.popupPersonId === personId ? { popupPersonId: ME } : {}),
    updatedAt: Date.now(),
  };
  await Promise.all([
    tx.objectStore('people').delete(personId),
    ...records.cycles.map((cycle) => tx.objectStore('cycles').delete(cycle.id)),
    ...records.goals.map((goal) => tx.objectStore('goals').delete(goal.id)),
    ...records.notes.map((note) => tx.objectStore('notes').delete(note.id)),
    ...records.outcomes.map((outcome) => tx.objectStore('outcomes').delete(outcome.cycleId)),
    ...records.imports.map((record) => tx.objectStore('imports').delete(record.id)),
    ...records.questions.map((question) => tx.objectStore('questions').delete(question.id)),
    ...records.reviewTargets.map((target) => tx.objectStore('reviewTargets').delete(target.key)),
    tx.objectStore('settings').put(nextSettings, SETTINGS_KEY),
    tx.done,
  ]);
  notifyDataChanged([...PERSON_STORES]);
  return records;
}

/** Puts a deleted person back exactly as `deletePerson` took them (undo), in one transaction. */
export async function restorePerson(records: PersonRecords): Promise<void> {
  const tx = (await getDb()).transaction(PERSON_STORES, 'readwrite', STRICT);
  const settings = repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
  const personId = records.person.id;
  const nextSettings = {
    ...settings,
    ...(records.currentCycleId ? { currentCycles: { ...settings.currentCycles, [personId]: records.currentCycleId } } : {}),
    pinned: [...new Set([...(settings.pinned ?? []), ...records.pinned])].slice(0, 50),
    updatedAt: Date.now(),
  };
  await Promise.all([
    tx.objectStore('people').put(records.person),
    ...records.cycles.map((record) => tx.objectStore('cycles').put(record)),
    ...records.goals.map((record) => tx.objectStore('goals').put(record)),
    ...records.notes.map((record) => tx.objectStore('notes').put(record)),
    ...records.outcomes.map((record) => tx.objectStore('outcomes').put(record)),
    ...records.imports.map((record) => tx.objectStore('imports').put(record)),
    ...records.questions.map((record) => tx.objectStore('questions').put(record)),
    ...records.reviewTargets.map((record) => tx.objectStore('reviewTargets').put(record)),
    tx.objectStore('settings').put(nextSettings, SETTINGS_KEY),
    tx.done,
  ]);
  notifyDataChanged([...PERSON_STORES]);
}

/**
 * Each person's current cycle and how far its preparation is, for the team
 * overview. Reads only; a person with no cycle yet shows as not started.
 */
export async function loadTeamOverview(): Promise<PersonProgress[]> {
  const tx = (await getDb()).transaction(['people', 'cycles', 'goals', 'notes', 'questions', 'outcomes', 'settings']);
  const settings = repairSettings(await tx.objectStore('settings').get(SETTINGS_KEY));
  const [everyone, questions] = await Promise.all([tx.objectStore('people').getAll(), tx.objectStore('questions').getAll()]);
  const list = await Promise.all(
    everyone.map(async (person) => {
      const remembered = currentCycleIdOf(settings, person.id);
      let cycle = remembered ? await tx.objectStore('cycles').get(remembered) : undefined;
      if (!cycle || personOf(cycle) !== person.id) {
        const own = await tx.objectStore('cycles').index('byPerson').getAll(person.id);
        cycle = own.filter((c) => c.status === 'preparing').sort((a, b) => b.createdAt - a.createdAt)[0] ?? own.sort((a, b) => b.createdAt - a.createdAt)[0];
      }
      const [goals, notes, outcome] = cycle
        ? await Promise.all([
            tx.objectStore('goals').index('byCycle').getAll(cycle.id),
            tx.objectStore('notes').index('byCycle').getAll(cycle.id),
            tx.objectStore('outcomes').get(cycle.id),
          ])
        : [[], [], undefined];
      const asked = questions.filter((question) => personOf(question) === person.id && !question.hidden).length;
      return personProgress(person, cycle, goals, notes, asked, outcome);
    }),
  );
  return sortByInterview(list);
}
