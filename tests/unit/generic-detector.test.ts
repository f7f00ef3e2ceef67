/**
 * The generic multilingual detector against fixture pages (tests/fixtures/
 * pages/generic): review pages in EN/NL/FR/DE/ES must yield exactly their
 * answer fields with the label a person reads; pages that merely mention
 * reviews must yield null. Plus format tests of the shared vocabulary.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReviewPage, findGenericFields } from '../../utils/adapters';
import type { FieldKind } from '../../utils/adapters';
import {
  CODE_REVIEW_PATTERN,
  CODE_REVIEW_TERMS,
  SHOP_CONTROL_TERMS,
  REVIEW_TERM_PATTERN,
  REVIEW_TERMS,
  termMatcher,
} from '../../utils/adapters/vocabulary';
import { isShown, normalizeText } from '../../utils/dom';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages/generic');

/**
 * Parses a fixture into its own document. happy-dom gives DOMParser documents
 * a defaultView whose getComputedStyle applies inline styles and <style>
 * rules; should it not, the global document is used instead so that the
 * hidden-field cases keep meaning something.
 */
function loadFixture(name: string): Document {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  if (parsed.defaultView) return parsed;
  document.open();
  document.write(html);
  document.close();
  return document;
}

function summary(doc: Document, url: string) {
  const match = detectReviewPage(new URL(url), doc);
  return match && { adapterId: match.adapterId, fields: match.fields.map(({ kind, label }) => ({ kind, label })) };
}

function fieldsOf(...entries: [FieldKind, string][]) {
  return entries.map(([kind, label]) => ({ kind, label }));
}

/** The `name` (or id) of each reported element, to check the right elements were found. */
function namesOf(doc: Document, url: string): string[] {
  return (detectReviewPage(new URL(url), doc)?.fields ?? []).map(
    ({ element }) => element.getAttribute('name') ?? element.id,
  );
}

describe('fixture loading', () => {
  it('sees inline styles and <style> rules through getComputedStyle', () => {
    const doc = loadFixture('self-hosted-appraisal-en.html');
    const view = doc.defaultView!;
    const autosave = doc.querySelector<HTMLElement>('textarea[name="autosave_state"]')!;
    const managerPane = doc.getElementById('pane-manager')!;
    const selfPane = doc.getElementById('pane-self')!;
    expect(view.getComputedStyle(autosave).display).toBe('none');
    expect(view.getComputedStyle(managerPane).display).toBe('none');
    expect(view.getComputedStyle(selfPane).display).toBe('block');
    expect(isShown(doc.getElementById('mgr-comments')!)).toBe(false);
    expect(isShown(autosave)).toBe(false);
    expect(isShown(doc.getElementById('obj-results')!)).toBe(true);
  });
});

describe('generic detector: review pages', () => {
  it('finds the answers of an unknown self-hosted appraisal suite (EN)', () => {
    const url = 'https://peopledesk.intranet.example-corp.com/appraisals/2026/417/self';
    const doc = loadFixture('self-hosted-appraisal-en.html');
    expect(summary(doc, url)).toEqual({
      adapterId: 'generic',
      fields: fieldsOf(
        ['textarea', 'What did you achieve against your objectives this year?'],
        ['textarea', 'Give examples of how you showed collaboration and ownership.'],
        ['textarea', 'Which skills do you want to develop next year, and how?'],
        ['input', 'Self-appraisal summary (one sentence)'],
      ),
    });
    // Not the header search (labelled with "appraisal"), the hidden manager tab, the autosave field.
    expect(namesOf(doc, url)).toEqual(['objectives_results', 'competencies', 'development', 'summary']);
  });

  it('finds the answers of a Dutch evaluatiegesprek, without a saved draft in the label (NL)', () => {
    const url = 'https://hr.gemeente-voorbeeld.nl/gesprekken/2026/881/zelfevaluatie';
    const doc = loadFixture('evaluatiegesprek-nl.html');
    expect(summary(doc, url)).toEqual({
      adapterId: 'generic',
      fields: fieldsOf(
        ['textarea', 'Toelichting op je resultaten'],
        ['textarea', 'Wat ging er goed, en wat kan beter?'],
        ['textarea', 'Wat wil je bespreken met je leidinggevende?'],
      ),
    });
    expect(namesOf(doc, url)).toEqual(['resultaten', 'reflectie', 'bespreken']);
  });

  it('finds the answers of a French entretien annuel, rich-text editor included (FR)', () => {
    const url = 'https://sirh.exemple.fr/campagnes/2026/entretien-annuel/collaborateur';
    const doc = loadFixture('entretien-annuel-fr.html');
    expect(summary(doc, url)).toEqual({
      adapterId: 'generic',
      fields: fieldsOf(
        ['textarea', 'Bilan de l’année écoulée'],
        ['textarea', 'Vos points forts'],
        ['contenteditable', 'Commentaire général du collaborateur'],
        ['textarea', 'Vos souhaits d’évolution et de formation'],
      ),
    });
    // The read-only textarea of last year's objectives is not an answer.
    expect(namesOf(doc, url)).toEqual(['bilan', 'points_forts', '', 'souhaits']);
  });

  it('labels the answers of a German Mitarbeitergespräch by their preceding div (DE)', () => {
    const url = 'https://personalportal.beispiel.de/mag/2026/1203/selbst';
    const doc = loadFixture('mitarbeitergespraech-de.html');
    expect(summary(doc, url)).toEqual({
      adapterId: 'generic',
      fields: fieldsOf(
        ['textarea', 'Was ist Ihnen im vergangenen Jahr besonders gut gelungen?'],
        ['textarea', 'Wo sehen Sie Entwicklungsbedarf?'],
        ['textarea', 'Welche Unterstützung wünschen Sie sich von Ihrer Führungskraft?'],
        ['textarea', 'Ziele für das kommende Jahr'],
      ),
    });
    // The private notes in the collapsed <details> are not visible.
    expect(namesOf(doc, url)).toEqual(['erfolge', 'entwicklung', 'unterstuetzung', 'ziele']);
  });

  it('labels the answers of a Spanish autoevaluación by their row headers (ES)', () => {
    const url = 'https://empleados.ejemplo.es/evaluaciones/2026/55/autoevaluacion';
    const doc = loadFixture('autoevaluacion-es.html');
    expect(summary(doc, url)).toEqual({
      adapterId: 'generic',
      fields: fieldsOf(
        ['textarea', 'Logros principales del año'],
        ['textarea', 'Áreas de mejora'],
        ['textarea', 'Comentarios adicionales'],
      ),
    });
    // Not the help-desk chat textarea.
    expect(namesOf(doc, url)).toEqual(['logros', 'mejora', 'comentarios']);
  });

  it('keeps the Workday self-evaluation fixture: textarea and contenteditable, search box excluded', () => {
    const url = 'https://wd5.myworkday.com/acme/d/task/2997$4321.htmld';
    const doc = loadFixture('workday-self-evaluation.html');
    expect(summary(doc, url)).toEqual({
      adapterId: 'workday',
      fields: fieldsOf(['textarea', 'Goals – Comment'], ['contenteditable', 'Overall – Comment']),
    });
    expect(namesOf(doc, url)).toEqual(['goals-comment', 'overall']);
  });

  it('still recognises a Dutch HR page that says only "beoordeling"', () => {
    const doc = new DOMParser().parseFromString(
      `<title>Beoordeling 2026 – HR-portaal</title><h1>Beoordeling 2026</h1>
       <label for="a">Toelichting</label><textarea id="a"></textarea>`,
      'text/html',
    );
    expect(summary(doc, 'https://hr.example.nl/beoordeling/2026')).toEqual({
      adapterId: 'generic',
      fields: fieldsOf(['textarea', 'Toelichting']),
    });
  });
});

describe('generic detector: pages that are not review pages', () => {
  it('returns null for a blog article about performance reviews with a comment form', () => {
    const doc = loadFixture('blog-performance-review-tips.html');
    expect(isShown(doc.getElementById('comment')!)).toBe(true);
    expect(findGenericFields(doc)).toEqual([]);
    expect(detectReviewPage(new URL('https://thecareerdesk.example.com/2026/01/10-tips-performance-review/'), doc)).toBeNull();
  });

  it('returns null for a pull request titled "Fix performance review export"', () => {
    const doc = loadFixture('code-review.html');
    // The review textarea is a visible free-text field: the code-review controls decide.
    expect(findGenericFields(doc).map(({ label }) => label)).toEqual(['Review summary']);
    expect(detectReviewPage(new URL('https://codehub.example.com/acme/hr-portal/pull/123'), doc)).toBeNull();
  });

  it('returns null for a Dutch webshop product page with "Beoordelingen" and a review form', () => {
    const doc = loadFixture('product-reviews-nl.html');
    expect(findGenericFields(doc).map(({ label }) => label)).toEqual(['Jouw beoordeling']);
    expect(detectReviewPage(new URL('https://www.huisenzo.example.nl/product/proclean-600'), doc)).toBeNull();
  });

  it('returns null for an intranet news page that only mentions self-evaluation', () => {
    const doc = loadFixture('mentions-only.html');
    expect(findGenericFields(doc)).toEqual([]);
    expect(detectReviewPage(new URL('https://intranet.acme.example/news'), doc)).toBeNull();
  });

  it('returns null for a German leave request with a "Bemerkung" field', () => {
    const doc = loadFixture('leave-request-de.html');
    expect(findGenericFields(doc).map(({ label }) => label)).toEqual(['Bemerkung']);
    expect(detectReviewPage(new URL('https://personalportal.beispiel.de/abwesenheiten/neu'), doc)).toBeNull();
  });

  it('returns null for the BambooHR time-off request and the SPA before it routes', () => {
    expect(detectReviewPage(new URL('https://acme.bamboohr.com/time_off/requests/new'), loadFixture('bamboohr-time-off.html'))).toBeNull();
    expect(detectReviewPage(new URL('https://acme.bamboohr.com/home'), loadFixture('bamboohr-spa.html'))).toBeNull();
  });
});

describe('review vocabulary', () => {
  const languages = ['en', 'nl', 'fr', 'de', 'es'] as const;
  const allTerms = Object.values(REVIEW_TERMS).flat();

  it('has terms for every language', () => {
    expect(Object.keys(REVIEW_TERMS).sort()).toEqual([...languages].sort());
    for (const language of languages) expect(REVIEW_TERMS[language].length, language).toBeGreaterThan(0);
  });

  it('stores every term normalised', () => {
    for (const term of [...allTerms, ...CODE_REVIEW_TERMS, ...SHOP_CONTROL_TERMS]) expect(term).toBe(normalizeText(term));
  });

  it('has no duplicate terms', () => {
    expect(new Set(allTerms).size).toBe(allTerms.length);
    expect(new Set(CODE_REVIEW_TERMS).size).toBe(CODE_REVIEW_TERMS.length);
  });

  it('matches whole words only', () => {
    expect(REVIEW_TERM_PATTERN.test(normalizeText('Beoordelingen'))).toBe(false);
    expect(REVIEW_TERM_PATTERN.test(normalizeText('Reappraisals'))).toBe(false);
    expect(REVIEW_TERM_PATTERN.test(normalizeText('Self-Appraisal'))).toBe(true);
    expect(REVIEW_TERM_PATTERN.test(normalizeText('Mijn beoordeling 2026'))).toBe(true);
    expect(termMatcher(['a.b']).test('axb')).toBe(false);
    // Letters and digits of any script are word characters; punctuation and spaces are not.
    const review = termMatcher(['review', 'self review']);
    expect(['review', 'my review.', '(review)', 'review-2026', 'self review', 'x self review y'].map((text) => review.test(text))).toEqual([true, true, true, true, true, true]);
    expect(['reviews', 'preview', 'review2', '2review', 'ßreview', 'reviewж', '日review', 'review١'].map((text) => review.test(text))).toEqual([false, false, false, false, false, false, false, false]);
    // A later occurrence counts when the first is inside a word.
    expect(review.test('previews and one review')).toBe(true);
    expect(termMatcher(['']).test('anything')).toBe(false);
  });

  it('matches after normalising accents, typographic apostrophes and dashes', () => {
    expect(REVIEW_TERM_PATTERN.test(normalizeText('Entretien d’évaluation'))).toBe(true);
    expect(REVIEW_TERM_PATTERN.test(normalizeText('Auto\u2011évaluation'))).toBe(true);
    expect(REVIEW_TERM_PATTERN.test(normalizeText('MITARBEITERGESPRÄCH'))).toBe(true);
    expect(REVIEW_TERM_PATTERN.test(normalizeText('Autoevaluación del desempeño'))).toBe(true);
    expect(CODE_REVIEW_PATTERN.test(normalizeText('Request changes'))).toBe(true);
    expect(CODE_REVIEW_PATTERN.test(normalizeText('Pull requests'))).toBe(false);
  });
});

describe('hosted suites\' domains', () => {
  it('leave a review-looking page to the suite\'s own adapter: the generic detector does not speak there', () => {
    const doc = loadFixture('self-hosted-appraisal-en.html');
    // Control: on a domain the user enabled, the page is a review form.
    expect(detectReviewPage(new URL('https://hr.acme-corp.example/appraisal/2026/self'), doc)?.adapterId).toBe('generic');
    for (const url of [
      // Public object storage under Oracle's cloud domain: anyone's pages.
      'https://objectstorage.us-ashburn-1.oraclecloud.com/n/x/b/public/o/review.html',
      'https://www.bamboohr.com/blog/self-evaluation-form',
      'https://acme.bamboohr.com/appraisal/2026/self',
      'https://www.leapsome.com/reviews/self-assessment',
    ]) {
      expect(detectReviewPage(new URL(url), doc), url).toBeNull();
    }
  });
});
