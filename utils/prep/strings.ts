/**
 * The prep document's own words (the user's notes are never translated).
 * Typed data: `PrepStrings` lists every key, so TypeScript rejects a language
 * that misses one; tests/unit/prep-strings.test.ts checks that none is empty
 * and that `{placeholders}` are the same in every language.
 */
import type { GoalStatus } from '../model';

export const PREP_LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export type PrepLanguage = (typeof PREP_LANGUAGES)[number];

export const PREP_SECTION_IDS = ['results', 'training', 'management', 'evolution', 'salary', 'questions'] as const;
export type PrepSectionId = (typeof PREP_SECTION_IDS)[number];

export interface PrepStrings {
  title: string;
  /** `{date}`: the interview date. */
  subtitleInterview: string;
  /** `{manager}`: the manager's name. */
  subtitleManager: string;
  sections: Record<PrepSectionId, string>;
  /** What to prepare when a section has nothing yet. */
  empty: Record<PrepSectionId, string>;
  /** A label and its value, with the language's punctuation (`{label} : {value}` in French). */
  figure: string;
  facts: {
    status: string;
    baseline: string;
    target: string;
    /** The target of a goal whose direction is `decrease` (a cost to reduce). */
    targetAtMost: string;
    actual: string;
    achievement: string;
    weight: string;
    due: string;
  };
  goalLists: {
    selfAssessment: string;
    keyResults: string;
    evidence: string;
    difficulties: string;
    successes: string;
  };
  unlinked: { results: string; difficulties: string; successes: string; other: string };
  comparison: {
    title: string;
    goal: string;
    change: string;
    /** `{cycle}`: the previous cycle's label. */
    then: string;
    /** `{cycle}`: this cycle's label. */
    now: string;
    carried: string;
    new: string;
    removed: string;
  };
  skills: string;
  trainings: string;
  salaryCase: string;
  salaryAsk: string;
  rewardQuestion: string;
  status: Record<GoalStatus, string>;
}

export const PREP_STRINGS: Record<PrepLanguage, PrepStrings> = {
  en: {
    title: 'Preparing my annual review',
    subtitleInterview: 'Interview on {date}',
    subtitleManager: 'with {manager}',
    sections: {
      results: 'Results against objectives',
      training: 'Skills and training',
      management: 'Management and working relationship',
      evolution: 'My evolution',
      salary: 'Salary and reward',
      questions: 'Questions for my manager',
    },
    empty: {
      results:
        'No objectives or results yet. Before the interview, list the objectives you were given with their target and what you achieved, the difficulties you met and your successes.',
      training:
        'Nothing noted yet. Assess your skills, list the trainings you followed and note the tasks that would be easier with more training: this is the moment to ask for it.',
      management:
        'Nothing noted yet. Note what works well with your manager and in the team, and the problems you want to raise.',
      evolution:
        'Nothing noted yet. How do you want to grow in the company? Note your short- and long-term projects.',
      salary:
        'Nothing noted yet. Prepare your case for a raise: your results, your new responsibilities and what you will ask for.',
      questions:
        'No questions yet. Write down what you want to ask your manager: the interview is a privileged moment for it.',
    },
    figure: '{label}: {value}',
    facts: {
      status: 'Status',
      baseline: 'Starting point',
      target: 'Target',
      targetAtMost: 'Target (at most)',
      actual: 'Actual',
      achievement: 'Achievement',
      weight: 'Weight',
      due: 'Due',
    },
    goalLists: {
      selfAssessment: 'Self-assessment',
      keyResults: 'Key results',
      evidence: 'Evidence',
      difficulties: 'Difficulties: what slowed me down and how to avoid it next time',
      successes: 'Successes',
    },
    unlinked: {
      results: 'Other results',
      difficulties: 'Other difficulties',
      successes: 'Other successes',
      other: 'Other notes',
    },
    comparison: {
      title: 'What changed since the last review',
      goal: 'Objective',
      change: 'Change',
      then: 'Last review ({cycle})',
      now: 'This review ({cycle})',
      carried: 'Carried over',
      new: 'New',
      removed: 'No longer an objective',
    },
    skills: 'Skills',
    trainings: 'Trainings followed and training needs',
    salaryCase: 'My case and my ask',
    salaryAsk: 'To ask',
    rewardQuestion: 'Is a financial reward planned for the new objectives?',
    status: {
      not_started: 'Not started',
      on_track: 'On track',
      at_risk: 'At risk',
      achieved: 'Achieved',
      partly: 'Partly achieved',
      missed: 'Missed',
      dropped: 'Dropped',
    },
  },
  nl: {
    title: 'Voorbereiding van mijn evaluatiegesprek',
    subtitleInterview: 'Gesprek op {date}',
    subtitleManager: 'met {manager}',
    sections: {
      results: 'Resultaten ten opzichte van de doelstellingen',
      training: 'Vaardigheden en opleiding',
      management: 'Leidinggeven en samenwerking',
      evolution: 'Mijn ontwikkeling',
      salary: 'Salaris en beloning',
      questions: 'Vragen aan mijn leidinggevende',
    },
    empty: {
      results:
        'Nog geen doelstellingen of resultaten. Zet vóór het gesprek de doelstellingen die je kreeg op een rij, met de streefwaarde en wat je hebt bereikt, de moeilijkheden die je tegenkwam en je successen.',
      training:
        'Nog niets genoteerd. Beoordeel je vaardigheden, zet de gevolgde opleidingen op een rij en noteer de taken die met meer opleiding makkelijker zouden gaan: dit is het moment om erom te vragen.',
      management:
        'Nog niets genoteerd. Noteer wat goed werkt met je leidinggevende en in het team, en de problemen die je wilt aankaarten.',
      evolution:
        'Nog niets genoteerd. Hoe wil je groeien binnen het bedrijf? Noteer je plannen op korte en lange termijn.',
      salary:
        'Nog niets genoteerd. Bereid je argumenten voor een loonsverhoging voor: je resultaten, je nieuwe verantwoordelijkheden en wat je gaat vragen.',
      questions:
        'Nog geen vragen. Schrijf op wat je je leidinggevende wilt vragen: het evaluatiegesprek is daar het uitgelezen moment voor.',
    },
    figure: '{label}: {value}',
    facts: {
      status: 'Status',
      baseline: 'Startwaarde',
      target: 'Streefwaarde',
      targetAtMost: 'Streefwaarde (maximaal)',
      actual: 'Resultaat',
      achievement: 'Realisatie',
      weight: 'Gewicht',
      due: 'Deadline',
    },
    goalLists: {
      selfAssessment: 'Zelfevaluatie',
      keyResults: 'Kernresultaten',
      evidence: 'Onderbouwing',
      difficulties: 'Moeilijkheden: wat me afremde en hoe ik dat de volgende keer vermijd',
      successes: 'Successen',
    },
    unlinked: {
      results: 'Andere resultaten',
      difficulties: 'Andere moeilijkheden',
      successes: 'Andere successen',
      other: 'Andere notities',
    },
    comparison: {
      title: 'Wat er veranderd is sinds het vorige gesprek',
      goal: 'Doelstelling',
      change: 'Wijziging',
      then: 'Vorig gesprek ({cycle})',
      now: 'Dit gesprek ({cycle})',
      carried: 'Overgenomen',
      new: 'Nieuw',
      removed: 'Geen doelstelling meer',
    },
    skills: 'Vaardigheden',
    trainings: 'Gevolgde opleidingen en opleidingsbehoeften',
    salaryCase: 'Mijn argumenten en mijn vraag',
    salaryAsk: 'Te vragen',
    rewardQuestion: 'Is er een financiële beloning voorzien voor de nieuwe doelstellingen?',
    status: {
      not_started: 'Niet gestart',
      on_track: 'Op schema',
      at_risk: 'In gevaar',
      achieved: 'Behaald',
      partly: 'Deels behaald',
      missed: 'Niet behaald',
      dropped: 'Geschrapt',
    },
  },
  fr: {
    title: 'Préparation de mon entretien annuel',
    subtitleInterview: 'Entretien le {date}',
    subtitleManager: 'avec {manager}',
    sections: {
      results: 'Résultats par rapport aux objectifs',
      training: 'Compétences et formation',
      management: 'Management et relation de travail',
      evolution: 'Mon évolution',
      salary: 'Salaire et rémunération',
      questions: 'Questions pour mon manager',
    },
    empty: {
      results:
        'Aucun objectif ni résultat pour l’instant. Avant l’entretien annuel, reprenez les objectifs fixés avec leur cible et ce que vous avez réalisé, les difficultés rencontrées et vos réussites.',
      training:
        'Rien de noté pour l’instant. Évaluez vos compétences, listez les formations suivies et notez les tâches qui seraient plus faciles avec une formation : c’est le moment de la demander.',
      management:
        'Rien de noté pour l’instant. Notez ce qui fonctionne bien avec votre manager et dans l’équipe, et les problèmes que vous voulez aborder.',
      evolution:
        'Rien de noté pour l’instant. Comment voulez-vous évoluer dans l’entreprise ? Notez vos projets à court et à long terme.',
      salary:
        'Rien de noté pour l’instant. Préparez vos arguments pour une augmentation : vos résultats, vos nouvelles responsabilités et ce que vous allez demander.',
      questions:
        'Aucune question pour l’instant. Notez ce que vous voulez demander à votre manager : l’entretien est un moment privilégié pour cela.',
    },
    figure: '{label} : {value}',
    facts: {
      status: 'Statut',
      baseline: 'Point de départ',
      target: 'Cible',
      targetAtMost: 'Cible (au plus)',
      actual: 'Réalisé',
      achievement: 'Taux d’atteinte',
      weight: 'Pondération',
      due: 'Échéance',
    },
    goalLists: {
      selfAssessment: 'Auto-évaluation',
      keyResults: 'Résultats clés',
      evidence: 'Preuves',
      difficulties: 'Difficultés : ce qui m’a freiné et comment l’éviter la prochaine fois',
      successes: 'Réussites',
    },
    unlinked: {
      results: 'Autres résultats',
      difficulties: 'Autres difficultés',
      successes: 'Autres réussites',
      other: 'Autres notes',
    },
    comparison: {
      title: 'Ce qui a changé depuis le dernier entretien',
      goal: 'Objectif',
      change: 'Changement',
      then: 'Dernier entretien ({cycle})',
      now: 'Cet entretien ({cycle})',
      carried: 'Reconduit',
      new: 'Nouveau',
      removed: 'N’est plus un objectif',
    },
    skills: 'Compétences',
    trainings: 'Formations suivies et besoins de formation',
    salaryCase: 'Mes arguments et ma demande',
    salaryAsk: 'À demander',
    rewardQuestion: 'Une récompense financière est-elle prévue pour les nouveaux objectifs ?',
    status: {
      not_started: 'Non commencé',
      on_track: 'En bonne voie',
      at_risk: 'À risque',
      achieved: 'Atteint',
      partly: 'Partiellement atteint',
      missed: 'Non atteint',
      dropped: 'Abandonné',
    },
  },
  de: {
    title: 'Vorbereitung auf mein Mitarbeitergespräch',
    subtitleInterview: 'Gespräch am {date}',
    subtitleManager: 'mit {manager}',
    sections: {
      results: 'Ergebnisse im Vergleich zu den Zielen',
      training: 'Kompetenzen und Weiterbildung',
      management: 'Führung und Zusammenarbeit',
      evolution: 'Meine Entwicklung',
      salary: 'Gehalt und Vergütung',
      questions: 'Fragen an meine Führungskraft',
    },
    empty: {
      results:
        'Noch keine Ziele oder Ergebnisse. Stellen Sie vor dem Gespräch die vereinbarten Ziele mit Zielwert und Erreichtem zusammen, dazu die Schwierigkeiten und Ihre Erfolge.',
      training:
        'Noch nichts notiert. Schätzen Sie Ihre Kompetenzen ein, listen Sie besuchte Weiterbildungen auf und notieren Sie Aufgaben, die Ihnen mit mehr Weiterbildung leichter fielen: Jetzt ist der Moment, danach zu fragen.',
      management:
        'Noch nichts notiert. Notieren Sie, was mit Ihrer Führungskraft und im Team gut funktioniert und welche Probleme Sie ansprechen möchten.',
      evolution:
        'Noch nichts notiert. Wie möchten Sie sich im Unternehmen entwickeln? Notieren Sie Ihre kurz- und langfristigen Vorhaben.',
      salary:
        'Noch nichts notiert. Bereiten Sie Ihre Argumente für eine Gehaltserhöhung vor: Ihre Ergebnisse, neue Verantwortung und was Sie fordern werden.',
      questions:
        'Noch keine Fragen. Schreiben Sie auf, was Sie Ihre Führungskraft fragen möchten: Das Mitarbeitergespräch ist der richtige Moment dafür.',
    },
    figure: '{label}: {value}',
    facts: {
      status: 'Status',
      baseline: 'Ausgangswert',
      target: 'Zielwert',
      targetAtMost: 'Zielwert (höchstens)',
      actual: 'Istwert',
      achievement: 'Zielerreichung',
      weight: 'Gewichtung',
      due: 'Fällig',
    },
    goalLists: {
      selfAssessment: 'Selbsteinschätzung',
      keyResults: 'Schlüsselergebnisse',
      evidence: 'Belege',
      difficulties: 'Schwierigkeiten: was mich gebremst hat und wie ich es nächstes Mal vermeide',
      successes: 'Erfolge',
    },
    unlinked: {
      results: 'Weitere Ergebnisse',
      difficulties: 'Weitere Schwierigkeiten',
      successes: 'Weitere Erfolge',
      other: 'Weitere Notizen',
    },
    comparison: {
      title: 'Was sich seit dem letzten Gespräch geändert hat',
      goal: 'Ziel',
      change: 'Änderung',
      then: 'Letztes Gespräch ({cycle})',
      now: 'Dieses Gespräch ({cycle})',
      carried: 'Übernommen',
      new: 'Neu',
      removed: 'Kein Ziel mehr',
    },
    skills: 'Kompetenzen',
    trainings: 'Besuchte Weiterbildungen und Weiterbildungsbedarf',
    salaryCase: 'Meine Argumente und mein Anliegen',
    salaryAsk: 'Zu fragen',
    rewardQuestion: 'Ist für die neuen Ziele eine finanzielle Belohnung vorgesehen?',
    status: {
      not_started: 'Nicht begonnen',
      on_track: 'Im Plan',
      at_risk: 'Gefährdet',
      achieved: 'Erreicht',
      partly: 'Teilweise erreicht',
      missed: 'Nicht erreicht',
      dropped: 'Gestrichen',
    },
  },
};

/** Replaces `{name}` placeholders; an unknown one is left as is, so a mistake shows. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
