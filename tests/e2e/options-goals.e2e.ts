/** Options page: goals by hand (add, edit, delete with undo), seen in the sidebar. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, sidebarFrame, type ExtensionSession, REVIEW_URL, serveReviewFixture } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await serveReviewFixture(session.context);
});
afterAll(async () => {
  await session?.close();
});

describe('options: goals by hand', () => {
  it('adds, edits, deletes and restores a goal, and the open sidebar follows live', async () => {
    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    await expect.poll(() => sidebar.locator('.sidebar').innerText()).toContain('No goals yet');

    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.getByRole('button', { name: 'Add a goal' }).click();
    // Keyboard only: the title field has focus, the rest is reached with Tab.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('goal-title');
    await options.keyboard.type('Reduce cloud costs');
    await options.selectOption('#goal-direction', 'decrease');
    await options.fill('#goal-unit', 'k€');
    await options.fill('#goal-baseline', '100');
    await options.fill('#goal-target', '80');
    await options.fill('#goal-actual', 'eighty');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('alert').innerText()).toContain('Actual must be a number');

    await options.fill('#goal-actual', '92,5');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('[data-testid="goal-list"]').innerText()).toContain('Reduce cloud costs');
    // (92.5 − 100) / (80 − 100) = 37.5 % of the way from baseline to target.
    await expect.poll(() => sidebar.locator('[data-testid="goals"]').innerText()).toContain('38% achieved');
    await expect(sidebar.locator('[data-testid="goals"]').innerText()).resolves.toContain('Target: 80 k€');

    await options.getByRole('button', { name: 'Edit “Reduce cloud costs”' }).click();
    await options.fill('#goal-actual', '78');
    await options.selectOption('#goal-status', 'achieved');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => sidebar.locator('[data-testid="goals"]').innerText()).toContain('110% achieved');
    await expect(sidebar.locator('[data-testid="goals"]').innerText()).resolves.toContain('Achieved');

    await options.getByRole('button', { name: 'Delete “Reduce cloud costs”' }).click();
    await expect.poll(() => sidebar.locator('.sidebar').innerText()).toContain('No goals yet');
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => sidebar.locator('[data-testid="goals"]').innerText()).toContain('Reduce cloud costs');
    await expect.poll(() => options.locator('[data-testid="goal-list"]').innerText()).toContain('110% achieved');
    await options.close();
    await page.close();
  });
});
