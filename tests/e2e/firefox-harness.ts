/** Firefox ESR with the built MV2 extension, driven by Puppeteer (shared by the Firefox tests). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
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

export async function launchFirefox(): Promise<Browser> {
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
  await closeWelcomePage(browser);
  return browser;
}

/**
 * The install opens the welcome page (tests/e2e/firefox-first-run.e2e.ts
 * checks it); close it once it is there, so that it does not come to the
 * front over a test's page later (a background tab gets no animation frames).
 */
async function closeWelcomePage(browser: Browser): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const here = await page.evaluate(() => location.href).catch(() => '');
      if (here.startsWith('moz-extension:') && new URL(here).pathname === '/welcome.html') {
        await page.close();
        return;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
