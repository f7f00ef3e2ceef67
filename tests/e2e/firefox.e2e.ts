/**
 * Firefox: the built MV2 extension installs, its launcher recognises an
 * appraisal page served at its real URL, and the sidebar iframe gets its data
 * from the background (IndexedDB in the extension origin).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture, REVIEW_URL, ROOT } from './harness';

const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'review-companion@example.org';
const UUID = '6f3c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f';

function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Firefox was not found: install firefox-esr (Debian) or set FIREFOX_PATH.');
  return found;
}

let browser: Browser;
beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      // A fixed internal UUID so the test can open the extension's pages.
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'network.proxy.type': 0,
    },
  });
  await browser.installExtension(FIREFOX_DIR);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** A tab showing the review fixture at its real URL; nothing else reaches the network. */
async function servedReviewPage(): Promise<Page> {
  const page = await browser.newPage();
  const fixture = readFixture('generic/workday-self-evaluation.html');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('https://wd5.myworkday.com/')) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture });
    } else if (/^https?:/.test(request.url())) {
      void request.abort(); // no network
    } else {
      void request.continue(); // the extension's own pages
    }
  });
  await page.goto(REVIEW_URL);
  return page;
}

describe('Firefox', () => {
  it('recognises an appraisal page, mounts the sidebar and fills it from the background', async () => {
    const page = await servedReviewPage();
    await page.waitForSelector('review-companion-sidebar', { timeout: 10_000 });
    const deadline = Date.now() + 10_000;
    let text = '';
    while (Date.now() < deadline && !text.includes('No notes yet')) {
      // Puppeteer reports extension frames as about:blank in Firefox: ask each frame where it is.
      for (const frame of page.frames()) {
        const seen = await frame
          .evaluate(() => (location.protocol === 'moz-extension:' ? document.body.innerText : ''))
          .catch(() => '');
        if (seen) text = seen;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(text).toContain('Review Companion');
    expect(text).toContain('No notes yet');
  });

  it('the sidebar page on its own (as in the browser sidebar) lists the review fields of the tab it works on', async () => {
    const review = await servedReviewPage();
    await review.waitForSelector('#goals-comment');
    // Firefox lets no test navigate to an extension page; the sidebar page is
    // the one a page may open (web-accessible), in a window of its own.
    const opened = new Promise<Page | null>((resolve) => browser.once('targetcreated', (target) => resolve(target.page())));
    await review.evaluate((url) => void window.open(url, '_blank', 'popup'), `moz-extension://${UUID}/sidebar.html`);
    const panel = (await opened)!;
    await panel.waitForFunction(() => document.querySelector('.sidebar')?.textContent?.includes('No notes yet'), { timeout: 10_000 });
    // The field list comes from the launcher in the review tab, through the background.
    await panel.focus('#insert-target');
    await panel.waitForFunction(
      () => [...document.querySelectorAll<HTMLOptionElement>('#insert-target option')].some((option) => option.text === 'Goals – Comment'),
      { timeout: 10_000 },
    );
    await panel.close();
    await review.close();
  });
});
