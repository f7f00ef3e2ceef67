import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { jotNote as jotNoteInPopup } from './pages';
import { hasSidebarHost, serveFixture, sidebarFrame, REVIEW_URL, serveReviewFixture, sessionPerFile } from './harness';

const TIME_OFF_URL = 'https://acme.bamboohr.com/time_off/requests/new';
const SPA_URL = 'https://acme.bamboohr.com/home';

const session = sessionPerFile({
  setUp: async ({ context }) => {
    await serveReviewFixture(context);
    await serveFixture(context, /^https:\/\/acme\.bamboohr\.com\/time_off\//, 'generic/bamboohr-time-off.html');
    await serveFixture(context, /^https:\/\/acme\.bamboohr\.com\/(home|performance)/, 'generic/bamboohr-spa.html');
  },
});

const jotNote = (text: string) => jotNoteInPopup(session, text);

async function openReviewPage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(REVIEW_URL);
  return page;
}

describe('foundation: popup → IndexedDB → sidebar on an appraisal page', () => {
  it('shows a note jotted in the popup live in the open sidebar, and keeps it after reload', async () => {
    const page = await openReviewPage();
    const sidebar = await sidebarFrame(page);
    await expect.poll(() => sidebar.locator('.sidebar').innerText()).toContain('No notes yet');

    await jotNote('Closed the Q3 migration two weeks early');
    await expect.poll(() => sidebar.locator('[data-testid="notes"]').innerText()).toContain(
      'Closed the Q3 migration two weeks early',
    );

    await page.reload();
    const reloaded = await sidebarFrame(page);
    await expect.poll(() => reloaded.locator('[data-testid="notes"]').innerText()).toContain(
      'Closed the Q3 migration two weeks early',
    );
    await page.close();
  });

  it('inserts a note into the focused textarea and contenteditable so that the page sees input events', async () => {
    await jotNote('Mentored two new colleagues');
    const page = await openReviewPage();
    const sidebar = await sidebarFrame(page);
    const insertButton = sidebar
      .locator('[data-testid="notes"] li', { hasText: 'Mentored two new colleagues' })
      .getByRole('button', { name: /Insert/ });

    await page.locator('#goals-comment').fill('Delivered the roadmap. ');
    await page.locator('#goals-comment').click();
    await page.keyboard.press('End');
    await insertButton.click();
    await expect.poll(() => page.evaluate(() => (window as any).formModel.goals)).toBe(
      'Delivered the roadmap. Mentored two new colleagues',
    );
    await expect(sidebar.locator('.status').innerText()).resolves.toContain('Inserted');

    await page.locator('#overall').click();
    await insertButton.click();
    await expect.poll(() => page.evaluate(() => (window as any).formModel.overall.trim())).toBe(
      'Mentored two new colleagues',
    );

    // The suite's search box is never a target: the text goes to the last review field instead,
    // at the caret the user left there, with a space so that it is not glued onto the last word.
    await page.locator('input[type="search"]').click();
    await insertButton.click();
    await expect.poll(() => page.evaluate(() => (window as any).formModel.overall.trim())).toBe(
      'Mentored two new colleagues Mentored two new colleagues',
    );
    expect(await page.locator('input[type="search"]').inputValue()).toBe('');

    // Or the user picks the field from the sidebar's list, labelled as the form labels it.
    await sidebar.locator('#insert-target').focus();
    await expect.poll(() => sidebar.locator('#insert-target option').allInnerTexts()).toEqual([
      'Where my cursor was in the form',
      'Goals – Comment',
      'Overall – Comment',
    ]);
    await sidebar.locator('#insert-target').selectOption({ label: 'Goals – Comment' });
    await insertButton.click();
    // A field picked from the list never had the caret: the text goes after what it holds, on a new line.
    await expect.poll(() => page.evaluate(() => (window as any).formModel.goals)).toBe(
      'Delivered the roadmap. Mentored two new colleagues\nMentored two new colleagues',
    );
    await page.close();
  });

  it('closes the sidebar from its own close button, and keeps it closed while the page changes', async () => {
    const page = await openReviewPage();
    const sidebar = await sidebarFrame(page);
    await sidebar.getByRole('button', { name: 'Close the sidebar' }).click();
    await expect.poll(() => hasSidebarHost(page)).toBe(false);
    // The user goes on in the form and the page keeps rendering: the sidebar does not come back by itself.
    await page.locator('#goals-comment').click();
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('textarea')));
    await page.waitForTimeout(600);
    expect(await hasSidebarHost(page)).toBe(false);
    await page.close();
  });

  it('does not show the sidebar on a non-review page of an HR suite', async () => {
    const page = await session.context.newPage();
    await page.goto(TIME_OFF_URL);
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    expect(await hasSidebarHost(page)).toBe(false);
    expect(page.frames().some((frame) => frame.url().startsWith('chrome-extension://'))).toBe(false);
    await page.close();
  });

  it('shows the sidebar after a single-page-app route change renders a review form late', async () => {
    const page = await session.context.newPage();
    await page.goto(SPA_URL);
    await page.waitForTimeout(500);
    expect(await hasSidebarHost(page)).toBe(false);
    await page.click('#to-review');
    await sidebarFrame(page);
    expect(page.url()).toContain('/performance/42/assessments');
    await page.close();
  });

  it('collapses to a slim tab and opens again; side, width and auto-open follow the options', async () => {
    const page = await openReviewPage();
    const sidebar = await sidebarFrame(page);
    const hostBox = () => page.locator('review-companion-sidebar').boundingBox();
    expect((await hostBox())?.width).toBe(360);
    await sidebar.getByRole('button', { name: 'Collapse the sidebar to a tab' }).click();
    await expect.poll(async () => (await hostBox())?.width).toBe(36);
    await sidebar.getByRole('button', { name: 'Open the Review Companion sidebar' }).click();
    await expect.poll(async () => (await hostBox())?.width).toBe(360);
    await page.close();

    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.selectOption('#sidebar-side', 'left');
    await options.fill('#sidebar-width', '420');
    await options.locator('#sidebar-width').blur();
    // Stored? A fresh options page reads the settings back.
    await expect.poll(async () => {
      const check = await session.context.newPage();
      await check.goto(session.url('options.html'));
      const value = [await check.inputValue('#sidebar-width'), await check.inputValue('#sidebar-side')].join();
      await check.close();
      return value;
    }).toBe('420,left');
    const left = await openReviewPage();
    await sidebarFrame(left);
    const box = await left.locator('review-companion-sidebar').boundingBox();
    expect(box).toMatchObject({ x: 0, width: 420 });
    await left.close();

    await options.getByLabel('Open it by itself on recognised review pages').uncheck();
    // The status line already says "Saved" from the width: give this write its moment (one IndexedDB transaction).
    await options.waitForTimeout(300);
    const quiet = await openReviewPage();
    await quiet.waitForTimeout(700);
    expect(await hasSidebarHost(quiet)).toBe(false);
    await quiet.close();
    await options.getByLabel('Open it by itself on recognised review pages').check();
    await options.selectOption('#sidebar-side', 'right');
    await options.fill('#sidebar-width', '360');
    await options.locator('#sidebar-width').blur();
    await options.close();
  });
});

