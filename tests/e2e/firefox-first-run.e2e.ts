/**
 * Firefox: the welcome page opens at install; its practice form takes sample
 * data in and out and mounts the sidebar as a review page does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');

function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Firefox was not found: install firefox-esr (Debian) or set FIREFOX_PATH.');
  return found;
}

async function until<T>(read: () => Promise<T | undefined | false>, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const value = await read().catch(() => undefined);
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Puppeteer may report Firefox's extension pages by an empty URL: ask each page where it is. */
async function extensionPage(browser: Browser, path: string): Promise<Page> {
  return until(async () => {
    for (const page of await browser.pages()) {
      const here = await page.evaluate(() => location.href).catch(() => '');
      if (here.startsWith('moz-extension:') && new URL(here).pathname === path) return page;
    }
    return undefined;
  }, path);
}

const clickButton = (target: Page | Frame, text: string) =>
  target.evaluate((label) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === label);
    if (!button) return false;
    button.click();
    return true;
  }, text);

let browser: Browser;
beforeAll(async () => {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: { 'network.proxy.type': 0 } });
  await browser.installExtension(FIREFOX_DIR);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('Firefox first run', () => {
  it('opens the welcome page at install; its practice form takes sample data in and out and mounts the sidebar', async () => {
    const welcome = await extensionPage(browser, '/welcome.html');
    const text = await until(() => welcome.evaluate(() => document.querySelector('.welcome')?.textContent ?? ''), 'the welcome text');
    expect(text).toContain('stored on this computer only');
    expect(text).toContain('Good to know');

    expect(await clickButton(welcome, 'Open the practice form')).toBe(true);
    const practice = await extensionPage(browser, '/practice.html');
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
