import { describe, expect, it } from 'vitest';
import { ME, type Cycle, type Goal, type Note, type Question } from '@/utils/model';
import { buildPrepDocument, toMarkdown, type PrepBlock, type PrepDocument, type PrepInput, type PrepSection } from '@/utils/prep';
import { goalChanges } from '@/utils/prep/changes';

const T0 = Date.UTC(2025, 0, 15, 12);
const DAY = 86_400_000;
const stamp = (days: number) => ({ createdAt: T0 + days * DAY, updatedAt: T0 + days * DAY });

const cycle: Cycle = {
  id: 'c2025',
  personId: ME,
  label: 'Review 2025',
  interviewDate: '2026-03-12',
  manager: 'Sam Peeters',
  status: 'preparing',
  ...stamp(0),
};
const previousCycle: Cycle = { id: 'c2024', personId: ME, label: 'Review 2024', status: 'done', ...stamp(-365) };

function goal(fields: Partial<Goal> & Pick<Goal, 'id' | 'title'>): Goal {
  return { cycleId: 'c2025', kind: 'quantitative', status: 'on_track', keyResults: [], source: {}, ...stamp(0), ...fields };
}

const costGoal = goal({
  id: 'g_cost',
  title: 'Reduce supplier costs',
  unit: 'k€',
  baseline: 180,
  target: 140.5,
  actual: 150,
  direction: 'decrease',
  weight: 40,
  dueDate: '2025-12-31',
  status: 'at_risk',
  keyResults: [
    { title: 'Renegotiate the 5 largest contracts', target: 5, actual: 4 },
    { title: 'Cut hosting spend', unit: 'k€', baseline: 60, target: 45, actual: 48 },
  ],
});
const onboardingGoal = goal({
  id: 'g_onboard',
  title: 'Improve onboarding of new colleagues',
  kind: 'qualitative',
  description: 'New hires should be productive within a month.',
  status: 'achieved',
  selfAssessment: 'Done ahead of plan; the checklist is now used by two other teams.',
});

let seq = 0;
function note(part: Note['part'], text: string, extra: Partial<Note> = {}): Note {
  seq += 1;
  return { id: `n${seq}`, cycleId: 'c2025', part, text, ...stamp(seq), ...extra };
}

const notes: Note[] = [
  note('results', 'Renegotiated the cleaning contract: 12 k€ less per year', { goalId: 'g_cost', happenedOn: '2025-06-10' }),
  note('results', 'Switched to a cheaper courier', { goalId: 'g_cost', happenedOn: '2025-03-02' }),
  note('difficulties', 'Supplier X refused to renegotiate before 2026; next time start talks 6 months before renewal', {
    goalId: 'g_cost',
    happenedOn: '2025-09-01',
  }),
  note('successes', 'Three new hires productive within 2 weeks', { goalId: 'g_onboard', happenedOn: '2025-10-05' }),
  note('results', 'Wrote the onboarding checklist', { goalId: 'g_onboard', happenedOn: '2025-04-01' }),
  note('results', 'Took over the invoicing backlog during the summer'),
  note('difficulties', 'Two months without a team lead'),
  note('successes', 'Praised by the client at the Q3 review'),
  note('other', 'Bring the cost dashboard printout'),
  note('results', 'Closed the audit findings', { goalId: 'g_deleted' }),
  note('skills', 'Comfortable with Power BI now'),
  note('training', 'Followed the negotiation training (2 days)', { happenedOn: '2025-05-20' }),
  note('training', 'Need: advanced Excel to automate reporting', { happenedOn: '2025-02-01' }),
  note('management', 'Decisions on budgets come too late'),
  note('management', 'Weekly one-to-ones work well', { happenedOn: '2025-01-20' }),
  note('evolution', 'Short term: lead the procurement project. Long term: purchasing manager.'),
  note('salary', 'Saved 30 k€ while my pay rose 2 % last year'),
  note('question', 'Can I join the 2026 budget committee?'),
  note('results', 'A note of another cycle', { cycleId: 'c2024' }),
];

function question(id: string, origin: Question['origin'], text: string, days: number, asked?: boolean): Question {
  return { id, part: 'question', origin, text, ...(asked !== undefined && { asked }), ...stamp(days) };
}
const questions: Question[] = [
  question('q1', 'builtin', 'What do you expect from me next year?', 1),
  question('q2', 'custom', 'Could I work from home two days a week?', 5),
  question('q3', 'builtin', 'How do you see my role evolving?', 2, true),
  question('q4', 'custom', 'Is there a budget for one conference?', 3),
  question('q5', 'builtin', 'Is a financial reward planned for the new objectives?', 4),
];

const previous = {
  cycle: previousCycle,
  goals: [
    goal({
      id: 'p_cost',
      cycleId: 'c2024',
      title: '  reduce   SUPPLIER costs ',
      unit: 'k€',
      target: 160,
      actual: 170,
      direction: 'decrease',
      status: 'missed',
    }),
    goal({ id: 'p_portal', cycleId: 'c2024', title: 'Launch the supplier portal', kind: 'qualitative', status: 'achieved' }),
  ],
};

const full: PrepInput = { cycle, goals: [costGoal, onboardingGoal], notes, questions, previous };

const sectionOf = (doc: PrepDocument, id: PrepSection['id']): PrepSection => {
  const section = doc.sections.find((x) => x.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section;
};
type Block<K extends PrepBlock['kind']> = Extract<PrepBlock, { kind: K }>;
const blocksOf = <K extends PrepBlock['kind']>(section: PrepSection, kind: K) =>
  section.blocks.filter((b): b is Block<K> => b.kind === kind);
const listTitled = (section: PrepSection, title: string | undefined) => {
  const list = blocksOf(section, 'list').find((b) => b.title === title);
  if (!list) throw new Error(`no list ${title} in ${section.id}`);
  return list;
};
const texts = (items: { text: string }[]) => items.map((i) => i.text);
const goalIn = (doc: PrepDocument, id: string) => {
  const block = blocksOf(sectionOf(doc, 'results'), 'goal').find((g) => g.goalId === id);
  if (!block) throw new Error(`no goal ${id}`);
  return block;
};

describe('buildPrepDocument: a full year of preparation', () => {
  const doc = buildPrepDocument(full, 'en');

  it('has a title, a subtitle with the interview and the manager, and the six sections in the seed order', () => {
    expect(doc.title).toBe('Preparing my annual review');
    expect(doc.subtitle).toBe('Review 2025 · Interview on Mar 12, 2026 · with Sam Peeters');
    expect(doc.sections.map((x) => [x.id, x.heading])).toEqual([
      ['results', 'Results against objectives'],
      ['training', 'Skills and training'],
      ['management', 'Management and working relationship'],
      ['evolution', 'My evolution'],
      ['salary', 'Salary and reward'],
      ['questions', 'Questions for my manager'],
    ]);
    expect(doc.sections.filter((x) => x.empty).map((x) => x.id)).toEqual([]);
  });

  it('shows a cost to reduce with its figures and an achievement that respects the direction', () => {
    const cost = goalIn(doc, 'g_cost');
    expect(cost.title).toBe('Reduce supplier costs');
    expect(cost.status).toBe('at_risk');
    // From 180 down to 150 of the 39.5 k€ to save: 76 %, not 150/140.5 = 107 %.
    expect(cost.achievement).toBe(76);
    expect(cost.facts).toEqual([
      { label: 'Status', value: 'At risk' },
      { label: 'Starting point', value: '180 k€' },
      { label: 'Target (at most)', value: '140.5 k€' },
      { label: 'Actual', value: '150 k€' },
      { label: 'Achievement', value: '76%' },
      { label: 'Weight', value: '40%' },
      { label: 'Due', value: 'Dec 31, 2025' },
    ]);
    expect(cost.lists.map((l) => l.role)).toEqual(['keyResults', 'evidence', 'difficulties']);
    expect(cost.lists[0]!.items).toEqual([
      { text: 'Renegotiate the 5 largest contracts', detail: 'Target: 5 · Actual: 4 · Achievement: 80%' },
      {
        text: 'Cut hosting spend',
        detail: 'Starting point: 60 k€ · Target (at most): 45 k€ · Actual: 48 k€ · Achievement: 80%',
      },
    ]);
    // Evidence in the order it happened, not the order it was written.
    expect(cost.lists[1]!.items).toEqual([
      { text: 'Switched to a cheaper courier', date: 'Mar 2, 2025' },
      { text: 'Renegotiated the cleaning contract: 12 k€ less per year', date: 'Jun 10, 2025' },
    ]);
    expect(cost.lists[2]!.title).toBe('Difficulties: what slowed me down and how to avoid it next time');
    expect(texts(cost.lists[2]!.items)).toEqual([
      'Supplier X refused to renegotiate before 2026; next time start talks 6 months before renewal',
    ]);
  });

  it('a decrease goal that missed its target scores below 100 %, one that beat it 100 %', () => {
    const missed = buildPrepDocument({ cycle, goals: [goal({ ...costGoal, baseline: undefined })], notes: [] }, 'en');
    expect(goalIn(missed, 'g_cost').achievement).toBe(94); // 140.5 / 150
    const beaten = buildPrepDocument({ cycle, goals: [goal({ ...costGoal, baseline: undefined, actual: 120 })], notes: [] }, 'en');
    expect(goalIn(beaten, 'g_cost').achievement).toBe(100);
  });

  it('shows a qualitative goal with its description, self-assessment, evidence and successes', () => {
    const onboarding = goalIn(doc, 'g_onboard');
    expect(onboarding.description).toBe('New hires should be productive within a month.');
    expect(onboarding.achievement).toBeUndefined();
    expect(onboarding.facts).toEqual([{ label: 'Status', value: 'Achieved' }]);
    expect(onboarding.lists.map((l) => [l.role, l.title, texts(l.items)])).toEqual([
      ['selfAssessment', 'Self-assessment', ['Done ahead of plan; the checklist is now used by two other teams.']],
      ['evidence', 'Evidence', ['Wrote the onboarding checklist']],
      ['successes', 'Successes', ['Three new hires productive within 2 weeks']],
    ]);
  });

  it('lists notes tied to no goal (or to a deleted one) after the goals, and ignores other cycles', () => {
    const results = sectionOf(doc, 'results');
    expect(results.blocks.map((b) => b.kind)).toEqual(['goal', 'goal', 'list', 'list', 'list', 'list', 'comparison']);
    expect(texts(listTitled(results, 'Other results').items)).toEqual([
      'Took over the invoicing backlog during the summer',
      'Closed the audit findings',
    ]);
    expect(texts(listTitled(results, 'Other difficulties').items)).toEqual(['Two months without a team lead']);
    expect(texts(listTitled(results, 'Other successes').items)).toEqual(['Praised by the client at the Q3 review']);
    expect(texts(listTitled(results, 'Other notes').items)).toEqual(['Bring the cost dashboard printout']);
    expect(JSON.stringify(doc)).not.toContain('A note of another cycle');
  });

  it('gathers skills, trainings followed and training needs', () => {
    const training = sectionOf(doc, 'training');
    expect(texts(listTitled(training, 'Skills').items)).toEqual(['Comfortable with Power BI now']);
    expect(listTitled(training, 'Trainings followed and training needs').items).toEqual([
      { text: 'Need: advanced Excel to automate reporting', date: 'Feb 1, 2025' },
      { text: 'Followed the negotiation training (2 days)', date: 'May 20, 2025' },
    ]);
  });

  it('gathers management and evolution notes in date order', () => {
    expect(texts(listTitled(sectionOf(doc, 'management'), undefined).items)).toEqual([
      'Weekly one-to-ones work well', // happened on Jan 20
      'Decisions on budgets come too late', // written on Jan 29
    ]);
    expect(texts(listTitled(sectionOf(doc, 'evolution'), undefined).items)).toEqual([
      'Short term: lead the procurement project. Long term: purchasing manager.',
    ]);
  });

  it('puts the case for a raise and always the reward question in the salary section', () => {
    const salary = sectionOf(doc, 'salary');
    expect(salary.empty).toBeUndefined();
    expect(texts(listTitled(salary, 'My case and my ask').items)).toEqual(['Saved 30 k€ while my pay rose 2 % last year']);
    expect(texts(listTitled(salary, 'To ask').items)).toEqual(['Is a financial reward planned for the new objectives?']);
  });

  it('orders the questions: own notes, then custom questions by date, then built-in ones; skips asked ones and duplicates', () => {
    const [list, ...rest] = sectionOf(doc, 'questions').blocks;
    expect(rest).toEqual([]);
    expect(list).toMatchObject({ kind: 'list', ordered: true });
    expect(texts((list as Block<'list'>).items)).toEqual([
      'Can I join the 2026 budget committee?',
      'Is there a budget for one conference?',
      'Could I work from home two days a week?',
      'What do you expect from me next year?',
    ]);
  });
});

describe('buildPrepDocument: what changed since the last review', () => {
  it('matches carried-over goals whatever their case and spaces, and lists new and removed goals', () => {
    const results = sectionOf(buildPrepDocument(full, 'en'), 'results');
    const [table] = blocksOf(results, 'comparison');
    expect(table!.title).toBe('What changed since the last review');
    expect(table!.columns).toEqual(['Objective', 'Change', 'Last review (Review 2024)', 'This review (Review 2025)']);
    expect(table!.rows).toEqual([
      {
        change: 'carried',
        goal: 'Reduce supplier costs',
        changeLabel: 'Carried over',
        then: 'Target (at most): 160 k€ · Actual: 170 k€ · Achievement: 94% · Missed',
        now: 'Target (at most): 140.5 k€ · Actual: 150 k€ · Achievement: 76% · At risk',
      },
      { change: 'new', goal: 'Improve onboarding of new colleagues', changeLabel: 'New', then: '—', now: 'Achieved' },
      {
        change: 'removed',
        goal: 'Launch the supplier portal',
        changeLabel: 'No longer an objective',
        then: 'Achieved',
        now: '—',
      },
    ]);
  });

  it('matches a previous goal once only, and has no table without a previous cycle', () => {
    const twice = buildPrepDocument(
      { ...full, goals: [costGoal, goal({ id: 'g_cost2', title: 'REDUCE supplier costs' })] },
      'en',
    );
    const rows = blocksOf(sectionOf(twice, 'results'), 'comparison')[0]!.rows;
    expect(rows.map((r) => [r.change, r.goal])).toEqual([
      ['carried', 'Reduce supplier costs'],
      ['new', 'REDUCE supplier costs'],
      ['removed', 'Launch the supplier portal'],
    ]);
    const none = buildPrepDocument({ ...full, previous: undefined }, 'en');
    expect(blocksOf(sectionOf(none, 'results'), 'comparison')).toEqual([]);
  });

  it('formats the figures then and now in the document language', () => {
    const rows = blocksOf(sectionOf(buildPrepDocument(full, 'fr'), 'results'), 'comparison')[0]!.rows;
    // Intl puts a no-break space before % in French (which one depends on the ICU version).
    const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaces(rows[0]!.then)).toBe('Cible (au plus) : 160 k€ · Réalisé : 170 k€ · Taux d’atteinte : 94 % · Non atteint');
    expect(spaces(rows[0]!.now)).toBe('Cible (au plus) : 140,5 k€ · Réalisé : 150 k€ · Taux d’atteinte : 76 % · À risque');
  });
});

describe('buildPrepDocument: empty sections say what to prepare', () => {
  const empty = buildPrepDocument({ cycle: { ...cycle, interviewDate: undefined, manager: undefined }, goals: [], notes: [] }, 'en');

  it('gives every section a hint, and the salary section still its question', () => {
    expect(empty.subtitle).toBe('Review 2025');
    expect(empty.sections.map((x) => [x.id, x.empty])).toEqual([
      ['results', expect.stringContaining('list the objectives you were given with their target')],
      ['training', expect.stringContaining('tasks that would be easier with more training')],
      ['management', expect.stringContaining('what works well with your manager')],
      ['evolution', expect.stringContaining('short- and long-term projects')],
      ['salary', expect.stringContaining('case for a raise')],
      ['questions', expect.stringContaining('ask your manager')],
    ]);
    for (const section of empty.sections) {
      if (section.id === 'salary') {
        expect(section.blocks).toEqual([
          { kind: 'list', title: 'To ask', items: [{ text: 'Is a financial reward planned for the new objectives?' }] },
        ]);
      } else {
        expect(section.blocks, section.id).toEqual([]);
      }
    }
  });

  it('fills only the sections that have something', () => {
    const doc = buildPrepDocument({ cycle, goals: [], notes: [note('training', 'Excel course')], questions: [question('qa', 'custom', 'Asked already', 1, true)] }, 'en');
    expect(doc.sections.filter((x) => !x.empty).map((x) => x.id)).toEqual(['training']);
  });

  it('does not count a previous cycle with no goals as a change', () => {
    const doc = buildPrepDocument({ cycle, goals: [], notes: [], previous: { cycle: previousCycle, goals: [] } }, 'en');
    expect(sectionOf(doc, 'results')).toMatchObject({ blocks: [], empty: expect.any(String) });
  });
});

describe('buildPrepDocument: languages', () => {
  const cases = [
    {
      language: 'en',
      title: 'Preparing my annual review',
      results: 'Results against objectives',
      questions: 'Questions for my manager',
      target: '140.5 k€',
      subtitle: 'Review 2025 · Interview on Mar 12, 2026 · with Sam Peeters',
      reward: 'Is a financial reward planned for the new objectives?',
    },
    {
      language: 'nl',
      title: 'Voorbereiding van mijn evaluatiegesprek',
      results: 'Resultaten ten opzichte van de doelstellingen',
      questions: 'Vragen aan mijn leidinggevende',
      target: '140,5 k€',
      subtitle: 'Review 2025 · Gesprek op 12 mrt 2026 · met Sam Peeters',
      reward: 'Is er een financiële beloning voorzien voor de nieuwe doelstellingen?',
    },
    {
      language: 'fr',
      title: 'Préparation de mon entretien annuel',
      results: 'Résultats par rapport aux objectifs',
      questions: 'Questions pour mon manager',
      target: '140,5 k€',
      subtitle: 'Review 2025 · Entretien le 12 mars 2026 · avec Sam Peeters',
      reward: 'Une récompense financière est-elle prévue pour les nouveaux objectifs ?',
    },
    {
      language: 'de',
      title: 'Vorbereitung auf mein Mitarbeitergespräch',
      results: 'Ergebnisse im Vergleich zu den Zielen',
      questions: 'Fragen an meine Führungskraft',
      target: '140,5 k€',
      subtitle: 'Review 2025 · Gespräch am 12.03.2026 · mit Sam Peeters',
      reward: 'Ist für die neuen Ziele eine finanzielle Belohnung vorgesehen?',
    },
  ] as const;

  for (const c of cases) {
    it(`${c.language}: headings, numbers, dates and the reward question`, () => {
      const doc = buildPrepDocument(full, c.language);
      expect(doc.language).toBe(c.language);
      expect(doc.title).toBe(c.title);
      expect(doc.subtitle).toBe(c.subtitle);
      expect(sectionOf(doc, 'results').heading).toBe(c.results);
      expect(sectionOf(doc, 'questions').heading).toBe(c.questions);
      expect(goalIn(doc, 'g_cost').facts[2]!.value).toBe(c.target);
      const salary = sectionOf(doc, 'salary');
      expect(salary.blocks.at(-1)).toMatchObject({ kind: 'list', items: [{ text: c.reward }] });
      // Nothing of the English wording leaks into another language.
      if (c.language !== 'en') expect(JSON.stringify(doc)).not.toMatch(/"(Target|Actual|Achievement|Evidence|Successes|Carried over)\b/);
    });
  }

  it('formats big numbers, percent units and thousands the locale way', () => {
    const big = goal({ id: 'g_big', title: 'Revenue', unit: 'EUR', target: 1_250_000.5, actual: 1_000_000 });
    const share = goal({ id: 'g_share', title: 'Share', unit: '%', target: 12.5, actual: 10 });
    const value = (language: 'en' | 'de' | 'fr', id: string) =>
      goalIn(buildPrepDocument({ cycle, goals: [big, share], notes: [] }, language), id).facts[1]!.value;
    expect(value('en', 'g_big')).toBe('1,250,000.5 EUR');
    expect(value('de', 'g_big')).toBe('1.250.000,5 EUR');
    expect(value('en', 'g_share')).toBe('12.5%');
    expect(value('de', 'g_share')).toMatch(/^12,5[\u00a0\u202f]%$/);
    expect(value('fr', 'g_share')).toMatch(/^12,5[\u00a0\u202f]%$/);
    expect(value('fr', 'g_big')).toMatch(/^1[\u00a0\u202f]250[\u00a0\u202f]000,5 EUR$/);
  });
});

describe('toMarkdown', () => {
  it('renders a small document exactly', () => {
    const input: PrepInput = {
      cycle,
      goals: [costGoal],
      notes: [
        note('results', 'Switched to a cheaper courier', { goalId: 'g_cost', happenedOn: '2025-03-02' }),
        note('question', 'Can I join the budget committee?'),
      ],
      previous: { cycle: previousCycle, goals: previous.goals.slice(0, 1) },
    };
    expect(toMarkdown(buildPrepDocument(input, 'en'))).toBe(
      [
        '# Preparing my annual review',
        '',
        'Review 2025 · Interview on Mar 12, 2026 · with Sam Peeters',
        '',
        '## Results against objectives',
        '',
        '### Reduce supplier costs',
        '',
        '- **Status**: At risk',
        '- **Starting point**: 180 k€',
        '- **Target (at most)**: 140.5 k€',
        '- **Actual**: 150 k€',
        '- **Achievement**: 76%',
        '- **Weight**: 40%',
        '- **Due**: Dec 31, 2025',
        '',
        '#### Key results',
        '',
        '- Renegotiate the 5 largest contracts — Target: 5 · Actual: 4 · Achievement: 80%',
        '- Cut hosting spend — Starting point: 60 k€ · Target (at most): 45 k€ · Actual: 48 k€ · Achievement: 80%',
        '',
        '#### Evidence',
        '',
        '- Mar 2, 2025 — Switched to a cheaper courier',
        '',
        '### What changed since the last review',
        '',
        '| Objective | Change | Last review (Review 2024) | This review (Review 2025) |',
        '| --- | --- | --- | --- |',
        '| Reduce supplier costs | Carried over | Target (at most): 160 k€ · Actual: 170 k€ · Achievement: 94% · Missed | Target (at most): 140.5 k€ · Actual: 150 k€ · Achievement: 76% · At risk |',
        '',
        '## Skills and training',
        '',
        '_Nothing noted yet. Assess your skills, list the trainings you followed and note the tasks that would be easier with more training: this is the moment to ask for it._',
        '',
        '## Management and working relationship',
        '',
        '_Nothing noted yet. Note what works well with your manager and in the team, and the problems you want to raise._',
        '',
        '## My evolution',
        '',
        '_Nothing noted yet. How do you want to grow in the company? Note your short- and long-term projects._',
        '',
        '## Salary and reward',
        '',
        '_Nothing noted yet. Prepare your case for a raise: your results, your new responsibilities and what you will ask for._',
        '',
        '### To ask',
        '',
        '- Is a financial reward planned for the new objectives?',
        '',
        '## Questions for my manager',
        '',
        '1. Can I join the budget committee?',
        '',
      ].join('\n'),
    );
  });

  it('uses the language punctuation for labels', () => {
    const md = toMarkdown(buildPrepDocument(full, 'fr')).split('\n');
    expect(md).toContain('- **Cible (au plus)** : 140,5 k€');
    expect(md).toContain('## Questions pour mon manager');
    expect(md).toContain('- Une récompense financière est-elle prévue pour les nouveaux objectifs ?');
  });

  const hostile = '# Title <img src=x onerror=alert(1)> | a | **b**';

  it('escapes a hostile note, goal title and cycle label: no HTML, no heading, no broken table', () => {
    const doc = buildPrepDocument(
      {
        cycle: { ...cycle, label: hostile },
        goals: [goal({ id: 'g_h', title: hostile })],
        notes: [note('results', hostile), note('management', hostile), note('question', hostile)],
        previous: { cycle: previousCycle, goals: [goal({ id: 'p_h', cycleId: 'c2024', title: hostile })] },
      },
      'en',
    );
    const md = toMarkdown(doc);
    const lines = md.split('\n');
    expect(md).not.toContain('<');
    expect(md).not.toContain('>');
    expect(lines).toContain('- \\# Title &lt;img src=x onerror=alert(1)&gt; \\| a \\| \\*\\*b\\*\\*');
    expect(lines).toContain('### \\# Title &lt;img src=x onerror=alert(1)&gt; \\| a \\| \\*\\*b\\*\\*');
    expect(lines).toContain('1. \\# Title &lt;img src=x onerror=alert(1)&gt; \\| a \\| \\*\\*b\\*\\*');
    // Headings: only ours.
    expect(lines.filter((l) => /^#{1,6} /.test(l)).map((l) => l.split(' ')[0])).toEqual([
      '#', '##', '###', '###', '###', '##', '##', '##', '##', '###', '##',
    ]);
    // Every table line still has exactly five unescaped pipes (four columns).
    const tableLines = lines.filter((l) => l.startsWith('| '));
    expect(tableLines).toHaveLength(3);
    for (const line of tableLines) expect(line.match(/(?<!\\)\|/g)).toHaveLength(5);
  });

  it('keeps a multi-line note inside its list item and neutralises block syntax on every line', () => {
    const text = 'first line\n# not a heading\n- not an item\n+ nor this\n12. nor this\n> no quote\n---\n===\n    not code\n\\ backslash';
    const md = toMarkdown(buildPrepDocument({ cycle, goals: [], notes: [note('evolution', text)] }, 'en'));
    const start = md.indexOf('- first line');
    expect(md.slice(start, md.indexOf('\n\n', start))).toBe(
      [
        '- first line\\',
        '  \\# not a heading\\',
        '  \\- not an item\\',
        '  \\+ nor this\\',
        '  12\\. nor this\\',
        '  &gt; no quote\\',
        '  \\---\\',
        '  \\===\\',
        '  not code\\',
        '  \\\\ backslash',
      ].join('\n'),
    );
  });

  it('keeps entities and inline code typed by the user as text', () => {
    const md = toMarkdown(buildPrepDocument({ cycle, goals: [], notes: [note('skills', 'R&D, &lt;b&gt;, `code`, ~~x~~, [link](http://x)')] }, 'en'));
    expect(md).toContain('- R&D, \\&lt;b\\&gt;, \\`code\\`, \\~\\~x\\~\\~, \\[link\\](http://x)');
  });
});

describe('goalChanges', () => {
  const goal = (id: string, title: string): Goal => ({
    id, cycleId: 'c', title, kind: 'qualitative', status: 'on_track', keyResults: [], source: {}, createdAt: 0, updatedAt: 0,
  });
  it('matches goals by title ignoring case and spaces, one to one', () => {
    const previous = [goal('a', 'Grow  Revenue'), goal('b', 'Old goal'), goal('c', 'Twice'), goal('d', 'Twice')];
    const current = [goal('1', 'grow revenue'), goal('2', 'New goal'), goal('3', 'Twice')];
    const changes = goalChanges(current, previous);
    expect(changes.carried.map(({ then, now }) => [then.id, now.id])).toEqual([['a', '1'], ['c', '3']]);
    expect(changes.added.map((g) => g.id)).toEqual(['2']);
    expect(changes.removed.map((g) => g.id)).toEqual(['b', 'd']);
  });
  it('with no previous goals, everything is new', () => {
    expect(goalChanges([goal('1', 'A')], [])).toEqual({ carried: [], added: [goal('1', 'A')], removed: [] });
  });
});
