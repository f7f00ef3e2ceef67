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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word matcher for a list of normalised terms. */
export function termMatcher(terms: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?=$|[^\\p{L}\\p{N}])`, 'u');
}

/**
 * A matcher built on its first use: the launcher starts on every page of a
 * suite and most never need one (building these three took ~1.9 ms of its
 * start on a non-review page, profiled).
 */
function lazyMatcher(terms: () => readonly string[]): { test(text: string): boolean } {
  let pattern: RegExp | undefined;
  return { test: (text) => (pattern ??= termMatcher(terms())).test(text) };
}

export const REVIEW_TERM_PATTERN = lazyMatcher(() => Object.values(REVIEW_TERMS).flat());
export const CODE_REVIEW_PATTERN = lazyMatcher(() => CODE_REVIEW_TERMS);
export const SHOP_CONTROL_PATTERN = lazyMatcher(() => SHOP_CONTROL_TERMS);
