/**
 * Drafted paragraphs to insert into the review form: built from the
 * employee's own figures and notes with fixed templates in their language (no
 * AI, no network). Pure.
 */
import { achievementPercent, type Goal, type Note } from '../model';

export type DraftLanguage = 'en' | 'nl' | 'fr' | 'de';

interface Templates {
  heading: string;
  /** {goal} {actual} {target} {percent} */
  reached: string;
  notReached: string;
  /** {goal} {status} */
  qualitative: string;
  /** {text} */
  evidence: string;
  /** {text} */
  difficulty: string;
  none: string;
  status: Record<Goal['status'], string>;
}

export const DRAFT_TEMPLATES: Record<DraftLanguage, Templates> = {
  en: {
    heading: 'Results against objectives',
    reached: '{goal}: {actual} against a target of {target} ({percent} of the objective).',
    notReached: '{goal}: {actual} against a target of {target}, {percent} of the objective.',
    qualitative: '{goal}: {status}.',
    evidence: 'For example: {text}.',
    difficulty: 'What slowed me down: {text}.',
    none: 'No objectives were recorded for this period.',
    status: { not_started: 'not started', on_track: 'on track', at_risk: 'at risk', achieved: 'achieved', partly: 'partly achieved', missed: 'not achieved', dropped: 'dropped' },
  },
  nl: {
    heading: 'Resultaten ten opzichte van de doelstellingen',
    reached: '{goal}: {actual} tegenover een doel van {target} ({percent} van de doelstelling).',
    notReached: '{goal}: {actual} tegenover een doel van {target}, {percent} van de doelstelling.',
    qualitative: '{goal}: {status}.',
    evidence: 'Bijvoorbeeld: {text}.',
    difficulty: 'Wat me afremde: {text}.',
    none: 'Voor deze periode zijn geen doelstellingen vastgelegd.',
    status: { not_started: 'niet gestart', on_track: 'op schema', at_risk: 'in gevaar', achieved: 'behaald', partly: 'gedeeltelijk behaald', missed: 'niet behaald', dropped: 'vervallen' },
  },
  fr: {
    heading: 'Résultats par rapport aux objectifs',
    reached: '{goal} : {actual} pour une cible de {target} ({percent} de l’objectif).',
    notReached: '{goal} : {actual} pour une cible de {target}, soit {percent} de l’objectif.',
    qualitative: '{goal} : {status}.',
    evidence: 'Par exemple : {text}.',
    difficulty: 'Ce qui m’a freiné : {text}.',
    none: 'Aucun objectif n’a été fixé pour cette période.',
    status: { not_started: 'non commencé', on_track: 'en bonne voie', at_risk: 'à risque', achieved: 'atteint', partly: 'partiellement atteint', missed: 'non atteint', dropped: 'abandonné' },
  },
  de: {
    heading: 'Ergebnisse im Vergleich zu den Zielen',
    reached: '{goal}: {actual} bei einem Zielwert von {target} ({percent} des Ziels).',
    notReached: '{goal}: {actual} bei einem Zielwert von {target}, also {percent} des Ziels.',
    qualitative: '{goal}: {status}.',
    evidence: 'Zum Beispiel: {text}.',
    difficulty: 'Was mich gebremst hat: {text}.',
    none: 'Für diesen Zeitraum wurden keine Ziele festgelegt.',
    status: { not_started: 'nicht begonnen', on_track: 'im Plan', at_risk: 'gefährdet', achieved: 'erreicht', partly: 'teilweise erreicht', missed: 'nicht erreicht', dropped: 'entfallen' },
  },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** A note's text as one clause: first line, no final full stop. */
function clause(text: string): string {
  return text.split('\n')[0]!.trim().replace(/[.!?…]+$/, '');
}

/**
 * "Results against objectives": one sentence per goal from its figures (or
 * its status), followed by its first piece of evidence and its first
 * difficulty when the employee noted them. Plain text, one paragraph per goal.
 */
export function draftResultsParagraph(goals: readonly Goal[], notes: readonly Note[], language: DraftLanguage): string {
  const t = DRAFT_TEMPLATES[language];
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const withUnit = (value: number, unit?: string) => (unit ? `${number.format(value)} ${unit}` : number.format(value));
  const byNoteDate = [...notes].sort((a, b) => (a.happenedOn ?? '').localeCompare(b.happenedOn ?? '') || a.createdAt - b.createdAt);
  const lines = goals
    .filter((goal) => goal.status !== 'dropped')
    .map((goal) => {
      const achievement = goal.kind === 'quantitative' ? achievementPercent(goal) : undefined;
      const sentence =
        achievement !== undefined && goal.target !== undefined && goal.actual !== undefined
          ? fill(achievement >= 100 ? t.reached : t.notReached, {
              goal: goal.title,
              actual: withUnit(goal.actual, goal.unit),
              target: withUnit(goal.target, goal.unit),
              percent: percent.format(achievement / 100),
            })
          : fill(t.qualitative, { goal: goal.title, status: t.status[goal.status] });
      const linked = byNoteDate.filter((note) => note.goalId === goal.id);
      const evidence = linked.find((note) => note.part === 'results' || note.part === 'successes');
      const difficulty = linked.find((note) => note.part === 'difficulties');
      return [
        sentence,
        evidence ? fill(t.evidence, { text: clause(evidence.text) }) : '',
        difficulty ? fill(t.difficulty, { text: clause(difficulty.text) }) : '',
      ]
        .filter(Boolean)
        .join(' ');
    });
  return lines.length > 0 ? lines.join('\n') : t.none;
}
