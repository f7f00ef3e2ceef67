/** Options page: goals by hand (add, edit, delete with undo), seen in the sidebar. */
import { describe, expect, it } from 'vitest';
import { sidebarFrame, REVIEW_URL, reviewSessionPerFile } from './harness';

const session = reviewSessionPerFile();

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
    await options.locator('.goal-form').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('alert').innerText()).toContain('Actual must be a number');

    await options.fill('#goal-actual', '92,5');
    await options.locator('.goal-form').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('[data-testid="goal-list"]').innerText()).toContain('Reduce cloud costs');
    // (92.5 − 100) / (80 − 100) = 37.5 % of the way from baseline to target.
    await expect.poll(() => sidebar.locator('[data-testid="goals"]').innerText()).toContain('38% achieved');
    await expect(sidebar.locator('[data-testid="goals"]').innerText()).resolves.toContain('Target: 80 k€');

    await options.getByRole('button', { name: 'Edit “Reduce cloud costs”' }).click();
    // The form puts the focus on its title once open: fill the next field only after that.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('goal-title');
    await options.fill('#goal-actual', '78');
    await options.selectOption('#goal-status', 'achieved');
    await options.locator('.goal-form').getByRole('button', { name: 'Save' }).click();
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

  it('keeps key results and evidence, and starts the next cycle with the unfinished goals', async () => {
    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.getByRole('button', { name: 'Add a goal' }).click();
    await options.fill('#goal-title', 'Launch the partner programme');
    await options.selectOption('#goal-kind', 'qualitative');
    await options.selectOption('#goal-status', 'on_track');
    await options.fill('#goal-evidence', 'Three partners signed by October');
    await options.getByRole('button', { name: 'Add a key result' }).click();
    await options.getByRole('textbox', { name: 'Key result 1', exact: true }).fill('Sign 5 partners');
    await options.getByRole('textbox', { name: 'Target of key result 1' }).fill('5');
    await options.getByRole('textbox', { name: 'Actual of key result 1' }).fill('three');
    await options.locator('.goal-form').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('alert').innerText()).toContain('Actual of key result 1 must be a number');
    await options.getByRole('textbox', { name: 'Actual of key result 1' }).fill('3');
    await options.locator('.goal-form').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('[data-testid="goal-list"]').innerText()).toContain('Launch the partner programme');
    await options.getByRole('button', { name: 'Edit “Launch the partner programme”' }).click();
    expect(await options.inputValue('#goal-evidence')).toBe('Three partners signed by October');
    expect(await options.getByRole('textbox', { name: 'Actual of key result 1' }).inputValue()).toBe('3');
    await options.getByRole('button', { name: 'Cancel' }).click();

    const currentYear = await options.locator('#cycle-current option:checked').innerText();
    await options.getByText('Start the next review cycle').click();
    await options.fill('#cycle-label', 'Next year');
    await options.getByRole('button', { name: 'Start the cycle' }).click();
    await expect.poll(() => options.locator('#cycles-heading ~ .status').innerText()).toMatch(/Started review Next year; \d+ unfinished goals? moved into it\./);
    await expect.poll(() => sidebar.locator('.sidebar-header').innerText()).toContain('Review Next year');
    await expect.poll(() => sidebar.locator('[data-testid="goals"]').innerText()).toContain('Launch the partner programme');
    // Achieved goals stay in the cycle that evaluated them.
    expect(await sidebar.locator('[data-testid="goals"]').innerText()).not.toContain('Reduce cloud costs');
    await options.selectOption('#cycle-current', { label: currentYear });
    await expect.poll(() => sidebar.locator('[data-testid="goals"]').innerText()).toContain('Reduce cloud costs');
    await options.close();
    await page.close();
  });
});

