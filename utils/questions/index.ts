/**
 * Suggested questions for the manager, ranked from what the user has
 * prepared (their goals and notes). Pure: no storage, no browser API.
 *
 * Every question of the bank (`./bank.ts`) gets a score; the suggestions are
 * the best-scored ones, score descending, then in bank order (so the result
 * is deterministic), without the ids in `hidden`, at most `limit` (default 12).
 *
 * Ranking rules (each tested in tests/unit/questions.test.ts):
 *
 * 0. Base score: every question gets `10 − its rank within its category`
 *    (at least 1). With nothing else to go on (an empty state), the ranking
 *    therefore takes the first question of each category, then the second of
 *    each, and so on: every category is represented, most useful first.
 * 1. Goals that fell short → obstacles and support (+40, +5 for each further
 *    goal, up to +10, for the difficulties questions and those tagged
 *    `support`; +25 for the other matching ones, such as "where did my
 *    results fall short of your expectations?"). A goal of this review falls short when its status is
 *    `missed` or `partly`, or when it is quantitative and its figures are
 *    below target (`achievementPercent` < 100 and the target not met in the
 *    goal's direction: a cost that went down to its target is met), or when it
 *    is `at_risk` without figures. `achieved` and `dropped` goals never do: the
 *    status the user or HR set wins over the figures. A goal with no progress
 *    at all (`missed`, or figures at 0 % or worse) matches questions tagged
 *    `missed-goal`; the others match `partly-goal`. One reason per goal (at
 *    most 3), naming it: `missed-goal`, `partly-goal`, `below-target` (with
 *    the percentage) or `at-risk-goal`, chosen in that order.
 * 2. Training notes (part `training`) → training questions about budget and
 *    timing (+30; tags `budget`/`timing` in the training category), and a
 *    little for the other training-need questions (+10). Reason
 *    `training-note`.
 * 3. Difficulties notes (part `difficulties`) → questions about support and
 *    resources (+25; tags `support`/`resources`). Reason `difficulties-note`.
 * 4. No salary note while the user has started preparing (some goal or note)
 *    → the salary case to prepare and the raise questions (+30, +5 more for
 *    the `prepare` item, so the reminder comes first). Reason
 *    `no-salary-note`. Not on an empty state: there, everything is still to
 *    prepare and the base order applies.
 * 5. Objectives for next year (`nextGoals`, not dropped) → questions about the
 *    new objectives (+30; tag `next-goals`), +15 more for the reward ones,
 *    which puts "Is a financial reward planned for these objectives?" first.
 *    Reason `next-goals`, naming the first new objective.
 * 6. Qualitative goals (this year's or next year's, not dropped) → questions
 *    about expected behaviours and examples (+30; tag `qualitative-goal`),
 *    and a little for the other `behaviour` questions (+8). One reason
 *    `qualitative-goal` per goal (at most 3), naming it.
 *
 * A suggestion's reasons come from the rules that raised it, the strongest
 * first; a suggestion only there by its base score has no reason.
 */
import { achievementPercent, type Goal, type Note, type NotePart } from '../model';
import { QUESTION_BANK, QUESTION_LANGUAGES, type BankQuestion, type QuestionCategory, type QuestionLanguage, type QuestionTag } from './bank';
import { MANAGER_QUESTION_BANK } from './manager-bank';
import { MANAGER_REASON_TEXTS, REASON_TEXTS, type ReasonCode } from './reasons';
import { shortenText } from '../text';

export * from './bank';
export * from './reasons';
export * from './manager-bank';

export interface SuggestState {
  /** The goals this review evaluates. */
  goals: Goal[];
  /** The notes prepared for this review. */
  notes: Note[];
  /** The objectives already set for next year. */
  nextGoals?: Goal[];
}

export interface SuggestionReason {
  code: ReasonCode;
  /** In the requested language, naming the goal where there is one. */
  text: string;
  /** The goal the reason is about, if any. */
  goalId?: string;
}

export interface Suggestion {
  /** The bank question's id (stable). */
  id: string;
  category: QuestionCategory;
  /** The note part the question belongs to. */
  part: NotePart;
  /** The question in the requested language. */
  text: string;
  reasons: SuggestionReason[];
  score: number;
}

export interface SuggestOptions {
  /** How many suggestions at most (default 12). */
  limit?: number;
  /** Ids the user dismissed or already added: never suggested. */
  hidden?: ReadonlySet<string>;
  /**
   * Whose questions: `self` (default) for the employee preparing their own
   * review, `manager` for a manager preparing the review of a person they
   * manage (the manager's bank, and reasons in the manager's words). The
   * ranking rules are the same.
   */
  audience?: 'self' | 'manager';
}

export const DEFAULT_LIMIT = 12;

/** The points of each rule (see the module comment). */
export const SCORES = {
  base: 10,
  shortfall: 40,
  shortfallOther: 25,
  shortfallPerExtraGoal: 5,
  shortfallExtraGoals: 2,
  training: 30,
  trainingOther: 10,
  difficulties: 25,
  noSalaryNote: 30,
  prepareSalary: 5,
  nextGoals: 30,
  nextGoalsReward: 15,
  qualitative: 30,
  behaviour: 8,
} as const;

/** At most this many goal-naming reasons per rule and suggestion. */
export const MAX_GOAL_REASONS = 3;
/** Goal titles longer than this are shortened in reasons. */
const MAX_TITLE = 60;

/** How a goal of this review fell short of its target, if it did. */
export interface Shortfall {
  goal: Goal;
  code: Extract<ReasonCode, 'missed-goal' | 'partly-goal' | 'below-target' | 'at-risk-goal'>;
  /** `missed`: no progress at all; `partly`: some. Decides which questions it matches. */
  severity: 'missed' | 'partly';
  /** Achievement in percent, when the goal is quantitative and has its figures. */
  percent?: number;
}

/** Whether the actual figure reached the target, in the goal's direction. */
function targetMet(goal: Goal): boolean | undefined {
  if (goal.target === undefined || goal.actual === undefined) return undefined;
  return goal.direction === 'decrease' ? goal.actual <= goal.target : goal.actual >= goal.target;
}

export function goalShortfall(goal: Goal): Shortfall | undefined {
  if (goal.status === 'dropped' || goal.status === 'achieved') return undefined;
  const percent = goal.kind === 'quantitative' ? achievementPercent(goal) : undefined;
  const withPercent = percent === undefined ? {} : { percent };
  if (goal.status === 'missed') return { goal, code: 'missed-goal', severity: 'missed', ...withPercent };
  if (goal.status === 'partly') return { goal, code: 'partly-goal', severity: 'partly', ...withPercent };
  if (percent !== undefined) {
    if (percent >= 100 || targetMet(goal)) return undefined;
    return { goal, code: 'below-target', severity: percent <= 0 ? 'missed' : 'partly', percent };
  }
  if (goal.status === 'at_risk') return { goal, code: 'at-risk-goal', severity: 'partly' };
  return undefined;
}

interface Signal {
  code: ReasonCode;
  goal?: Goal;
  percent?: number;
}

interface Contribution {
  points: number;
  signals: Signal[];
}

interface Context {
  shortfalls: Shortfall[];
  qualitative: Goal[];
  nextGoals: Goal[];
  trainingNotes: boolean;
  difficultiesNotes: boolean;
  salaryReminder: boolean;
}

function context(state: SuggestState): Context {
  const goals = state.goals.filter((goal) => goal.status !== 'dropped');
  const nextGoals = (state.nextGoals ?? []).filter((goal) => goal.status !== 'dropped');
  const hasPart = (part: NotePart) => state.notes.some((note) => note.part === part);
  const seen = new Set<string>();
  const qualitative = [...goals, ...nextGoals].filter((goal) => {
    if (goal.kind !== 'qualitative' || seen.has(goal.id)) return false;
    seen.add(goal.id);
    return true;
  });
  const started = state.goals.length > 0 || state.notes.length > 0 || (state.nextGoals?.length ?? 0) > 0;
  return {
    shortfalls: goals.flatMap((goal) => goalShortfall(goal) ?? []),
    qualitative,
    nextGoals,
    trainingNotes: hasPart('training'),
    difficultiesNotes: hasPart('difficulties'),
    salaryReminder: started && !hasPart('salary'),
  };
}

/** Each question's rank within its category, in its bank. */
function ranks(bank: readonly BankQuestion[]): Map<string, number> {
  const perCategory = new Map<QuestionCategory, number>();
  const rank = new Map<string, number>();
  for (const question of bank) {
    const next = perCategory.get(question.category) ?? 0;
    rank.set(question.id, next);
    perCategory.set(question.category, next + 1);
  }
  return rank;
}

const BANKS = {
  self: { questions: QUESTION_BANK, rank: ranks(QUESTION_BANK), reasons: REASON_TEXTS },
  manager: { questions: MANAGER_QUESTION_BANK, rank: ranks(MANAGER_QUESTION_BANK), reasons: MANAGER_REASON_TEXTS },
} as const;

function contributions(question: BankQuestion, ctx: Context): Contribution[] {
  const has = (...tags: QuestionTag[]) => tags.some((tag) => question.tags.includes(tag));
  const out: Contribution[] = [];

  // 1. Goals that fell short.
  const matching = ctx.shortfalls.filter((s) => has(s.severity === 'missed' ? 'missed-goal' : 'partly-goal'));
  if (matching.length) {
    const extra = Math.min(SCORES.shortfallExtraGoals, matching.length - 1);
    out.push({
      points:
        (question.category === 'difficulties' || has('support') ? SCORES.shortfall : SCORES.shortfallOther) +
        extra * SCORES.shortfallPerExtraGoal,
      signals: matching.slice(0, MAX_GOAL_REASONS).map((s) => ({ code: s.code, goal: s.goal, percent: s.percent })),
    });
  }

  // 2. Training notes.
  if (ctx.trainingNotes && question.category === 'training') {
    if (has('budget', 'timing')) out.push({ points: SCORES.training, signals: [{ code: 'training-note' }] });
    else if (has('training-need')) out.push({ points: SCORES.trainingOther, signals: [{ code: 'training-note' }] });
  }

  // 3. Difficulties notes.
  if (ctx.difficultiesNotes && has('support', 'resources')) {
    out.push({ points: SCORES.difficulties, signals: [{ code: 'difficulties-note' }] });
  }

  // 4. No salary note yet.
  if (ctx.salaryReminder && has('no-salary-note')) {
    out.push({
      points: SCORES.noSalaryNote + (has('prepare') ? SCORES.prepareSalary : 0),
      signals: [{ code: 'no-salary-note' }],
    });
  }

  // 5. Objectives for next year.
  const firstNext = ctx.nextGoals[0];
  if (firstNext && has('next-goals')) {
    out.push({
      points: SCORES.nextGoals + (has('reward') ? SCORES.nextGoalsReward : 0),
      signals: [{ code: 'next-goals', goal: firstNext }],
    });
  }

  // 6. Qualitative goals.
  if (ctx.qualitative.length) {
    const signals = ctx.qualitative.slice(0, MAX_GOAL_REASONS).map((goal): Signal => ({ code: 'qualitative-goal', goal }));
    if (has('qualitative-goal')) out.push({ points: SCORES.qualitative, signals });
    else if (has('behaviour')) out.push({ points: SCORES.behaviour, signals });
  }

  return out;
}

const percentFormats = new Map<QuestionLanguage, Intl.NumberFormat>();
function formatPercent(value: number, language: QuestionLanguage): string {
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(language, format);
  }
  // A figure that moved away from the target reads as 0 %, not as a negative share.
  return format.format(Math.max(0, value) / 100);
}

/** A goal title fit for a one-line reason: single spaces, shortened when long. */
function shortTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return shortenText(clean, MAX_TITLE);
}

function reasonText(signal: Signal, language: QuestionLanguage, texts: typeof REASON_TEXTS): string {
  const values: Record<string, string> = {};
  if (signal.goal) values.goal = shortTitle(signal.goal.title);
  if (signal.percent !== undefined) values.percent = formatPercent(signal.percent, language);
  return texts[language][signal.code].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function suggestQuestions(
  state: SuggestState,
  language: QuestionLanguage,
  options: SuggestOptions = {},
): Suggestion[] {
  const lang: QuestionLanguage = (QUESTION_LANGUAGES as readonly string[]).includes(language) ? language : 'en';
  const limit =
    options.limit === undefined || Number.isNaN(options.limit) ? DEFAULT_LIMIT : Math.max(0, Math.floor(options.limit));
  const hidden = options.hidden;
  const ctx = context(state);
  const bank = BANKS[options.audience ?? 'self'];

  const scored = bank.questions.flatMap((question, index) => {
    if (hidden?.has(question.id)) return [];
    const base = Math.max(1, SCORES.base - (bank.rank.get(question.id) ?? 0));
    // Strongest rule first; `sort` is stable, so equal points keep the rule order.
    const parts = contributions(question, ctx).sort((a, b) => b.points - a.points);
    const score = parts.reduce((sum, part) => sum + part.points, base);
    return [{ question, index, score, signals: parts.flatMap((part) => part.signals) }];
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);

  return scored.slice(0, limit).map(({ question, score, signals }): Suggestion => {
    const seen = new Set<string>();
    const reasons: SuggestionReason[] = [];
    for (const signal of signals) {
      const text = reasonText(signal, lang, bank.reasons);
      const key = `${signal.code}\u0000${signal.goal?.id ?? ''}\u0000${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reasons.push(signal.goal ? { code: signal.code, text, goalId: signal.goal.id } : { code: signal.code, text });
    }
    return { id: question.id, category: question.category, part: question.part, text: question.text[lang], reasons, score };
  });
}
