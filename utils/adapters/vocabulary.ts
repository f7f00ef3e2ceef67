/**
 * Words that name a performance review, per language, already normalised
 * (lower case, no accents: see `normalizeText`). Typed data with a format
 * test; the generic detector and the suite adapters share it.
 */
export const REVIEW_TERMS: Readonly<Record<'en' | 'nl' | 'fr' | 'de' | 'es', readonly string[]>> = {
  en: [
    'performance review',
    'performance appraisal',
    'performance evaluation',
    'performance assessment',
    'annual review',
    'year-end review',
    'self-evaluation',
    'self evaluation',
    'self-assessment',
    'self assessment',
    'self-appraisal',
    'self appraisal',
    'self-review',
    'self-reflection',
    'self reflection',
    'appraisal',
    'evaluation interview',
  ],
  nl: [
    'evaluatiegesprek',
    'beoordelingsgesprek',
    'beoordeling',
    'functioneringsgesprek',
    'jaargesprek',
    'ontwikkelgesprek',
    'prestatiebeoordeling',
    'zelfevaluatie',
    'zelfbeoordeling',
    'zelfreflectie',
  ],
  fr: [
    'entretien annuel',
    "entretien d'evaluation",
    'entretien individuel',
    'entretien professionnel',
    'auto-evaluation',
    'autoevaluation',
    'evaluation annuelle',
    'evaluation de la performance',
    'evaluation des performances',
    'bilan annuel',
  ],
  de: [
    'mitarbeitergesprach',
    'jahresgesprach',
    'beurteilungsgesprach',
    'selbsteinschatzung',
    'selbstbeurteilung',
    'selbstbewertung',
    'leistungsbeurteilung',
    'leistungsbewertung',
    'mitarbeiterbeurteilung',
  ],
  es: [
    'autoevaluacion',
    'evaluacion del desempeno',
    'evaluacion de desempeno',
    'evaluacion anual',
    'valoracion del desempeno',
  ],
};

/**
 * Words that code-review and pull-request pages use: a page that has them is
 * not a performance review even when its title mentions one.
 */
export const CODE_REVIEW_TERMS: readonly string[] = [
  'request changes',
  'pull request',
  'merge request',
  'files changed',
  'approve changes',
  'changes requested',
];

/**
 * Buy controls of a web shop (EN NL FR DE ES). On a product page
 * "beoordeling" and friends are customer reviews, not an appraisal.
 */
export const SHOP_CONTROL_TERMS: readonly string[] = [
  'add to cart',
  'add to basket',
  'add to bag',
  'in winkelwagen',
  'in mijn winkelwagen',
  'in winkelmandje',
  'ajouter au panier',
  'in den warenkorb',
  'in den einkaufswagen',
  'anadir al carrito',
  'anadir a la cesta',
];

/** Whether a text contains one of a list of terms as whole words. */
export interface TermMatcher {
  test(text: string): boolean;
}

/** A letter or digit of any script, read from the character code where it is ASCII (almost always, in normalised text). */
let otherWordChar: RegExp | undefined;
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return (otherWordChar ??= /[\p{L}\p{N}]/u).test(text[index]!);
}

/**
 * Whole-word matcher for a list of normalised terms: a plain search for each
 * term, then a look at the characters around it. One alternation of every
 * term as a Unicode RegExp took the launcher ~1–6 ms to compile on a review
 * page (profiled), more than the rest of detection.
 */
export function termMatcher(terms: readonly string[]): TermMatcher {
  return {
    test(text) {
      for (const term of terms) {
        if (!term) continue;
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
          const end = at + term.length;
          if ((at === 0 || !isWordChar(text, at - 1)) && (end === text.length || !isWordChar(text, end))) return true;
        }
      }
      return false;
    },
  };
}

/**
 * A matcher built on its first use: the launcher starts on every page of a
 * suite and most never need one.
 */
function lazyMatcher(terms: () => readonly string[]): TermMatcher {
  let matcher: TermMatcher | undefined;
  return { test: (text) => (matcher ??= termMatcher(terms())).test(text) };
}

export const REVIEW_TERM_PATTERN = lazyMatcher(() => Object.values(REVIEW_TERMS).flat());
export const CODE_REVIEW_PATTERN = lazyMatcher(() => CODE_REVIEW_TERMS);
export const SHOP_CONTROL_PATTERN = lazyMatcher(() => SHOP_CONTROL_TERMS);
