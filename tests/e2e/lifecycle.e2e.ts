/**
 * The launcher's lifecycle against a hostile page: the script injected again
 * into the same page (the toolbar used where it already runs, a custom site
 * under a built-in suite), and every event a page can forge (WXT's start
 * announcement and location-change event, popstate, hashchange, navigate).
 * Afterwards there is still exactly one working launcher: Insert works, the
 * toolbar toggle works, and a sidebar the user closed stays closed.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR, hasSidebarHost, REVIEW_URL, reviewSessionPerFile, sidebarFrame, tabIdOf, toggleSidebarOnTab } from './harness';
import { jotNote, NOTE } from './pages';

// The test build: the toolbar toggle is reachable there.
const session = reviewSessionPerFile(E2E_EXTENSION_DIR);

beforeAll(() => jotNote(session));

/** What the toolbar button and the shortcut do (they cannot be pressed from a test). */
const toolbarToggle = (page: Page) => toggleSidebarOnTab(session, page);

/** Runs the launcher's file in the tab again, as the toolbar's injection does. */
async function injectAgain(page: Page): Promise<void> {
  const tabId = await tabIdOf(session, page);
  await session.worker.evaluate(
    async ([id]) => void (await (globalThis as any).chrome.scripting.executeScript({ target: { tabId: id }, files: ['/launcher.js'] })),
    [tabId] as const,
  );
}

/** Every event a page can dispatch that a launcher might listen to, including WXT's own, written with the real extension id. */
function forgeEvents(extensionId: string) {
  const started = `${extensionId}:review:wxt:content-script-started`;
  window.postMessage({ type: started, contentScriptName: 'review', messageId: 'forged' }, '*');
  document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'review', messageId: 'forged' } }));
  window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: { newUrl: new URL(location.href), oldUrl: new URL(location.href) } }));
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  (window as any).navigation?.dispatchEvent(new Event('navigate'));
  (window as any).navigation?.dispatchEvent(new Event('navigatesuccess'));
}

const hostCount = (page: Page) => page.evaluate(() => document.querySelectorAll('review-companion-sidebar').length);

describe('the launcher against a hostile page', () => {
  it('survives a second injection and forged events: one sidebar, Insert and the toolbar still work', async () => {
    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    await sidebarFrame(page);
    await injectAgain(page);
    await page.evaluate(forgeEvents, session.extensionId);
    await injectAgain(page);
    await page.waitForTimeout(500);
    expect(await hostCount(page)).toBe(1);

    // Insert still reaches the page through the running launcher.
    const sidebar = await sidebarFrame(page);
    await page.locator('#goals-comment').focus();
    await page.waitForTimeout(600);
    await sidebar.getByRole('button', { name: `Insert into the form: ${NOTE}` }).click();
    await expect.poll(() => sidebar.getByRole('status').innerText()).toBe('Inserted into the form.');
    expect(await page.locator('#goals-comment').inputValue()).toContain(NOTE);

    // The toolbar toggle closes it, and nothing the page forges brings it back.
    await expect(toolbarToggle(page)).resolves.toBe(true);
    await expect.poll(() => hasSidebarHost(page)).toBe(false);
    await page.evaluate(forgeEvents, session.extensionId);
    await injectAgain(page);
    await page.evaluate(() => history.pushState(null, '', location.href));
    await page.waitForTimeout(1200);
    expect(await hasSidebarHost(page)).toBe(false);

    // The user's own toggle opens it again.
    await expect(toolbarToggle(page)).resolves.toBe(true);
    await expect.poll(() => hostCount(page)).toBe(1);
    await sidebarFrame(page);
    await page.close();
  });

  it('keeps a sidebar the user closed with × closed across the page\'s route changes', async () => {
    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    await sidebar.getByRole('button', { name: 'Close the sidebar' }).click();
    await expect.poll(() => hasSidebarHost(page)).toBe(false);
    // A real route change to another review URL and back.
    await page.evaluate(() => history.pushState(null, '', `${location.pathname}?step=2`));
    await page.evaluate(() => history.back());
    await page.waitForTimeout(1500);
    expect(await hasSidebarHost(page)).toBe(false);
    await page.close();
  });
});

describe('the gate on a suite’s pages', () => {
  /** 'launcher' when a launcher in the tab answers the background, else the browser's error. */
  const launcherIn = (page: Page) =>
    tabIdOf(session, page).then((tabId) =>
      session.worker.evaluate(
        ([id]) =>
          (globalThis as any).chrome.tabs.sendMessage(id, { type: 'list-fields' }).then(
            () => 'launcher',
            (error: Error) => error.message,
          ) as Promise<string>,
        [tabId] as const,
      ),
    );

  it('loads no launcher where the address is no review page, even when the page forges route events, and loads it once a route leads to one', async () => {
    const page = await session.context.newPage();
    // Workday's sign-in address, whatever the page holds (here the review form): only the gate runs.
    await page.goto('https://wd5.myworkday.com/acme/login.flex');
    await page.evaluate(forgeEvents, session.extensionId);
    await page.waitForTimeout(800);
    expect(await launcherIn(page)).toMatch(/Receiving end does not exist/);
    expect(await hostCount(page)).toBe(0);
    // A single-page app's route change to a review task: the launcher comes, finds the form and opens.
    await page.evaluate(() => history.pushState({}, '', '/acme/d/task/2997$4321.htmld'));
    await expect.poll(() => launcherIn(page), { timeout: 10_000 }).toBe('launcher');
    await sidebarFrame(page);
    expect(await hostCount(page)).toBe(1);
    await page.close();
  });
});
