/**
 * The preparation document the seed describes (DESIGN.md §1): results against
 * objectives, skills and training, management, evolution, salary, questions.
 * Pure: no browser API, no `utils/i18n` (its formatters follow the browser);
 * the language is a parameter and numbers and dates go through `Intl` here.
 */
import { achievementPercent, type Direction, type Goal, type KeyResult, type Note } from '../model';
import { goalChanges, looseKey } from './changes';
import { GOOD_TO_KNOW } from './good-to-know';
import { fill, PREP_STRINGS, type PrepLanguage, type PrepStrings } from './strings';
import type { PrepBlock, PrepComparisonRow, PrepDocument, PrepFact, PrepGoalList, PrepInput, PrepItem, PrepSection } from './types';

export * from './types';
export { GOOD_TO_KNOW, type GoodToKnow } from './good-to-know';
export { PREP_LANGUAGES, PREP_SECTION_IDS, PREP_STRINGS, type PrepLanguage, type PrepSectionId, type PrepStrings } from './strings';
export { toMarkdown } from './markdown';

const NONE = '—';

interface Format {
  number(value: number): string;
  /** A number and its unit, unit after the number (`140,5 k€`); `%` the locale's way. */
  quantity(value: number, unit?: string): string;
  /** A whole percentage (`80%`, `80 %`). */
  percent(value: number): string;
  /** An ISO `YYYY-MM-DD` date, as that calendar day whatever the time zone. */
  date(iso: string): string;
}

function makeFormat(language: PrepLanguage): Format {
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 });
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    number: (value) => numbers.format(value),
    quantity(value, unit) {
      const u = unit?.trim();
      if (!u) return numbers.format(value);
      if (u === '%') return percents.format(value / 100);
      return `${numbers.format(value)} ${u}`;
    },
    percent: (value) => percents.format(value / 100),
    date: (iso) => dates.format(isoDay(iso)),
  };
}

function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

/** Chronological: the day it happened, else when it was written. */
function byDate(a: Note, b: Note): number {
  const at = a.happenedOn ? isoDay(a.happenedOn) : a.createdAt;
  const bt = b.happenedOn ? isoDay(b.happenedOn) : b.createdAt;
  return at - bt || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Equal but for case and white space: the same goal title, the same question. */
export function buildPrepDocument(input: PrepInput, language: PrepLanguage): PrepDocument {
  const s = PREP_STRINGS[language];
  const f = makeFormat(language);
  const { cycle } = input;
  const goals = input.goals.filter((g) => g.cycleId === cycle.id);
  const goalIds = new Set(goals.map((g) => g.id));
  const notes = input.notes.filter((n) => n.cycleId === cycle.id).sort(byDate);

  const item = (n: Note): PrepItem => (n.happenedOn ? { text: n.text, date: f.date(n.happenedOn) } : { text: n.text });
  const linkedTo = (goalId: string, ...parts: Note['part'][]) =>
    notes.filter((n) => n.goalId === goalId && parts.includes(n.part)).map(item);
  const unlinked = (part: Note['part']) =>
    notes.filter((n) => n.part === part && !(n.goalId && goalIds.has(n.goalId))).map(item);
  const ofPart = (part: Note['part']) => notes.filter((n) => n.part === part).map(item);

  const subtitle = [cycle.label];
  if (cycle.interviewDate) subtitle.push(fill(s.subtitleInterview, { date: f.date(cycle.interviewDate) }));
  if (cycle.manager?.trim()) subtitle.push(fill(s.subtitleManager, { manager: cycle.manager.trim() }));

  // 1. Results against objectives.
  const results: PrepBlock[] = goals.map((goal) => goalBlock(goal, s, f, linkedTo));
  for (const [part, title] of [
    ['results', s.unlinked.results],
    ['difficulties', s.unlinked.difficulties],
    ['successes', s.unlinked.successes],
    ['other', s.unlinked.other],
  ] as const) {
    pushList(results, unlinked(part), title);
  }
  if (input.previous) {
    const comparison = compare(cycle.label, goals, input.previous, s, f);
    if (comparison.rows.length) results.push(comparison);
  }

  // 2. Skills and training.
  const training: PrepBlock[] = [];
  pushList(training, ofPart('skills'), s.skills);
  pushList(training, ofPart('training'), s.trainings);

  // 3. Management, 4. evolution.
  const management = pushList([], ofPart('management'));
  const evolution = pushList([], ofPart('evolution'));

  // 5. Salary: the case and the ask; the reward question is always asked (seed: "wise!").
  const salaryNotes = ofPart('salary');
  const salary = pushList([], salaryNotes, s.salaryCase);
  salary.push({ kind: 'list', title: s.salaryAsk, items: [{ text: s.rewardQuestion }] });

  // 6. Questions: the user's own first (notes, then custom questions), then the built-in ones.
  const unasked = (input.questions ?? []).filter((q) => !q.asked);
  const custom = unasked.filter((q) => q.origin === 'custom').sort((a, b) => a.createdAt - b.createdAt);
  const builtin = unasked.filter((q) => q.origin !== 'custom');
  const seen = new Set([looseKey(s.rewardQuestion)]);
  const questionItems = [...ofPart('question'), ...[...custom, ...builtin].map((q): PrepItem => ({ text: q.text }))].filter(
    (q) => {
      const key = looseKey(q.text);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  );
  const questions: PrepBlock[] = questionItems.length ? [{ kind: 'list', ordered: true, items: questionItems }] : [];

  const section = (id: PrepSection['id'], blocks: PrepBlock[], isEmpty = blocks.length === 0): PrepSection =>
    isEmpty ? { id, heading: s.sections[id], empty: s.empty[id], blocks } : { id, heading: s.sections[id], blocks };

  return {
    language,
    title: s.title,
    subtitle: subtitle.join(' · '),
    sections: [
      section('results', results),
      section('training', training),
      section('management', management),
      section('evolution', evolution),
      section('salary', salary, salaryNotes.length === 0),
      section('questions', questions),
    ],
    goodToKnow: GOOD_TO_KNOW[language],
  };
}

function pushList(blocks: PrepBlock[], items: PrepItem[], title?: string): PrepBlock[] {
  if (items.length) blocks.push(title === undefined ? { kind: 'list', items } : { kind: 'list', title, items });
  return blocks;
}

function goalBlock(
  goal: Goal,
  s: PrepStrings,
  f: Format,
  linkedTo: (goalId: string, ...parts: Note['part'][]) => PrepItem[],
): PrepBlock {
  const achievement = achievementPercent(goal);
  const facts: PrepFact[] = [{ label: s.facts.status, value: s.status[goal.status] }];
  if (goal.baseline !== undefined) facts.push({ label: s.facts.baseline, value: f.quantity(goal.baseline, goal.unit) });
  if (goal.target !== undefined) {
    const label = goal.direction === 'decrease' ? s.facts.targetAtMost : s.facts.target;
    facts.push({ label, value: f.quantity(goal.target, goal.unit) });
  }
  if (goal.actual !== undefined) facts.push({ label: s.facts.actual, value: f.quantity(goal.actual, goal.unit) });
  if (achievement !== undefined) facts.push({ label: s.facts.achievement, value: f.percent(achievement) });
  if (goal.weight !== undefined) facts.push({ label: s.facts.weight, value: f.percent(goal.weight) });
  if (goal.dueDate) facts.push({ label: s.facts.due, value: f.date(goal.dueDate) });

  const lists: PrepGoalList[] = [];
  const add = (role: PrepGoalList['role'], items: PrepItem[]) => {
    if (items.length) lists.push({ role, title: s.goalLists[role], items });
  };
  add('selfAssessment', goal.selfAssessment?.trim() ? [{ text: goal.selfAssessment.trim() }] : []);
  add(
    'keyResults',
    goal.keyResults.map((kr) => {
      const detail = keyResultDetail(kr, s, f);
      return detail ? { text: kr.title, detail } : { text: kr.title };
    }),
  );
  add('evidence', linkedTo(goal.id, 'results', 'other'));
  add('difficulties', linkedTo(goal.id, 'difficulties'));
  add('successes', linkedTo(goal.id, 'successes'));

  return {
    kind: 'goal',
    goalId: goal.id,
    title: goal.title,
    ...(goal.description?.trim() && { description: goal.description.trim() }),
    status: goal.status,
    ...(achievement !== undefined && { achievement }),
    facts,
    lists,
  };
}

/**
 * Key results carry no direction of their own. With a starting point the
 * figures tell it (a target below the start is a reduction); without one they
 * are read as counts to reach ("renegotiate 5 contracts"), even under a goal
 * that reduces something: inheriting the goal's direction would call 4 of 5
 * contracts 100 %.
 */
function keyResultDetail(kr: KeyResult, s: PrepStrings, f: Format): string {
  const direction: Direction | undefined =
    kr.baseline !== undefined && kr.target !== undefined && kr.target < kr.baseline ? 'decrease' : undefined;
  const parts: string[] = [];
  const figure = (label: string, value: string) => parts.push(fill(s.figure, { label, value }));
  if (kr.baseline !== undefined) figure(s.facts.baseline, f.quantity(kr.baseline, kr.unit));
  if (kr.target !== undefined)
    figure(direction === 'decrease' ? s.facts.targetAtMost : s.facts.target, f.quantity(kr.target, kr.unit));
  if (kr.actual !== undefined) figure(s.facts.actual, f.quantity(kr.actual, kr.unit));
  const achievement = achievementPercent(direction ? { ...kr, direction } : kr);
  if (achievement !== undefined) figure(s.facts.achievement, f.percent(achievement));
  return parts.join(' · ');
}

/** A goal's figures in one cell: target, actual, achievement, status. */
function summary(goal: Goal, s: PrepStrings, f: Format): string {
  const parts: string[] = [];
  const figure = (label: string, value: string) => parts.push(fill(s.figure, { label, value }));
  if (goal.target !== undefined)
    figure(goal.direction === 'decrease' ? s.facts.targetAtMost : s.facts.target, f.quantity(goal.target, goal.unit));
  if (goal.actual !== undefined) figure(s.facts.actual, f.quantity(goal.actual, goal.unit));
  const achievement = achievementPercent(goal);
  if (achievement !== undefined) figure(s.facts.achievement, f.percent(achievement));
  parts.push(s.status[goal.status]);
  return parts.join(' · ');
}

function compare(
  currentLabel: string,
  goals: Goal[],
  previous: NonNullable<PrepInput['previous']>,
  s: PrepStrings,
  f: Format,
): Extract<PrepBlock, { kind: 'comparison' }> {
  const before = previous.goals.filter((g) => g.cycleId === previous.cycle.id);
  const changes = goalChanges(goals, before);
  const carried = changes.carried.map(
    ({ then, now }): PrepComparisonRow => ({
      change: 'carried',
      goal: now.title,
      changeLabel: s.comparison.carried,
      then: summary(then, s, f),
      now: summary(now, s, f),
    }),
  );
  const added = changes.added.map(
    (goal): PrepComparisonRow => ({ change: 'new', goal: goal.title, changeLabel: s.comparison.new, then: NONE, now: summary(goal, s, f) }),
  );
  const removed = changes.removed.map(
    (g): PrepComparisonRow => ({ change: 'removed', goal: g.title, changeLabel: s.comparison.removed, then: summary(g, s, f), now: NONE }),
  );
  return {
    kind: 'comparison',
    title: s.comparison.title,
    columns: [
      s.comparison.goal,
      s.comparison.change,
      fill(s.comparison.then, { cycle: previous.cycle.label }),
      fill(s.comparison.now, { cycle: currentLabel }),
    ],
    rows: [...carried, ...added, ...removed],
  };
}
