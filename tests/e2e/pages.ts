/** Fixture pages of a suite checked in a real browser (shared by the adapter and site tests). */
import type { Page, Route } from 'playwright-core';
import { expect } from 'vitest';
import { readPage, type ExpectedPage } from '../helpers/fixtures';
import { hasSidebarHost, openSidebarOnTab, sidebarFrame, type ExtensionSession } from './harness';

/** The note that insertion checks put into review fields. */
export const NOTE = 'Cut onboarding time from 10 to 6 days';

/** Jots a note in the popup, as a user would: a part chip (when given), the text, Ctrl+Enter. */
export async function jotNote(session: ExtensionSession, text = NOTE, part?: string): Promise<void> {
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html'));
  if (part) await pickPart(popup, part);
  await popup.locator('#note-text').fill(text);
  await popup.locator('#note-text').press('Control+Enter');
  // A locator wait rather than expect.poll: this also runs in beforeAll hooks.
  await popup.locator('[data-testid="latest-notes"] li', { hasText: text }).waitFor();
  await popup.close();
}

/** Adds a goal with the options page's form, as a user would, and waits for it in the list. */
export async function addGoal(
  options: Page,
  goal: { title: string; direction?: 'increase' | 'decrease'; unit?: string; target?: string; actual?: string },
): Promise<void> {
  await options.getByRole('button', { name: 'Add a goal' }).click();
  await options.fill('#goal-title', goal.title);
  if (goal.direction) await options.selectOption('#goal-direction', goal.direction);
  for (const field of ['unit', 'target', 'actual'] as const) {
    const value = goal[field];
    if (value !== undefined) await options.fill(`#goal-${field}`, value);
  }
  await options.locator('.goal-form').getByRole('button', { name: 'Save' }).click();
  await options.locator('[data-testid="goal-list"] li', { hasText: goal.title }).waitFor();
}

/** Clicks the popup's chip for a part of the review (`successes`, `training`…). */
export async function pickPart(popup: Page, part: string): Promise<void> {
  const chip = popup.locator('label.chip', { has: popup.locator(`input[value="${part}"]`) });
  await chip.click();
  await expect.poll(() => chip.locator('input').isChecked()).toBe(true);
}

export async function checkPage(suite: string, page: ExpectedPage, currentSession: ExtensionSession): Promise<void> {
  const body = readPage(suite, page.file);
  const target = new URL(page.url);
  // Serve the page for its URL and any route its script moves to on the same host.
  const sameHost = (url: URL) => url.host === target.host;
  const serve = (route: Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  await currentSession.context.route(sameHost, serve);
  const tab = await currentSession.context.newPage();
  try {
    await tab.goto(page.url);
    for (const step of page.steps ?? []) await tab.click(step.click);
    if (!page.review) {
      await tab.waitForTimeout(700);
      expect(await hasSidebarHost(tab)).toBe(false);
      return;
    }
    // A review page opens the sidebar by itself only where it says whose
    // review it is (self or manager, utils/adapters/context.ts); elsewhere
    // the user opens it and says it is their own.
    let sidebar = await sidebarFrame(tab, 3000).catch(() => undefined);
    if (!sidebar) {
      await openSidebarOnTab(currentSession, tab);
      sidebar = await sidebarFrame(tab);
    }
    // A manager's page about someone who is not among the user's people, or
    // a page that cannot tell: the sidebar asks first.
    await sidebar.locator('[data-testid="choose-person"], [data-testid="notes"]').first().waitFor();
    const chooser = sidebar.locator('[data-testid="choose-person"]');
    if (await chooser.count()) await chooser.getByRole('button', { name: 'My own review' }).click();
    if (page.insert) {
      await tab.click(page.insert.selector);
      await sidebar.locator('[data-testid="notes"] li', { hasText: NOTE }).getByRole('button', { name: /^Insert into the form/ }).click();
      await expect.poll(() => tab.evaluate(page.insert!.expression)).toContain(NOTE);
    }
  } finally {
    await tab.close();
    await currentSession.context.unroute(sameHost, serve);
  }
}

