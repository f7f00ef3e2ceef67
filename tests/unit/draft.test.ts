import { describe, expect, it } from 'vitest';
import { draftPartParagraph, draftResultsParagraph, DRAFT_TEMPLATES, MANAGER_DRAFT_TEMPLATES } from '@/utils/draft';
import { NOTE_PARTS, type Goal, type Note } from '@/utils/model';

const now = 1_780_000_000_000;
const goal = (id: string, extra: Partial<Goal>): Goal => ({
  id, cycleId: 'c', title: id, kind: 'quantitative', status: 'on_track', keyResults: [], source: {}, createdAt: now, updatedAt: now, ...extra,
});
const note = (id: string, extra: Partial<Note>): Note => ({ id, cycleId: 'c', part: 'results', text: id, createdAt: now, updatedAt: now, ...extra });

const goals = [
  goal('Grow revenue', { target: 150, actual: 140.5, unit: 'k€', baseline: 100 }),
  goal('Cut cloud costs', { target: 80, actual: 75, unit: 'k€', direction: 'decrease' }),
  goal('Mentor juniors', { kind: 'qualitative', status: 'achieved' }),
  goal('Old idea', { kind: 'qualitative', status: 'dropped' }),
];
const notes = [
  note('n1', { goalId: 'Grow revenue', part: 'successes', text: 'Signed ACME in March.', happenedOn: '2026-03-14' }),
  note('n2', { goalId: 'Grow revenue', part: 'difficulties', text: 'Hiring freeze slowed the pipeline\nmore details' }),
  note('n3', { part: 'successes', text: 'Unlinked win' }),
];

describe('draftResultsParagraph', () => {
  it('writes one sentence per goal from its figures, with evidence and difficulty, in English', () => {
    expect(draftResultsParagraph(goals, notes, 'en').split('\n')).toEqual([
      'Grow revenue: 140.5 k€ against a target of 150 k€, 81% of the objective. For example: Signed ACME in March. What slowed me down: Hiring freeze slowed the pipeline.',
      'Cut cloud costs: 75 k€ against a target of 80 k€ (100% of the objective).',
      'Mentor juniors: achieved.',
    ]);
  });

  it('uses the language’s templates and number format', () => {
    const nl = draftResultsParagraph(goals.slice(0, 1), [], 'nl');
    expect(nl).toBe('Grow revenue: 140,5 k€ tegenover een doel van 150 k€, 81% van de doelstelling.');
    const de = draftResultsParagraph(goals.slice(2, 3), [], 'de');
    expect(de).toBe('Mentor juniors: erreicht.');
    expect(draftResultsParagraph(goals.slice(0, 1), [], 'fr')).toMatch(/^Grow revenue : 140,5 k€ pour une cible de 150 k€, soit 81\s?% de l’objectif\.$/);
  });

  it('says so when there are no objectives', () => {
    expect(draftResultsParagraph([], [], 'fr')).toBe(DRAFT_TEMPLATES.fr.none);
  });
});

describe('draftPartParagraph', () => {
  const parts = [
    note('d2', { part: 'difficulties', text: 'Budget cut in Q3.', happenedOn: '2026-09-01' }),
    note('d1', { part: 'difficulties', text: 'Two resignations\nin the team', happenedOn: '2026-02-10' }),
    note('t1', { part: 'training', text: 'Negotiation course' }),
  ];
  it('writes one part’s notes as one paragraph, in the order they happened', () => {
    expect(draftPartParagraph('difficulties', parts, 'en')).toBe('What made the year harder: Two resignations; Budget cut in Q3.');
    expect(draftPartParagraph('training', parts, 'de')).toBe('Gewünschte Weiterbildung: Negotiation course.');
  });
  it('is empty for a part without notes', () => {
    expect(draftPartParagraph('salary', parts, 'fr')).toBe('');
  });
  it('has a template for every part in every language, each with its {items}', () => {
    for (const language of ['en', 'nl', 'fr', 'de'] as const) {
      for (const part of NOTE_PARTS) expect(DRAFT_TEMPLATES[language].parts[part], `${language} ${part}`).toContain('{items}');
    }
  });
});

describe('the manager’s voice', () => {
  const parts = [
    note('d1', { part: 'difficulties', text: 'Two resignations\nin the team', happenedOn: '2026-02-10' }),
    note('t1', { part: 'training', text: 'Negotiation course' }),
  ];
  it('drafts the results with the same figures and the obstacles in the manager’s words', () => {
    expect(draftResultsParagraph(goals.slice(0, 1), notes, 'en', 'manager')).toBe(
      'Grow revenue: 140.5 k€ against a target of 150 k€, 81% of the objective. For example: Signed ACME in March. Obstacles met: Hiring freeze slowed the pipeline.',
    );
    expect(draftResultsParagraph(goals.slice(0, 1), notes, 'de', 'manager')).toContain('Aufgetretene Hindernisse: Hiring freeze slowed the pipeline.');
    expect(draftResultsParagraph([], [], 'nl', 'manager')).toBe(DRAFT_TEMPLATES.nl.none);
  });
  it('drafts each part as the manager writing about the person', () => {
    expect(draftPartParagraph('difficulties', parts, 'en', 'manager')).toBe('Difficulties met this year, to avoid next time: Two resignations.');
    expect(draftPartParagraph('training', parts, 'fr', 'manager')).toBe('Besoins de formation identifiés : Negotiation course.');
    expect(draftPartParagraph('training', parts, 'fr')).not.toBe(draftPartParagraph('training', parts, 'fr', 'manager'));
  });
  it('has a template for every part in every language, never in the first person', () => {
    const firstPerson = { en: /\b(?:I|me|my)\b/, nl: /\b(?:ik|me|mij|mijn)\b/i, fr: /\b(?:je|me|m’|moi|mon|ma|mes)\b/i, de: /\b(?:ich|mich|mir|mein\w*)\b/i };
    for (const language of ['en', 'nl', 'fr', 'de'] as const) {
      const templates = MANAGER_DRAFT_TEMPLATES[language];
      expect(templates.difficulty).toContain('{text}');
      expect(templates.difficulty).not.toMatch(firstPerson[language]);
      for (const part of NOTE_PARTS) {
        expect(templates.parts[part], `${language} ${part}`).toContain('{items}');
        expect(templates.parts[part], `${language} ${part}`).not.toMatch(firstPerson[language]);
      }
    }
  });
});
