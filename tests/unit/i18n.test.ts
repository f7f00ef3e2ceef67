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
