/**
 * Starts headless Chromium with the built extension (.output/chrome-mv3) and
 * serves fixture pages at the HR suites' real URLs with `context.route`, so
 * the content script's real match patterns apply. No network is used: every
 * other request is refused.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** The test build (`wxt build --mode e2e`): a test custom site granted at install, notifications, the toolbar toggle reachable. */
export const E2E_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Chromium (not branded Chrome, which ignores --load-extension): CHROMIUM_PATH, then the usual places. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH ' +
        'to a Chromium binary. Branded Google Chrome cannot be used: it ignores --load-extension.',
    );
  }
  return found;
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests to the network that no test served (refused). Expected to stay empty. */
  refusedRequests: string[];
  /** URL of an extension page, e.g. `page('popup.html')`. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * The install opens the welcome page in a tab of its own: it is closed once
 * it is there (a tab opened late could come to the front over a test's page),
 * unless `keepWelcome` (the first-run tests look at it).
 * `profile`: a browser profile folder to use again (e.g. to start the browser
 * a second time on an updated extension); it is kept on close. By default a
 * fresh temporary profile, removed on close.
 */
export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  { profile, keepWelcome = false }: { profile?: string; keepWelcome?: boolean } = {},
): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'review-companion-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // Nothing may leave the machine: refuse every request no test serves, and keep a list.
  const refusedRequests: string[] = [];
  await context.route(/^https?:\/\//, (route) => {
    refusedRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (!keepWelcome && !profile) {
    const isWelcome = (page: Page) => page.url() === `chrome-extension://${extensionId}/welcome.html`;
    const welcome =
      context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => undefined));
    await welcome?.close();
  }
  return {
    context,
    worker,
    extensionId,
    refusedRequests,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async close() {
      await context.close();
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One browser with the extension for a whole test file: launched before the
 * file's first test (then `setUp` runs, e.g. to serve fixture pages), closed
 * after its last. The object returned stands for that session.
 */
export function sessionPerFile(
  options: { extensionDir?: string; keepWelcome?: boolean; setUp?: (session: ExtensionSession) => Promise<unknown> } = {},
): ExtensionSession {
  let current: ExtensionSession | undefined;
  const started = (): ExtensionSession => {
    if (!current) throw new Error('The extension session starts in beforeAll: use it inside tests and hooks.');
    return current;
  };
  beforeAll(async () => {
    current = await launchWithExtension(options.extensionDir, { keepWelcome: options.keepWelcome });
    await options.setUp?.(current);
  });
  afterAll(async () => {
    await current?.close();
  });
  return {
    get context() {
      return started().context;
    },
    get worker() {
      return started().worker;
    },
    get extensionId() {
      return started().extensionId;
    },
    get refusedRequests() {
      return started().refusedRequests;
    },
    url: (path) => started().url(path),
    close: () => started().close(),
  };
}

/** The session most files use: the extension, and the review fixture served at its Workday URL. */
export function reviewSessionPerFile(extensionDir?: string): ExtensionSession {
  return sessionPerFile({ extensionDir, setUp: (session) => serveReviewFixture(session.context) });
}

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** Serves `fixture` (a file under tests/fixtures/pages) for every URL matching `url`. */
export async function serveFixture(context: BrowserContext, url: string | RegExp, fixture: string): Promise<void> {
  const body = readFixture(fixture);
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** A Workday self-evaluation task, served from the generic fixture (see serveReviewFixture). */
export const REVIEW_URL = 'https://wd5.myworkday.com/acme/d/task/2997$4321.htmld';

/** Serves the Workday-like self-evaluation fixture on wd5.myworkday.com. */
export function serveReviewFixture(context: BrowserContext): Promise<void> {
  return serveFixture(context, /^https:\/\/wd5\.myworkday\.com\//, 'generic/workday-self-evaluation.html');
}

/** Whether a frame shows the extension's sidebar page (the launcher's frames carry a token in the fragment). */
export function isSidebarUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /^(chrome|moz)-extension:$/.test(parsed.protocol) && parsed.pathname === '/sidebar.html';
  } catch {
    return false;
  }
}

/** The sidebar iframe of a page, once it has loaded. */
export async function sidebarFrame(page: Page, timeout = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => isSidebarUrl(candidate.url()));
    if (frame) {
      await frame.waitForSelector('.sidebar', { timeout: Math.max(1, deadline - Date.now()) });
      return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('The sidebar did not appear');
}

/** Whether the launcher has mounted its host element. */
export async function hasSidebarHost(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('review-companion-sidebar') !== null);
}

/** The tab of `page`, as the toolbar button or the shortcut would get it: the active tab. */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  return session.worker.evaluate(async () => {
    const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

/**
 * What the popup's "open the sidebar on this tab" does to `page`'s tab: the
 * same message, from a page of the popup (the background checks that it
 * comes from the popup, in a top frame). Resolves to the background's answer.
 */
export async function openSidebarOnTab(session: ExtensionSession, page: Page): Promise<boolean> {
  const tabId = await tabIdOf(session, page);
  const popup = await session.context.newPage();
  try {
    await popup.goto(session.url('popup.html'));
    return await popup.evaluate((id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'open-sidebar', tabId: id }), tabId);
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}

/**
 * What the toolbar button and the shortcut do to `page`'s tab (browser UI a
 * test cannot press): the function their handlers call, which only the test
 * build (E2E_EXTENSION_DIR) exposes.
 */
export async function toggleSidebarOnTab(session: ExtensionSession, page: Page): Promise<boolean> {
  const tabId = await tabIdOf(session, page);
  return session.worker.evaluate((id) => {
    const hooks = (globalThis as any).reviewCompanionTest;
    if (!hooks) throw new Error('The toolbar toggle is reachable only in the test build: start this session with E2E_EXTENSION_DIR.');
    return hooks.toggleSidebarOnTab(id);
  }, tabId);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on a page or frame, as short lines (rule: target), for a readable failure. */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE);
  const result = await target.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const run = await axe.run(document, { resultTypes: ['violations'] });
    return run.violations.flatMap((violation: any) =>
      violation.nodes.map((node: any) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`),
    );
  });
  return result as string[];
}

/**
 * Holds the requests of `page` whose URL matches `urlPattern` (DevTools
 * wildcards, e.g. `*\/chunks/popup-*`; extension files included) until
 * `release()`: what a page does while one of its scripts has not arrived.
 * Call before navigating.
 */
export async function holdRequests(page: Page, urlPattern: string): Promise<{ held(): number; release(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const held: string[] = [];
  let holding = true;
  cdp.on('Fetch.requestPaused', ({ requestId }: { requestId: string }) => {
    if (holding) held.push(requestId);
    else void cdp.send('Fetch.continueRequest', { requestId }).catch(() => undefined);
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern, requestStage: 'Request' }] });
  return {
    held: () => held.length,
    async release() {
      holding = false;
      for (const requestId of held.splice(0)) await cdp.send('Fetch.continueRequest', { requestId });
      await cdp.send('Fetch.disable');
    },
  };
}
