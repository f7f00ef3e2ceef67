/** Firefox ESR with the built MV2 extension, driven by Puppeteer (shared by the Firefox tests). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from './harness';

export const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
export const ADDON_ID = 'review-companion@example.org';
/** A fixed internal UUID so the tests can open the extension's pages. */
export const UUID = '6f3c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f';

export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Firefox was not found: install firefox-esr (Debian) or set FIREFOX_PATH.');
  return found;
}

/**
 * Firefox ESR with the built add-on installed. The install opens the welcome
 * page; unless `keepWelcome` (the first-run test looks at it), it is closed
 * once it is there, so that it does not come to the front over a test's page
 * later (a background tab gets no animation frames).
 */
export async function launchFirefox({ keepWelcome = false }: { keepWelcome?: boolean } = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'network.proxy.type': 0,
    },
  });
  await browser.installExtension(FIREFOX_DIR);
  if (!keepWelcome) await (await extensionPage(browser, '/welcome.html', 10_000).catch(() => undefined))?.close();
  return browser;
}

/** Polls `read` until it gives a value, or fails after `timeout` ms naming `what`. */
export async function until<T>(read: () => Promise<T | undefined | false>, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const value = await read().catch(() => undefined);
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The extension's page at `path`, once open: Puppeteer may report Firefox's extension pages by an empty URL, so each page is asked where it is. */
export async function extensionPage(browser: Browser, path: string, timeout?: number): Promise<Page> {
  return until(
    async () => {
      for (const page of await browser.pages()) {
        const here = await page.evaluate(() => location.href).catch(() => '');
        if (here.startsWith('moz-extension:') && new URL(here).pathname === path) return page;
      }
      return undefined;
    },
    path,
    timeout,
  );
}

/** Firefox with the built extension for one test file: launched before its tests, closed after them. */
export function firefoxPerFile(options?: { keepWelcome?: boolean }): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchFirefox(options);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Firefox has not started');
    return browser;
  };
}
