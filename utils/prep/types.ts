import type { GoodToKnow } from './good-to-know';
import type { Cycle, Goal, GoalStatus, Note, Question } from '../model';
import type { PrepLanguage, PrepSectionId } from './strings';

export interface PrepInput {
  cycle: Cycle;
  /** The goals this cycle's review evaluates (others are ignored). */
  goals: Goal[];
  /** This cycle's notes (others are ignored). */
  notes: Note[];
  questions?: Question[];
  /** The cycle before, for "what changed since the last review". */
  previous?: { cycle: Cycle; goals: Goal[] };
}

/** One line of a list: user text, with its date and our figures already formatted. */
export interface PrepItem {
  text: string;
  /** When it happened (`happenedOn`), in the document's language. */
  date?: string;
  /** Figures of a key result, e.g. `Target: 50 · Actual: 20 · 40%`. */
  detail?: string;
}

/** A labelled figure of a goal (`Target` → `140.5 k€`). */
export interface PrepFact {
  label: string;
  value: string;
}

export type PrepGoalListRole = 'selfAssessment' | 'keyResults' | 'evidence' | 'difficulties' | 'successes';

export interface PrepGoalList {
  role: PrepGoalListRole;
  title: string;
  items: PrepItem[];
}

export type PrepChange = 'carried' | 'new' | 'removed';

export interface PrepComparisonRow {
  change: PrepChange;
  goal: string;
  changeLabel: string;
  /** Figures at the last review, or `—` for a new goal. */
  then: string;
  /** Figures now, or `—` for a goal no longer there. */
  now: string;
}

export type PrepBlock =
  | { kind: 'list'; title?: string; ordered?: boolean; items: PrepItem[] }
  | {
      kind: 'goal';
      goalId: string;
      title: string;
      description?: string;
      /** Raw values, for a renderer's colours and bars; `facts` has them as words. */
      status: GoalStatus;
      achievement?: number;
      /** Status, starting point, target, actual, achievement, weight, due date: those known. */
      facts: PrepFact[];
      /** Only the non-empty ones, in this order: self-assessment, key results, evidence, difficulties, successes. */
      lists: PrepGoalList[];
    }
  | {
      kind: 'comparison';
      title: string;
      /** Objective, change, last review (label), this review (label). */
      columns: [string, string, string, string];
      rows: PrepComparisonRow[];
    };

export interface PrepSection {
  id: PrepSectionId;
  heading: string;
  /** What to prepare instead, when the section has nothing of the user's yet. */
  empty?: string;
  blocks: PrepBlock[];
}

export interface PrepDocument {
  /** The document's language (for `<html lang>` and its punctuation in Markdown). */
  language: PrepLanguage;
  title: string;
  subtitle: string;
  sections: PrepSection[];
  /** What to know about the interview's aftermath (general information, see good-to-know.ts). */
  goodToKnow: GoodToKnow;
}
