/** The popup during the year: drafts survive closing, quick win/difficulty, a date, edit, delete and undo. */
import { describe, expect, it } from 'vitest';
import { sessionPerFile } from './harness';

const session = sessionPerFile();

const latest = (page: import('playwright-core').Page) => page.locator('[data-testid="latest-notes"]');

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
});
