/** The sidebar on the review page: goals with their notes, and drafted paragraphs inserted where the user writes. */
import { describe, expect, it } from 'vitest';
import { hasSidebarHost, REVIEW_URL, sidebarFrame, reviewSessionPerFile } from './harness';
import { addGoal } from './pages';

const session = reviewSessionPerFile();

describe('sidebar', () => {
  it('inserts a drafted "Results against objectives" paragraph into a textarea and a contenteditable field', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await addGoal(options, { title: 'Grow recurring revenue', unit: 'k€', target: '150', actual: '120' });
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

    // A part of the review as one paragraph, from its group of notes.
    await page.locator('#goals-comment').click();
    await sidebar.getByRole('button', { name: 'Insert as one paragraph: Successes' }).click();
    await expect.poll(() => page.evaluate(() => (window as any).formModel.goals)).toContain('What went well this year: Signed ACME in March.');
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

  it('pins a note to the top, keeps it pinned after reload, and unpins it', async () => {
    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    let sidebar = await sidebarFrame(page);
    await sidebar.locator('[data-testid="notes"]').getByRole('button', { name: 'Pin “Signed ACME in March” to the top' }).click();
    const pinned = () => sidebar.getByRole('region', { name: 'Pinned' });
    await expect.poll(() => pinned().locator('[data-testid="pinned-notes"]').innerText()).toContain('Signed ACME in March');
    // Insert from the pinned section works like anywhere else.
    await page.locator('#overall').click();
    await pinned().getByRole('button', { name: /Insert into the form: Signed ACME/ }).click();
    await expect.poll(() => page.evaluate(() => (window as any).formModel.overall)).toContain('Signed ACME in March');

    await page.reload();
    sidebar = await sidebarFrame(page);
    await expect.poll(() => pinned().locator('[data-testid="pinned-notes"]').innerText()).toContain('Signed ACME in March');
    await pinned().getByRole('button', { name: 'Unpin “Signed ACME in March”' }).click();
    await expect.poll(() => sidebar.getByRole('region', { name: 'Pinned' }).count()).toBe(0);
    await page.close();
  });

  it('ticks an own question as asked during the interview, and the outcome form knows it', async () => {
    const prep = await session.context.newPage();
    await prep.goto(session.url('prep.html'));
    await prep.fill('#own-question', 'Which budget is there for the negotiation course?');
    await prep.getByRole('button', { name: 'Add' }).click();
    await prep.locator('[data-testid="own-questions"] li', { hasText: 'negotiation course' }).waitFor();

    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    const asked = sidebar.getByRole('checkbox', { name: /^Asked: Which budget is there for the negotiation course/ });
    await asked.check();
    await expect.poll(() => sidebar.locator('[data-testid="questions"] li.asked').innerText()).toContain('negotiation course');

    await prep.reload();
    const answer = prep.locator('.answer', { hasText: 'negotiation course' });
    await expect.poll(() => answer.getByRole('checkbox').isChecked()).toBe(true);
    await prep.close();
    await page.close();
  });

  it("works from the browser's side panel: no sidebar on the page, insertion into the panel's tab", async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.getByRole('radio', { name: /In the browser’s side panel/ }).check();
    await options.getByText('Saved: applies to the next review page you open.').waitFor();
    await expect.poll(() => options.getByRole('checkbox', { name: 'Open it by itself on recognised review pages' }).isDisabled()).toBe(true);
    await options.close();

    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    await page.locator('#goals-comment').waitFor();
    // The panel page, shown on its own (a headless browser has no side panel to press open): it
    // works on the active tab of the last focused normal window, the review page.
    const opened = session.context.waitForEvent('page');
    await session.worker.evaluate(async (url) => void (await (globalThis as any).chrome.windows.create({ url, type: 'popup' })), session.url('sidebar.html'));
    const panel = await opened;
    await panel.locator('.sidebar [data-testid="goals"]').waitFor();
    expect(await hasSidebarHost(page)).toBe(false);
    expect(await panel.getByRole('button', { name: 'Close the sidebar' }).count()).toBe(0);

    await panel.locator('#insert-target').focus();
    await expect.poll(() => panel.locator('#insert-target option').allInnerTexts()).toContain('Goals – Comment');
    await panel.locator('#insert-target').selectOption({ label: 'Goals – Comment' });
    await panel.getByRole('button', { name: 'Insert a summary of “Grow recurring revenue”' }).click();
    await expect.poll(() => page.evaluate(() => (window as any).formModel.goals)).toContain('Grow recurring revenue: 120 k€');
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('Inserted into the form.');

    // Back to the sidebar on the page.
    const restore = await session.context.newPage();
    await restore.goto(session.url('options.html'));
    await restore.getByRole('radio', { name: 'On the review page' }).check();
    await restore.getByText('Saved: applies to the next review page you open.').waitFor();
    await restore.close();
    await panel.close();
    await page.reload();
    await sidebarFrame(page);
    await page.close();
  });
});
