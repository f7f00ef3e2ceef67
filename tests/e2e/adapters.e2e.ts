/**
 * Every hosted suite's fixture pages served at their real URLs in Chromium:
 * the sidebar appears on review pages (also after route changes and late
 * rendering) and not on the others; insertion into each editor reaches the
 * page's own model. Self-hosted suites are covered in sites.e2e.ts, where the
 * user enables their domain.
 */
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUITE_ADAPTERS } from '@/utils/adapters';
import { readExpected, readPage, type ExpectedPage } from '../helpers/fixtures';
import { hasSidebarHost, launchWithExtension, sidebarFrame, type ExtensionSession } from './harness';

const NOTE = 'Cut onboarding time from 10 to 6 days';
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html'));
  await popup.locator('#note-text').fill(NOTE);
  await popup.locator('#note-text').press('Control+Enter');
  await expect.poll(() => popup.locator('[data-testid="latest-notes"]').innerText()).toContain(NOTE);
  await popup.close();
});
afterAll(async () => {
  await session?.close();
});

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
    const sidebar = await sidebarFrame(tab);
    if (page.insert) {
      await tab.click(page.insert.selector);
      await sidebar.locator('[data-testid="notes"] li', { hasText: NOTE }).getByRole('button').click();
      await expect.poll(() => tab.evaluate(page.insert!.expression)).toContain(NOTE);
    }
  } finally {
    await tab.close();
    await currentSession.context.unroute(sameHost, serve);
  }
}

const hosted = SUITE_ADAPTERS.filter((adapter) => adapter.hosts.length > 0);
describe.each(hosted.map((adapter) => [adapter.id] as const))('%s in Chromium', (suite) => {
  const pages = readExpected(suite)?.pages ?? [];
  it.each(pages.map((page) => [page.file, page] as const))('%s', async (_file, page) => {
    await checkPage(suite, page, session);
  });
});
