/**
 * A manager's team, end to end in Chromium: two people added in the options,
 * notes about each and about me from the popup (kept apart), a team goals
 * file imported in one go, the team overview, and deleting one person while
 * the other and "me" stay intact.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, sessionPerFile } from './harness';

const session = sessionPerFile();

const TEAM_CSV = ['Employee,Employee ID,Goal,Target,Actual', 'Jane Doe,,Grow revenue,150,140', '"Peeters, Tom",,Cut onboarding time,20,25', 'Ann Smith,E-9,Learn Go,,', ''].join('\n');

const latest = (page: Page) => page.locator('[data-testid="latest-notes"]');

async function addPerson(options: Page, name: string, employeeId = '') {
  await options.getByRole('button', { name: 'Add a person' }).click();
  const form = options.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  if (employeeId) await form.getByLabel('Employee id (optional)').fill(employeeId);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => options.locator('[data-testid="people-list"]').innerText()).toContain(name);
}

async function jot(popup: Page, about: string, text: string) {
  await popup.selectOption('#note-person', { label: about });
  await expect.poll(() => popup.evaluate(() => (document.querySelector('#note-person') as HTMLSelectElement).selectedOptions[0]?.text)).toBe(about);
  await popup.fill('#note-text', text);
  await popup.getByRole('button', { name: 'Save as a win' }).click();
  await expect.poll(() => latest(popup).innerText()).toContain(text);
}

describe('people (a manager preparing the team\'s reviews)', () => {
  it('keeps each person apart from the others and from me, imports a team file, shows the team and deletes one person', async () => {
    // Without people, the popup has no picker at all.
    let popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await expect.poll(() => popup.locator('#note-text').isVisible()).toBe(true);
    expect(await popup.locator('#note-person').count()).toBe(0);
    await popup.close();

    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await addPerson(options, 'Jane Doe', 'E-1');
    await addPerson(options, 'Tom Peeters');

    popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await jot(popup, 'Me', 'My own win: shipped the API');
    await jot(popup, 'Jane Doe', 'Jane closed the ACME deal');
    expect(await latest(popup).innerText()).not.toContain('My own win');
    await jot(popup, 'Tom Peeters', 'Tom mentored two juniors');
    expect(await latest(popup).innerText()).not.toContain('Jane closed');
    await popup.close();

    // The popup remembers whom the last note was about, and the picker is reachable by keyboard.
    popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await expect.poll(() => popup.inputValue('#note-person')).not.toBe('me');
    await expect.poll(() => latest(popup).innerText()).toContain('Tom mentored two juniors');
    await popup.focus('#note-person');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('note-person');
    await popup.selectOption('#note-person', 'me');
    await expect.poll(() => latest(popup).innerText()).toContain('My own win');
    expect(await latest(popup).innerText()).not.toMatch(/Jane closed|Tom mentored/);
    await popup.close();

    // A team goals file: one preview listing the new person, one commit.
    await options.getByLabel('Team file: a column names the person each goal is for').check();
    await options.locator('#import-file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(TEAM_CSV, 'utf8') });
    const plan = options.locator('[data-testid="team-plan"]');
    await expect.poll(() => plan.innerText()).toContain('Ann Smith (new person, created on import): 1 goal');
    expect(await plan.innerText()).toContain('Jane Doe: 1 goal');
    expect(await plan.innerText()).toContain('Tom Peeters: 1 goal');
    await options.getByRole('button', { name: 'Import 3 goals' }).click();
    await expect.poll(() => options.locator('.import .status').innerText()).toContain('Imported — goals: 3, people: 3 (new: 1)');
    await expect.poll(() => options.locator('[data-testid="people-list"]').innerText()).toContain('Ann Smith');
    // Undo takes the whole file back, and the person it created with it; then import it again.
    await options.getByRole('button', { name: 'Undo the import of team.csv' }).click();
    await expect.poll(() => options.locator('[data-testid="people-list"]').innerText()).not.toContain('Ann Smith');
    expect(await options.locator('[data-testid="people-list"]').innerText()).toContain('Jane Doe');
    await options.locator('#import-file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(TEAM_CSV, 'utf8') });
    await options.getByRole('button', { name: 'Import 3 goals' }).click();
    await expect.poll(() => options.locator('[data-testid="people-list"]').innerText()).toContain('Ann Smith');
    // My own goals are untouched.
    expect(await options.locator('[data-testid="goal-list"]').innerText()).not.toMatch(/Grow revenue|Learn Go/);
    // Switching to Jane shows her goal.
    await options.selectOption('#person-switcher', { label: 'Jane Doe' });
    await expect.poll(() => options.locator('[data-testid="goal-list"]').innerText()).toContain('Grow revenue');
    expect(await options.locator('[data-testid="goal-list"]').innerText()).not.toContain('Cut onboarding time');

    // The team overview: everyone, with their progress.
    const team = await session.context.newPage();
    await team.goto(session.url('team.html'));
    const table = team.locator('[data-testid="team"]');
    await expect.poll(() => table.innerText()).toContain('Ann Smith');
    const janeRow = table.locator('tr', { hasText: 'Jane Doe' });
    expect(await janeRow.innerText()).toContain('1 of 1');
    expect(await janeRow.innerText()).toContain('Successes: 1');
    expect(await table.locator('tr', { hasText: 'Ann Smith' }).innerText()).toContain('No notes yet');
    await team.getByLabel('Interview date of Jane Doe').fill('2026-12-15');
    await team.getByLabel('Interview date of Jane Doe').dispatchEvent('change');
    await expect.poll(() => team.getByLabel('Interview date of Jane Doe').inputValue()).toBe('2026-12-15');
    // Accessible with data, in light and dark mode.
    for (const scheme of ['light', 'dark'] as const) {
      await team.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(team), scheme).toEqual([]);
    }
    expect(await axeViolations(options)).toEqual([]);

    // Jane's preparation document is hers only.
    const prep = await session.context.newPage();
    await prep.goto(session.url('prep.html'));
    await expect.poll(() => prep.locator('main').innerText()).toContain('My own win');
    const janeId = await janeRow.getAttribute('data-person');
    await prep.goto(session.url(`prep.html?person=${janeId}`));
    await expect.poll(() => prep.locator('main').innerText()).toContain('Jane closed the ACME deal');
    expect(await prep.locator('main').innerText()).not.toMatch(/My own win|Tom mentored/);
    await prep.close();

    // Delete Tom: he leaves everywhere; Jane and me stay.
    await options.getByRole('button', { name: 'Delete Tom Peeters and everything about them' }).click();
    await expect.poll(() => options.locator('.people .status').innerText()).toContain('Deleted Tom Peeters');
    await expect.poll(() => table.innerText()).not.toContain('Tom Peeters');
    expect(await table.innerText()).toContain('Jane Doe');
    expect(await table.locator('tr', { hasText: 'Jane Doe' }).innerText()).toContain('Successes: 1');
    const stores = await session.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('review-companion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = (store: string) =>
        new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
      const result = { notes: await all('notes'), goals: await all('goals'), people: await all('people') };
      db.close();
      return JSON.stringify(result);
    });
    expect(stores).not.toContain('Tom');
    expect(stores).toContain('Jane closed the ACME deal');
    expect(stores).toContain('My own win: shipped the API');

    popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await popup.selectOption('#note-person', 'me');
    await expect.poll(() => latest(popup).innerText()).toContain('My own win');
    expect(await popup.locator('#note-person').innerText()).not.toContain('Tom');
    await popup.close();
    await team.close();
    await options.close();
  });
});
