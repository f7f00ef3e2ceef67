/**
 * Sites the user controls: a custom (self-hosted) domain enabled in the
 * options page gets the launcher, removing it stops it; a built-in suite
 * switched off no longer opens the sidebar by itself; the toolbar/shortcut
 * path opens and closes the sidebar on demand. Runs the `--mode e2e` build,
 * which holds the permission for the test domain (no prompt can be answered
 * in a headless browser).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isHostedSuiteHost } from '@/utils/adapters';
import { E2E_CUSTOM_SITE } from '@/utils/adapters/hosts';
import { readExpected } from '../helpers/fixtures';
import { checkPage, jotNote } from './pages';
import { E2E_EXTENSION_DIR, hasSidebarHost, openSidebarOnTab, serveFixture, sessionPerFile, sidebarFrame, toggleSidebarOnTab } from './harness';

const CUSTOM_ORIGIN = E2E_CUSTOM_SITE.replace('/*', '');
const CUSTOM_REVIEW = `${CUSTOM_ORIGIN}/appraisal/2026/self`;
const session = sessionPerFile({
  extensionDir: E2E_EXTENSION_DIR,
  setUp: async ({ context }) => {
    // A page that says it is the user's own evaluation: the sidebar opens there by itself
    // (one that cannot tell whose review it is waits for the user: manager.e2e.ts).
    await serveFixture(context, /^https:\/\/hr\.acme-corp\.example\/appraisal\//, 'generic/entretien-annuel-fr.html');
    await serveFixture(context, /^https:\/\/acme\.bamboohr\.com\/time_off\//, 'generic/bamboohr-time-off.html');
    await serveFixture(context, /^https:\/\/acme\.bamboohr\.com\/(home|performance)/, 'generic/bamboohr-spa.html');
    await serveFixture(context, /^https:\/\/news\.example\.org\//, 'generic/mentions-only.html');
  },
});


async function registeredMatches(): Promise<string[]> {
  return session.worker.evaluate(async () => {
    const scripts: { matches?: string[] }[] = await (globalThis as any).chrome.scripting.getRegisteredContentScripts();
    return scripts.flatMap((script) => script.matches ?? []);
  });
}

describe('sites the user controls', () => {
  it('runs nowhere on a custom domain until the user enables it there', async () => {
    const page = await session.context.newPage();
    await page.goto(CUSTOM_REVIEW);
    await page.waitForTimeout(700);
    expect(await hasSidebarHost(page)).toBe(false);
    expect(await registeredMatches()).toEqual([]);
    await page.close();
  });

  it('enables a custom domain from the options page, and removing it stops the launcher there', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.fill('#site-input', 'not a domain');
    await options.getByRole('button', { name: 'Enable' }).click();
    await expect.poll(() => options.locator('.sites .status').innerText()).toContain('not a web address');

    await options.fill('#site-input', 'https://hr.acme-corp.example/appraisal/2026');
    await options.getByRole('button', { name: 'Enable' }).click();
    await expect.poll(() => options.locator('[data-testid="custom-sites"]').innerText()).toContain('https://hr.acme-corp.example');
    await expect.poll(registeredMatches).toEqual([E2E_CUSTOM_SITE]);

    const page = await session.context.newPage();
    await page.goto(CUSTOM_REVIEW);
    await sidebarFrame(page);
    await page.close();

    await options.getByRole('button', { name: `Remove ${E2E_CUSTOM_SITE}` }).click();
    await expect.poll(registeredMatches).toEqual([]);
    const again = await session.context.newPage();
    await again.goto(CUSTOM_REVIEW);
    await again.waitForTimeout(700);
    expect(await hasSidebarHost(again)).toBe(false);
    await again.close();
    await options.close();
  });

  it('does not open the sidebar by itself on a built-in suite the user switched off', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    const bamboo = options.locator('[data-testid="built-in-suites"] label', { hasText: 'BambooHR' }).locator('input');
    await bamboo.uncheck();
    const page = await session.context.newPage();
    await page.goto('https://acme.bamboohr.com/home');
    await page.click('#to-review');
    await page.waitForTimeout(1000);
    expect(await hasSidebarHost(page)).toBe(false);
    // The user can still open it on demand.
    expect(await openSidebarOnTab(session, page)).toBe(true);
    await sidebarFrame(page);
    await bamboo.check();
    await page.close();
    await options.close();
  });

  it('opens and closes the sidebar on demand (toolbar button, keyboard shortcut) where the launcher runs', async () => {
    const page = await session.context.newPage();
    await page.goto('https://acme.bamboohr.com/time_off/requests/new');
    await page.waitForTimeout(500);
    expect(await hasSidebarHost(page)).toBe(false);
    expect(await toggleSidebarOnTab(session, page)).toBe(true);
    await sidebarFrame(page);
    expect(await toggleSidebarOnTab(session, page)).toBe(true);
    await expect.poll(() => hasSidebarHost(page)).toBe(false);
    await page.close();
  });

  it('cannot touch a page the user never granted (no activeTab from a test): nothing is injected', async () => {
    const page = await session.context.newPage();
    await page.goto('https://news.example.org/article');
    expect(await openSidebarOnTab(session, page)).toBe(false);
    await page.waitForTimeout(300);
    expect(await hasSidebarHost(page)).toBe(false);
    await page.close();
  });
});

describe('self-hosted suites on an enabled domain', () => {
  beforeAll(async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.fill('#site-input', 'hr.acme-corp.example');
    await options.getByRole('button', { name: 'Enable' }).click();
    await options.locator('[data-testid="custom-sites"]').waitFor();
    await options.close();
    await jotNote(session);
    // Fresh routes per page below (checkPage serves each fixture at its URL).
    await session.context.unroute(/^https:\/\/hr\.acme-corp\.example\/appraisal\//);
  });

  for (const suite of ['orangehrm', 'frappe-hr', 'odoo', 'horilla']) {
    const pages = (readExpected(suite)?.pages ?? []).filter((page) => !isHostedSuiteHost(new URL(page.url)));
    for (const page of pages) {
      it(`${suite}: ${page.file}`, async () => {
        await checkPage(suite, page, session);
      });
    }
  }
});
