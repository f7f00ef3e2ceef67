/**
 * The user's data: backup → delete everything → restore gives it back; a
 * corrupted backup is refused and changes nothing; exports download files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REVIEW_URL, sidebarFrame, reviewSessionPerFile } from './harness';
import { DB_VERSION } from '@/utils/db/schema';
import { addGoal, jotNote } from './pages';

const session = reviewSessionPerFile();

describe('your data', () => {
  it('backs up, refuses a corrupted backup, deletes everything, and restores', async () => {
    await jotNote(session, 'Presented the roadmap to the board');
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await addGoal(options, { title: '=SUM(A1) revenue goal' });

    const [backupFile] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download a backup' }).click()]);
    const backupText = readFileSync((await backupFile.path())!, 'utf8');
    expect(JSON.parse(backupText)).toMatchObject({ format: 'review-companion-backup', version: DB_VERSION });
    expect(backupText).toContain('Presented the roadmap to the board');

    const [csvFile] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Goals for Excel' }).click()]);
    const csv = readFileSync((await csvFile.path())!, 'utf8');
    expect(csv).toContain(`'=SUM(A1) revenue goal`);

    // A truncated backup: refused, nothing changes.
    await options.locator('#restore-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(backupText.slice(0, 200)) });
    await expect.poll(() => options.locator('.data .status').innerText()).toContain('damaged or incomplete');
    expect(await options.locator('[data-testid="goal-list"]').innerText()).toContain('=SUM(A1) revenue goal');

    // Delete everything: typed confirmation, then the open sidebar shows nothing.
    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    await expect.poll(() => sidebar.locator('[data-testid="notes"]').innerText()).toContain('Presented the roadmap');
    const deleteButton = options.getByRole('button', { name: 'Delete everything' });
    expect(await deleteButton.isDisabled()).toBe(true);
    await options.fill('#delete-confirm', 'delete');
    await deleteButton.click();
    await expect.poll(() => options.locator('.data .status').innerText()).toContain('Everything was deleted');
    // Downloaded backups and exports are the user's files: the message says they stay.
    expect(await options.locator('.data .status').innerText()).toContain('Files you downloaded (backups, exports) are not touched');
    await expect.poll(() => sidebar.locator('.sidebar').innerText()).toContain('No notes yet');
    await expect.poll(() => options.locator('.options').innerText()).toContain('No goals in this review yet');

    // Restore the backup: everything is back.
    await options.locator('#restore-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await expect.poll(() => options.locator('[data-testid="restore-preview"]').innerText()).toContain('goals: 1, notes: 1');
    expect(await options.locator('[data-testid="restore-preview"]').innerText()).toContain('Review cycles: 1');
    await options.getByRole('button', { name: 'Replace everything here' }).click();
    await expect.poll(() => options.locator('.data .status').innerText()).toContain('Restored');
    await expect.poll(() => sidebar.locator('[data-testid="notes"]').innerText()).toContain('Presented the roadmap');
    await expect.poll(() => options.locator('[data-testid="goal-list"]').innerText()).toContain('=SUM(A1) revenue goal');
    await page.close();
    await options.close();
  });
});
