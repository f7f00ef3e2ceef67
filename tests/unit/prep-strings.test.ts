import { describe, expect, it } from 'vitest';
import { PREP_LANGUAGES, PREP_STRINGS } from '@/utils/prep';

/** Every string of a language, by its dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('prep document strings', () => {
  const english = flatten(PREP_STRINGS.en);

  it('has the same keys in every language, none empty', () => {
    expect(english.size).toBeGreaterThan(40);
    for (const language of PREP_LANGUAGES) {
      const strings = flatten(PREP_STRINGS[language]);
      expect([...strings.keys()].sort(), language).toEqual([...english.keys()].sort());
      for (const [key, text] of strings) expect(text.trim(), `${language}.${key}`).not.toBe('');
    }
  });

  it('has the same placeholders in every language, and no stray braces', () => {
    for (const language of PREP_LANGUAGES) {
      for (const [key, text] of flatten(PREP_STRINGS[language])) {
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(english.get(key)!));
        expect(text.replace(/\{\w+\}/g, ''), `${language}.${key}`).not.toMatch(/[{}]/);
      }
    }
    expect(placeholders(PREP_STRINGS.en.figure)).toEqual(['label', 'value']);
  });

  it('uses the domain wording of each language', () => {
    const all = (language: (typeof PREP_LANGUAGES)[number]) => [...flatten(PREP_STRINGS[language]).values()].join(' ');
    expect(all('nl')).toMatch(/evaluatiegesprek/);
    expect(all('nl')).toMatch(/doelstellingen/);
    expect(all('nl')).toMatch(/leidinggevende/);
    expect(all('fr')).toMatch(/entretien annuel/);
    expect(all('fr')).toMatch(/objectifs/);
    expect(all('fr')).toMatch(/manager/);
    expect(all('de')).toMatch(/Mitarbeitergespräch/);
    expect(all('de')).toMatch(/Ziele/);
    expect(all('de')).toMatch(/Führungskraft/);
  });

  it('translates something: no language but English repeats the English section headings', () => {
    for (const language of PREP_LANGUAGES.filter((l) => l !== 'en')) {
      for (const [id, heading] of Object.entries(PREP_STRINGS[language].sections)) {
        expect(heading, `${language}.${id}`).not.toBe(PREP_STRINGS.en.sections[id as keyof typeof PREP_STRINGS.en.sections]);
      }
    }
  });
});
