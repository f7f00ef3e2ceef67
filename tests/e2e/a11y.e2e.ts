/**
 * Accessibility: axe-core (injected) finds no violations on the extension's
 * pages, in light and dark mode, with data and in their empty states; the
 * sidebar is checked inside its frame on a review page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REVIEW_URL, axeViolations as violations, sidebarFrame, reviewSessionPerFile } from './harness';
import { jotNote } from './pages';

const session = reviewSessionPerFile();

async function open(path: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(session.url(path));
  await page.waitForSelector('main, .sidebar');
  await page.waitForTimeout(200);
  return page;
}

/** WCAG contrast ratio of the chosen part chip's count: its text colour against its own background. */
function countContrast(): number {
  const style = getComputedStyle(document.querySelector('.chip input:checked + span .count')!);
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

describe.each(['light', 'dark'] as const)('axe in %s mode', (scheme) => {
  it('finds nothing on the popup, options, preparation, team, privacy, welcome and practice pages (empty states)', async () => {
    for (const path of ['popup.html', 'options.html', 'prep.html', 'team.html', 'privacy.html', 'welcome.html', 'practice.html']) {
      const page = await open(path, scheme);
      expect(await violations(page), path).toEqual([]);
      await page.close();
    }
  });

  it('finds nothing with data, and in the sidebar on a review page', async () => {
    await jotNote(session, `A win noted in ${scheme} mode`);
    const options = await open('options.html', scheme);
    await options.getByRole('button', { name: 'Add a goal' }).click();
    expect(await violations(options), 'options with the goal form').toEqual([]);
    await options.close();
    for (const path of ['popup.html', 'prep.html']) {
      const page = await open(path, scheme);
      if (path === 'popup.html') {
        // The chosen part's chip with its count of notes: the count stays readable on the accent colour.
        await page.locator('.chip:has(.count)').first().click();
        await expect.poll(() => page.locator('.chip:has(.count) input:checked').count()).toBe(1);
        // axe leaves a badge with opacity undecided: its text against its own background, measured here.
        expect(await page.evaluate(countContrast), 'contrast of the chosen chip’s count').toBeGreaterThanOrEqual(4.5);
      }
      expect(await violations(page), path).toEqual([]);
      await page.close();
    }
    // An own question (with its "Asked" box in the sidebar).
    const prep = await open('prep.html', scheme);
    await prep.fill('#own-question', `Question asked in ${scheme} mode?`);
    await prep.getByRole('button', { name: 'Add' }).click();
    await prep.locator('[data-testid="own-questions"] li', { hasText: `${scheme} mode` }).waitFor();
    await prep.close();

    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    await sidebar.locator('[data-testid="notes"]').waitFor();
    // A pinned note: the pinned section and pressed pin buttons are checked too.
    await sidebar.getByRole('button', { name: `Pin “A win noted in ${scheme} mode” to the top` }).click();
    await sidebar.locator('[data-testid="pinned-notes"]').waitFor();
    await sidebar.getByRole('checkbox', { name: `Asked: Question asked in ${scheme} mode?` }).waitFor();
    expect(await violations(sidebar), 'sidebar').toEqual([]);
    await page.close();

    // The same page as the browser's side panel shows it (on its own).
    const panel = await open('sidebar.html', scheme);
    await panel.locator('[data-testid="pinned-notes"]').waitFor();
    expect(await violations(panel), 'sidebar in the browser panel').toEqual([]);
    await panel.close();
  });
});
