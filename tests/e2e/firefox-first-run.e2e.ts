/**
 * Firefox: the welcome page opens at install; its practice form takes sample
 * data in and out and mounts the sidebar as a review page does.
 */
import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { extensionPage, firefoxPerFile, until } from './firefox-harness';

const clickButton = (target: Page | Frame, text: string) =>
  target.evaluate((label) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === label);
    if (!button) return false;
    button.click();
    return true;
  }, text);

const firefox = firefoxPerFile({ keepWelcome: true });

describe('Firefox first run', () => {
  it('opens the welcome page at install; its practice form takes sample data in and out and mounts the sidebar', async () => {
    const welcome = await extensionPage(firefox(), '/welcome.html');
    const text = await until(() => welcome.evaluate(() => document.querySelector('.welcome')?.textContent ?? ''), 'the welcome text');
    expect(text).toContain('stored on this computer only');
    expect(text).toContain('Good to know');

    expect(await clickButton(welcome, 'Open the practice form')).toBe(true);
    const practice = await extensionPage(firefox(), '/practice.html');
    await until(() => clickButton(practice, 'Fill with sample data'), 'the sample button');
    // The sidebar is mounted as on a review page: the host element, and the page made room for it.
    // (Puppeteer's Firefox driver does not expose frames inside extension pages, so the sidebar's
    // content and Insert are checked in Chromium: tests/e2e/first-run.e2e.ts.)
    await until(
      () => practice.evaluate(() => !!document.querySelector('review-companion-sidebar') && parseInt(getComputedStyle(document.documentElement).marginRight, 10) >= 280),
      'the sidebar host',
    );
    // The sample data is stored: the welcome page ticks its step.
    await until(() => welcome.evaluate(() => document.querySelector('[data-testid="step-practice"]')?.getAttribute('data-done') === 'true'), 'the practice step ticked');

    await until(() => clickButton(practice, 'Remove sample data'), 'the remove button');
    await until(() => welcome.evaluate(() => document.querySelector('[data-testid="step-practice"]')?.getAttribute('data-done') === 'false'), 'the welcome step');
  }, 60_000);
});
