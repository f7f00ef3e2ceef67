/**
 * The sidebar covers nothing the user needs: on a page with a fixed
 * full-width top bar, a sticky header, a fixed help button and a full-height
 * drawer on the right (tests/fixtures/pages/layout/fixed-bars.html), every
 * control stays the topmost element at its centre with the sidebar open on
 * either side, elements added later are made room for too, and closing the
 * sidebar puts every element's inline style and box back exactly. Where the
 * page fights back or is too narrow, the sidebar says that it floats, and
 * moves to the other side with one click.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isSidebarUrl, openSidebarOnTab, serveFixture, sessionPerFile, sidebarFrame } from './harness';

const HOME_URL = 'https://wd5.myworkday.com/acme/d/home.htmld';
const SIDEBAR_WIDTH = 360;

const session = sessionPerFile({ setUp: (current) => serveFixture(current.context, /^https:\/\/wd5\.myworkday\.com\//, 'layout/fixed-bars.html') });

/** The page's controls: one at each end of the top bar and of the sticky header, the help button, the drawer's button. */
const CONTROLS = ['#menu-toggle', '#user-menu', '#back', '#page-actions', '#help', '#drawer-close'];
const LATE_CONTROLS = ['#banner-accept', '#toast-undo'];

/** Whether the element is what a click at its centre reaches (itself or something inside it). */
function isTopmost(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) throw new Error(`No ${sel} on the page`);
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !!hit && element.contains(hit);
  }, selector);
}

/** Each control that is not the topmost element at its centre. */
async function coveredControls(page: Page, selectors: string[]): Promise<string[]> {
  const covered: string[] = [];
  for (const selector of selectors) if (!(await isTopmost(page, selector))) covered.push(selector);
  return covered;
}

/** Every element's style attribute and box, in document order. */
function layoutSnapshot(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('body, body *')].map((element) => {
      const { left, top, width, height } = element.getBoundingClientRect();
      return `${element.tagName}#${element.id} style=${JSON.stringify(element.getAttribute('style'))} box=${[left, top, width, height].join(',')}`;
    }),
  );
}

/** The sidebar host's box on the page. */
function sidebarBox(page: Page): Promise<{ left: number; right: number }> {
  return page.evaluate(() => {
    const box = document.querySelector('review-companion-sidebar')!.getBoundingClientRect();
    return { left: box.left, right: box.right };
  });
}

async function openHome(query = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${HOME_URL}${query}`);
  await page.locator('#help').waitFor();
  return page;
}

async function openSidebar(page: Page): Promise<Frame> {
  expect(await openSidebarOnTab(session, page)).toBe(true);
  return sidebarFrame(page);
}

async function closeSidebar(page: Page): Promise<void> {
  // As the user does: a sidebar collapsed to its tab is opened first, then closed by its ×.
  const frame = page.frames().find((candidate) => isSidebarUrl(candidate.url()));
  const expand = frame?.getByRole('button', { name: 'Open the Review Companion sidebar' });
  if (expand && (await expand.count())) await expand.click();
  const sidebar = await sidebarFrame(page);
  await sidebar.getByRole('button', { name: 'Close the sidebar' }).click();
  await expect.poll(() => page.evaluate(() => document.querySelector('review-companion-sidebar') === null)).toBe(true);
}

/** Clicks the sidebar's "move to the other side" button and waits until the sidebar sits at that edge. */
async function moveSidebar(page: Page, sidebar: Frame, to: 'left' | 'right'): Promise<void> {
  await sidebar.getByRole('button', { name: `Move the sidebar to the ${to} side` }).click();
  await expect.poll(async () => (to === 'left' ? (await sidebarBox(page)).left : 1280 - (await sidebarBox(page)).right)).toBe(0);
}

describe('layout: the sidebar makes room for the page’s fixed and sticky controls', () => {
  it('covers none of them on the right or on the left, and puts every element back exactly when it closes', async () => {
    const page = await openHome();
    const before = await layoutSnapshot(page);
    // Without room made, the right-hand controls sit where the sidebar goes (the test would notice a sidebar that covers them).
    const rightControls = await page.evaluate(() =>
      ['#user-menu', '#help', '#drawer-close'].map((sel) => document.querySelector(sel)!.getBoundingClientRect().right),
    );
    for (const right of rightControls) expect(right).toBeGreaterThan(1280 - SIDEBAR_WIDTH);
    expect(await coveredControls(page, CONTROLS)).toEqual([]);

    const sidebar = await openSidebar(page);
    expect(await sidebarBox(page)).toEqual({ left: 1280 - SIDEBAR_WIDTH, right: 1280 });
    await expect.poll(() => coveredControls(page, CONTROLS)).toEqual([]);
    // Room is made, not space stolen: the top bar still spans the page up to the sidebar.
    const bar = await page.evaluate(() => document.getElementById('topbar')!.getBoundingClientRect().toJSON());
    expect(bar.left).toBe(0);
    expect(bar.right).toBeCloseTo(1280 - SIDEBAR_WIDTH - (await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)), 0);
    await expect(sidebar.locator('[data-testid="sidebar-floating"]').count()).resolves.toBe(0);

    // The same on the left, moved with one click.
    await moveSidebar(page, sidebar, 'left');
    await expect.poll(() => coveredControls(page, CONTROLS)).toEqual([]);
    expect(await page.evaluate(() => document.getElementById('menu-toggle')!.getBoundingClientRect().left)).toBeGreaterThanOrEqual(SIDEBAR_WIDTH);

    await closeSidebar(page);
    expect(await layoutSnapshot(page)).toEqual(before);

    // The side is the user's choice from now on: the sidebar opens on the left again; move it back.
    const again = await openSidebar(page);
    await expect.poll(async () => (await sidebarBox(page)).left).toBe(0);
    await expect.poll(() => coveredControls(page, CONTROLS)).toEqual([]);
    await moveSidebar(page, again, 'right');
    await expect.poll(() => coveredControls(page, CONTROLS)).toEqual([]);
    await closeSidebar(page);
    expect(await layoutSnapshot(page)).toEqual(before);
    await page.close();
  });

  it('makes room for elements the page adds after the sidebar opened, and gives it back on collapse and close', async () => {
    const page = await openHome();
    await page.evaluate(() => (window as any).addLate());
    expect(await coveredControls(page, [...CONTROLS, ...LATE_CONTROLS])).toEqual([]);
    const before = await layoutSnapshot(page);
    await page.evaluate(() => {
      document.getElementById('banner')!.remove();
      document.getElementById('toast')!.remove();
    });
    await openSidebar(page);
    await expect.poll(() => coveredControls(page, CONTROLS)).toEqual([]);
    await page.evaluate(() => (window as any).addLate());
    await expect.poll(() => coveredControls(page, [...CONTROLS, ...LATE_CONTROLS])).toEqual([]);

    // Collapsed to its tab, the sidebar keeps room only for the tab.
    const sidebar = await sidebarFrame(page);
    await sidebar.getByRole('button', { name: 'Collapse the sidebar to a tab' }).click();
    await expect.poll(async () => (await sidebarBox(page)).left).toBe(1280 - 36);
    await expect.poll(() => coveredControls(page, [...CONTROLS, ...LATE_CONTROLS])).toEqual([]);
    expect(await page.evaluate(() => document.getElementById('help')!.getBoundingClientRect().right)).toBeGreaterThan(1280 - SIDEBAR_WIDTH);

    await closeSidebar(page);
    // Removed and added again by the page while the sidebar was open: compared by its own markup and place.
    expect(await layoutSnapshot(page)).toEqual(before);
    await page.close();
  });

  it('says when it floats because the page puts its bar back, and the page keeps its own style', async () => {
    const page = await openHome('?fight');
    const before = await layoutSnapshot(page);
    const sidebar = await openSidebar(page);
    await expect.poll(() => page.evaluate(() => (window as any).fights)).toBeGreaterThan(0);
    await sidebar.locator('[data-testid="sidebar-floating"]').waitFor();
    expect(await sidebar.locator('[data-testid="sidebar-floating"]').innerText()).toMatch(/could not make room .* Move it to the other side/);
    // It gave up rather than fighting forever.
    const fights = await page.evaluate(() => (window as any).fights);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).fights)).toBe(fights);
    // The other controls were made room for all the same.
    expect(await coveredControls(page, ['#help', '#drawer-close', '#page-actions'])).toEqual([]);
    await closeSidebar(page);
    expect(await layoutSnapshot(page)).toEqual(before);
    await page.close();
  });

  it('floats rather than misplace an element its page places by a transform, and leaves that element untouched', async () => {
    const page = await openHome('?centred');
    const before = await layoutSnapshot(page);
    const noticeBefore = await page.evaluate(() => document.getElementById('notice')!.getBoundingClientRect().toJSON());
    const sidebar = await openSidebar(page);
    await sidebar.locator('[data-testid="sidebar-floating"]').waitFor();
    expect(await page.evaluate(() => document.getElementById('notice')!.getAttribute('style'))).not.toContain('important');
    expect(await page.evaluate(() => document.getElementById('notice')!.getBoundingClientRect().toJSON())).toEqual(noticeBefore);
    expect(await coveredControls(page, ['#user-menu', '#help', '#drawer-close'])).toEqual([]);
    await closeSidebar(page);
    expect(await layoutSnapshot(page)).toEqual(before);
    await page.close();
  });

  it('floats over a page too narrow to share, says so, and makes room again when the window grows', async () => {
    const page = await openHome();
    await page.setViewportSize({ width: 700, height: 720 });
    const before = await layoutSnapshot(page);
    const sidebar = await openSidebar(page);
    await sidebar.locator('[data-testid="sidebar-floating"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => coveredControls(page, CONTROLS)).toEqual([]);
    await expect.poll(() => sidebar.locator('[data-testid="sidebar-floating"]').count()).toBe(0);
    await page.setViewportSize({ width: 700, height: 720 });
    await closeSidebar(page);
    expect(await layoutSnapshot(page)).toEqual(before);
    await page.close();
  });
});
