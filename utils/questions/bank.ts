/**
 * The built-in question bank: what an employee can ask their manager during
 * the annual review (the seed calls the interview "a privileged moment" for
 * it), plus a few questions to ask oneself while preparing (tag `prepare`).
 *
 * Typed data. Each question has
 * - a stable id, prefixed by its category (`difficulties-obstacles`): ids
 *   are stored with the user's questions and hidden lists, never rename one;
 * - a category (where it shows in the suggestions) and the note part it
 *   belongs to (where it goes in the prep document);
 * - tags, which the ranking in `./index.ts` matches against the user's goals
 *   and notes;
 * - its text in every language (`Record`, so TypeScript rejects a missing one).
 *
 * Order matters: within a category the first questions are the most
 * generally useful ones, and they come first when nothing else tells them
 * apart (see the base score in `./index.ts`).
 *
 * Wording: NL addresses the manager with "je", FR with "vous", DE with "Sie".
 * French texts are written with ordinary spaces before `? ! : ;` and inside
 * « »; `frenchSpacing` turns them into the no-break spaces French typography
 * wants, so a question mark never wraps onto a line of its own.
 */
import type { NotePart } from '../model';

export const QUESTION_LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export type QuestionLanguage = (typeof QUESTION_LANGUAGES)[number];

export const QUESTION_CATEGORIES = [
  'results',
  'difficulties',
  'training',
  'management',
  'evolution',
  'salary',
  'after',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

export const QUESTION_TAGS = [
  /** Fits a goal that was missed (or made no progress at all). */
  'missed-goal',
  /** Fits a goal that was partly reached (or is at risk). */
  'partly-goal',
  /** About what is expected for a qualitative / behavioural goal. */
  'qualitative-goal',
  'training-need',
  /** Worth asking when the user has not prepared their salary case yet. */
  'no-salary-note',
  /** About the objectives for next year. */
  'next-goals',
  'reward',
  'recognition',
  'support',
  'resources',
  'workload',
  'budget',
  'timing',
  'behaviour',
  'feedback',
  'measurement',
  'priorities',
  'career',
  'team',
  'own-goal',
  'follow-up',
  'report',
  'confidentiality',
  'rights',
  /** A question to ask oneself while preparing, not one for the manager. */
  'prepare',
] as const;
export type QuestionTag = (typeof QUESTION_TAGS)[number];

export interface BankQuestion {
  readonly id: string;
  readonly category: QuestionCategory;
  readonly part: NotePart;
  readonly tags: readonly QuestionTag[];
  readonly text: Readonly<Record<QuestionLanguage, string>>;
}

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/** French typography: no-break space before `:` and inside « », narrow no-break space before `? ! ;`. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([?!;])/g, `${NARROW_NBSP}$1`)
    .replace(/ ([:»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`);
}

/** One question; the id must start with its category (checked by TypeScript). Also used by `./manager-bank.ts`. */
export function q<C extends QuestionCategory>(question: {
  id: `${NoInfer<C>}-${string}`;
  category: C;
  part: NotePart;
  tags: QuestionTag[];
  text: Record<QuestionLanguage, string>;
}): BankQuestion {
  return { ...question, text: { ...question.text, fr: frenchSpacing(question.text.fr) } };
}

export const QUESTION_BANK: readonly BankQuestion[] = [
  // ── Results against objectives ──────────────────────────────────────────
  q({
    id: 'results-overall',
    category: 'results',
    part: 'results',
    tags: ['feedback'],
    text: {
      en: 'How do you assess my results this year against the objectives we set?',
      nl: 'Hoe beoordeel je mijn resultaten van dit jaar ten opzichte van de doelstellingen die we hadden afgesproken?',
      fr: 'Comment évaluez-vous mes résultats de cette année par rapport aux objectifs fixés ?',
      de: 'Wie bewerten Sie meine Ergebnisse in diesem Jahr im Vergleich zu den vereinbarten Zielen?',
    },
  }),
  q({
    id: 'results-biggest-impact',
    category: 'results',
    part: 'successes',
    tags: ['recognition', 'feedback'],
    text: {
      en: 'Which of my results this year made the biggest difference for the team?',
      nl: 'Welke van mijn resultaten van dit jaar hebben voor het team het meeste verschil gemaakt?',
      fr: 'Parmi mes résultats de cette année, lesquels ont le plus compté pour l’équipe ?',
      de: 'Welche meiner Ergebnisse in diesem Jahr haben für das Team am meisten bewirkt?',
    },
  }),
  q({
    id: 'results-fell-short',
    category: 'results',
    part: 'results',
    tags: ['missed-goal', 'partly-goal', 'feedback'],
    text: {
      en: 'Where did my results fall short of your expectations, and what do you think explains it?',
      nl: 'Waar bleven mijn resultaten achter bij je verwachtingen, en hoe verklaar je dat?',
      fr: 'Sur quels points mes résultats sont-ils restés en deçà de vos attentes, et comment l’expliquez-vous ?',
      de: 'Wo sind meine Ergebnisse hinter Ihren Erwartungen zurückgeblieben, und woran lag das aus Ihrer Sicht?',
    },
  }),
  q({
    id: 'results-realistic-targets',
    category: 'results',
    part: 'results',
    tags: ['missed-goal', 'partly-goal', 'measurement'],
    text: {
      en: 'Looking back, were this year’s targets realistic, given how the year actually went?',
      nl: 'Waren de streefwaarden van dit jaar achteraf gezien realistisch, gezien hoe het jaar is verlopen?',
      fr: 'Avec le recul, les cibles de cette année étaient-elles réalistes au vu du déroulement de l’année ?',
      de: 'Waren die Zielwerte für dieses Jahr rückblickend realistisch, wenn man sieht, wie das Jahr verlaufen ist?',
    },
  }),
  q({
    id: 'results-measure-next',
    category: 'results',
    part: 'results',
    tags: ['next-goals', 'measurement'],
    text: {
      en: 'How will my new objectives be measured, and how often will we look at progress together?',
      nl: 'Hoe worden mijn nieuwe doelstellingen gemeten, en hoe vaak bekijken we samen de voortgang?',
      fr: 'Comment mes nouveaux objectifs seront-ils mesurés, et à quelle fréquence ferons-nous le point ensemble ?',
      de: 'Wie werden meine neuen Ziele gemessen, und wie oft schauen wir gemeinsam auf den Fortschritt?',
    },
  }),
  q({
    id: 'results-qualitative-criteria',
    category: 'results',
    part: 'results',
    tags: ['qualitative-goal', 'behaviour', 'measurement'],
    text: {
      en: 'For my qualitative objectives, how will you judge whether they have been met?',
      nl: 'Hoe beoordeel je bij mijn kwalitatieve doelstellingen of ze behaald zijn?',
      fr: 'Pour mes objectifs qualitatifs, sur quels critères jugerez-vous qu’ils sont atteints ?',
      de: 'Woran machen Sie bei meinen qualitativen Zielen fest, ob sie erreicht sind?',
    },
  }),
  q({
    id: 'results-behaviour-examples',
    category: 'results',
    part: 'results',
    tags: ['qualitative-goal', 'behaviour', 'feedback'],
    text: {
      en: 'Can you give me concrete examples of situations where my way of working met, or did not meet, your expectations?',
      nl: 'Kun je concrete voorbeelden geven van situaties waarin mijn manier van werken wel of niet aan je verwachtingen voldeed?',
      fr: 'Pouvez-vous me donner des exemples concrets de situations où ma façon de travailler a répondu, ou non, à vos attentes ?',
      de: 'Können Sie mir konkrete Beispiele für Situationen nennen, in denen meine Arbeitsweise Ihren Erwartungen entsprochen hat oder nicht?',
    },
  }),
  q({
    id: 'results-since-last',
    category: 'results',
    part: 'results',
    tags: ['feedback'],
    text: {
      en: 'What do you see as the main change in my work since our last review?',
      nl: 'Wat is volgens jou de belangrijkste verandering in mijn werk sinds ons vorige evaluatiegesprek?',
      fr: 'Selon vous, qu’est-ce qui a le plus changé dans mon travail depuis notre dernier entretien ?',
      de: 'Was hat sich aus Ihrer Sicht seit unserem letzten Gespräch in meiner Arbeit am meisten verändert?',
    },
  }),
  q({
    id: 'results-own-goal',
    category: 'results',
    part: 'results',
    tags: ['own-goal', 'next-goals'],
    text: {
      en: 'Could I set one objective of my own for next year, on a point I want to focus on?',
      nl: 'Kan ik voor volgend jaar zelf een doelstelling kiezen, over een punt waarop ik me wil concentreren?',
      fr: 'Puis-je me fixer un objectif personnel pour l’année prochaine, sur un point sur lequel je veux me concentrer ?',
      de: 'Kann ich für das nächste Jahr ein eigenes Ziel festlegen, zu einem Punkt, auf den ich mich konzentrieren möchte?',
    },
  }),
  q({
    id: 'results-priorities',
    category: 'results',
    part: 'results',
    tags: ['next-goals', 'priorities'],
    text: {
      en: 'Which of my objectives matter most to you for next year?',
      nl: 'Welke van mijn doelstellingen vind jij het belangrijkst voor volgend jaar?',
      fr: 'Parmi mes objectifs pour l’année prochaine, lesquels sont les plus importants pour vous ?',
      de: 'Welche meiner Ziele sind Ihnen für das nächste Jahr am wichtigsten?',
    },
  }),

  // ── Difficulties: what slowed me down, how to avoid it next time ────────
  q({
    id: 'difficulties-obstacles',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['missed-goal', 'partly-goal'],
    text: {
      en: 'What do you see as the main obstacles that kept me from reaching my objectives?',
      nl: 'Wat waren volgens jou de belangrijkste obstakels waardoor ik mijn doelstellingen niet heb gehaald?',
      fr: 'Selon vous, quels ont été les principaux obstacles à l’atteinte de mes objectifs ?',
      de: 'Welche Hindernisse haben mich aus Ihrer Sicht vor allem daran gehindert, meine Ziele zu erreichen?',
    },
  }),
  q({
    id: 'difficulties-support-needed',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['missed-goal', 'partly-goal', 'support'],
    text: {
      en: 'What support can you give me to reach the objectives I did not fully meet?',
      nl: 'Welke ondersteuning kun je me geven om de doelstellingen te halen die ik nog niet volledig heb bereikt?',
      fr: 'Quel soutien pouvez-vous m’apporter pour les objectifs que je n’ai pas entièrement atteints ?',
      de: 'Wie können Sie mich bei den Zielen unterstützen, die ich nicht vollständig erreicht habe?',
    },
  }),
  q({
    id: 'difficulties-avoid-next',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['missed-goal', 'partly-goal', 'support'],
    text: {
      en: 'How can we make sure that what slowed me down this year does not happen again?',
      nl: 'Hoe zorgen we ervoor dat wat me dit jaar heeft afgeremd, niet opnieuw gebeurt?',
      fr: 'Comment faire en sorte que ce qui a ralenti mon travail cette année ne se reproduise pas ?',
      de: 'Wie können wir verhindern, dass sich das, was mich in diesem Jahr gebremst hat, wiederholt?',
    },
  }),
  q({
    id: 'difficulties-revise-target',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['missed-goal'],
    text: {
      en: 'For the objective I missed, should we adjust the target or the means to reach it?',
      nl: 'Moeten we voor de doelstelling die ik niet heb gehaald de streefwaarde of de middelen aanpassen?',
      fr: 'Pour l’objectif non atteint, faut-il revoir la cible ou les moyens pour y parvenir ?',
      de: 'Sollten wir beim nicht erreichten Ziel den Zielwert oder die Mittel anpassen?',
    },
  }),
  q({
    id: 'difficulties-close-gap',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['partly-goal', 'support'],
    text: {
      en: 'What would have helped me close the remaining gap on the objectives I only partly reached?',
      nl: 'Wat had me geholpen om de resterende achterstand weg te werken bij de doelstellingen die ik maar deels heb gehaald?',
      fr: 'Qu’est-ce qui aurait permis de combler l’écart restant sur mes objectifs partiellement atteints ?',
      de: 'Was hätte mir geholfen, die verbleibende Lücke bei den nur teilweise erreichten Zielen zu schließen?',
    },
  }),
  q({
    id: 'difficulties-external',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['missed-goal', 'partly-goal'],
    text: {
      en: 'Which factors outside my control do you take into account when you assess these results?',
      nl: 'Met welke factoren buiten mijn invloed hou je rekening bij de beoordeling van deze resultaten?',
      fr: 'Quels facteurs indépendants de ma volonté prenez-vous en compte pour évaluer ces résultats ?',
      de: 'Welche Faktoren außerhalb meines Einflusses berücksichtigen Sie bei der Bewertung dieser Ergebnisse?',
    },
  }),
  q({
    id: 'difficulties-resources',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['support', 'resources'],
    text: {
      en: 'Do I have the resources I need to do my job well: tools, budget, people?',
      nl: 'Heb ik de middelen die ik nodig heb om mijn werk goed te doen: tools, budget, mensen?',
      fr: 'Ai-je les moyens nécessaires pour bien faire mon travail : outils, budget, personnes ?',
      de: 'Habe ich die Mittel, die ich für meine Arbeit brauche: Werkzeuge, Budget, Personal?',
    },
  }),
  q({
    id: 'difficulties-dependencies',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['support', 'resources', 'team'],
    text: {
      en: 'Could you help remove the dependencies on other teams that held up my work?',
      nl: 'Kun je helpen om de afhankelijkheden van andere teams weg te nemen die mijn werk vertraagden?',
      fr: 'Pourriez-vous m’aider à lever les dépendances envers d’autres équipes qui ont retardé mon travail ?',
      de: 'Könnten Sie helfen, die Abhängigkeiten von anderen Teams zu lösen, die meine Arbeit verzögert haben?',
    },
  }),
  q({
    id: 'difficulties-workload',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['workload', 'support'],
    text: {
      en: 'Is my workload realistic, and what could I stop doing or hand over?',
      nl: 'Is mijn werklast haalbaar, en wat zou ik kunnen laten vallen of overdragen?',
      fr: 'Ma charge de travail est-elle réaliste, et que pourrais-je arrêter ou déléguer ?',
      de: 'Ist mein Arbeitspensum realistisch, und was könnte ich abgeben oder weglassen?',
    },
  }),
  q({
    id: 'difficulties-escalate',
    category: 'difficulties',
    part: 'difficulties',
    tags: ['support', 'follow-up'],
    text: {
      en: 'When I am blocked, how and when would you like me to raise it with you?',
      nl: 'Als ik vastloop, hoe en wanneer wil je dat ik dat bij je aankaart?',
      fr: 'Quand mon travail est bloqué, comment et à quel moment souhaitez-vous que je vous alerte ?',
      de: 'Wenn ich nicht weiterkomme, wie und wann soll ich das bei Ihnen ansprechen?',
    },
  }),

  // ── Skills and training ─────────────────────────────────────────────────
  q({
    id: 'training-skills-first',
    category: 'training',
    part: 'skills',
    tags: ['training-need'],
    text: {
      en: 'Which skills do you think I should develop first?',
      nl: 'Welke vaardigheden zou ik volgens jou eerst moeten ontwikkelen?',
      fr: 'Selon vous, quelles compétences devrais-je développer en priorité ?',
      de: 'Welche Kompetenzen sollte ich Ihrer Meinung nach zuerst weiterentwickeln?',
    },
  }),
  q({
    id: 'training-request',
    category: 'training',
    part: 'training',
    tags: ['training-need'],
    text: {
      en: 'Some of my tasks are harder for lack of training: can we plan some training for them?',
      nl: 'Sommige taken vallen me zwaarder omdat ik er niet genoeg voor ben opgeleid: kunnen we daar een opleiding voor plannen?',
      fr: 'Certaines de mes tâches sont plus difficiles faute de formation : pouvons-nous prévoir une formation ?',
      de: 'Einige meiner Aufgaben fallen mir mangels Weiterbildung schwerer: Können wir dafür eine Weiterbildung einplanen?',
    },
  }),
  q({
    id: 'training-budget',
    category: 'training',
    part: 'training',
    tags: ['training-need', 'budget'],
    text: {
      en: 'Is there a training budget for me this year, and how much is it?',
      nl: 'Is er dit jaar een opleidingsbudget voor mij, en hoe groot is het?',
      fr: 'Un budget de formation est-il prévu pour moi cette année, et de quel montant ?',
      de: 'Gibt es in diesem Jahr ein Weiterbildungsbudget für mich, und wie hoch ist es?',
    },
  }),
  q({
    id: 'training-timing',
    category: 'training',
    part: 'training',
    tags: ['training-need', 'timing'],
    text: {
      en: 'When could I take this training, and how will my work be covered in the meantime?',
      nl: 'Wanneer kan ik deze opleiding volgen, en wie neemt mijn werk in die tijd over?',
      fr: 'Quand pourrai-je suivre cette formation, et comment mon travail sera-t-il assuré pendant ce temps ?',
      de: 'Wann kann ich diese Weiterbildung besuchen, und wer übernimmt in der Zeit meine Aufgaben?',
    },
  }),
  q({
    id: 'training-approval',
    category: 'training',
    part: 'training',
    tags: ['training-need', 'budget', 'timing'],
    text: {
      en: 'Who approves training requests, and by when should I submit mine?',
      nl: 'Wie keurt opleidingsaanvragen goed, en wanneer moet ik de mijne uiterlijk indienen?',
      fr: 'Qui valide les demandes de formation, et avant quelle date dois-je soumettre la mienne ?',
      de: 'Wer genehmigt Weiterbildungsanträge, und bis wann muss ich meinen einreichen?',
    },
  }),
  q({
    id: 'training-format',
    category: 'training',
    part: 'training',
    tags: ['training-need'],
    text: {
      en: 'Which format would you support: a course, coaching, mentoring or learning on the job?',
      nl: 'Welke vorm zou je steunen: een cursus, coaching, mentoring of leren op de werkvloer?',
      fr: 'Quel format soutiendriez-vous : une formation, du coaching, du mentorat ou un apprentissage sur le terrain ?',
      de: 'Welches Format würden Sie unterstützen: einen Kurs, Coaching, Mentoring oder Lernen am Arbeitsplatz?',
    },
  }),
  q({
    id: 'training-certification',
    category: 'training',
    part: 'training',
    tags: ['training-need', 'budget', 'career'],
    text: {
      en: 'Would the company support a certification or a longer course related to my role?',
      nl: 'Zou het bedrijf een certificering of een langere opleiding in verband met mijn functie ondersteunen?',
      fr: 'L’entreprise financerait-elle une certification ou une formation longue en lien avec mon poste ?',
      de: 'Würde das Unternehmen eine Zertifizierung oder eine längere Weiterbildung für meine Rolle unterstützen?',
    },
  }),
  q({
    id: 'training-apply',
    category: 'training',
    part: 'training',
    tags: ['training-need', 'follow-up'],
    text: {
      en: 'How will I be able to put what I learn into practice in my daily work?',
      nl: 'Hoe kan ik wat ik leer in de praktijk brengen in mijn dagelijkse werk?',
      fr: 'Comment pourrai-je mettre en pratique ce que j’apprends dans mon travail quotidien ?',
      de: 'Wie kann ich das Gelernte in meiner täglichen Arbeit anwenden?',
    },
  }),
  q({
    id: 'training-skills-assessment',
    category: 'training',
    part: 'skills',
    tags: ['feedback'],
    text: {
      en: 'How do you assess my professional skills against what my role requires?',
      nl: 'Hoe beoordeel je mijn vaardigheden ten opzichte van wat mijn functie vraagt?',
      fr: 'Comment évaluez-vous mes compétences professionnelles par rapport aux exigences de mon poste ?',
      de: 'Wie schätzen Sie meine fachlichen Kompetenzen im Vergleich zu den Anforderungen meiner Rolle ein?',
    },
  }),
  q({
    id: 'training-past',
    category: 'training',
    part: 'training',
    tags: ['feedback'],
    text: {
      en: 'In your view, have the training courses I took this year made a visible difference?',
      nl: 'Hebben de opleidingen die ik dit jaar volgde volgens jou een zichtbaar verschil gemaakt?',
      fr: 'Selon vous, les formations que j’ai suivies cette année ont-elles fait une différence visible ?',
      de: 'Haben die Weiterbildungen, die ich dieses Jahr besucht habe, aus Ihrer Sicht einen sichtbaren Unterschied gemacht?',
    },
  }),

  // ── Management and the working relationship ─────────────────────────────
  q({
    id: 'management-what-works',
    category: 'management',
    part: 'management',
    tags: ['team', 'feedback'],
    text: {
      en: 'What works well in the way we work together, and what should we keep?',
      nl: 'Wat werkt goed in onze samenwerking, en wat moeten we zeker behouden?',
      fr: 'Qu’est-ce qui fonctionne bien dans notre façon de travailler ensemble, et que devons-nous garder ?',
      de: 'Was funktioniert in unserer Zusammenarbeit gut, und was sollten wir beibehalten?',
    },
  }),
  q({
    id: 'management-team-problems',
    category: 'management',
    part: 'management',
    tags: ['team'],
    text: {
      en: 'How do you see the problems in the team, and how can we tackle them together?',
      nl: 'Hoe kijk jij naar de problemen binnen het team, en hoe kunnen we ze samen aanpakken?',
      fr: 'Comment voyez-vous les problèmes au sein de l’équipe, et comment pouvons-nous les résoudre ensemble ?',
      de: 'Wie sehen Sie die Probleme im Team, und wie können wir sie gemeinsam angehen?',
    },
  }),
  q({
    id: 'management-expectations',
    category: 'management',
    part: 'management',
    tags: ['behaviour', 'feedback'],
    text: {
      en: 'What do you expect from me that I may not be doing yet?',
      nl: 'Wat verwacht je van mij dat ik misschien nog niet doe?',
      fr: 'Y a-t-il des choses que vous attendez de moi et que je ne fais pas encore ?',
      de: 'Was erwarten Sie von mir, was ich bisher vielleicht noch nicht tue?',
    },
  }),
  q({
    id: 'management-prepare-points',
    category: 'management',
    part: 'management',
    tags: ['prepare', 'team'],
    text: {
      en: 'Which points about the team, what works and what does not, do I want to raise with my manager?',
      nl: 'Welke punten over het team, wat werkt en wat niet, wil ik bij mijn leidinggevende aankaarten?',
      fr: 'Quels points sur l’équipe, ce qui fonctionne comme ce qui coince, ai-je envie d’aborder avec mon manager ?',
      de: 'Welche Punkte zum Team, was gut läuft und was nicht, möchte ich bei meiner Führungskraft ansprechen?',
    },
  }),
  q({
    id: 'management-feedback',
    category: 'management',
    part: 'management',
    tags: ['feedback', 'follow-up'],
    text: {
      en: 'How would you like us to give each other feedback during the year?',
      nl: 'Hoe wil je dat we elkaar in de loop van het jaar feedback geven?',
      fr: 'Comment souhaitez-vous que nous échangions nos retours au cours de l’année ?',
      de: 'Wie möchten Sie, dass wir uns im Laufe des Jahres gegenseitig Feedback geben?',
    },
  }),
  q({
    id: 'management-one-to-ones',
    category: 'management',
    part: 'management',
    tags: ['follow-up'],
    text: {
      en: 'How often should we meet one-to-one to follow up on my objectives?',
      nl: 'Hoe vaak zouden we een één-op-ééngesprek moeten hebben om de voortgang van mijn doelstellingen te bespreken?',
      fr: 'À quelle fréquence devrions-nous faire un point individuel pour suivre mes objectifs ?',
      de: 'Wie oft sollten wir uns zu Einzelgesprächen treffen, um meine Ziele zu verfolgen?',
    },
  }),
  q({
    id: 'management-autonomy',
    category: 'management',
    part: 'management',
    tags: ['behaviour'],
    text: {
      en: 'Where could I take more autonomy, and where do you want to stay involved?',
      nl: 'Waar kan ik zelfstandiger werken, en waar wil je betrokken blijven?',
      fr: 'Sur quels sujets puis-je prendre plus d’autonomie, et où souhaitez-vous garder la main ?',
      de: 'Wo kann ich selbstständiger arbeiten, und wo möchten Sie eingebunden bleiben?',
    },
  }),
  q({
    id: 'management-decisions',
    category: 'management',
    part: 'management',
    tags: ['team'],
    text: {
      en: 'How could I be kept better informed of decisions that affect my work?',
      nl: 'Hoe kan ik beter op de hoogte blijven van beslissingen die mijn werk raken?',
      fr: 'Comment l’information sur les décisions qui concernent mon travail pourrait-elle mieux me parvenir ?',
      de: 'Wie kann ich besser über Entscheidungen informiert werden, die meine Arbeit betreffen?',
    },
  }),
  q({
    id: 'management-help-me',
    category: 'management',
    part: 'management',
    tags: ['support'],
    text: {
      en: 'What could you do differently to help me do my job better?',
      nl: 'Wat zou jij anders kunnen doen om me te helpen mijn werk beter te doen?',
      fr: 'Que pourriez-vous faire différemment pour m’aider à mieux faire mon travail ?',
      de: 'Was könnten Sie anders machen, um mich bei meiner Arbeit besser zu unterstützen?',
    },
  }),
  q({
    id: 'management-valued-behaviours',
    category: 'management',
    part: 'management',
    tags: ['qualitative-goal', 'behaviour'],
    text: {
      en: 'Which behaviours do you value most in the team, and can you give examples?',
      nl: 'Welk gedrag waardeer je het meest in het team, en kun je voorbeelden geven?',
      fr: 'Quels comportements appréciez-vous le plus dans l’équipe, et pouvez-vous donner des exemples ?',
      de: 'Welche Verhaltensweisen schätzen Sie im Team am meisten, und können Sie Beispiele nennen?',
    },
  }),
  q({
    id: 'management-manager-priorities',
    category: 'management',
    part: 'management',
    tags: ['priorities'],
    text: {
      en: 'What are your own priorities for the team next year, and how can I help with them?',
      nl: 'Wat zijn jouw eigen prioriteiten voor het team volgend jaar, en hoe kan ik daarbij helpen?',
      fr: 'Quelles sont vos propres priorités pour l’équipe l’année prochaine, et comment puis-je y contribuer ?',
      de: 'Was sind Ihre eigenen Prioritäten für das Team im nächsten Jahr, und wie kann ich dazu beitragen?',
    },
  }),

  // ── Evolution: short- and long-term projects in the company ─────────────
  q({
    id: 'evolution-role-next-year',
    category: 'evolution',
    part: 'evolution',
    tags: ['career'],
    text: {
      en: 'How do you see my role evolving over the next year?',
      nl: 'Hoe zie jij mijn functie het komende jaar evolueren?',
      fr: 'Comment voyez-vous évoluer mon poste au cours de l’année à venir ?',
      de: 'Wie sehen Sie die Entwicklung meiner Rolle im kommenden Jahr?',
    },
  }),
  q({
    id: 'evolution-prepare-projects',
    category: 'evolution',
    part: 'evolution',
    tags: ['prepare', 'career'],
    text: {
      en: 'What are my short- and long-term projects in the company, and how will I present them to my manager?',
      nl: 'Wat zijn mijn plannen op korte en lange termijn binnen het bedrijf, en hoe breng ik die bij mijn leidinggevende ter sprake?',
      fr: 'Quels sont mes projets à court et à long terme dans l’entreprise, et comment vais-je les présenter à mon manager ?',
      de: 'Welche kurz- und langfristigen Vorhaben habe ich im Unternehmen, und wie stelle ich sie meiner Führungskraft vor?',
    },
  }),
  q({
    id: 'evolution-long-term',
    category: 'evolution',
    part: 'evolution',
    tags: ['career'],
    text: {
      en: 'What opportunities could there be for me in the company in the longer term?',
      nl: 'Welke kansen zie je voor mij binnen het bedrijf op langere termijn?',
      fr: 'Quelles perspectives pourraient s’ouvrir à moi dans l’entreprise à plus long terme ?',
      de: 'Welche Perspektiven sehen Sie langfristig für mich im Unternehmen?',
    },
  }),
  q({
    id: 'evolution-next-step',
    category: 'evolution',
    part: 'evolution',
    tags: ['career', 'behaviour'],
    text: {
      en: 'What would I need to show to be considered for the next step?',
      nl: 'Wat moet ik laten zien om in aanmerking te komen voor een volgende stap?',
      fr: 'Que dois-je démontrer pour pouvoir passer à l’étape suivante ?',
      de: 'Was müsste ich zeigen, um für den nächsten Schritt infrage zu kommen?',
    },
  }),
  q({
    id: 'evolution-projects',
    category: 'evolution',
    part: 'evolution',
    tags: ['career'],
    text: {
      en: 'Which upcoming projects could I take part in?',
      nl: 'Aan welke komende projecten zou ik kunnen meewerken?',
      fr: 'À quels projets à venir pourrais-je participer ?',
      de: 'An welchen anstehenden Projekten könnte ich mitarbeiten?',
    },
  }),
  q({
    id: 'evolution-responsibilities',
    category: 'evolution',
    part: 'evolution',
    tags: ['career', 'next-goals'],
    text: {
      en: 'Could I take on new responsibilities next year, and which ones?',
      nl: 'Kan ik volgend jaar nieuwe verantwoordelijkheden op me nemen, en welke?',
      fr: 'Pourrais-je prendre de nouvelles responsabilités l’année prochaine, et lesquelles ?',
      de: 'Könnte ich im nächsten Jahr neue Verantwortung übernehmen, und welche?',
    },
  }),
  q({
    id: 'evolution-mobility',
    category: 'evolution',
    part: 'evolution',
    tags: ['career'],
    text: {
      en: 'Is a move to another team or site possible, and how does internal mobility work here?',
      nl: 'Is een overstap naar een ander team of een andere vestiging mogelijk, en hoe werkt interne mobiliteit hier?',
      fr: 'Un changement d’équipe ou de site est-il envisageable, et comment fonctionne la mobilité interne ici ?',
      de: 'Ist ein Wechsel in ein anderes Team oder an einen anderen Standort möglich, und wie funktioniert interne Mobilität bei uns?',
    },
  }),
  q({
    id: 'evolution-company-direction',
    category: 'evolution',
    part: 'evolution',
    tags: ['priorities'],
    text: {
      en: 'Where is the company heading, and how does my work fit into that?',
      nl: 'Welke richting gaat het bedrijf uit, en hoe past mijn werk daarin?',
      fr: 'Quelle direction l’entreprise prend-elle, et comment mon travail s’y inscrit-il ?',
      de: 'Wohin entwickelt sich das Unternehmen, und welchen Platz hat meine Arbeit darin?',
    },
  }),
  q({
    id: 'evolution-future-skills',
    category: 'evolution',
    part: 'evolution',
    tags: ['career'],
    text: {
      en: 'Which skills will matter most for the team’s projects in the coming years?',
      nl: 'Welke vaardigheden worden de komende jaren het belangrijkst voor de projecten van het team?',
      fr: 'Quelles compétences compteront le plus pour les projets de l’équipe dans les années à venir ?',
      de: 'Welche Kompetenzen werden für die Projekte des Teams in den nächsten Jahren am wichtigsten?',
    },
  }),
  q({
    id: 'evolution-mentor',
    category: 'evolution',
    part: 'evolution',
    tags: ['career'],
    text: {
      en: 'Could someone in the company mentor me in my development?',
      nl: 'Kan iemand in het bedrijf me als mentor begeleiden in mijn ontwikkeling?',
      fr: 'Quelqu’un dans l’entreprise pourrait-il m’accompagner comme mentor dans mon évolution ?',
      de: 'Könnte mich jemand im Unternehmen als Mentor in meiner Entwicklung begleiten?',
    },
  }),

  // ── Salary and reward ───────────────────────────────────────────────────
  q({
    id: 'salary-raise',
    category: 'salary',
    part: 'salary',
    tags: ['no-salary-note', 'reward'],
    text: {
      en: 'Given my results this year, can we discuss a salary increase?',
      nl: 'Kunnen we, gezien mijn resultaten van dit jaar, een loonsverhoging bespreken?',
      fr: 'Au vu de mes résultats de cette année, pouvons-nous parler d’une augmentation de salaire ?',
      de: 'Können wir angesichts meiner Ergebnisse in diesem Jahr über eine Gehaltserhöhung sprechen?',
    },
  }),
  q({
    id: 'salary-reward-planned',
    category: 'salary',
    part: 'salary',
    tags: ['next-goals', 'reward'],
    text: {
      en: 'Is a financial reward planned for these objectives?',
      nl: 'Is er een financiële beloning voorzien voor deze doelstellingen?',
      fr: 'Une récompense financière est-elle prévue pour ces objectifs ?',
      de: 'Ist für diese Ziele eine finanzielle Belohnung vorgesehen?',
    },
  }),
  q({
    id: 'salary-prepare-case',
    category: 'salary',
    part: 'salary',
    tags: ['no-salary-note', 'prepare', 'reward'],
    text: {
      en: 'Which results and new responsibilities will I put forward when I ask for a raise, and what exactly will I ask for?',
      nl: 'Welke resultaten en nieuwe verantwoordelijkheden breng ik naar voren als ik om een loonsverhoging vraag, en wat vraag ik precies?',
      fr: 'Quels résultats et quelles nouvelles responsabilités vais-je mettre en avant pour demander une augmentation, et que vais-je demander exactement ?',
      de: 'Welche Ergebnisse und neuen Aufgaben führe ich an, wenn ich um eine Gehaltserhöhung bitte, und was genau fordere ich?',
    },
  }),
  q({
    id: 'salary-criteria',
    category: 'salary',
    part: 'salary',
    tags: ['no-salary-note', 'reward'],
    text: {
      en: 'How are pay rises decided here, and on which criteria?',
      nl: 'Hoe wordt hier over loonsverhogingen beslist, en op basis van welke criteria?',
      fr: 'Comment les augmentations sont-elles décidées ici, et selon quels critères ?',
      de: 'Wie wird bei uns über Gehaltserhöhungen entschieden, und nach welchen Kriterien?',
    },
  }),
  q({
    id: 'salary-market',
    category: 'salary',
    part: 'salary',
    tags: ['no-salary-note', 'reward'],
    text: {
      en: 'How does my pay compare with the market and with similar roles in the company?',
      nl: 'Hoe verhoudt mijn salaris zich tot de markt en tot vergelijkbare functies in het bedrijf?',
      fr: 'Comment ma rémunération se situe-t-elle par rapport au marché et aux postes comparables dans l’entreprise ?',
      de: 'Wie steht mein Gehalt im Vergleich zum Markt und zu ähnlichen Rollen im Unternehmen da?',
    },
  }),
  q({
    id: 'salary-bonus-link',
    category: 'salary',
    part: 'salary',
    tags: ['next-goals', 'reward'],
    text: {
      en: 'How are my objectives linked to my bonus or variable pay?',
      nl: 'Hoe zijn mijn doelstellingen gekoppeld aan mijn bonus of variabele verloning?',
      fr: 'Comment mes objectifs sont-ils liés à ma prime ou à ma part variable ?',
      de: 'Wie hängen meine Ziele mit meinem Bonus oder variablen Gehalt zusammen?',
    },
  }),
  q({
    id: 'salary-timing',
    category: 'salary',
    part: 'salary',
    tags: ['reward', 'timing'],
    text: {
      en: 'When would a raise take effect, and when will I know the decision?',
      nl: 'Wanneer zou een loonsverhoging ingaan, en wanneer hoor ik de beslissing?',
      fr: 'À partir de quand une augmentation prendrait-elle effet, et quand connaîtrai-je la décision ?',
      de: 'Ab wann würde eine Gehaltserhöhung gelten, und wann erfahre ich die Entscheidung?',
    },
  }),
  q({
    id: 'salary-other-recognition',
    category: 'salary',
    part: 'salary',
    tags: ['reward', 'recognition'],
    text: {
      en: 'If a raise is not possible now, what other recognition could be considered, such as a bonus, extra days off or training?',
      nl: 'Als een loonsverhoging nu niet mogelijk is, welke andere erkenning is dan bespreekbaar, zoals een bonus, extra verlofdagen of een opleiding?',
      fr: 'Si une augmentation n’est pas possible maintenant, quelle autre reconnaissance pourrait être envisagée : prime, jours de congé supplémentaires, formation ?',
      de: 'Wenn eine Gehaltserhöhung jetzt nicht möglich ist, welche andere Anerkennung käme infrage, etwa ein Bonus, zusätzliche Urlaubstage oder eine Weiterbildung?',
    },
  }),
  q({
    id: 'salary-next-time',
    category: 'salary',
    part: 'salary',
    tags: ['reward', 'follow-up'],
    text: {
      en: 'If not now, what would need to happen for a raise at the next review?',
      nl: 'Als het nu niet lukt, wat moet er dan gebeuren voor een loonsverhoging bij het volgende evaluatiegesprek?',
      fr: 'Si ce n’est pas pour maintenant, que faudrait-il pour obtenir une augmentation au prochain entretien ?',
      de: 'Falls nicht jetzt: Was müsste passieren, damit es beim nächsten Gespräch eine Gehaltserhöhung gibt?',
    },
  }),

  // ── After the interview: report, follow-up, confidentiality ─────────────
  q({
    id: 'after-report',
    category: 'after',
    part: 'question',
    tags: ['report'],
    text: {
      en: 'Will I receive a written report of this interview?',
      nl: 'Krijg ik een schriftelijk verslag van dit gesprek?',
      fr: 'Recevrai-je un compte rendu écrit de cet entretien ?',
      de: 'Erhalte ich ein schriftliches Protokoll dieses Gesprächs?',
    },
  }),
  q({
    id: 'after-next-checkin',
    category: 'after',
    part: 'question',
    tags: ['follow-up', 'timing', 'next-goals'],
    text: {
      en: 'When do we meet again to review progress on the new objectives?',
      nl: 'Wanneer zien we elkaar opnieuw om de voortgang van de nieuwe doelstellingen te bekijken?',
      fr: 'Quand nous revoyons-nous pour faire le point sur les nouveaux objectifs ?',
      de: 'Wann treffen wir uns wieder, um den Fortschritt bei den neuen Zielen zu besprechen?',
    },
  }),
  q({
    id: 'after-actions',
    category: 'after',
    part: 'question',
    tags: ['follow-up'],
    text: {
      en: 'Who follows up on what we agreed today, and by when?',
      nl: 'Wie zorgt ervoor dat wat we vandaag hebben afgesproken wordt uitgevoerd, en wanneer?',
      fr: 'Qui assure le suivi de ce que nous avons convenu aujourd’hui, et dans quel délai ?',
      de: 'Wer kümmert sich um die Umsetzung dessen, was wir heute vereinbart haben, und bis wann?',
    },
  }),
  q({
    id: 'after-confidentiality',
    category: 'after',
    part: 'question',
    tags: ['confidentiality', 'rights'],
    text: {
      en: 'Who will have access to the results of this interview?',
      nl: 'Wie krijgt toegang tot de resultaten van dit gesprek?',
      fr: 'Qui aura accès aux résultats de cet entretien ?',
      de: 'Wer hat Zugang zu den Ergebnissen dieses Gesprächs?',
    },
  }),
  q({
    id: 'after-report-agreement',
    category: 'after',
    part: 'question',
    tags: ['report', 'rights'],
    text: {
      en: 'Does our collective agreement provide for a written report of the review?',
      nl: 'Voorziet onze cao in een schriftelijk verslag van het evaluatiegesprek?',
      fr: 'Notre convention collective prévoit-elle un compte rendu écrit de l’entretien ?',
      de: 'Sieht unser Tarifvertrag ein schriftliches Protokoll des Gesprächs vor?',
    },
  }),
  q({
    id: 'after-comments',
    category: 'after',
    part: 'question',
    tags: ['report', 'rights'],
    text: {
      en: 'Can I add my own comments to the report before it is final?',
      nl: 'Kan ik mijn eigen opmerkingen aan het verslag toevoegen voordat het definitief is?',
      fr: 'Puis-je ajouter mes propres commentaires au compte rendu avant qu’il soit finalisé ?',
      de: 'Kann ich dem Protokoll eigene Anmerkungen hinzufügen, bevor es endgültig ist?',
    },
  }),
  q({
    id: 'after-requests-hr',
    category: 'after',
    part: 'question',
    tags: ['follow-up'],
    text: {
      en: 'Will the training and salary requests we discussed be passed on to HR, and when will I hear back?',
      nl: 'Worden de opleidings- en salarisverzoeken die we besproken hebben aan HR doorgegeven, en wanneer hoor ik iets?',
      fr: 'Les demandes de formation et de salaire dont nous avons parlé seront-elles transmises aux RH, et quand aurai-je une réponse ?',
      de: 'Werden die besprochenen Weiterbildungs- und Gehaltswünsche an die Personalabteilung weitergegeben, und wann bekomme ich Rückmeldung?',
    },
  }),
  q({
    id: 'after-disagree',
    category: 'after',
    part: 'question',
    tags: ['report', 'rights'],
    text: {
      en: 'If I disagree with the assessment, how can I say so?',
      nl: 'Als ik het niet eens ben met de beoordeling, hoe kan ik dat dan laten weten?',
      fr: 'Si je ne suis pas d’accord avec l’évaluation, comment puis-je le faire savoir ?',
      de: 'Wenn ich mit der Beurteilung nicht einverstanden bin, wie kann ich das zum Ausdruck bringen?',
    },
  }),
  q({
    id: 'after-use',
    category: 'after',
    part: 'question',
    tags: ['rights', 'confidentiality'],
    text: {
      en: 'How will this assessment be used in decisions that concern me?',
      nl: 'Hoe wordt deze beoordeling gebruikt bij beslissingen die mij aangaan?',
      fr: 'Comment cette évaluation sera-t-elle utilisée dans les décisions qui me concernent ?',
      de: 'Wie wird diese Beurteilung bei Entscheidungen verwendet, die mich betreffen?',
    },
  }),
];

const BY_ID = new Map(QUESTION_BANK.map((question) => [question.id, question]));

/** A built-in question by its id (undefined for an unknown or retired id). */
export function bankQuestion(id: string): BankQuestion | undefined {
  return BY_ID.get(id);
}
