/**
 * Why a question is suggested, in every language: typed data, so TypeScript
 * rejects a language or a code that is missing. Placeholders:
 * - `{goal}`: the goal's title (shortened when very long);
 * - `{percent}`: its achievement, formatted the language's way (`60%`,
 *   `60 %`), with `%` included.
 * Each code uses the same placeholders in every language
 * (tests/unit/questions.test.ts checks it).
 */
import { frenchSpacing, type QuestionLanguage } from './bank';

export const REASON_CODES = [
  /** A goal whose status is `missed`. `{goal}` */
  'missed-goal',
  /** A goal whose status is `partly`. `{goal}` */
  'partly-goal',
  /** A quantitative goal whose figures are below its target. `{goal}` `{percent}` */
  'below-target',
  /** A goal whose status is `at_risk` and that has no figures. `{goal}` */
  'at-risk-goal',
  /** A qualitative (behavioural) goal, this year's or next year's. `{goal}` */
  'qualitative-goal',
  /** The user noted a training need. */
  'training-note',
  /** The user noted difficulties. */
  'difficulties-note',
  /** The user has prepared things, but no salary note yet. */
  'no-salary-note',
  /** Objectives for next year are set. `{goal}`: the first of them. */
  'next-goals',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

const french = <Texts extends Partial<Record<ReasonCode, string>>>(texts: Texts): Texts =>
  Object.fromEntries(Object.entries(texts).map(([code, text]) => [code, frenchSpacing(text!)])) as Texts;

export const REASON_TEXTS: Readonly<Record<QuestionLanguage, Readonly<Record<ReasonCode, string>>>> = {
  en: {
    'missed-goal': '“{goal}” was not reached',
    'partly-goal': '“{goal}” was only partly reached',
    'below-target': '“{goal}” is at {percent} of its target',
    'at-risk-goal': '“{goal}” is at risk',
    'qualitative-goal': '“{goal}” is a qualitative objective: agree on what is expected',
    'training-note': 'You noted a training need: ask about budget and timing',
    'difficulties-note': 'You noted difficulties: ask for support',
    'no-salary-note': 'No salary note yet: prepare your case for a raise',
    'next-goals': 'New objectives are set for next year, such as “{goal}”',
  },
  nl: {
    'missed-goal': '‘{goal}’ is niet behaald',
    'partly-goal': '‘{goal}’ is maar deels behaald',
    'below-target': '‘{goal}’ staat op {percent} van de streefwaarde',
    'at-risk-goal': '‘{goal}’ is in gevaar',
    'qualitative-goal': '‘{goal}’ is een kwalitatieve doelstelling: spreek af wat er verwacht wordt',
    'training-note': 'Je hebt een opleidingsbehoefte genoteerd: vraag naar budget en timing',
    'difficulties-note': 'Je hebt moeilijkheden genoteerd: vraag om ondersteuning',
    'no-salary-note': 'Nog geen notitie over je salaris: bereid je argumenten voor een loonsverhoging voor',
    'next-goals': 'Er zijn nieuwe doelstellingen voor volgend jaar, zoals ‘{goal}’',
  },
  fr: french({
    'missed-goal': 'L’objectif « {goal} » n’a pas été atteint',
    'partly-goal': 'L’objectif « {goal} » n’a été que partiellement atteint',
    'below-target': 'L’objectif « {goal} » est à {percent} de sa cible',
    'at-risk-goal': 'L’objectif « {goal} » est compromis',
    'qualitative-goal': 'L’objectif « {goal} » est qualitatif : précisez ce qui est attendu',
    'training-note': 'Vous avez noté un besoin de formation : renseignez-vous sur le budget et le calendrier',
    'difficulties-note': 'Vous avez noté des difficultés : demandez du soutien',
    'no-salary-note': 'Aucune note sur le salaire pour l’instant : préparez vos arguments pour une augmentation',
    'next-goals': 'De nouveaux objectifs sont fixés pour l’année prochaine, comme « {goal} »',
  }),
  de: {
    'missed-goal': 'Das Ziel „{goal}“ wurde nicht erreicht',
    'partly-goal': 'Das Ziel „{goal}“ wurde nur teilweise erreicht',
    'below-target': 'Das Ziel „{goal}“ steht bei {percent} des Zielwerts',
    'at-risk-goal': 'Das Ziel „{goal}“ ist gefährdet',
    'qualitative-goal': '„{goal}“ ist ein qualitatives Ziel: Klären Sie, was erwartet wird',
    'training-note': 'Sie haben einen Weiterbildungsbedarf notiert: Fragen Sie nach Budget und Zeitpunkt',
    'difficulties-note': 'Sie haben Schwierigkeiten notiert: Bitten Sie um Unterstützung',
    'no-salary-note': 'Noch keine Notiz zum Gehalt: Bereiten Sie Ihre Argumente für eine Gehaltserhöhung vor',
    'next-goals': 'Für das nächste Jahr sind neue Ziele vereinbart, z. B. „{goal}“',
  },
};

/**
 * The same reasons when a manager prepares someone else's review: the goals
 * and notes are about that person, and the advice is the manager's to follow
 * (the notes' reasons differ; the goals' mostly read the same).
 */
export const MANAGER_REASON_TEXTS: Readonly<Record<QuestionLanguage, Readonly<Record<ReasonCode, string>>>> = {
  en: {
    ...REASON_TEXTS.en,
    'training-note': 'You noted a training need for them: agree on budget and timing',
    'difficulties-note': 'You noted difficulties: ask what support they need',
    'no-salary-note': 'No note on reward yet: prepare what you can offer',
  },
  nl: {
    ...REASON_TEXTS.nl,
    'training-note': 'Je noteerde een opleidingsbehoefte: spreek budget en timing af',
    'difficulties-note': 'Je noteerde moeilijkheden: vraag welke ondersteuning nodig is',
    'no-salary-note': 'Nog geen notitie over beloning: bereid voor wat je kunt bieden',
  },
  fr: {
    ...REASON_TEXTS.fr,
    ...french({
      'qualitative-goal': 'L’objectif « {goal} » est qualitatif : convenez de ce qui est attendu',
      'training-note': 'Vous avez noté un besoin de formation : convenez du budget et du calendrier',
      'difficulties-note': 'Vous avez noté des difficultés : demandez quel soutien serait utile',
      'no-salary-note': 'Aucune note sur la rémunération : préparez ce que vous pouvez proposer',
    }),
  },
  de: {
    ...REASON_TEXTS.de,
    'qualitative-goal': '„{goal}“ ist ein qualitatives Ziel: Vereinbaren Sie, was erwartet wird',
    'training-note': 'Sie haben einen Weiterbildungsbedarf notiert: Vereinbaren Sie Budget und Zeitpunkt',
    'difficulties-note': 'Sie haben Schwierigkeiten notiert: Fragen Sie, welche Unterstützung nötig ist',
    'no-salary-note': 'Noch keine Notiz zur Vergütung: Bereiten Sie vor, was Sie anbieten können',
  },
};
