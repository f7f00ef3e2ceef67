/** How far the preparation of one person's review is: what the team overview shows. Pure. */
import { NOTE_PARTS, type Cycle, type Goal, type Note, type NotePart, type Outcome, type Person } from '../model';

export interface PersonProgress {
  person: Person;
  /** Their current cycle; absent before anything was noted about them. */
  cycle?: Cycle;
  goals: number;
  /** Goals whose result is known: an actual figure, or a final status. */
  goalsWithActuals: number;
  /** Notes per part of the review (parts without notes left out). */
  notesByPart: Partial<Record<NotePart, number>>;
  notes: number;
  questions: number;
  outcomeRecorded: boolean;
}

const FINAL_STATUSES: ReadonlySet<Goal['status']> = new Set(['achieved', 'partly', 'missed', 'dropped']);

export function hasActual(goal: Goal): boolean {
  return goal.actual !== undefined || FINAL_STATUSES.has(goal.status);
}

export function personProgress(
  person: Person,
  cycle: Cycle | undefined,
  goals: readonly Goal[],
  notes: readonly Note[],
  questions: number,
  outcome: Outcome | undefined,
): PersonProgress {
  const notesByPart: Partial<Record<NotePart, number>> = {};
  for (const note of notes) notesByPart[note.part] = (notesByPart[note.part] ?? 0) + 1;
  return {
    person,
    ...(cycle ? { cycle } : {}),
    goals: goals.length,
    goalsWithActuals: goals.filter(hasActual).length,
    notesByPart,
    notes: notes.length,
    questions,
    outcomeRecorded: outcome !== undefined,
  };
}

/** Interview soonest first (dates unknown last), then by name. */
export function sortByInterview(list: readonly PersonProgress[]): PersonProgress[] {
  return [...list].sort((a, b) => {
    const da = a.cycle?.interviewDate ?? '9999';
    const db = b.cycle?.interviewDate ?? '9999';
    return da.localeCompare(db) || a.person.name.localeCompare(b.person.name, undefined, { sensitivity: 'base' });
  });
}

export { NOTE_PARTS };
