/** The sidebar on the review page: goals with their notes, and drafted paragraphs inserted where the user writes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, REVIEW_URL, serveReviewFixture, sidebarFrame, type ExtensionSession } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
  await serveReviewFixture(session.context);
});
afterAll(async () => {
  await session?.close();
});

describe('sidebar', () => {
  it('inserts a drafted "Results against objectives" paragraph into a textarea and a contenteditable field', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.getByRole('button', { name: 'Add a goal' }).click();
    await options.fill('#goal-title', 'Grow recurring revenue');
    await options.fill('#goal-unit', 'k€');
    await options.fill('#goal-target', '150');
    await options.fill('#goal-actual', '120');
    await options.locator('.goal-form').getByRole('button', { name: 'Save' }).click();
    await options.locator('[data-testid="goal-list"] li', { hasText: 'Grow recurring revenue' }).waitFor();
    await options.close();

    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await popup.selectOption('#note-goal', { label: 'Grow recurring revenue' });
    await popup.fill('#note-text', 'Signed ACME in March');
    await popup.getByRole('button', { name: 'Save as a win' }).click();
    await popup.locator('[data-testid="latest-notes"] li', { hasText: 'Signed ACME' }).waitFor();
    await popup.close();

    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    // The goal shows its note.
    await expect.poll(() => sidebar.locator('[data-testid="goals"]').innerText()).toContain('Signed ACME in March');

    const expected = 'Grow recurring revenue: 120 k€ against a target of 150 k€, 80% of the objective. For example: Signed ACME in March.';
    await page.locator('#goals-comment').click();
    await sidebar.getByRole('button', { name: /Insert “Results against objectives”/ }).click();
    await expect.poll(() => page.evaluate(() => (window as any).formModel.goals)).toBe(expected);

    await page.locator('#overall').click();
    await sidebar.getByRole('button', { name: 'Insert a summary of “Grow recurring revenue”' }).click();
    await expect.poll(() => page.evaluate(() => (window as any).formModel.overall.trim())).toBe(expected);
    await page.close();
  });

  it('suggests questions from the goals, says why, and lets the user keep or hide them on the preparation page', async () => {
    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    // "Grow recurring revenue" is at 80 % of its target (first test): questions about obstacles and support, naming it.
    await expect.poll(() => sidebar.locator('[data-testid="questions"]').innerText()).toContain('Grow recurring revenue');

    const prep = await session.context.newPage();
    await prep.goto(session.url('prep.html'));
    const suggested = prep.locator('[data-testid="suggested-questions"] li');
    await suggested.first().waitFor();
    const first = (await suggested.first().locator('.note-text').innerText()).trim();
    await suggested.first().getByRole('button', { name: 'Keep this question' }).click();
    await expect.poll(() => prep.locator('[data-testid="own-questions"]').innerText()).toContain(first);
    await expect.poll(() => prep.locator('section.section-questions').innerText()).toContain(first);

    const second = (await suggested.first().locator('.note-text').innerText()).trim();
    expect(second).not.toBe(first);
    await suggested.first().getByRole('button', { name: /Don't suggest again/ }).click();
    await expect.poll(() => prep.locator('[data-testid="suggested-questions"]').innerText()).not.toContain(second);
    await expect.poll(() => sidebar.locator('[data-testid="questions"]').innerText()).not.toContain(second);
    // The kept question is the user's own now, in the sidebar too.
    await expect.poll(() => sidebar.locator('[data-testid="questions"]').innerText()).toContain(first);
    await prep.close();
    await page.close();
  });
});

