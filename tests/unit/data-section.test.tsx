import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSection } from '@/entrypoints/options/DataSection';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { addNote, ensureCurrentCycle, siteRules } from '@/utils/db';
import { exportAll } from '@/utils/db/data';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

const HR = 'https://hr.acme.com/*';
const ODOO = 'https://odoo.acme.com/*';

/** Chromium refuses a whole `permissions.remove` call that names a required (built-in) pattern. */
function stubBrowser(refuse: string[] = []) {
  const manifest = { manifest_version: 3, name: 'x', version: '1', permissions: ['activeTab', 'scripting'], host_permissions: [...HOSTED_SUITE_MATCHES] };
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest as never);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [...HOSTED_SUITE_MATCHES, HR, ODOO], permissions: ['activeTab', 'scripting', 'notifications'] } as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined);
  return vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [], permissions = [] }) => {
    const asked: string[] = [...origins, ...permissions];
    if (asked.some((name) => (HOSTED_SUITE_MATCHES as readonly string[]).includes(name))) throw new Error('You cannot remove required permissions.');
    if (asked.some((name) => refuse.includes(name))) throw new Error('Permission could not be removed.');
    return true;
  });
}

async function seedAndDelete() {
  const cycle = await ensureCurrentCycle();
  await addNote(cycle.id, { part: 'successes', text: 'Won the tender' });
  const now = Date.now();
  // The user switched Workday off and added two sites of their own.
  await siteRules.put({ pattern: HOSTED_SUITE_MATCHES[0], adapterId: 'workday', enabled: false, createdAt: now, updatedAt: now });
  for (const pattern of [HR, ODOO]) await siteRules.put({ pattern, adapterId: 'auto', enabled: true, createdAt: now, updatedAt: now });
  render(<DataSection cycle={cycle} />);
  // Outside the browser, t() shows message keys: the confirmation word is its key.
  fireEvent.input(screen.getByLabelText(/^deleteLabel/), { target: { value: 'deleteConfirmWord' } });
  fireEvent.click(screen.getByRole('button', { name: 'deleteButton' }));
}

describe('options › delete everything', () => {
  it('removes access to each custom site and notifications, leaves built-in suites alone, deletes the data', async () => {
    const remove = stubBrowser();
    await seedAndDelete();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('deleteDone'));
    expect(remove.mock.calls).toEqual([[{ origins: [HR] }], [{ origins: [ODOO] }], [{ permissions: ['notifications'] }]]);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('names the site whose access could not be removed', async () => {
    const remove = stubBrowser([ODOO]);
    await seedAndDelete();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('deleteDone deleteSitesKept(https://odoo.acme.com)'));
    expect(remove).toHaveBeenCalledWith({ origins: [HR] });
  });
});

describe('options › restore', () => {
  it('names the site rules it leaves out because their pattern is not a site', async () => {
    const cycle = await ensureCurrentCycle();
    const backup = await exportAll();
    const site = (pattern: string) => ({ pattern, adapterId: 'auto', enabled: true, createdAt: 1, updatedAt: 1 });
    const text = JSON.stringify({ ...backup, stores: { ...backup.stores, siteRules: [site(HR), site('hr.broken.example')] } });
    render(<DataSection cycle={cycle} />);
    const input = screen.getByLabelText('restoreLabel') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('restore-dropped').textContent).toBe('restoreSitesDropped(hr.broken.example)'));
  });
});
