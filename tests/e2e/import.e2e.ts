/**
 * Importing goals on the options page, end to end: a European CSV (sep=;,
 * decimal commas, Dutch headers) with a broken row fixed inline, committed,
 * seen in the sidebar on a review page, undone; a malformed file changes
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { REVIEW_URL, sidebarFrame, reviewSessionPerFile } from './harness';
import { addGoal } from './pages';

const CSV = [
  'sep=;',
  'Doel;Streefwaarde;Gerealiseerd;Eenheid;Status;Einddatum',
  'Omzet verhogen;150;140,5;k€;Gedeeltelijk;31/12/2026',
  ';10;8;;;',
  'Klanttevredenheid;8,5;8,7;;Behaald;15/06/2026',
  '',
].join('\r\n');

const session = reviewSessionPerFile();

describe('import goals', () => {
  it('previews, fixes a row, commits atomically, shows the goals in the sidebar and undoes', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.locator('#import-file').setInputFiles({ name: 'doelen-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    const preview = options.locator('[data-testid="import-preview"]');
    await expect.poll(() => preview.innerText()).toContain('Row 2');
    // The broken row (no title) is shown with its problem, named by row and column, and cannot be imported as is.
    await expect.poll(() => options.getByRole('button', { name: 'Import 2 goals' }).isEnabled()).toBe(true);
    await options.getByRole('textbox', { name: 'Title for row 2' }).fill('Kosten verlagen');
    await options.locator('form.fix').getByRole('button', { name: 'Fix' }).click();
    await options.getByRole('radio', { name: /All rows/ }).check();
    await expect.poll(() => preview.innerText()).toContain('Omzet verhogen');
    expect(await preview.innerText()).toContain('140.5 k€');
    await options.getByRole('button', { name: 'Import 3 goals' }).click();
    await expect.poll(() => options.locator('.import .status').innerText()).toContain('Imported: 3 new, 0 updated, 0 skipped.');

    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    await expect.poll(() => sidebar.locator('[data-testid="goals"]').innerText()).toContain('Omzet verhogen');
    expect(await sidebar.locator('[data-testid="goals"]').innerText()).toContain('Kosten verlagen');
    expect(await sidebar.locator('[data-testid="goals"]').innerText()).toContain('Klanttevredenheid');

    // Re-importing the same file does not duplicate: the goals are updated (or skipped).
    await options.locator('#import-file').setInputFiles({ name: 'doelen-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await expect.poll(() => options.getByRole('button', { name: 'Import 2 goals' }).isVisible()).toBe(true);
    await options.selectOption('#import-duplicates', 'skip');
    await options.getByRole('button', { name: 'Import 2 goals' }).click();
    await expect.poll(() => options.locator('.import .status').innerText()).toContain('Imported: 0 new, 0 updated, 2 skipped.');
    expect(await options.locator('[data-testid="goal-list"] li').count()).toBe(3);

    // Undo the first import: its goals leave, live, from the sidebar too.
    await options.getByRole('button', { name: 'Undo the import of doelen-2026.csv' }).last().click();
    await expect.poll(() => sidebar.locator('.sidebar').innerText()).toContain('No goals yet');
    await page.close();
    await options.close();
  });

  it('refuses a malformed file with a clear reason and keeps the goals already stored', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await addGoal(options, { title: 'Kept goal' });

    // An old binary Excel file (OLE container) named .xlsx.
    const legacyXls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await options.locator('#import-file').setInputFiles({ name: 'goals.xlsx', mimeType: 'application/octet-stream', buffer: legacyXls });
    await expect.poll(() => options.locator('.import .status').innerText()).toMatch(/cannot be imported: .+ Nothing was changed\./);
    expect(await options.locator('[data-testid="import-preview"]').count()).toBe(0);
    expect(await options.locator('[data-testid="goal-list"]').innerText()).toContain('Kept goal');
    await options.close();
  });
});
