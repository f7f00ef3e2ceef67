/** The store folder: listing texts in the four languages, and the privacy policy the extension also shows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App as PrivacyPage, PRIVACY_SECTIONS } from '@/entrypoints/privacy/App';
import { applyLanguage } from '@/utils/i18n';

const ROOT = join(import.meta.dirname, '../..');
const LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
type Catalogue = Record<string, { message: string }>;
const catalogue = (language: string): Catalogue =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', language, 'messages.json'), 'utf8'));

/** The `## Field` sections of a listing file, by field name. */
function listingFields(language: string): Record<string, string> {
  const text = readFileSync(join(ROOT, 'store/listing', `${language}.md`), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const fields: Record<string, string> = {};
  for (const section of text.split(/^## /m).slice(1)) {
    const [name, ...body] = section.split('\n');
    fields[name!.trim()] = body.join('\n').trim();
  }
  return fields;
}

// Chrome Web Store: name ≤ 75, summary (the manifest's description) ≤ 132, description ≤ 16,000 characters.
// addons.mozilla.org: name ≤ 50, summary ≤ 250. The stricter of the two applies.
const LIMITS = { name: 50, short: 132, long: 16_000 };

describe('store listing', () => {
  it.each(LANGUAGES)('%s has a name, a short and a long description within the stores’ limits', (language) => {
    const fields = listingFields(language);
    expect(Object.keys(fields)).toEqual(['Name', 'Short description', 'Description']);
    const { Name: name, 'Short description': short, Description: long } = fields as Record<string, string>;
    expect(name!.length).toBeGreaterThan(0);
    expect([...name!].length).toBeLessThanOrEqual(LIMITS.name);
    expect(short!.length).toBeGreaterThan(40);
    expect([...short!].length).toBeLessThanOrEqual(LIMITS.short);
    expect(short).not.toContain('\n');
    expect(long!.length).toBeGreaterThan(600);
    expect([...long!].length).toBeLessThanOrEqual(LIMITS.long);
    // The stores show plain text: no Markdown emphasis, headings, links or HTML.
    expect(long).not.toMatch(/\*\*|^#|\]\(|<[a-z]/m);
  });

  it.each(LANGUAGES)('%s uses the manifest’s name and description in that language', (language) => {
    const fields = listingFields(language);
    const messages = catalogue(language);
    expect(fields.Name).toBe(messages.extName!.message);
    expect(fields['Short description']).toBe(messages.extDescription!.message);
  });

  it('is written in four different languages', () => {
    const descriptions = LANGUAGES.map((language) => listingFields(language).Description);
    expect(new Set(descriptions).size).toBe(LANGUAGES.length);
  });
});

describe('privacy policy', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  const english = catalogue('en');
  const privacyKeys = Object.keys(english).filter((key) => key.startsWith('privacy'));

  it('in the store folder says word for word what the extension shows in English', () => {
    const policy = readFileSync(join(ROOT, 'store/privacy-policy.md'), 'utf8');
    expect(privacyKeys.length).toBeGreaterThan(10);
    for (const key of privacyKeys) expect(policy, key).toContain(english[key]!.message);
  });

  it('page shows every part of the policy, in the language chosen in the options', async () => {
    // Every privacy message is on the page: the summary, and each section's title and text.
    const shown = ['privacyTitle', 'privacySummary', ...PRIVACY_SECTIONS.flatMap(({ title, text }) => [title, text])];
    expect([...shown].sort()).toEqual([...privacyKeys].sort());

    const french = catalogue('fr');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(french)));
    await applyLanguage('fr');
    render(<PrivacyPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(french.privacyTitle!.message);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(PRIVACY_SECTIONS.map(({ title }) => french[title]!.message));
    for (const { title, text } of PRIVACY_SECTIONS) {
      const section = screen.getByRole('region', { name: french[title]!.message });
      expect(section.textContent).toContain(french[text]!.message);
    }
    expect(document.body.textContent).toContain(french.privacySummary!.message);
    await applyLanguage('auto');
  });
});
