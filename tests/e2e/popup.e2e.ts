/** The popup during the year: drafts survive closing, quick win/difficulty, a date, edit, delete and undo. */
import { describe, expect, it } from 'vitest';
import { holdRequests, sessionPerFile } from './harness';

const session = sessionPerFile();

const latest = (page: import('playwright-core').Page) => page.locator('[data-testid="latest-notes"]');
const activeId = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.id ?? '');
/** Whether the popup's app has rendered (the note box alone is in popup.html). */
const appRan = async (page: import('playwright-core').Page) => (await page.locator('fieldset').count()) > 0;

/** Opens the popup with its app's module held back until `release()`. */
async function openPopupBeforeApp() {
  const popup = await session.context.newPage();
  const app = await holdRequests(popup, '*/chunks/popup-*');
  await popup.goto(session.url('popup.html'), { waitUntil: 'commit' });
  await expect.poll(() => activeId(popup)).toBe('note-text');
  expect(await appRan(popup)).toBe(false);
  expect(app.held()).toBe(1);
  return { popup, app };
}

describe('popup', () => {
  it('keeps a draft when closed, saves quick wins with a date, edits, deletes and undoes', async () => {
    let popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('note-text');
    await popup.keyboard.type('Half-written thought about the migration');
    await popup.waitForTimeout(300); // a person closes the popup a moment after typing
    await popup.close();

    popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await expect.poll(() => popup.inputValue('#note-text')).toBe('Half-written thought about the migration');
    await popup.fill('#note-date', '2026-03-14');
    await popup.getByRole('button', { name: 'Save as a win' }).click();
    await expect.poll(() => latest(popup).innerText()).toContain('Half-written thought about the migration');
    expect(await latest(popup).innerText()).toContain('Successes');
    expect(await latest(popup).innerText()).toContain('Mar 14, 2026');
    expect(await popup.inputValue('#note-text')).toBe('');
    await popup.close();

    popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await popup.locator('[data-testid="latest-notes"] li').first().waitFor();
    expect(await popup.inputValue('#note-text')).toBe(''); // the draft went with the save
    await popup.fill('#note-text', 'Hiring freeze slowed the pipeline');
    await popup.getByRole('button', { name: 'Save as a difficulty' }).click();
    await expect.poll(() => latest(popup).innerText()).toContain('Difficulties');
    // The chips count the notes of each part.
    await expect.poll(() => popup.locator('label.chip', { has: popup.locator('input[value="successes"]') }).innerText()).toMatch(/Successes\s*1$/);

    await popup.getByRole('button', { name: 'Edit the note “Hiring freeze slowed the pipeline”' }).click();
    await popup.getByRole('textbox', { name: 'Edit the note' }).fill('Hiring freeze slowed the sales pipeline');
    await popup.getByRole('textbox', { name: 'Edit the note' }).press('Control+Enter');
    await expect.poll(() => latest(popup).innerText()).toContain('Hiring freeze slowed the sales pipeline');

    await popup.getByRole('button', { name: 'Delete the note “Hiring freeze slowed the sales pipeline”' }).click();
    await expect.poll(() => latest(popup).innerText()).not.toContain('Hiring freeze');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => latest(popup).innerText()).toContain('Hiring freeze slowed the sales pipeline');
    await popup.close();
  });

  it('takes keys the moment it opens, before its app runs: the app keeps the text, the caret, the focus and an early Ctrl+Enter', async () => {
    // A draft left from before: what is typed now wins over it.
    let popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await popup.locator('fieldset').waitFor();
    await popup.locator('#note-text').fill('An older draft');
    await popup.waitForTimeout(300);
    await popup.close();

    let app;
    ({ popup, app } = await openPopupBeforeApp());
    // Named in the browser's language before the app runs.
    await expect.poll(() => popup.locator('label[for="note-text"]').innerText()).toBe('Note');
    await popup.keyboard.type('Typed before the app ran');
    expect(await appRan(popup)).toBe(false);
    await app.release();
    await popup.locator('fieldset').waitFor();
    await popup.waitForTimeout(300); // the draft is read meanwhile
    expect(await popup.inputValue('#note-text')).toBe('Typed before the app ran');
    expect(await activeId(popup)).toBe('note-text');
    expect(await popup.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionStart)).toBe('Typed before the app ran'.length);
    await popup.keyboard.type('!');
    expect(await popup.inputValue('#note-text')).toBe('Typed before the app ran!');
    await popup.close();

    // Ctrl+Enter before the app runs: saved once the app runs, once.
    ({ popup, app } = await openPopupBeforeApp());
    await popup.keyboard.type('Saved before the app ran');
    await popup.keyboard.press('Control+Enter');
    expect(await popup.inputValue('#note-text')).toBe('Saved before the app ran');
    await app.release();
    await expect.poll(() => latest(popup).innerText()).toContain('Saved before the app ran');
    expect(await popup.inputValue('#note-text')).toBe('');
    expect(await activeId(popup)).toBe('note-text');
    expect(await latest(popup).locator('li', { hasText: 'Saved before the app ran' }).count()).toBe(1);
    await popup.close();

    // The draft went with the note.
    popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await popup.locator('[data-testid="latest-notes"] li').first().waitFor();
    await popup.waitForTimeout(200);
    expect(await popup.inputValue('#note-text')).toBe('');
    await popup.close();
  });
});
