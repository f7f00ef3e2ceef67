import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { addNote, closeDb, DB_NAME, ensureCurrentCycle, siteRules } from '@/utils/db';
import { DatabaseBlockedError, deleteEverything } from '@/utils/db/data';
import { deleteAllData, deleteAllStatus, type DeleteAllApis, type PermissionRequest } from '@/utils/db/delete-all';
import type { SiteRule } from '@/utils/model';
import { CUSTOM_SITES_SCRIPT_ID } from '@/utils/sites';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const HR = 'https://hr.acme.com/*';
const ODOO = 'http://odoo.acme.com/*';
const rule = (pattern: string, enabled = true): SiteRule => ({ pattern, adapterId: 'auto', enabled, createdAt: 1, updatedAt: 1 });

/**
 * The browser's permissions as Chromium handles them: a call that names a
 * required permission is refused whole; `refuse` lists origins whose removal
 * fails for another reason.
 */
function browserPermissions(options: {
  requiredOrigins?: readonly string[];
  requiredPermissions?: readonly string[];
  origins?: readonly string[];
  permissions?: readonly string[];
  refuse?: readonly string[];
}) {
  const required = new Set([...(options.requiredOrigins ?? HOSTED_SUITE_MATCHES), ...(options.requiredPermissions ?? [])]);
  const held = new Set([...(options.origins ?? []), ...(options.permissions ?? [])]);
  const remove = vi.fn(async ({ origins = [], permissions = [] }: PermissionRequest) => {
    const asked = [...origins, ...permissions];
    if (asked.some((name) => required.has(name))) throw new Error('You cannot remove required permissions.');
    if (asked.some((name) => options.refuse?.includes(name))) throw new Error('Permission could not be removed.');
    for (const name of asked) held.delete(name);
    return true;
  });
  const getAll = vi.fn(async () => ({
    origins: [...(options.requiredOrigins ?? HOSTED_SUITE_MATCHES), ...(options.origins ?? [])].filter((name) => required.has(name) || held.has(name)),
    permissions: [...(options.requiredPermissions ?? []), ...(options.permissions ?? [])].filter((name) => required.has(name) || held.has(name)),
  }));
  return { api: { getAll, remove }, held };
}

function apis(permissions: DeleteAllApis['permissions'], rules: SiteRule[], overrides: Partial<DeleteAllApis> = {}): DeleteAllApis & {
  deleteDatabase: ReturnType<typeof vi.fn>;
} {
  const deleteDatabase = vi.fn(async () => undefined);
  return {
    permissions,
    scripting: { unregisterContentScripts: vi.fn(async () => undefined) },
    manifest: { permissions: ['activeTab', 'scripting', 'alarms'], host_permissions: [...HOSTED_SUITE_MATCHES] },
    readSiteRules: async () => rules,
    deleteDatabase,
    ...overrides,
  } as DeleteAllApis & { deleteDatabase: ReturnType<typeof vi.fn> };
}

describe('delete everything: permissions', () => {
  it('removes exactly the custom sites, one call each, never a built-in suite switched off', async () => {
    const { api, held } = browserPermissions({ origins: [HR, ODOO] });
    const result = await deleteAllData(apis(api, [rule(HOSTED_SUITE_MATCHES[0], false), rule(HR), rule(ODOO)]));
    expect(api.remove.mock.calls).toEqual([[{ origins: [ODOO] }], [{ origins: [HR] }]]);
    expect(held.size).toBe(0);
    expect(result).toEqual({ database: 'deleted', sitesRemoved: [ODOO, HR], sitesKept: [], notifications: 'not-held' });
    expect(deleteAllStatus(result)).toEqual({ kind: 'ok', text: 'deleteDone' });
  });

  it('reports a removal that fails by its origin, and still removes the others and deletes the data', async () => {
    const { api, held } = browserPermissions({ origins: [HR, ODOO], refuse: [HR] });
    const options = apis(api, [rule(HR), rule(ODOO)]);
    const result = await deleteAllData(options);
    expect(result.sitesKept).toEqual([HR]);
    expect(result.sitesRemoved).toEqual([ODOO]);
    expect([...held]).toEqual([HR]);
    expect(options.deleteDatabase).toHaveBeenCalledTimes(1);
    expect(deleteAllStatus(result)).toEqual({ kind: 'error', text: 'deleteDone deleteSitesKept(https://hr.acme.com)' });
  });

  it('also removes a site still granted whose rule is gone, and unregisters the custom sites’ script', async () => {
    const { api } = browserPermissions({ origins: [HR, ODOO] });
    const options = apis(api, [rule(HR)]);
    await deleteAllData(options);
    expect(api.remove.mock.calls).toEqual([[{ origins: [ODOO] }], [{ origins: [HR] }]]);
    expect(options.scripting!.unregisterContentScripts).toHaveBeenCalledWith({ ids: [CUSTOM_SITES_SCRIPT_ID] });
  });

  it('removes the notifications permission a reminder asked for', async () => {
    const { api, held } = browserPermissions({ permissions: ['notifications'] });
    const result = await deleteAllData(apis(api, []));
    expect(api.remove.mock.calls).toEqual([[{ permissions: ['notifications'] }]]);
    expect(held.has('notifications')).toBe(false);
    expect(result.notifications).toBe('removed');
  });

  it('leaves notifications alone where they are not held or the build requires them, and says when removing fails', async () => {
    const notHeld = browserPermissions({});
    expect((await deleteAllData(apis(notHeld.api, []))).notifications).toBe('not-held');
    expect(notHeld.api.remove).not.toHaveBeenCalled();

    const required = browserPermissions({ requiredPermissions: ['notifications'] });
    const manifest = { permissions: ['notifications'], host_permissions: [...HOSTED_SUITE_MATCHES] };
    expect((await deleteAllData(apis(required.api, [], { manifest }))).notifications).toBe('not-held');
    expect(required.api.remove).not.toHaveBeenCalled();

    const refused = browserPermissions({ permissions: ['notifications'], refuse: ['notifications'] });
    const result = await deleteAllData(apis(refused.api, []));
    expect(result.notifications).toBe('kept');
    expect(deleteAllStatus(result)).toEqual({ kind: 'error', text: 'deleteDone deleteNotificationsKept' });
  });
});

describe('delete everything: the database', () => {
  it('deletes it with this page’s own connection open', async () => {
    const cycle = await ensureCurrentCycle();
    await addNote(cycle.id, { part: 'successes', text: 'Shipped the release' });
    await deleteEverything();
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('gives up after a bounded wait with a clear message when another page keeps it open', async () => {
    await ensureCurrentCycle();
    // A page that does not close on versionchange (an older build still open).
    const other = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
    });
    const started = Date.now();
    await expect(deleteEverything({ waitWhenBlockedMs: 150 })).rejects.toBeInstanceOf(DatabaseBlockedError);
    expect(Date.now() - started).toBeLessThan(1_000);

    const { api } = browserPermissions({});
    const result = await deleteAllData(apis(api, [], { deleteDatabase: () => deleteEverything({ waitWhenBlockedMs: 150 }) }));
    expect(result.database).toBe('blocked');
    expect(deleteAllStatus(result)).toEqual({ kind: 'error', text: 'deleteBlocked' });
    other.close();
  });

  it('finishes when the other page closes its connection within the wait', async () => {
    await ensureCurrentCycle();
    const other = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
    });
    other.onversionchange = () => setTimeout(() => other.close(), 50);
    await deleteEverything({ waitWhenBlockedMs: 1_000 });
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('reads the site rules before the database goes', async () => {
    await siteRules.put(rule(HR));
    // The browser's list does not name it: only the rule says the user added it.
    const { api } = browserPermissions({});
    const result = await deleteAllData(apis(api, [], { readSiteRules: () => siteRules.all(), deleteDatabase: () => deleteEverything() }));
    expect(result).toMatchObject({ database: 'deleted', sitesRemoved: [HR] });
    expect(await indexedDB.databases()).toEqual([]);
  });
});
