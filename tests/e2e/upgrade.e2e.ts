/**
 * A database upgrade while extension pages are open: the popup, the options
 * page and a sidebar (as a tab) must not hold it up, and each must work on
 * afterwards. The upgrade stands for a newer version of the extension (its
 * next migration): another extension page opens the database at the next
 * version with an upgrade that adds a store and changes no data.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sessionPerFile } from './harness';
import { addGoal } from './pages';

const session = sessionPerFile();

const DB_NAME = 'review-companion';
const latest = (page: Page) => page.locator('[data-testid="latest-notes"]');

async function saveInPopup(popup: Page, text: string): Promise<void> {
  await popup.locator('#note-text').fill(text);
  await popup.locator('#note-text').press('Control+Enter');
}

describe('a database upgrade with pages open', () => {
  it('is not blocked by them, and every page works on', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await addGoal(options, { title: 'Grow recurring revenue' });

    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await saveInPopup(popup, 'Noted before the upgrade');
    await expect.poll(() => latest(popup).innerText()).toContain('Noted before the upgrade');

    const sidebar = await session.context.newPage();
    await sidebar.goto(session.url('sidebar.html'));
    await expect.poll(() => sidebar.locator('[data-testid="notes"]').innerText()).toContain('Noted before the upgrade');

    // Another extension page upgrades the database to the next version.
    const upgrader = await session.context.newPage();
    await upgrader.goto(session.url('prep.html'));
    await upgrader.locator('.prep').waitFor();
    const upgrade = await upgrader.evaluate(async (name) => {
      const current = (await indexedDB.databases()).find((database) => database.name === name)?.version ?? 0;
      const started = performance.now();
      let blocked = false;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, current + 1);
        request.onupgradeneeded = () => {
          // A next migration that only adds: nothing existing changes.
          request.result.createObjectStore('upgradeProbe');
        };
        request.onblocked = () => (blocked = true);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        setTimeout(() => reject(new Error('The upgrade did not finish within 10 s')), 10_000);
      });
      const stores = [...db.objectStoreNames];
      db.close();
      return { from: current, to: db.version, ms: performance.now() - started, blocked, stores };
    }, DB_NAME);
    expect(upgrade.to).toBe(upgrade.from + 1);
    expect(upgrade.ms, `upgrade took ${Math.round(upgrade.ms)} ms (blocked event: ${upgrade.blocked})`).toBeLessThan(2_000);
    expect(upgrade.stores).toEqual(expect.arrayContaining(['cycles', 'goals', 'notes', 'settings', 'upgradeProbe']));

    // The popup saves a note, without a reload.
    await saveInPopup(popup, 'Noted after the upgrade');
    await expect.poll(() => latest(popup).innerText()).toContain('Noted after the upgrade');
    expect(await popup.locator('[role="status"]').innerText()).toBe('Note saved.');

    // The options page still lists the goals, adds one, and lists them after a reload.
    expect(await options.locator('[data-testid="goal-list"]').innerText()).toContain('Grow recurring revenue');
    await addGoal(options, { title: 'Mentor two new colleagues' });
    await options.reload();
    await expect.poll(() => options.locator('[data-testid="goal-list"]').innerText()).toContain('Mentor two new colleagues');
    expect(await options.locator('[data-testid="goal-list"]').innerText()).toContain('Grow recurring revenue');

    // The sidebar (its data comes through the background) shows the new note, and after a reload too.
    await expect.poll(() => sidebar.locator('[data-testid="notes"]').innerText()).toContain('Noted after the upgrade');
    await sidebar.reload();
    await expect.poll(() => sidebar.locator('[data-testid="notes"]').innerText()).toContain('Noted before the upgrade');

    // Nothing was lost: the database is at the new version with all the notes.
    const after = await upgrader.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const notes = await new Promise<{ text: string }[]>((resolve, reject) => {
        const request = db.transaction('notes').objectStore('notes').getAll();
        request.onsuccess = () => resolve(request.result as { text: string }[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return { version: db.version, notes: notes.map((note) => note.text).sort() };
    }, DB_NAME);
    expect(after).toEqual({ version: upgrade.to, notes: ['Noted after the upgrade', 'Noted before the upgrade'] });

    for (const page of [upgrader, sidebar, popup, options]) await page.close();
  });
});
