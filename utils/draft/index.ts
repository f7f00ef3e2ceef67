/**
 * Drafted paragraphs to insert into the review form: built from the
 * figures and notes with fixed templates in the user's language (no AI, no
 * network). Pure. Two voices: `self`, the employee writing about their own
 * year ("What slowed me down"), and `manager`, a manager writing about the
 * person they review ("Obstacles met"), which never says "I" for that person.
 */
import { achievementPercent, type Goal, type Note, type NotePart } from '../model';

export type DraftLanguage = 'en' | 'nl' | 'fr' | 'de';
/** Who writes: the employee about their own year, or their manager about them. */
export type DraftVoice = 'self' | 'manager';

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
  /** The notes of one part of the review as one paragraph. {items} */
  parts: Record<NotePart, string>;
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
    parts: {
      results: 'Results this year: {items}.',
      difficulties: 'What made the year harder: {items}.',
      successes: 'What went well this year: {items}.',
      skills: 'Skills I developed or want to develop: {items}.',
      training: 'Training I would like: {items}.',
      management: 'About how I was managed and supported: {items}.',
      evolution: 'Where I would like to grow: {items}.',
      salary: 'About my pay and reward: {items}.',
      question: 'Questions I would like to discuss: {items}.',
      other: 'Also worth mentioning: {items}.',
    },
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
    parts: {
      results: 'Resultaten dit jaar: {items}.',
      difficulties: 'Wat het jaar moeilijker maakte: {items}.',
      successes: 'Wat goed ging dit jaar: {items}.',
      skills: 'Vaardigheden die ik ontwikkelde of wil ontwikkelen: {items}.',
      training: 'Opleiding die ik graag zou volgen: {items}.',
      management: 'Over de begeleiding en ondersteuning die ik kreeg: {items}.',
      evolution: 'Waarin ik wil groeien: {items}.',
      salary: 'Over mijn loon en beloning: {items}.',
      question: 'Vragen die ik graag bespreek: {items}.',
      other: 'Verder het vermelden waard: {items}.',
    },
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
    parts: {
      results: 'Résultats de l’année : {items}.',
      difficulties: 'Ce qui a rendu l’année plus difficile : {items}.',
      successes: 'Ce qui a bien marché cette année : {items}.',
      skills: 'Compétences développées ou à développer : {items}.',
      training: 'Formations souhaitées : {items}.',
      management: 'Sur l’encadrement et le soutien reçus : {items}.',
      evolution: 'Là où je souhaite évoluer : {items}.',
      salary: 'Sur ma rémunération : {items}.',
      question: 'Questions que je souhaite aborder : {items}.',
      other: 'À mentionner aussi : {items}.',
    },
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
    parts: {
      results: 'Ergebnisse dieses Jahres: {items}.',
      difficulties: 'Was das Jahr schwerer gemacht hat: {items}.',
      successes: 'Was dieses Jahr gut lief: {items}.',
      skills: 'Fähigkeiten, die ich entwickelt habe oder entwickeln möchte: {items}.',
      training: 'Gewünschte Weiterbildung: {items}.',
      management: 'Zu Führung und Unterstützung: {items}.',
      evolution: 'Wo ich mich weiterentwickeln möchte: {items}.',
      salary: 'Zu Gehalt und Vergütung: {items}.',
      question: 'Fragen, die ich besprechen möchte: {items}.',
      other: 'Außerdem erwähnenswert: {items}.',
    },
  },
};

type VoiceTemplates = Pick<Templates, 'difficulty' | 'parts'>;

/** The manager's voice: what differs from the employee's templates (figures and statuses read the same). */
export const MANAGER_DRAFT_TEMPLATES: Record<DraftLanguage, VoiceTemplates> = {
  en: {
    difficulty: 'Obstacles met: {text}.',
    parts: {
      results: 'Results observed this year: {items}.',
      difficulties: 'Difficulties met this year, to avoid next time: {items}.',
      successes: 'Strong points this year: {items}.',
      skills: 'Skills shown or to develop: {items}.',
      training: 'Training needs identified: {items}.',
      management: 'On how we work together and within the team: {items}.',
      evolution: 'Evolution and projects discussed: {items}.',
      salary: 'On pay and reward: {items}.',
      question: 'Points to discuss together: {items}.',
      other: 'Also worth noting: {items}.',
    },
  },
  nl: {
    difficulty: 'Ondervonden obstakels: {text}.',
    parts: {
      results: 'Vastgestelde resultaten dit jaar: {items}.',
      difficulties: 'Moeilijkheden dit jaar, te vermijden in de toekomst: {items}.',
      successes: 'Sterke punten dit jaar: {items}.',
      skills: 'Getoonde of te ontwikkelen vaardigheden: {items}.',
      training: 'Vastgestelde opleidingsbehoeften: {items}.',
      management: 'Over onze samenwerking en het team: {items}.',
      evolution: 'Besproken groei en projecten: {items}.',
      salary: 'Over loon en beloning: {items}.',
      question: 'Punten om samen te bespreken: {items}.',
      other: 'Verder het vermelden waard: {items}.',
    },
  },
  fr: {
    difficulty: 'Obstacles rencontrés : {text}.',
    parts: {
      results: 'Résultats constatés cette année : {items}.',
      difficulties: 'Difficultés rencontrées cette année, à éviter à l’avenir : {items}.',
      successes: 'Points forts de l’année : {items}.',
      skills: 'Compétences démontrées ou à développer : {items}.',
      training: 'Besoins de formation identifiés : {items}.',
      management: 'Sur notre collaboration et le fonctionnement de l’équipe : {items}.',
      evolution: 'Évolution et projets évoqués : {items}.',
      salary: 'Sur la rémunération : {items}.',
      question: 'Points à aborder ensemble : {items}.',
      other: 'À noter également : {items}.',
    },
  },
  de: {
    difficulty: 'Aufgetretene Hindernisse: {text}.',
    parts: {
      results: 'Festgestellte Ergebnisse dieses Jahres: {items}.',
      difficulties: 'Schwierigkeiten in diesem Jahr, künftig zu vermeiden: {items}.',
      successes: 'Stärken in diesem Jahr: {items}.',
      skills: 'Gezeigte oder zu entwickelnde Fähigkeiten: {items}.',
      training: 'Festgestellter Weiterbildungsbedarf: {items}.',
      management: 'Zu unserer Zusammenarbeit und zum Team: {items}.',
      evolution: 'Besprochene Entwicklung und Projekte: {items}.',
      salary: 'Zu Gehalt und Vergütung: {items}.',
      question: 'Gemeinsam zu besprechende Punkte: {items}.',
      other: 'Außerdem erwähnenswert: {items}.',
    },
  },
};

function templatesFor(language: DraftLanguage, voice: DraftVoice): Templates {
  const own = DRAFT_TEMPLATES[language];
  return voice === 'manager' ? { ...own, ...MANAGER_DRAFT_TEMPLATES[language] } : own;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** Notes in the order they happened (their date, else when they were written). */
function byDate(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => (a.happenedOn ?? '').localeCompare(b.happenedOn ?? '') || a.createdAt - b.createdAt);
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
export function draftResultsParagraph(
  goals: readonly Goal[],
  notes: readonly Note[],
  language: DraftLanguage,
  voice: DraftVoice = 'self',
): string {
  const t = templatesFor(language, voice);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const withUnit = (value: number, unit?: string) => (unit ? `${number.format(value)} ${unit}` : number.format(value));
  const byNoteDate = byDate(notes);
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

/**
 * The notes of one part of the review (difficulties, training wishes…) as one
 * paragraph, in the order they happened: "What made the year harder: A; B."
 * Empty when there are none.
 */
export function draftPartParagraph(
  part: NotePart,
  notes: readonly Note[],
  language: DraftLanguage,
  voice: DraftVoice = 'self',
): string {
  const items = byDate(notes.filter((note) => note.part === part))
    .map((note) => clause(note.text))
    .filter(Boolean);
  return items.length > 0 ? fill(templatesFor(language, voice).parts[part], { items: items.join('; ') }) : '';
}
