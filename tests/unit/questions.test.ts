import { describe, expect, it } from 'vitest';
import { NOTE_PARTS, type Goal, type Note } from '@/utils/model';
import {
  QUESTION_BANK,
  QUESTION_CATEGORIES,
  QUESTION_LANGUAGES,
  QUESTION_TAGS,
  REASON_CODES,
  REASON_TEXTS,
  SCORES,
  bankQuestion,
  goalShortfall,
  suggestQuestions,
  type QuestionLanguage,
  type SuggestState,
  type Suggestion,
} from '@/utils/questions';

function goal(fields: Partial<Goal> & Pick<Goal, 'id' | 'title'>): Goal {
  return { cycleId: 'c2025', kind: 'quantitative', status: 'on_track', keyResults: [], source: {}, createdAt: 0, updatedAt: 0, ...fields };
}
let noteCount = 0;
function note(part: Note['part'], fields: Partial<Note> = {}): Note {
  noteCount += 1;
  return { id: `n${noteCount}`, cycleId: 'c2025', part, text: `note ${noteCount}`, createdAt: 0, updatedAt: 0, ...fields };
}
/** A salary note, so the "no salary note" reminder stays out of a rule's test. */
const salaryNote = () => note('salary', { text: 'Ask for 5 %' });

const ids = (suggestions: Suggestion[]) => suggestions.map((s) => s.id);
const codes = (suggestion: Suggestion | undefined) => suggestion?.reasons.map((r) => r.code);
const byId = (suggestions: Suggestion[], id: string) => suggestions.find((s) => s.id === id);
const all = (state: SuggestState, language: QuestionLanguage = 'en') =>
  suggestQuestions(state, language, { limit: Number.POSITIVE_INFINITY });
const tagsOf = (id: string) => bankQuestion(id)!.tags;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const loose = (text: string) => text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const EMPTY: SuggestState = { goals: [], notes: [] };

describe('question bank', () => {
  it('has at least 64 questions with unique, kebab-case ids prefixed by their category', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(64);
    const seen = new Set<string>();
    for (const question of QUESTION_BANK) {
      expect(question.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(question.id.startsWith(`${question.category}-`), question.id).toBe(true);
      expect(seen.has(question.id), question.id).toBe(false);
      seen.add(question.id);
    }
  });

  it('has at least 7 questions in every category, and no other category', () => {
    const counts = new Map<string, number>();
    for (const question of QUESTION_BANK) counts.set(question.category, (counts.get(question.category) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...QUESTION_CATEGORIES].sort());
    for (const category of QUESTION_CATEGORIES) expect(counts.get(category), category).toBeGreaterThanOrEqual(7);
  });

  it('gives every question a note part, known tags and a text in every language', () => {
    for (const question of QUESTION_BANK) {
      expect(NOTE_PARTS).toContain(question.part);
      expect(question.tags.length, question.id).toBeGreaterThan(0);
      expect(new Set(question.tags).size, question.id).toBe(question.tags.length);
      for (const tag of question.tags) expect(QUESTION_TAGS).toContain(tag);
      expect(Object.keys(question.text).sort()).toEqual([...QUESTION_LANGUAGES].sort());
      for (const language of QUESTION_LANGUAGES) {
        const text = question.text[language];
        expect(text.trim(), `${question.id}.${language}`).not.toBe('');
        expect(text, `${question.id}.${language}`).toBe(text.trim());
        expect(text, `${question.id}.${language}`).toMatch(/\?$/);
        expect(text, `${question.id}.${language}`).not.toMatch(/\s{2,}|[{}]/);
      }
    }
  });

  it('has no two questions with the same text in a language', () => {
    for (const language of QUESTION_LANGUAGES) {
      const texts = QUESTION_BANK.map((question) => loose(question.text[language]));
      const duplicates = texts.filter((text, i) => texts.indexOf(text) !== i);
      expect(duplicates, language).toEqual([]);
    }
  });

  it('asks whether a financial reward is planned for the objectives, in every language', () => {
    const reward = bankQuestion('salary-reward-planned')!;
    expect(reward.category).toBe('salary');
    expect(reward.tags).toEqual(expect.arrayContaining(['next-goals', 'reward']));
    expect(reward.text.en).toBe('Is a financial reward planned for these objectives?');
    expect(reward.text.nl).toBe('Is er een financiële beloning voorzien voor deze doelstellingen?');
    expect(reward.text.fr).toBe('Une récompense financière est-elle prévue pour ces objectifs\u202f?');
    expect(reward.text.de).toBe('Ist für diese Ziele eine finanzielle Belohnung vorgesehen?');
  });

  it('covers the parts of the review the seed names', () => {
    const parts = new Set(QUESTION_BANK.map((question) => question.part));
    for (const part of ['results', 'successes', 'difficulties', 'skills', 'training', 'management', 'evolution', 'salary', 'question'] as const) {
      expect(parts.has(part), part).toBe(true);
    }
    const after = QUESTION_BANK.filter((question) => question.category === 'after');
    for (const tag of ['report', 'follow-up', 'confidentiality'] as const) {
      expect(after.some((question) => question.tags.includes(tag)), tag).toBe(true);
    }
  });

  it('addresses the manager in each language’s register and uses its domain words', () => {
    for (const question of QUESTION_BANK) {
      expect(question.text.nl, question.id).not.toMatch(/\b(u|uw)\b/i); // "je", not "u"
      expect(question.text.fr, question.id).not.toMatch(/\b(tu|toi|ton|ta|tes)\b/i); // "vous"
      expect(question.text.de, question.id).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i); // "Sie"
      expect(question.text.fr, question.id).not.toMatch(/ [?!;:»]|« /); // no-break spaces
    }
    const text = (language: QuestionLanguage) => QUESTION_BANK.map((question) => question.text[language]).join(' ');
    expect(text('nl')).toMatch(/\bje\b/);
    expect(text('nl')).toContain('leidinggevende');
    expect(text('nl')).toContain('doelstellingen');
    expect(text('fr')).toMatch(/\bvous\b/);
    expect(text('fr')).toContain('manager');
    expect(text('fr')).toContain('objectifs');
    expect(text('de')).toMatch(/\bSie\b/);
    expect(text('de')).toContain('Führungskraft');
    expect(text('de')).toContain('Ziele');
  });

  it('finds a question by id', () => {
    expect(bankQuestion('after-report')?.category).toBe('after');
    expect(bankQuestion('no-such-question')).toBeUndefined();
  });
});

describe('reason texts', () => {
  it('exist for every code in every language, with the same placeholders', () => {
    for (const language of QUESTION_LANGUAGES) {
      expect(Object.keys(REASON_TEXTS[language]).sort()).toEqual([...REASON_CODES].sort());
      for (const code of REASON_CODES) {
        const text = REASON_TEXTS[language][code];
        expect(text.trim(), `${language}.${code}`).not.toBe('');
        expect(placeholders(text), `${language}.${code}`).toEqual(placeholders(REASON_TEXTS.en[code]));
        expect(text.replace(/\{\w+\}/g, ''), `${language}.${code}`).not.toMatch(/[{}]/);
      }
    }
    expect(placeholders(REASON_TEXTS.en['below-target'])).toEqual(['goal', 'percent']);
    for (const code of ['missed-goal', 'partly-goal', 'at-risk-goal', 'qualitative-goal', 'next-goals'] as const) {
      expect(placeholders(REASON_TEXTS.en[code]), code).toEqual(['goal']);
    }
  });
});

describe('suggestQuestions: empty state', () => {
  it('suggests 12 questions covering every category, the first of each category first, without reasons', () => {
    const suggestions = suggestQuestions(EMPTY, 'en');
    expect(suggestions).toHaveLength(12);
    expect(new Set(suggestions.map((s) => s.category))).toEqual(new Set(QUESTION_CATEGORIES));
    const firstOfEach = QUESTION_CATEGORIES.map((category) => QUESTION_BANK.find((q) => q.category === category)!.id);
    expect(ids(suggestions).slice(0, 7)).toEqual(firstOfEach);
    expect(ids(suggestions).slice(0, 3)).toEqual(['results-overall', 'difficulties-obstacles', 'training-skills-first']);
    for (const suggestion of suggestions) {
      expect(suggestion.reasons).toEqual([]);
      expect(suggestion.score).toBeGreaterThan(0);
      expect(suggestion.score).toBeLessThanOrEqual(SCORES.base);
    }
    expect(suggestions[0]!.text).toBe('How do you assess my results this year against the objectives we set?');
  });

  it('is deterministic and sorted by score, then bank order', () => {
    const state: SuggestState = {
      goals: [goal({ id: 'g1', title: 'Grow revenue', target: 100, actual: 60 }), goal({ id: 'g2', title: 'Coach juniors', kind: 'qualitative' })],
      notes: [note('training'), note('difficulties')],
      nextGoals: [goal({ id: 'n1', cycleId: 'c2026', title: 'Open the Benelux office' })],
    };
    const first = all(state);
    expect(all(state)).toEqual(first);
    const order = new Map(QUESTION_BANK.map((q, i) => [q.id, i]));
    for (let i = 1; i < first.length; i++) {
      const [a, b] = [first[i - 1]!, first[i]!];
      expect(a.score > b.score || (a.score === b.score && order.get(a.id)! < order.get(b.id)!), `${a.id} before ${b.id}`).toBe(true);
    }
  });
});

describe('suggestQuestions: goals that fell short', () => {
  it('a missed goal brings the obstacle and support questions, naming the goal', () => {
    const state: SuggestState = { goals: [goal({ id: 'g_churn', title: 'Cut churn', status: 'missed' })], notes: [salaryNote()] };
    const suggestions = suggestQuestions(state, 'en');
    expect(ids(suggestions).slice(0, 3)).toEqual(['difficulties-obstacles', 'difficulties-support-needed', 'difficulties-avoid-next']);
    const top = suggestions[0]!;
    expect(top.score).toBe(SCORES.base + SCORES.shortfall);
    expect(top.reasons).toEqual([{ code: 'missed-goal', text: '“Cut churn” was not reached', goalId: 'g_churn' }]);
    // Questions for a missed goal only, not for a partly reached one.
    expect(codes(byId(all(state), 'difficulties-revise-target'))).toEqual(['missed-goal']);
    expect(codes(byId(all(state), 'difficulties-close-gap'))).toEqual([]);
    for (const suggestion of suggestions.slice(0, 3)) {
      expect(suggestion.category).toBe('difficulties');
      expect(tagsOf(suggestion.id)).toContain('missed-goal');
    }
    // The results questions about a shortfall are raised too, less than the difficulties ones.
    expect(byId(all(state), 'results-fell-short')!.score).toBe(SCORES.base - 2 + SCORES.shortfallOther);
    expect(codes(byId(all(state), 'results-fell-short'))).toEqual(['missed-goal']);
  });

  it('a quantitative goal below its target is named with its achievement', () => {
    const state: SuggestState = {
      goals: [goal({ id: 'g_rev', title: 'Grow revenue', unit: 'k€', target: 500, actual: 300, direction: 'increase' })],
      notes: [salaryNote()],
    };
    const suggestions = suggestQuestions(state, 'en');
    expect(ids(suggestions).slice(0, 3)).toEqual(['difficulties-obstacles', 'difficulties-support-needed', 'difficulties-avoid-next']);
    expect(suggestions[0]!.reasons).toEqual([{ code: 'below-target', text: '“Grow revenue” is at 60% of its target', goalId: 'g_rev' }]);
    // Some progress: partly reached, so "close the gap" comes, "adjust the target of the missed one" does not.
    expect(codes(byId(all(state), 'difficulties-close-gap'))).toEqual(['below-target']);
    expect(codes(byId(all(state), 'difficulties-revise-target'))).toEqual([]);
    expect(goalShortfall(state.goals[0]!)).toMatchObject({ code: 'below-target', severity: 'partly', percent: 60 });
  });

  it('a partly reached goal gets the partly-goal reason', () => {
    const state: SuggestState = { goals: [goal({ id: 'g_nps', title: 'Raise NPS', kind: 'qualitative', status: 'partly' })], notes: [salaryNote()] };
    const suggestions = all(state);
    expect(suggestions[0]!.id).toBe('difficulties-obstacles');
    expect(suggestions[0]!.reasons[0]).toEqual({ code: 'partly-goal', text: '“Raise NPS” was only partly reached', goalId: 'g_nps' });
    expect(codes(byId(suggestions, 'difficulties-close-gap'))).toContain('partly-goal');
  });

  it('a decrease goal that met its target is not treated as missed', () => {
    const withBaseline = goal({ id: 'g_cost', title: 'Reduce supplier costs', baseline: 180, target: 140, actual: 130, direction: 'decrease' });
    const withoutBaseline = goal({ id: 'g_err', title: 'Reduce errors', target: 10, actual: 8, direction: 'decrease' });
    expect(goalShortfall(withBaseline)).toBeUndefined();
    expect(goalShortfall(withoutBaseline)).toBeUndefined();
    const suggestions = all({ goals: [withBaseline, withoutBaseline], notes: [salaryNote()] });
    for (const suggestion of suggestions) {
      expect(suggestion.reasons.filter((r) => ['missed-goal', 'partly-goal', 'below-target'].includes(r.code))).toEqual([]);
    }
    expect(ids(suggestions).slice(0, 7)).toEqual(ids(suggestQuestions(EMPTY, 'en')).slice(0, 7));

    // The same cost goal still above its target is below target (75% of the way).
    const notMet = goal({ id: 'g_cost', title: 'Reduce supplier costs', baseline: 180, target: 140, actual: 150, direction: 'decrease' });
    const top = suggestQuestions({ goals: [notMet], notes: [salaryNote()] }, 'en')[0]!;
    expect(top.reasons[0]).toEqual({ code: 'below-target', text: '“Reduce supplier costs” is at 75% of its target', goalId: 'g_cost' });
  });

  it('trusts an achieved or dropped status over the figures, and ignores goals on track', () => {
    expect(goalShortfall(goal({ id: 'a', title: 'A', target: 100, actual: 90, status: 'achieved' }))).toBeUndefined();
    expect(goalShortfall(goal({ id: 'b', title: 'B', status: 'dropped' }))).toBeUndefined();
    expect(goalShortfall(goal({ id: 'c', title: 'C', target: 100, actual: 120 }))).toBeUndefined();
    expect(goalShortfall(goal({ id: 'd', title: 'D', kind: 'qualitative' }))).toBeUndefined();
    expect(goalShortfall(goal({ id: 'e', title: 'E', status: 'at_risk' }))).toMatchObject({ code: 'at-risk-goal', severity: 'partly' });
    expect(goalShortfall(goal({ id: 'f', title: 'F', target: 100, actual: 0 }))).toMatchObject({ code: 'below-target', severity: 'missed' });
  });

  it('names every goal that fell short (at most 3) and ranks higher for more of them', () => {
    const goals = ['One', 'Two', 'Three', 'Four'].map((title, i) => goal({ id: `g${i}`, title, status: 'missed' }));
    const one = suggestQuestions({ goals: goals.slice(0, 1), notes: [salaryNote()] }, 'en')[0]!;
    const four = suggestQuestions({ goals, notes: [salaryNote()] }, 'en')[0]!;
    expect(four.id).toBe('difficulties-obstacles');
    expect(four.reasons.map((r) => r.goalId)).toEqual(['g0', 'g1', 'g2']);
    expect(four.reasons.map((r) => r.text)).toEqual(['“One” was not reached', '“Two” was not reached', '“Three” was not reached']);
    expect(four.score).toBe(one.score + 2 * SCORES.shortfallPerExtraGoal);
  });

  it('shortens a very long goal title in the reason', () => {
    const title = `Deliver ${'the migration of every legacy system '.repeat(4)}`;
    const reason = suggestQuestions({ goals: [goal({ id: 'g', title, status: 'missed' })], notes: [] }, 'en')[0]!.reasons[0]!;
    expect(reason.text.length).toBeLessThan(90);
    expect(reason.text).toMatch(/^“Deliver the migration of every legacy system .*…” was not reached$/);
  });
});

describe('suggestQuestions: notes', () => {
  it('training notes bring the questions about training budget and timing', () => {
    const suggestions = suggestQuestions({ goals: [], notes: [note('training'), salaryNote()] }, 'en');
    expect(ids(suggestions).slice(0, 4)).toEqual(['training-budget', 'training-timing', 'training-approval', 'training-certification']);
    for (const suggestion of suggestions.slice(0, 4)) {
      expect(codes(suggestion)).toEqual(['training-note']);
      expect(suggestion.reasons[0]!.text).toBe('You noted a training need: ask about budget and timing');
      expect(tagsOf(suggestion.id).some((tag) => tag === 'budget' || tag === 'timing')).toBe(true);
    }
    // Without a training note, none of them is raised.
    expect(codes(byId(all({ goals: [], notes: [salaryNote()] }), 'training-budget'))).toEqual([]);
  });

  it('difficulties notes bring the questions about support and resources', () => {
    const suggestions = suggestQuestions({ goals: [], notes: [note('difficulties'), salaryNote()] }, 'en');
    expect(suggestions[0]!.id).toBe('difficulties-support-needed');
    const raised = suggestions.filter((s) => s.reasons.length > 0);
    expect(raised.length).toBeGreaterThanOrEqual(7);
    expect(ids(raised)).toEqual(expect.arrayContaining(['difficulties-resources', 'difficulties-dependencies', 'management-help-me']));
    for (const suggestion of raised) {
      expect(codes(suggestion)).toEqual(['difficulties-note']);
      expect(tagsOf(suggestion.id).some((tag) => tag === 'support' || tag === 'resources'), suggestion.id).toBe(true);
    }
    // The raised ones come before every question that is only there by its base score.
    expect(ids(suggestions).slice(0, raised.length)).toEqual(ids(raised));
  });

  it('no salary note brings a reminder to prepare the salary case', () => {
    const suggestions = suggestQuestions({ goals: [], notes: [note('results')] }, 'en');
    expect(suggestions[0]!.id).toBe('salary-prepare-case');
    expect(suggestions[0]!.reasons).toEqual([{ code: 'no-salary-note', text: 'No salary note yet: prepare your case for a raise' }]);
    expect(codes(byId(suggestions, 'salary-raise'))).toEqual(['no-salary-note']);

    const withSalary = all({ goals: [], notes: [note('results'), salaryNote()] });
    expect(withSalary.some((s) => codes(s)!.includes('no-salary-note'))).toBe(false);
    // Nor on an empty state, where everything is still to prepare.
    expect(all(EMPTY).some((s) => codes(s)!.includes('no-salary-note'))).toBe(false);
  });
});

describe('suggestQuestions: goals', () => {
  it('objectives for next year bring "Is a financial reward planned for these objectives?"', () => {
    const nextGoals = [goal({ id: 'n1', cycleId: 'c2026', title: 'Open the Benelux office' }), goal({ id: 'n2', cycleId: 'c2026', title: 'Hire two engineers' })];
    const suggestions = suggestQuestions({ goals: [], notes: [salaryNote()], nextGoals }, 'en');
    const top = suggestions[0]!;
    expect(top.id).toBe('salary-reward-planned');
    expect(top.text).toBe('Is a financial reward planned for these objectives?');
    expect(top.reasons).toEqual([{ code: 'next-goals', text: 'New objectives are set for next year, such as “Open the Benelux office”', goalId: 'n1' }]);
    expect(ids(suggestions)).toEqual(expect.arrayContaining(['salary-bonus-link', 'results-measure-next', 'after-next-checkin']));

    const nl = suggestQuestions({ goals: [], notes: [salaryNote()], nextGoals }, 'nl')[0]!;
    expect(nl.text).toBe('Is er een financiële beloning voorzien voor deze doelstellingen?');

    // No next goals (or only dropped ones): the reward question is not raised.
    const dropped = all({ goals: [], notes: [salaryNote()], nextGoals: [goal({ id: 'n3', title: 'Old', status: 'dropped' })] });
    expect(codes(byId(dropped, 'salary-reward-planned'))).toEqual([]);
    expect(codes(byId(all({ goals: [], notes: [salaryNote()] }), 'salary-reward-planned'))).toEqual([]);
  });

  it('qualitative goals bring the questions about expected behaviours and examples', () => {
    const state: SuggestState = { goals: [goal({ id: 'g_share', title: 'Share knowledge with the team', kind: 'qualitative' })], notes: [salaryNote()] };
    const suggestions = suggestQuestions(state, 'en');
    expect(ids(suggestions).slice(0, 3)).toEqual(['results-qualitative-criteria', 'results-behaviour-examples', 'management-valued-behaviours']);
    for (const suggestion of suggestions.slice(0, 3)) {
      expect(suggestion.reasons).toEqual([
        { code: 'qualitative-goal', text: '“Share knowledge with the team” is a qualitative objective: agree on what is expected', goalId: 'g_share' },
      ]);
    }
    // A qualitative objective for next year counts too.
    const next = suggestQuestions({ goals: [], notes: [salaryNote()], nextGoals: [goal({ id: 'n_lead', title: 'Lead the guild', kind: 'qualitative' })] }, 'en');
    expect(codes(byId(next, 'results-qualitative-criteria'))).toEqual(['qualitative-goal']);
  });

  it('combines the rules: each suggestion lists the reasons of the rules that raised it, strongest first', () => {
    const state: SuggestState = { goals: [goal({ id: 'g1', title: 'Cut churn', status: 'missed' })], notes: [note('difficulties'), salaryNote()] };
    const top = suggestQuestions(state, 'en')[0]!;
    expect(top.id).toBe('difficulties-support-needed');
    expect(codes(top)).toEqual(['missed-goal', 'difficulties-note']);
    expect(top.score).toBe(SCORES.base - 1 + SCORES.shortfall + SCORES.difficulties);
  });
});

describe('suggestQuestions: options and languages', () => {
  const state: SuggestState = {
    goals: [goal({ id: 'g_rev', title: 'Grow revenue', target: 100, actual: 60 })],
    notes: [note('training')],
    nextGoals: [goal({ id: 'n1', cycleId: 'c2026', title: 'Open the Benelux office' })],
  };

  it('excludes hidden ids', () => {
    const before = suggestQuestions(state, 'en');
    const hidden = new Set([before[0]!.id, before[2]!.id, 'salary-reward-planned']);
    const after = suggestQuestions(state, 'en', { hidden });
    expect(after).toHaveLength(12);
    for (const id of hidden) expect(ids(after)).not.toContain(id);
    expect(after[0]!.id).toBe(before[1]!.id);
    const hiddenAll = suggestQuestions(EMPTY, 'en', { hidden: new Set(QUESTION_BANK.map((q) => q.id)) });
    expect(hiddenAll).toEqual([]);
  });

  it('respects the limit (default 12) and never repeats a question', () => {
    expect(suggestQuestions(state, 'en')).toHaveLength(12);
    expect(suggestQuestions(state, 'en', { limit: 5 })).toEqual(suggestQuestions(state, 'en').slice(0, 5));
    expect(suggestQuestions(state, 'en', { limit: 0 })).toEqual([]);
    expect(suggestQuestions(state, 'en', { limit: 2.7 })).toHaveLength(2);
    const everything = suggestQuestions(state, 'en', { limit: 1000 });
    expect(everything).toHaveLength(QUESTION_BANK.length);
    expect(new Set(ids(everything)).size).toBe(everything.length);
  });

  it('switching the language changes the texts, not the ranking', () => {
    const english = suggestQuestions(state, 'en');
    for (const language of QUESTION_LANGUAGES) {
      const suggestions = suggestQuestions(state, language);
      expect(ids(suggestions)).toEqual(ids(english));
      expect(suggestions.map((s) => s.score)).toEqual(english.map((s) => s.score));
      suggestions.forEach((suggestion, i) => {
        expect(suggestion.text).toBe(bankQuestion(suggestion.id)!.text[language]);
        expect(codes(suggestion)).toEqual(codes(english[i]));
        if (language !== 'en') {
          expect(suggestion.text).not.toBe(english[i]!.text);
          suggestion.reasons.forEach((reason, j) => expect(reason.text).not.toBe(english[i]!.reasons[j]!.text));
        }
      });
    }
    const reason = (language: QuestionLanguage) => byId(suggestQuestions(state, language), 'difficulties-obstacles')!.reasons[0]!.text;
    expect(reason('en')).toBe('“Grow revenue” is at 60% of its target');
    expect(reason('nl')).toBe('‘Grow revenue’ staat op 60% van de streefwaarde');
    expect(reason('fr')).toMatch(/^L’objectif «\u00a0Grow revenue\u00a0» est à 60[\u00a0\u202f]% de sa cible$/);
    expect(reason('de')).toMatch(/^Das Ziel „Grow revenue“ steht bei 60[\u00a0\u202f]% des Zielwerts$/);
  });

  it('falls back to English for a language it does not know', () => {
    const suggestions = suggestQuestions(EMPTY, 'auto' as QuestionLanguage);
    expect(suggestions.map((s) => s.text)).toEqual(suggestQuestions(EMPTY, 'en').map((s) => s.text));
  });
});
