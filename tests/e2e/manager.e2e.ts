/**
 * A manager preparing the reviews of their team (issue 14), in Chromium:
 * two people with notes about each and about me, seeded through the options
 * page and the popup. The sidebar on a manager's evaluation page shows only
 * that person's preparation and inserts a paragraph in the manager's voice;
 * on the self-evaluation it shows only mine; on a colleague's feedback it
 * does not open by itself and shows nothing of mine; on a page that names no
 * one it asks once and remembers.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR, hasSidebarHost, openSidebarOnTab, readFixture, sessionPerFile, sidebarFrame, type ExtensionSession } from './harness';

const HOST = 'https://hr.acme-corp.example';
const MINE = 'My own win: cut onboarding to 6 days';
const ABOUT_JANE = 'Jane lost two people in her team in spring';
const ABOUT_OMAR = 'Omar led the audit without a finding';

async function addPerson(session: ExtensionSession, name: string): Promise<void> {
  const options = await session.context.newPage();
  await options.goto(session.url('options.html'));
  await options.getByRole('button', { name: 'Add a person' }).click();
  await options.fill('#person-new-name', name);
  await options.locator('form.goal-form').getByRole('button', { name: 'Save' }).click();
  await options.locator('[data-testid="people-list"] li', { hasText: name }).waitFor();
  await options.close();
}

/** Jots a note in the popup about me or one person (the popup's picker), in one part of the review. */
async function jotAbout(session: ExtensionSession, about: string, text: string, part: string): Promise<void> {
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html'));
  await popup.locator('#note-person').selectOption({ label: about });
  // As pickPart does, with a locator wait (this runs in beforeAll, where expect.poll cannot).
  const chip = popup.locator('label.chip', { has: popup.locator(`input[value="${part}"]`) });
  await chip.click();
  await chip.locator('input:checked').waitFor({ state: 'attached' });
  await popup.locator('#note-text').fill(text);
  await popup.locator('#note-text').press('Control+Enter');
  await popup.locator('[data-testid="latest-notes"] li', { hasText: text }).waitFor();
  await popup.close();
}

const session = sessionPerFile({
  // The variant that holds the test domain standing for a self-hosted suite (see wxt.config.ts).
  extensionDir: E2E_EXTENSION_DIR,
  setUp: async (current) => {
    const options = await current.context.newPage();
    await options.goto(current.url('options.html'));
    await options.fill('#site-input', 'hr.acme-corp.example');
    await options.getByRole('button', { name: 'Enable' }).click();
    await options.locator('[data-testid="custom-sites"]').waitFor();
    await options.close();
    await addPerson(current, 'Jane Doe');
    await addPerson(current, 'Omar Haddad');
    await jotAbout(current, 'Me', MINE, 'successes');
    await jotAbout(current, 'Jane Doe', ABOUT_JANE, 'difficulties');
    await jotAbout(current, 'Omar Haddad', ABOUT_OMAR, 'results');
  },
});

/** Opens `fixture` served at `url` in a new tab. */
async function open(url: string, fixture: string): Promise<Page> {
  const body = readFixture(fixture);
  await session.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const tab = await session.context.newPage();
  await tab.goto(url);
  return tab;
}

const sidebarText = (frame: Frame) => frame.locator('main').innerText();

describe('whose review is this page', () => {
  it('on the supervisor’s evaluation of Jane: only Jane’s preparation, and a paragraph in the manager’s voice', async () => {
    const tab = await open(`${HOST}/web/index.php/performance/reviewEvaluateByAdmin/14`, 'orangehrm/supervisor-evaluation.html');
    const sidebar = await sidebarFrame(tab);
    await expect.poll(() => sidebar.locator('[data-testid="review-person"]').textContent()).toBe('Review of Jane Doe');
    await sidebar.locator('[data-testid="notes"]', { hasText: ABOUT_JANE }).waitFor();
    const text = await sidebarText(sidebar);
    expect(text).not.toContain(MINE);
    expect(text).not.toContain(ABOUT_OMAR);
    await tab.click('.orangehrm-evaluation textarea[data-kpi="0"]');
    await sidebar.getByRole('button', { name: /^Insert as one paragraph: / }).first().click();
    await expect
      .poll(() => tab.evaluate(() => (window as unknown as { evaluationModel: { kpis: { comment: string }[] } }).evaluationModel.kpis[0]!.comment))
      .toBe(`Difficulties met this year, to avoid next time: ${ABOUT_JANE}.`);
    await tab.close();
  });

  it('on my own self-evaluation: only mine', async () => {
    const tab = await open(`${HOST}/web/index.php/performance/reviewEvaluate/id/12`, 'orangehrm/self-evaluation.html');
    const sidebar = await sidebarFrame(tab);
    await sidebar.locator('[data-testid="notes"]', { hasText: MINE }).waitFor();
    const text = await sidebarText(sidebar);
    expect(text).not.toContain(ABOUT_JANE);
    expect(text).not.toContain(ABOUT_OMAR);
    expect(await sidebar.locator('[data-testid="review-person"]').count()).toBe(0);
    await tab.close();
  });

  it('on Horilla feedback about Jane answered by a colleague: does not open by itself, and shows nothing of mine when opened', async () => {
    const tab = await open(`${HOST}/pms/feedback-answer-get/7`, 'horilla/feedback-answer-colleague.html');
    await tab.waitForTimeout(1000);
    expect(await hasSidebarHost(tab)).toBe(false);
    expect(await openSidebarOnTab(session, tab)).toBe(true);
    const sidebar = await sidebarFrame(tab);
    await sidebar.locator('[data-testid="choose-person"]').waitFor();
    const text = await sidebarText(sidebar);
    expect(text).toContain('Whose review is this?');
    expect(text).not.toContain(MINE);
    expect(text).not.toContain(ABOUT_JANE);
    await tab.close();
  });

  it('on a page that names no one: asks once, then remembers for that address', async () => {
    const url = `${HOST}/appraisal/2026/form`;
    const tab = await open(url, 'generic/self-hosted-appraisal-en.html');
    await tab.waitForTimeout(700);
    expect(await hasSidebarHost(tab)).toBe(false);
    await openSidebarOnTab(session, tab);
    const sidebar = await sidebarFrame(tab);
    await sidebar.locator('[data-testid="choose-person"]').waitFor();
    expect(await sidebarText(sidebar)).not.toContain(MINE);
    await sidebar.getByRole('button', { name: 'Omar Haddad' }).click();
    await sidebar.locator('[data-testid="notes"]', { hasText: ABOUT_OMAR }).waitFor();
    expect(await sidebarText(sidebar)).not.toContain(MINE);
    await tab.close();

    const again = await open(url, 'generic/self-hosted-appraisal-en.html');
    await openSidebarOnTab(session, again);
    const reopened = await sidebarFrame(again);
    await reopened.locator('[data-testid="notes"]', { hasText: ABOUT_OMAR }).waitFor();
    expect(await reopened.locator('[data-testid="choose-person"]').count()).toBe(0);
    await again.close();
  });
});
