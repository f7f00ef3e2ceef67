#!/usr/bin/env node
/**
 * `npm start`: builds the extension (Chromium), starts Chromium with it in a
 * fresh temporary profile (never the user's own), puts the sample data in
 * place through the practice form's own button, and leaves the practice form
 * open with the sidebar beside it. Close the browser to end; the temporary
 * profile is deleted.
 *
 * Without a display ($DISPLAY and $WAYLAND_DISPLAY unset on Linux) or with
 * `--headless`, it runs headless instead, writes screenshots of the popup,
 * the sidebar on the practice form and the preparation document (plus the
 * welcome page) to a folder it prints, and exits.
 *
 * `npm run screenshots` (`--screenshots`): the same, headless, 1280×800, into
 * store/screenshots/ for the store listings.
 *
 * Options: --headless, --screenshots, --out <folder>, --no-build.
 * Chromium: CHROMIUM_PATH, else the usual places (as the end-to-end tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

const forStore = flag('screenshots');
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const headless = forStore || flag('headless') || !hasDisplay;
const SIZE = { width: 1280, height: 800 };
const extensionDir = join(root, '.output/chrome-mv3');

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH. ' +
        'Branded Google Chrome cannot be used: it ignores --load-extension.',
    );
  }
  return found;
}

function build() {
  console.log('Building the extension (Chromium)…');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const { status } = spawnSync(npx, ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0) throw new Error('The build failed (see above).');
}

/** Puts the sample data in place with the practice form's own button; returns the practice tab with its sidebar showing it. */
async function practiceWithSampleData(context, url) {
  const practice = await context.newPage();
  await practice.goto(url('practice.html'));
  const fill = practice.getByRole('button', { name: 'Fill with sample data' });
  await fill.waitFor();
  await fill.click();
  await practice.getByRole('button', { name: 'Remove sample data' }).waitFor();
  const sidebar = await sidebarFrame(practice);
  await sidebar.locator('[data-testid="notes"] li').first().waitFor();
  return { practice, sidebar };
}

async function sidebarFrame(page) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => {
      try {
        return new URL(candidate.url()).pathname === '/sidebar.html';
      } catch {
        return false;
      }
    });
    if (frame) {
      await frame.waitForSelector('.sidebar');
      return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('The sidebar did not appear on the practice form.');
}

async function screenshots(context, url, folder) {
  mkdirSync(folder, { recursive: true });
  const written = [];
  const shoot = async (page, name) => {
    await page.setViewportSize(SIZE);
    // Fonts and late layout settle; nothing animates.
    await page.evaluate(() => document.fonts.ready);
    const file = join(folder, name);
    await page.screenshot({ path: file });
    written.push(file);
  };

  const { practice, sidebar } = await practiceWithSampleData(context, url);
  // A note inserted into the form, as a user would.
  await practice.click('#goal-comment-1');
  await sidebar.locator('[data-testid="notes"] li').first().getByRole('button', { name: /^Insert into the form/ }).click();
  await practice.waitForFunction(() => document.querySelector('#goal-comment-1')?.value.length > 0);
  await practice.click('#goal-comment-2');
  await sidebar.evaluate(() => window.scrollTo(0, 0));
  await practice.evaluate(() => window.scrollTo(0, 0));
  await shoot(practice, '1-sidebar-on-practice-form.png');

  // The popup, as it opens from the toolbar, on a plain backdrop.
  const popup = await context.newPage();
  await popup.setViewportSize(SIZE);
  await popup.goto(url('popup.html'));
  await popup.locator('#note-text').fill('Presented the cost dashboard to the leadership team');
  await popup.addStyleTag({ content: 'html, :root { background: #e9ecf2 !important; } body { margin: 48px auto; box-shadow: 0 4px 24px rgba(0,0,0,.18); border-radius: 8px; }' });
  await shoot(popup, '2-popup.png');

  const prep = await context.newPage();
  await prep.setViewportSize(SIZE);
  await prep.goto(url('prep.html'));
  await prep.locator('[data-testid="prep-document"]').waitFor();
  await shoot(prep, '3-preparation-document.png');

  const welcome = await context.newPage();
  await welcome.setViewportSize(SIZE);
  await welcome.goto(url('welcome.html'));
  await welcome.locator('[data-testid="step-practice"][data-done="true"]').waitFor();
  await shoot(welcome, '4-welcome.png');
  return written;
}

async function main() {
  if (!flag('no-build')) build();
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}.`);
  // A fresh temporary profile: the user's own browser profile is never used.
  const profile = mkdtempSync(join(tmpdir(), 'review-companion-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    locale: forStore ? 'en-US' : undefined,
    viewport: headless ? SIZE : null,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...(forStore ? ['--lang=en-US'] : []),
      ...(headless ? ['--disable-gpu', '--hide-scrollbars'] : []),
    ],
  });
  const cleanUp = () => rmSync(profile, { recursive: true, force: true });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const url = (path) => `chrome-extension://${id}/${path}`;

    if (headless) {
      const folder = resolve(option('out') ?? (forStore ? join(root, 'store/screenshots') : mkdtempSync(join(tmpdir(), 'review-companion-screenshots-'))));
      const written = await screenshots(context, url, folder);
      console.log(`Screenshots (${SIZE.width}×${SIZE.height}) written to ${folder}:`);
      for (const file of written) console.log(`  ${file}`);
      await context.close();
      cleanUp();
      return;
    }

    const { practice } = await practiceWithSampleData(context, url);
    await practice.bringToFront();
    console.log('Chromium is open with Review Companion in a temporary profile: the practice form with sample data and the sidebar.');
    console.log('Close the browser window to end (the temporary profile is then deleted).');
    await new Promise((done) => context.on('close', done));
    cleanUp();
  } catch (error) {
    await context.close().catch(() => undefined);
    cleanUp();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
