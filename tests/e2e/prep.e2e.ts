/**
 * The preparation document and the interview's outcome: notes and goals →
 * prep.html shows the seed's six parts; the outcome is recorded, the next
 * cycle starts with the agreed objectives, which the sidebar then shows as
 * last year's goals.
 */
import { describe, expect, it } from 'vitest';
import { addGoal, pickPart } from './pages';
import { REVIEW_URL, sidebarFrame, reviewSessionPerFile } from './harness';

const session = reviewSessionPerFile();

async function note(text: string, part: string) {
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html'));
  await pickPart(popup, part);
  await popup.fill('#note-text', text);
  await popup.press('#note-text', 'Control+Enter');
  await popup.locator('[data-testid="latest-notes"] li', { hasText: text }).waitFor();
  await popup.close();
}

describe('preparation document and outcome', () => {
  it('renders the six parts from goals and notes, with empty parts saying what to prepare', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await addGoal(options, { title: 'Reduce cloud costs', direction: 'decrease', unit: 'k€', target: '80', actual: '75' });
    await options.close();
    await note('Moved batch jobs to spot instances', 'successes');
    await note('Need a negotiation course', 'training');
    await note('Ask for a 6 % raise', 'salary');
    await note('Which team could I lead next year?', 'question');

    const prep = await session.context.newPage();
    await prep.goto(session.url('prep.html'));
    const doc = prep.locator('[data-testid="prep-document"]');
    await expect.poll(() => doc.innerText()).toContain('Reduce cloud costs');
    const text = await doc.innerText();
    for (const expected of ['Moved batch jobs to spot instances', 'Need a negotiation course', 'Ask for a 6 % raise', 'financial reward']) {
      expect(text).toContain(expected);
    }
    expect(await doc.locator('section.prep-section').count()).toBe(6);
    // Management and evolution have no notes: they say what to prepare.
    expect(await doc.locator('section.section-management .empty').count()).toBe(1);
    expect(await doc.locator('section.section-evolution .empty').count()).toBe(1);

    const [download] = await Promise.all([prep.waitForEvent('download'), prep.getByRole('button', { name: 'Download as Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    await prep.close();
  });

  it('records the outcome and starts the next cycle with the agreed objectives', async () => {
    const prep = await session.context.newPage();
    await prep.goto(session.url('prep.html'));
    await prep.locator('#outcome-held').fill('2026-12-10');
    await prep.getByLabel('I received a report of the interview').check();
    await prep.locator('#outcome-managerFeedback').fill('Strong year on costs');
    await prep.locator('#outcome-agreedObjectives').fill('Lead the data platform migration\nMentor two juniors\n');
    await prep.getByRole('textbox', { name: 'Answer to: Which team could I lead next year?' }).fill('The platform team, from March');
    await prep.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => prep.locator('.outcome .status').innerText()).toContain('Saved');

    await prep.locator('#next-label').fill('2027');
    await prep.getByRole('button', { name: 'Start the next cycle' }).click();
    await expect.poll(() => prep.locator('.outcome .status').innerText()).toContain('Started review 2027 — agreed objectives: 2');
    await expect.poll(() => prep.locator('[data-testid="history"]').innerText()).toContain('Strong year on costs');
    expect(await prep.locator('[data-testid="history"]').innerText()).toContain('The platform team, from March');

    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    await expect.poll(() => sidebar.locator('[data-testid="goals"]').innerText()).toContain('Lead the data platform migration');
    expect(await sidebar.locator('[data-testid="goals"]').innerText()).toContain('Mentor two juniors');
    expect(await sidebar.locator('.sidebar-header').innerText()).toContain('Review 2027');
    // What changed since the last review, in the overview.
    expect(await sidebar.locator('[data-testid="changes"]').innerText()).toMatch(/^Since \S*2026 — objectives continued: 0, new: 2, no longer listed: 1\./);
    await page.close();
    await prep.close();
  });
});
