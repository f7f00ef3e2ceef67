/**
 * Sample data for the practice form and the demo: a few goals with figures,
 * notes in several parts of the review and a question for the manager, in
 * the user's language. Every sample record's id starts with
 * `SAMPLE_ID_PREFIX`, which no record of the user's ever has (theirs come
 * from `newId('goal' | 'note' | 'question')`), and its text says "sample":
 * removing the sample data deletes by that prefix and can never reach the
 * user's own records. No schema change: the id is the mark.
 */
import { Goal, Note, Question, type NotePart } from './model';
import type { PrepLanguage } from './prep/strings';

export const SAMPLE_ID_PREFIX = 'sample_';

/** Whether a record is sample data (by its id only: the user may edit a sample's text). */
export function isSampleRecord(record: { id: string }): boolean {
  return record.id.startsWith(SAMPLE_ID_PREFIX);
}

/** The smallest and largest key a sample record can have: a key range over the samples only. */
export const SAMPLE_KEY_RANGE = [SAMPLE_ID_PREFIX, `${SAMPLE_ID_PREFIX}\uffff`] as const;

interface SampleTexts {
  /** Put before every sample text: `{text}` is the text. */
  mark: string;
  goals: { cost: string; revenue: string; mentoring: string; mentoringDescription: string };
  notes: Record<'revenueWin' | 'costDifficulty' | 'costResult' | 'training' | 'management' | 'evolution' | 'salary' | 'question', string>;
  question: string;
}

const TEXTS: Record<PrepLanguage, SampleTexts> = {
  en: {
    mark: 'Sample · {text}',
    goals: {
      cost: 'Reduce the cost per support ticket',
      revenue: 'Grow revenue from repeat customers',
      mentoring: 'Mentor the two new team members',
      mentoringDescription: 'Both work on their own on standard tickets by the end of the year.',
    },
    notes: {
      revenueWin: 'Signed the renewal with the largest client: +18 k€ a year',
      costDifficulty: 'Two months without a team lead slowed the new ticket tooling',
      costResult: 'Cost per ticket down from 14 € to 11.80 € with the new triage',
      training: 'Would like a Power BI course to build the cost dashboard myself',
      management: 'The weekly one-to-ones with my manager worked well',
      evolution: 'Interested in leading the support tooling project next year',
      salary: 'Took over the key accounts of a colleague who left in June',
      question: 'Is a financial reward planned for the new objectives?',
    },
    question: 'Can I join the budget committee next year?',
  },
  nl: {
    mark: 'Voorbeeld · {text}',
    goals: {
      cost: 'De kosten per supportticket verlagen',
      revenue: 'De omzet van terugkerende klanten laten groeien',
      mentoring: 'De twee nieuwe teamleden begeleiden',
      mentoringDescription: 'Beiden behandelen aan het eind van het jaar standaardtickets zelfstandig.',
    },
    notes: {
      revenueWin: 'Verlenging getekend met de grootste klant: +18 k€ per jaar',
      costDifficulty: 'Twee maanden zonder teamleider vertraagden de nieuwe ticketsoftware',
      costResult: 'Kosten per ticket van 14 € naar 11,80 € met de nieuwe triage',
      training: 'Graag een Power BI-cursus om het kostendashboard zelf te bouwen',
      management: 'De wekelijkse één-op-ééngesprekken met mijn leidinggevende werkten goed',
      evolution: 'Wil volgend jaar het project voor de supportsoftware leiden',
      salary: 'Sinds juni de sleutelklanten van een vertrokken collega overgenomen',
      question: 'Is er een financiële beloning voorzien voor de nieuwe doelstellingen?',
    },
    question: 'Kan ik volgend jaar deelnemen aan het budgetcomité?',
  },
  fr: {
    mark: 'Exemple · {text}',
    goals: {
      cost: 'Réduire le coût par ticket de support',
      revenue: 'Augmenter le chiffre d’affaires des clients fidèles',
      mentoring: 'Accompagner les deux nouveaux membres de l’équipe',
      mentoringDescription: 'Tous deux traitent seuls les tickets standard d’ici la fin de l’année.',
    },
    notes: {
      revenueWin: 'Renouvellement signé avec le plus gros client : +18 k€ par an',
      costDifficulty: 'Deux mois sans chef d’équipe ont ralenti le nouvel outil de tickets',
      costResult: 'Coût par ticket passé de 14 € à 11,80 € grâce au nouveau tri',
      training: 'J’aimerais une formation Power BI pour construire moi-même le tableau de bord des coûts',
      management: 'Les points hebdomadaires avec mon manager ont bien fonctionné',
      evolution: 'Intéressé par la conduite du projet d’outillage du support l’an prochain',
      salary: 'J’ai repris depuis juin les grands comptes d’un collègue parti',
      question: 'Une récompense financière est-elle prévue pour les nouveaux objectifs ?',
    },
    question: 'Puis-je rejoindre le comité budgétaire l’an prochain ?',
  },
  de: {
    mark: 'Beispiel · {text}',
    goals: {
      cost: 'Die Kosten pro Support-Ticket senken',
      revenue: 'Den Umsatz mit Stammkunden steigern',
      mentoring: 'Die zwei neuen Teammitglieder einarbeiten',
      mentoringDescription: 'Beide bearbeiten bis Jahresende Standard-Tickets selbstständig.',
    },
    notes: {
      revenueWin: 'Verlängerung mit dem größten Kunden unterschrieben: +18 k€ pro Jahr',
      costDifficulty: 'Zwei Monate ohne Teamleitung haben das neue Ticket-Tool verzögert',
      costResult: 'Kosten pro Ticket mit der neuen Triage von 14 € auf 11,80 € gesenkt',
      training: 'Ich möchte einen Power-BI-Kurs, um das Kosten-Dashboard selbst zu bauen',
      management: 'Die wöchentlichen Einzelgespräche mit meiner Führungskraft haben gut funktioniert',
      evolution: 'Ich möchte nächstes Jahr das Projekt für die Support-Tools leiten',
      salary: 'Seit Juni betreue ich die Schlüsselkunden einer ausgeschiedenen Kollegin',
      question: 'Ist für die neuen Ziele eine finanzielle Anerkennung vorgesehen?',
    },
    question: 'Kann ich nächstes Jahr im Budgetausschuss mitarbeiten?',
  },
};

export interface SampleData {
  goals: Goal[];
  notes: Note[];
  questions: Question[];
}

/** The sample records for `cycleId`, validated, in `language`; `now` (ms) stamps them and dates the notes before it. */
export function buildSampleData(cycleId: string, language: PrepLanguage, now: number): SampleData {
  const s = TEXTS[language];
  const mark = (text: string) => s.mark.replace('{text}', text);
  const stamp = (offset: number) => ({ createdAt: now + offset, updatedAt: now + offset });
  const id = (kind: string, name: string) => `${SAMPLE_ID_PREFIX}${kind}_${name}`;
  const daysBefore = (days: number) => new Date(now - days * 86_400_000).toISOString().slice(0, 10);

  const goals = [
    { name: 'cost', title: s.goals.cost, kind: 'quantitative', unit: '€', baseline: 14, target: 11, actual: 11.8, direction: 'decrease', status: 'partly', weight: 40 },
    { name: 'revenue', title: s.goals.revenue, kind: 'quantitative', unit: 'k€', baseline: 120, target: 150, actual: 162, direction: 'increase', status: 'achieved', weight: 40 },
    { name: 'mentoring', title: s.goals.mentoring, description: s.goals.mentoringDescription, kind: 'qualitative', status: 'achieved', weight: 20 },
  ].map(({ name, title, ...rest }, index) =>
    Goal.parse({ ...rest, id: id('goal', name), cycleId, title: mark(title), keyResults: [], source: {}, ...stamp(index) }),
  );

  const notes: [keyof SampleTexts['notes'], NotePart, string | undefined, number][] = [
    ['revenueWin', 'successes', 'revenue', 60],
    ['costDifficulty', 'difficulties', 'cost', 150],
    ['costResult', 'results', 'cost', 20],
    ['training', 'training', undefined, 90],
    ['management', 'management', undefined, 45],
    ['evolution', 'evolution', undefined, 30],
    ['salary', 'salary', undefined, 120],
    ['question', 'question', undefined, 10],
  ];
  return {
    goals,
    notes: notes.map(([name, part, goal, days]) =>
      Note.parse({
        id: id('note', name),
        cycleId,
        part,
        ...(goal ? { goalId: id('goal', goal) } : {}),
        text: mark(s.notes[name]),
        happenedOn: daysBefore(days),
        // Written on the day it happened: lists of the latest notes follow the dates they show.
        ...stamp(-days * 86_400_000),
      }),
    ),
    questions: [Question.parse({ id: id('question', 'budget'), part: 'question', text: mark(s.question), origin: 'custom', ...stamp(0) })],
  };
}
