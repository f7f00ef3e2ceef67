/**
 * The data model (DESIGN.md §4) as zod schemas; the TypeScript types are
 * inferred from them. Built on `zod/mini`: the same validation as full zod at
 * a third of the size, so extension pages stay within their budget.
 */
import * as z from 'zod/mini';
import { isSitePattern } from '../sites';

const id = () => z.string().check(z.minLength(1), z.maxLength(200));
/** Milliseconds since the epoch. */
const timestamp = () => z.number().check(z.int(), z.nonnegative());
/** A calendar date as ISO `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const text = (max: number) => z.string().check(z.maxLength(max));
const finite = () => z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

/** Longest note or description we accept: a few pages of text. */
export const MAX_TEXT = 20_000;

const timestamps = { createdAt: timestamp(), updatedAt: timestamp() };

/** The implicit person "me", the user: not stored as a Person record. */
export const ME = 'me';

/**
 * Someone the user reviews (a member of their team). "Me" is not one: every
 * record without a person, or with `ME`, is the user's own.
 */
export const Person = z.object({
  id: id(),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** The id HR gives the person (shown by some suites beside the name). */
  employeeId: z.optional(z.string().check(z.trim(), z.maxLength(60))),
  role: z.optional(text(200)),
  /** Other names HR suites show for them ("Doe, Jane", "Jane Doe (E-10482)"). */
  aliases: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(20)),
  ...timestamps,
});
export type Person = z.infer<typeof Person>;

/** Whose review a review page's address is about, as the user said (a person's id or `ME`). */
export const ReviewTarget = z.object({
  /** The review's normalised address. */
  key: z.string().check(z.minLength(1), z.maxLength(2000)),
  personId: id(),
  updatedAt: timestamp(),
});
export type ReviewTarget = z.infer<typeof ReviewTarget>;

/** The person a cycle or question belongs to: records written before people existed are "me". */
export function personOf(record: { personId?: string | undefined }): string {
  return record.personId ?? ME;
}

export const CycleStatus = z.enum(['preparing', 'done']);
export const Cycle = z.object({
  id: id(),
  /** Whose review this is: `ME` or a Person's id. Goals, notes, imports and the outcome of the cycle are theirs. */
  personId: z._default(id(), ME),
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  interviewDate: z.optional(IsoDate),
  manager: z.optional(text(200)),
  status: CycleStatus,
  /** The cycle whose interview this one was started from ("Start the next cycle"): it has one next cycle only. */
  startedFrom: z.optional(id()),
  ...timestamps,
});
export type Cycle = z.infer<typeof Cycle>;

export const GoalKind = z.enum(['quantitative', 'qualitative']);
export type GoalKind = z.infer<typeof GoalKind>;
export const Direction = z.enum(['increase', 'decrease']);
export type Direction = z.infer<typeof Direction>;
export const GOAL_STATUSES = [
  'not_started',
  'on_track',
  'at_risk',
  'achieved',
  'partly',
  'missed',
  'dropped',
] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const KeyResult = z.object({
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  unit: z.optional(text(40)),
  baseline: z.optional(finite()),
  target: z.optional(finite()),
  actual: z.optional(finite()),
});
export type KeyResult = z.infer<typeof KeyResult>;

export const GoalSource = z.object({
  importId: z.optional(id()),
  file: z.optional(text(500)),
  row: z.optional(z.number().check(z.int(), z.positive())),
  /** The id the source system gave the goal: re-imports match on it. */
  externalId: z.optional(text(200)),
});

export const Goal = z.object({
  id: id(),
  /** The cycle whose review evaluates this goal. */
  cycleId: id(),
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  description: z.optional(text(MAX_TEXT)),
  kind: GoalKind,
  unit: z.optional(text(40)),
  baseline: z.optional(finite()),
  target: z.optional(finite()),
  actual: z.optional(finite()),
  direction: z.optional(Direction),
  weight: z.optional(z.number().check(z.gte(0), z.lte(100))),
  dueDate: z.optional(IsoDate),
  status: GoalStatus,
  keyResults: z.array(KeyResult),
  selfAssessment: z.optional(text(MAX_TEXT)),
  source: GoalSource,
  ...timestamps,
});
export type Goal = z.infer<typeof Goal>;

/** The parts of the review a note can belong to (DESIGN.md §1). */
export const NOTE_PARTS = [
  'results',
  'difficulties',
  'successes',
  'skills',
  'training',
  'management',
  'evolution',
  'salary',
  'question',
  'other',
] as const;
export const NotePart = z.enum(NOTE_PARTS);
export type NotePart = z.infer<typeof NotePart>;

export const Note = z.object({
  id: id(),
  cycleId: id(),
  part: NotePart,
  goalId: z.optional(id()),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT)),
  happenedOn: z.optional(IsoDate),
  ...timestamps,
});
export type Note = z.infer<typeof Note>;

export const Question = z.object({
  id: id(),
  /** Absent or `ME`: a question for my manager; a Person's id: a question to ask that person (see `personOf`). */
  personId: z.optional(id()),
  part: NotePart,
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  origin: z.enum(['builtin', 'custom']),
  asked: z.optional(z.boolean()),
  answer: z.optional(text(MAX_TEXT)),
  /** A suggested (built-in) question the user does not want suggested again. */
  hidden: z.optional(z.boolean()),
  ...timestamps,
});
export type Question = z.infer<typeof Question>;

export const Outcome = z.object({
  cycleId: id(),
  /** When the interview took place. */
  heldOn: z.optional(IsoDate),
  reportReceived: z.optional(z.boolean()),
  /** The report's text, or a note about it. */
  report: z.optional(text(MAX_TEXT)),
  managerFeedback: z.optional(text(MAX_TEXT)),
  rating: z.optional(text(200)),
  /** The new objectives agreed during the interview, one title each (they become the next cycle's goals). */
  agreedObjectives: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(500)))),
  /** Ids of the goals created from them in the next cycle. */
  agreedGoalIds: z.array(id()),
  trainingAgreed: z.optional(text(MAX_TEXT)),
  rewardAgreed: z.optional(text(MAX_TEXT)),
  /** The questions prepared for the manager and what they answered (the question's text kept with it). */
  answers: z.optional(
    z.array(z.object({ question: z.string().check(z.minLength(1), z.maxLength(2000)), asked: z.boolean(), answer: z.optional(text(MAX_TEXT)) })),
  ),
  ...timestamps,
});
export type Outcome = z.infer<typeof Outcome>;

export const SiteRule = z.object({
  /**
   * A match pattern: `http(s)://host/*` as the options page makes it from
   * what the user typed, or a built-in suite's pattern (see utils/sites.ts).
   */
  pattern: z.string().check(
    z.minLength(1),
    z.maxLength(500),
    z.refine((pattern) => isSitePattern(pattern), 'not a site pattern'),
  ),
  /** An adapter id, or `generic` for the multilingual detector. */
  adapterId: z.string().check(z.minLength(1), z.maxLength(60)),
  enabled: z.boolean(),
  ...timestamps,
});
export type SiteRule = z.infer<typeof SiteRule>;

/** One import of goals into a cycle, with what it takes to undo it. */
export const ImportRecord = z.object({
  id: id(),
  cycleId: id(),
  fileName: text(500),
  format: z.enum(['csv', 'xlsx', 'json', 'paste']),
  /** Goals this import created (deleted by undo). */
  createdGoalIds: z.array(id()),
  /** Goals as they were before this import updated them (restored by undo). */
  previousGoals: z.array(Goal),
  skipped: z.number().check(z.int(), z.nonnegative()),
  /** A team import: the id shared by its records (one per person), undone together. */
  batchId: z.optional(id()),
  /** A team import created this person (and their cycle): undo deletes them again when nothing else is theirs. */
  createdPersonId: z.optional(id()),
  ...timestamps,
});
export type ImportRecord = z.infer<typeof ImportRecord>;

/** A column mapping the user confirmed, remembered for files with the same headers. */
export const ImportMapping = z.object({
  signature: z.string().check(z.minLength(1), z.maxLength(200)),
  mapping: z.array(z.nullable(z.string().check(z.maxLength(40)))),
  ...timestamps,
});
export type ImportMapping = z.infer<typeof ImportMapping>;

/** The database's stores (utils/db/schema.ts), named here because messages name them too (a `data-changed` notice). */
export type StoreName =
  | 'cycles'
  | 'goals'
  | 'notes'
  | 'questions'
  | 'outcomes'
  | 'siteRules'
  | 'imports'
  | 'mappings'
  | 'people'
  | 'reviewTargets'
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
  'people',
  'reviewTargets',
  'settings',
] as const satisfies readonly StoreName[];

/** More pins than a sidebar can usefully show first. */
export const MAX_PINS = 50;

export const LANGUAGES = ['auto', 'en', 'nl', 'fr', 'de'] as const;
export const Settings = z.object({
  language: z.enum(LANGUAGES),
  sidebarSide: z.enum(['left', 'right']),
  sidebarWidth: z.number().check(z.int(), z.gte(280), z.lte(640)),
  autoOpen: z.boolean(),
  panelMode: z.enum(['overlay', 'browser-panel']),
  /** My current cycle. */
  currentCycleId: z.optional(id()),
  /** The current cycle of each person I review (person id → cycle id). */
  currentCycles: z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(200)), id())),
  /** Whom the popup's last note was about (`ME` or a person's id). */
  popupPersonId: z.optional(id()),
  /** Goals and notes the user pinned to the top of the sidebar (ids, newest pin first). */
  pinned: z.optional(z.array(id()).check(z.maxLength(MAX_PINS))),
  /** Optional reminders (off unless the user sets them). */
  reminder: z.optional(
    z.object({
      reviewDate: z.optional(IsoDate),
      daysBefore: z.number().check(z.int(), z.gte(1), z.lte(60)),
      monthlyNudge: z.boolean(),
    }),
  ),
  updatedAt: timestamp(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  sidebarSide: 'right',
  sidebarWidth: 360,
  autoOpen: true,
  panelMode: 'overlay',
  updatedAt: 0,
};

/** A short, sortable, random id (time prefix keeps insertion order readable). */
export function newId(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}_${Date.now().toString(36)}${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/**
 * Achievement of a quantitative goal in percent (100 = target met), respecting
 * its direction: a cost to reduce is achieved when actual ≤ target. With a
 * baseline, progress is measured from baseline to target; without one, as a
 * ratio of actual to target. Undefined when the figures are missing.
 */
export function achievementPercent(
  goal: Pick<Goal, 'baseline' | 'target' | 'actual' | 'direction'>,
): number | undefined {
  const { target, actual, baseline } = goal;
  if (target === undefined || actual === undefined) return undefined;
  const decrease = goal.direction === 'decrease';
  const met = decrease ? actual <= target : actual >= target;
  if (baseline !== undefined && baseline !== target) {
    return Math.round(((actual - baseline) / (target - baseline)) * 100);
  }
  if (met) return decrease || target === 0 ? 100 : Math.round((actual / target) * 100);
  if (decrease) return actual === 0 ? 100 : Math.round((target / actual) * 100);
  return target === 0 ? 0 : Math.round((actual / target) * 100);
}
