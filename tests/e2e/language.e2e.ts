/** Switching the interface to Dutch in the options changes the options page, the popup and the open sidebar. */
import { describe, expect, it } from 'vitest';
import { REVIEW_URL, sidebarFrame, reviewSessionPerFile } from './harness';

const session = reviewSessionPerFile();

describe('language', () => {
  it('follows the language chosen in the options, everywhere', async () => {
    const page = await session.context.newPage();
    await page.goto(REVIEW_URL);
    let sidebar = await sidebarFrame(page);
    await expect.poll(() => sidebar.locator('#goals-heading').innerText()).toContain("Last year's goals");

    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.selectOption('#language-select', 'nl');
    await expect.poll(() => options.locator('h1').innerText()).toBe('Opties van Review Companion');
    expect(await options.locator('html').getAttribute('lang')).toBe('nl');

    // The open sidebar starts again in Dutch.
    await expect.poll(async () => {
      sidebar = await sidebarFrame(page);
      return sidebar.locator('#goals-heading').innerText().catch(() => '');
    }).toContain('Doelen van vorig jaar');

    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await expect.poll(() => popup.locator('label[for="note-text"]').innerText()).not.toBe('Note');
    expect(await popup.locator('html').getAttribute('lang')).toBe('nl');

    await options.selectOption('#language-select', 'auto');
    await expect.poll(() => options.locator('h1').innerText()).toBe('Review Companion options');
    await popup.close();
    await options.close();
    await page.close();
  });
});
