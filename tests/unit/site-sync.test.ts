import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncSites } from '@/entrypoints/background/sites';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { closeDb, getDb } from '@/utils/db';
import { CUSTOM_SITES_SCRIPT_ID } from '@/utils/sites';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** Roughly the browser's own grammar: a pattern it cannot parse fails the whole call. */
const BROWSER_PATTERN = /^(\*|https?):\/\/(\*|(\*\.)?[^/*:]+)(:\d+)?\/.*$/;
function refuseInvalid(patterns: readonly string[]) {
  const bad = patterns.find((pattern) => !BROWSER_PATTERN.test(pattern));
  if (bad !== undefined) throw new Error(`Invalid url pattern '${bad}'`);
}

/** A site rule as a restored backup of an older version may have left it: written straight to the store, not validated. */
async function storeRaw(pattern: string, enabled = true) {
  await (await getDb()).put('siteRules', { pattern, adapterId: 'auto', enabled, createdAt: 1, updatedAt: 1 });
}

function browserLike() {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => {
    refuseInvalid(origins);
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    refuseInvalid(scripts.flatMap((script) => script.matches ?? []));
  });
  return { register };
}

describe('site sync', () => {
  it('skips a rule with an invalid pattern and still registers the others', async () => {
    const { register } = browserLike();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await storeRaw('https://hr.acme.com/*');
    await storeRaw('hr.broken.example');
    await storeRaw('https://odoo.acme.com/*');
    await storeRaw(HOSTED_SUITE_MATCHES[0], false);

    await expect(syncSites()).resolves.toEqual(['https://hr.acme.com/*', 'https://odoo.acme.com/*']);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register.mock.calls[0]![0]).toEqual([
      expect.objectContaining({ id: CUSTOM_SITES_SCRIPT_ID, matches: ['https://hr.acme.com/*', 'https://odoo.acme.com/*'] }),
    ]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('skipped'), ['hr.broken.example']);
  });

  it('registers nothing, and does not fail, when the only custom rule is invalid', async () => {
    const { register } = browserLike();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await storeRaw('https://hr.acme.com/web/*');
    await expect(syncSites()).resolves.toEqual([]);
    expect(register).not.toHaveBeenCalled();
  });
});
