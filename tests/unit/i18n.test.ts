import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');
const LANGUAGES = ['en', 'nl', 'fr', 'de'];

type Catalogue = Record<string, { message: string; description?: string }>;
const catalogue = (language: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(entry.name) ? [path] : [];
  });
}

describe('translations', () => {
  const english = catalogue('en');

  it('exist for exactly the four languages', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every key, no extra key, no empty message and the same placeholders', (language) => {
    const messages = catalogue(language);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), `${language}/${key}`).not.toBe('');
      const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort().join();
      expect(placeholders(message), `${language}/${key}`).toBe(placeholders(english[key]!.message));
    }
  });

  it('cover every key the code uses, and the code uses every key', () => {
    const used = new Set<string>();
    for (const file of ['entrypoints', 'components', 'utils'].flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1]!);
      // Keys kept in lookup tables (`empty: 'siteErrorEmpty'`): any quoted key counts.
      for (const match of text.matchAll(/'([A-Za-z][A-Za-z0-9_]*)'/g)) if (Object.hasOwn(english, match[1]!)) used.add(match[1]!);
    }
    for (const key of used) expect(english, `missing key ${key}`).toHaveProperty(key);
    // A message's "one" form (tCount) is used with it.
    for (const key of [...used]) if (Object.hasOwn(english, `${key}One`)) used.add(`${key}One`);
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    for (const match of config.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1]!);
    const unused = Object.keys(english).filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });
});

describe('a language chosen in the options', () => {
  it('replaces the browser’s, with substitutions; auto or an unreadable catalogue falls back', async () => {
    const { applyLanguage, requestedLanguage, t, uiLanguage } = await import('@/utils/i18n');
    const nl = catalogue('nl');
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(nl)));
    await applyLanguage('nl');
    expect(String(fetchSpy.mock.calls[0]![0])).toMatch(/\/_locales\/nl\/messages\.json$/);
    expect(t('sidebarGoals')).toBe(nl.sidebarGoals!.message);
    expect(t('cycleLabel', '2026')).toBe(nl.cycleLabel!.message.replace('$1', '2026'));
    expect(uiLanguage()).toBe('nl');
    fetchSpy.mockRejectedValue(new Error('offline'));
    await applyLanguage('de');
    expect(requestedLanguage()).toBe('de');
    expect(t('sidebarGoals')).toBe('sidebarGoals'); // outside the browser: the key
    await applyLanguage('auto');
    expect(requestedLanguage()).toBe('auto');
    fetchSpy.mockRestore();
  });
});

describe('a message about a number of things (tCount)', () => {
  it('takes the "one" form where the language says one for the count, in every language', async () => {
    const { applyLanguage, tCount } = await import('@/utils/i18n');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const forms = async (language: string) => {
      fetchSpy.mockResolvedValue(new Response(JSON.stringify(catalogue(language))));
      await applyLanguage(language);
      return [0, 1, 2].map((count) => tCount('importCommit', count, String(count)));
    };
    expect(await forms('en')).toEqual(['Import 0 goals', 'Import 1 goal', 'Import 2 goals']);
    expect(await forms('nl')).toEqual(['0 doelen importeren', '1 doel importeren', '2 doelen importeren']);
    // French says "one" for 0 too.
    expect(await forms('fr')).toEqual(['Importer 0 objectif', 'Importer 1 objectif', 'Importer 2 objectifs']);
    expect(await forms('de')).toEqual(['0 Ziele importieren', '1 Ziel importieren', '2 Ziele importieren']);
    await applyLanguage('auto');
    fetchSpy.mockRestore();
  });

  it('gives every "one" form its own wording in every language', () => {
    const english = catalogue('en');
    const counted = Object.keys(english).filter((key) => key.endsWith('One') && Object.hasOwn(english, key.slice(0, -3)));
    expect(counted.length).toBeGreaterThanOrEqual(7);
    for (const language of ['nl', 'fr', 'de']) {
      const messages = catalogue(language);
      for (const key of counted) expect(messages[key]!.message, `${language}/${key}`).not.toBe(messages[key.slice(0, -3)]!.message);
    }
  });
});

describe('a page the browser gave no catalogue', () => {
  it('reads the browser language’s own file instead of showing message keys', async () => {
    const { applyLanguage, t } = await import('@/utils/i18n');
    const { fakeBrowser } = await import('wxt/testing');
    const en = catalogue('en');
    // The browser's i18n answers nothing (Chromium, a page opened while the extension still loads).
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(en)));
    await applyLanguage('auto');
    expect(String(fetchSpy.mock.calls[0]![0])).toMatch(/\/_locales\/en\/messages\.json$/);
    expect(t('sidebarGoals')).toBe(en.sidebarGoals!.message);
    // A working catalogue is used as it is: nothing fetched.
    getMessage.mockReturnValue('Review Companion');
    fetchSpy.mockClear();
    await applyLanguage('auto');
    expect(fetchSpy).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
