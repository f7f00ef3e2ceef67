/**
 * Clickjacking: the HR page hides or covers the sidebar and invites a click
 * exactly where an Insert button sits, with its own field focused. The page
 * writes its attacks as a hostile page would (its own scripts, real mouse
 * clicks at the button's coordinates); the canary must never reach a field,
 * and the sidebar must say why it refused. A control click without tampering
 * inserts, so the test would notice a guard that refuses everything.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_URL, reviewSessionPerFile, sidebarFrame } from './harness';

const CANARY = `clickjack-canary-${Math.random().toString(36).slice(2)}`;
const REFUSED = /Not inserted: the page was hiding or covering the sidebar/;

const session = reviewSessionPerFile();

beforeAll(async () => {
  // A salary note, jotted in the popup as a user would.
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html'));
  await popup.locator('label.chip', { has: popup.locator('input[value="salary"]') }).click();
  await popup.locator('input[value="salary"]:checked').waitFor();
  await popup.locator('#note-text').fill(`Salary: ask for 8% ${CANARY}`);
  await popup.locator('#note-text').press('Control+Enter');
  await popup.locator('[data-testid="latest-notes"] li', { hasText: CANARY }).waitFor();
  await popup.close();
});

/** Opens the review page with the sidebar showing the canary note, and the page's own field focused. */
async function openReview(): Promise<{ page: Page; sidebar: Frame }> {
  const page = await session.context.newPage();
  await page.goto(REVIEW_URL);
  const sidebar = await sidebarFrame(page);
  await expect.poll(() => sidebar.locator('[data-testid="notes"]').innerText(), { message: 'the sidebar shows the canary' }).toContain(CANARY);
  await page.locator('#goals-comment').focus();
  return { page, sidebar };
}

/** A real click at the centre of a sidebar button, wherever the page's decoys are. */
async function clickAt(page: Page, sidebar: Frame, name: RegExp): Promise<void> {
  const box = await sidebar.getByRole('button', { name }).first().boundingBox();
  if (!box) throw new Error(`No button ${name} in the sidebar`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Everything the page's fields hold. */
const fieldText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('textarea, input, [contenteditable]')]
      .map((field) => ('value' in field ? String((field as HTMLTextAreaElement).value) : field.innerText))
      .join('\n'),
  );

const status = (sidebar: Frame) => sidebar.locator('p.status').first().innerText();

/** The page lays an opaque look-alike over the sidebar that lets clicks through to it. */
function coverWithDecoy(topLayer: boolean) {
  const decoy = document.createElement('div');
  decoy.id = 'decoy';
  decoy.textContent = 'Click Continue to save your review';
  decoy.setAttribute(
    'style',
    'position:fixed;inset:0;left:auto;width:420px;height:100vh;margin:0;border:0;z-index:2147483647;background:#fff;pointer-events:none;font:24px sans-serif',
  );
  if (topLayer) {
    decoy.popover = 'manual';
    document.body.append(decoy);
    decoy.showPopover();
  } else {
    // After the sidebar's own element, so it paints above it.
    document.documentElement.append(decoy);
  }
}

describe('clickjacking the sidebar', () => {
  it('control: an untampered click on Insert inserts into the focused field', async () => {
    const { page, sidebar } = await openReview();
    await page.waitForTimeout(600);
    await clickAt(page, sidebar, /^Insert into the form: Salary/);
    await expect.poll(() => fieldText(page), { message: 'the note went into the page' }).toContain(CANARY);
    expect(await status(sidebar)).toBe('Inserted into the form.');
    await page.close();
  });

  it('puts the sidebar element back when the page restyles it', async () => {
    const { page } = await openReview();
    const computed = await page.evaluate(async () => {
      const host = document.querySelector('review-companion-sidebar') as HTMLElement;
      host.style.setProperty('opacity', '0', 'important');
      host.style.setProperty('transform', 'translateX(200%)', 'important');
      host.setAttribute('hidden', '');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const style = getComputedStyle(host);
      return { opacity: style.opacity, transform: style.transform, hidden: host.hasAttribute('hidden'), display: style.display };
    });
    expect(computed).toEqual({ opacity: '1', transform: 'none', hidden: false, display: 'block' });
    await page.close();
  });

  it('refuses a click while the page makes the sidebar transparent', async () => {
    const { page, sidebar } = await openReview();
    await page.waitForTimeout(600);
    // An ancestor the launcher does not own: the whole document goes transparent.
    await page.evaluate(() => document.documentElement.style.setProperty('opacity', '0', 'important'));
    await page.waitForTimeout(300);
    await clickAt(page, sidebar, /^Insert into the form: Salary/);
    await expect.poll(() => status(sidebar), { message: 'the sidebar says why it refused' }).toMatch(REFUSED);
    expect(await fieldText(page)).not.toContain(CANARY);
    await page.close();
  });

  it('refuses a click through an opaque decoy laid over the sidebar', async () => {
    const { page, sidebar } = await openReview();
    await page.waitForTimeout(600);
    await page.evaluate(coverWithDecoy, false);
    await page.waitForTimeout(300);
    await clickAt(page, sidebar, /^Insert into the form: Salary/);
    await expect.poll(() => status(sidebar)).toMatch(REFUSED);
    expect(await fieldText(page)).not.toContain(CANARY);
    await page.close();
  });

  it('refuses a drafted paragraph through a decoy in the top layer', async () => {
    const { page, sidebar } = await openReview();
    await page.waitForTimeout(600);
    await page.evaluate(coverWithDecoy, true);
    await page.waitForTimeout(300);
    await clickAt(page, sidebar, /^Insert as one paragraph: Salary/);
    await expect.poll(() => status(sidebar)).toMatch(REFUSED);
    expect(await fieldText(page)).not.toContain(CANARY);
    await page.close();
  });

  it('refuses a click when the page hides the sidebar only for a moment around it', async () => {
    const { page, sidebar } = await openReview();
    await page.waitForTimeout(600);
    const box = await sidebar.getByRole('button', { name: /^Insert into the form: Salary/ }).first().boundingBox();
    if (!box) throw new Error('No Insert button');
    await page.evaluate(() => {
      document.documentElement.style.setProperty('opacity', '0', 'important');
      setTimeout(() => document.documentElement.style.removeProperty('opacity'), 150);
    });
    await page.waitForTimeout(40);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => status(sidebar)).toMatch(REFUSED);
    expect(await fieldText(page)).not.toContain(CANARY);
    // Once the page shows it again and leaves it alone, the user's next click counts.
    await page.waitForTimeout(800);
    await clickAt(page, sidebar, /^Insert into the form: Salary/);
    await expect.poll(() => fieldText(page)).toContain(CANARY);
    await page.close();
  });
});
