/** The manager's question bank and its suggestions for one reviewed person. */
import { describe, expect, it } from 'vitest';
import { NOTE_PARTS, type Goal, type Note } from '@/utils/model';
import {
  MANAGER_QUESTION_BANK,
  MANAGER_REASON_TEXTS,
  QUESTION_BANK,
  QUESTION_CATEGORIES,
  QUESTION_LANGUAGES,
  QUESTION_TAGS,
  REASON_CODES,
  REASON_TEXTS,
  managerBankQuestion,
  suggestQuestions,
  type SuggestState,
} from '@/utils/questions';

function goal(fields: Partial<Goal> & Pick<Goal, 'id' | 'title'>): Goal {
  return { cycleId: 'c2025', kind: 'quantitative', status: 'on_track', keyResults: [], source: {}, createdAt: 0, updatedAt: 0, ...fields };
}
let count = 0;
function note(part: Note['part'], text = `note ${++count}`): Note {
  return { id: `n${++count}`, cycleId: 'c2025', part, text, createdAt: 0, updatedAt: 0 };
}
const manager = (state: SuggestState, language: 'en' | 'nl' | 'fr' | 'de' = 'en', limit = Number.POSITIVE_INFINITY) =>
  suggestQuestions(state, language, { audience: 'manager', limit });
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('manager question bank', () => {
  it('has at least 60 questions with unique ids prefixed by their category, none shared with the employee’s bank', () => {
    expect(MANAGER_QUESTION_BANK.length).toBeGreaterThanOrEqual(60);
    const ids = MANAGER_QUESTION_BANK.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    const employeeIds = new Set(QUESTION_BANK.map((question) => question.id));
    for (const question of MANAGER_QUESTION_BANK) {
      expect(question.id).toMatch(new RegExp(`^${question.category}-ask-[a-z0-9]+(?:-[a-z0-9]+)*$`));
      expect(employeeIds.has(question.id), question.id).toBe(false);
      expect(managerBankQuestion(question.id)).toBe(question);
    }
  });

  it('covers the seed’s parts: results, difficulties, training, management and team, evolution, reward', () => {
    for (const category of ['results', 'difficulties', 'training', 'management', 'evolution', 'salary'] as const) {
      expect(MANAGER_QUESTION_BANK.filter((question) => question.category === category).length, category).toBeGreaterThanOrEqual(7);
    }
    for (const question of MANAGER_QUESTION_BANK) expect(QUESTION_CATEGORIES).toContain(question.category);
  });

  it('gives every question a note part, known tags and a distinct text in every language', () => {
    for (const language of QUESTION_LANGUAGES) {
      const texts = new Set<string>();
      for (const question of MANAGER_QUESTION_BANK) {
        expect(NOTE_PARTS).toContain(question.part);
        for (const tag of question.tags) expect(QUESTION_TAGS).toContain(tag);
        const text = question.text[language];
        expect(text.trim().length, `${question.id} ${language}`).toBeGreaterThan(15);
        expect(texts.has(text), `${question.id} ${language}`).toBe(false);
        texts.add(text);
      }
    }
  });

  it('speaks to the reviewed person in each language’s register, not to the manager', () => {
    const text = (language: 'nl' | 'fr' | 'de') => MANAGER_QUESTION_BANK.map((question) => question.text[language]).join('\n');
    expect(text('nl')).toMatch(/\bje\b/);
    expect(text('nl')).not.toMatch(/\bmijn leidinggevende\b/);
    expect(text('fr')).toMatch(/\bvous\b/);
    expect(text('fr')).not.toMatch(/\btu\b/);
    expect(text('de')).toMatch(/\bSie\b/);
    expect(text('de')).not.toMatch(/\bdu\b/);
    // The employee's bank asks about "my results"; the manager's about theirs.
    expect(MANAGER_QUESTION_BANK.map((question) => question.text.en).join('\n')).not.toMatch(/\bmy (?:results|objectives|salary)\b/i);
    // French typography as in the employee's bank: a narrow no-break space before "?".
    expect(managerBankQuestion('results-ask-overall')!.text.fr).toMatch(/\u202f\?$/);
  });

  it('has manager-voice reasons for every code and language, with the same placeholders', () => {
    for (const language of QUESTION_LANGUAGES) {
      for (const code of REASON_CODES) {
        expect(placeholders(MANAGER_REASON_TEXTS[language][code])).toEqual(placeholders(REASON_TEXTS.en[code]));
      }
    }
    expect(MANAGER_REASON_TEXTS.en['no-salary-note']).not.toBe(REASON_TEXTS.en['no-salary-note']);
  });
});

describe('suggestQuestions for a manager', () => {
  it('suggests from the manager’s bank only, covering the categories on an empty state', () => {
    const suggestions = manager({ goals: [], notes: [] }, 'en', 12);
    expect(suggestions).toHaveLength(12);
    for (const suggestion of suggestions) expect(managerBankQuestion(suggestion.id)).toBeDefined();
    expect(new Set(suggestions.map((s) => s.category)).size).toBe(QUESTION_CATEGORIES.length);
    expect(suggestions.every((s) => s.reasons.length === 0)).toBe(true);
    // The employee's suggestions are unchanged by the option's default.
    expect(suggestQuestions({ goals: [], notes: [] }, 'en').every((s) => QUESTION_BANK.some((q) => q.id === s.id))).toBe(true);
  });

  it('a goal the person missed brings the obstacle questions first, naming the goal', () => {
    const missed = goal({ id: 'g1', title: 'Close 40 deals', target: 40, actual: 0, status: 'missed' });
    const [first] = manager({ goals: [missed], notes: [note('salary')] }, 'en', 5);
    expect(first!.category).toBe('difficulties');
    expect(first!.reasons[0]).toEqual({ code: 'missed-goal', text: '“Close 40 deals” was not reached', goalId: 'g1' });
  });

  it('training notes about the person bring budget and timing, with the manager’s reason', () => {
    const top = manager({ goals: [], notes: [note('training', 'Needs SQL'), note('salary')] }, 'fr', 3);
    expect(top.map((s) => s.id)).toEqual(expect.arrayContaining(['training-ask-when', 'training-ask-budget']));
    expect(top[0]!.reasons[0]!.text).toBe(MANAGER_REASON_TEXTS.fr['training-note']);
  });

  it('no note on reward yet reminds the manager to prepare what they can offer', () => {
    const [first] = manager({ goals: [goal({ id: 'g', title: 'x' })], notes: [] }, 'de', 1);
    expect(first!.id).toBe('salary-ask-prepare-case');
    expect(first!.reasons.map((r) => r.text)).toEqual([MANAGER_REASON_TEXTS.de['no-salary-note']]);
  });

  it('objectives for next year bring the reward question for them', () => {
    const next = goal({ id: 'n1', title: 'Lead the EU launch', cycleId: 'c2026' });
    const [first] = manager({ goals: [], notes: [note('salary')], nextGoals: [next] }, 'nl', 1);
    expect(first!.id).toBe('salary-ask-reward-new-goals');
    expect(first!.reasons[0]!.text).toContain('Lead the EU launch');
  });
});

describe('suggestionsFor (sidebar and preparation page)', () => {
  it('uses the manager’s bank for a person and leaves out what was hidden for that person', async () => {
    const { suggestionsFor } = await import('@/components/SuggestedQuestions');
    const hidden = {
      id: 'salary-ask-prepare-case@p-jane', personId: 'p-jane', part: 'salary', text: 'x', origin: 'builtin', hidden: true, createdAt: 0, updatedAt: 0,
    } as const;
    const goals = [goal({ id: 'g', title: 'x' })];
    const shown = suggestionsFor(goals, [], [], 1, 'manager');
    expect(shown.map((s) => s.id)).toEqual(['salary-ask-prepare-case']);
    const afterHiding = suggestionsFor(goals, [], [hidden], 60, 'manager');
    expect(afterHiding.map((s) => s.id)).not.toContain('salary-ask-prepare-case');
    expect(afterHiding.every((s) => managerBankQuestion(s.id))).toBe(true);
  });
});
