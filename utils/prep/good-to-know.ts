/**
 * "Good to know": what the seed says a person should know about the
 * interview's aftermath (DESIGN.md §1), for the welcome page and the
 * preparation document. General information, not legal advice: the rules
 * depend on the country and the collective agreement, and every text says so.
 * Typed data: TypeScript rejects a language that misses a field;
 * tests/unit/good-to-know.test.ts checks that none is empty.
 */
import type { PrepLanguage } from './strings';

export interface GoodToKnow {
  title: string;
  /** Shown before the points: general information that depends on the country and the collective agreement. */
  caveat: string;
  /** The report, confidentiality, salary, dismissal: in that order. */
  points: readonly [string, string, string, string];
}

export const GOOD_TO_KNOW: Record<PrepLanguage, GoodToKnow> = {
  en: {
    title: 'Good to know',
    caveat:
      'General information, not legal advice: the rules depend on your country and on your collective agreement. Check them with HR or your staff representatives.',
    points: [
      'A written report of the interview is not compulsory, unless a collective agreement provides for one.',
      'The content and the results of the interview are confidential: they are not shared with other employees.',
      'A poor interview alone does not justify a lower salary: that needs a change to your employment contract, with your consent.',
      'A poor interview alone does not justify a dismissal either: such a decision must rest on other grounds.',
    ],
  },
  nl: {
    title: 'Goed om te weten',
    caveat:
      'Algemene informatie, geen juridisch advies: de regels hangen af van je land en je cao. Ga ze na bij HR of je personeelsvertegenwoordigers.',
    points: [
      'Een verslag van het gesprek is niet verplicht, tenzij een cao erin voorziet.',
      'De inhoud en de resultaten van het gesprek zijn vertrouwelijk: ze worden niet met andere werknemers gedeeld.',
      'Een slecht gesprek alleen rechtvaardigt geen lager salaris: daarvoor moet je arbeidsovereenkomst worden aangepast, met jouw instemming.',
      'Een slecht gesprek alleen rechtvaardigt ook geen ontslag: zo’n beslissing moet op andere gronden berusten.',
    ],
  },
  fr: {
    title: 'Bon à savoir',
    caveat:
      'Information générale, pas un conseil juridique : les règles dépendent de votre pays et de votre convention collective. Vérifiez-les auprès des RH ou de vos représentants du personnel.',
    points: [
      'Le compte rendu de l’entretien n’est pas obligatoire, sauf si une convention collective le prévoit.',
      'Le contenu et les résultats de l’entretien sont confidentiels : ils ne sont pas communiqués aux autres salariés.',
      'Un mauvais entretien ne justifie pas à lui seul une baisse de salaire : il faut pour cela modifier votre contrat de travail, avec votre accord.',
      'Un mauvais entretien ne justifie pas non plus à lui seul un licenciement : une telle décision doit reposer sur d’autres motifs.',
    ],
  },
  de: {
    title: 'Gut zu wissen',
    caveat:
      'Allgemeine Informationen, keine Rechtsberatung: Die Regeln hängen von Ihrem Land und Ihrem Tarifvertrag ab. Klären Sie sie mit der Personalabteilung oder Ihrer Arbeitnehmervertretung.',
    points: [
      'Ein Protokoll des Gesprächs ist nicht vorgeschrieben, es sei denn, ein Tarifvertrag sieht es vor.',
      'Inhalt und Ergebnisse des Gesprächs sind vertraulich: Sie werden nicht an andere Beschäftigte weitergegeben.',
      'Ein schlechtes Gespräch allein rechtfertigt kein niedrigeres Gehalt: Dafür muss Ihr Arbeitsvertrag geändert werden, mit Ihrer Zustimmung.',
      'Ein schlechtes Gespräch allein rechtfertigt auch keine Kündigung: Eine solche Entscheidung muss auf anderen Gründen beruhen.',
    ],
  },
};
