/** One person's records as a whole (pure types): what a per-person export carries and a deletion takes away. */
import type { Cycle, Goal, ImportRecord, Note, Outcome, Person, Question, ReviewTarget } from '../model';

export interface PersonRecords {
  person: Person;
  cycles: Cycle[];
  goals: Goal[];
  notes: Note[];
  outcomes: Outcome[];
  imports: ImportRecord[];
  questions: Question[];
  reviewTargets: ReviewTarget[];
  /** Their current cycle, as the settings remembered it. */
  currentCycleId?: string;
  /** Pins of their goals and notes. */
  pinned: string[];
}

