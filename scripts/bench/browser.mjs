/** Headless Chromium sessions with one extension loaded, and what the bench reads from them. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const DATA_SHOWN = 'review-companion:data-shown';

function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
  if (!found) throw new Error('Chromium not found: install it or set CHROMIUM_PATH');
  return found;
}

/** Fixture pages served at real suite URLs (the network itself is closed). */
export const PAGES = {
  review: { url: 'https://wd5.myworkday.com/acme/d/task/2997$4321.htmld', file: 'generic/workday-self-evaluation.html' },
  /** A manager's evaluation of Jane Doe (one of the people the bench seeds). */
  managerReview: { url: 'https://acme.orangehrmlive.com/web/index.php/performance/reviewEvaluateByAdmin/14', file: 'orangehrm/supervisor-evaluation.html' },
  lateReview: { url: 'https://wd5.myworkday.com/acme/d/task/2997$5555.htmld', file: 'bench/late-form.html' },
  hrOther: { url: 'https://acme.bamboohr.com/goals', file: 'bamboohr/goals.html' },
  storm: { url: 'https://acme.bamboohr.com/feed', file: 'bench/mutation-storm.html' },
};
export const NON_HR_URL = 'https://news.example.org/article';

/** Launches Chromium with one extension (or none); `fixtures` is the folder of the fixture pages. */
export async function launch(extensionDir, fixtures) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rc-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic', '--enable-precise-memory-info', '--js-flags=--expose-gc',
    ],
  });
  await context.route(/^https?:\/\//, (route) => route.abort());
  for (const { url, file } of Object.values(PAGES)) {
    const body = readFileSync(join(fixtures, file), 'utf8');
    await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  }
  await context.route(/^https:\/\/news\.example\.org\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>News</title><h1>Performance review tips</h1><textarea></textarea>' }));
  await context.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask', buffered: true });
    } catch {}
  });
  // A sidebar page's JS heap at the moment it marks its data shown (after a
  // full collection): read then, not when the bench next looks (ours goes on
  // loading the rest of the notes).
  await context.addInitScript((name) => {
    if (location.protocol !== 'chrome-extension:' || location.pathname !== '/sidebar.html') return;
    const mark = performance.mark.bind(performance);
    performance.mark = (markName, options) => {
      const entry = mark(markName, options);
      if (markName === name && window.__heapAtData === undefined) {
        // Full collections until the heap stops shrinking (at most 5): pages
        // closed before this one leave garbage in the same renderer that a
        // single collection does not free. The floor's page is measured the same way.
        for (let pass = 0, before = Infinity; pass < 5 && globalThis.gc && performance.memory.usedJSHeapSize < before; pass++) {
          before = performance.memory.usedJSHeapSize;
          globalThis.gc();
        }
        window.__heapAtData = performance.memory.usedJSHeapSize;
      }
      return entry;
    };
  }, DATA_SHOWN);
  let worker;
  if (extensionDir) {
    worker = context.serviceWorkers()[0];
    if (!worker && existsSync(join(extensionDir, 'background.js'))) worker = await context.waitForEvent('serviceworker');
  }
  let extensionId = worker ? new URL(worker.url()).host : undefined;
  if (extensionDir && !extensionId) {
    // No background (the no-op): read the id from the extensions page's data.
    extensionId = 'none';
  }
  if (extensionDir && existsSync(join(extensionDir, 'welcome.html'))) {
    // The install opens the welcome page in a tab of its own: closed before
    // anything is measured (as the end-to-end harness does), so that it
    // neither competes for the CPU nor comes to the front over a measured page.
    const isWelcome = (page) => page.url() === `chrome-extension://${extensionId}/welcome.html`;
    const welcome =
      context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => undefined));
    await welcome?.close();
  }
  return {
    context,
    extensionId,
    get worker() {
      return context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`));
    },
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page whose renderer's script time can be read (content scripts included; extension iframes run in another process). */
export async function meteredPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  page.scriptTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ScriptDuration').value * 1000;
  };
  page.cdp = cdp;
  return page;
}

/** Isolated worlds of extensions (content scripts) created in a page while it loads. */
export async function gotoCountingContentScripts(page, url) {
  const cdp = await page.context().newCDPSession(page);
  let isolated = 0;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) isolated++;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await cdp.detach();
  return isolated;
}

/** Milliseconds of a CPU profile spent with extension code on the stack (its own JS and the DOM calls it makes). */
export function extensionTime(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inExtension = new Map();
  const isExtension = (id) => {
    if (inExtension.has(id)) return inExtension.get(id);
    const node = byId.get(id);
    const result = node.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && isExtension(parent.get(id)));
    inExtension.set(id, result);
    return result;
  };
  let micros = 0;
  profile.samples.forEach((id, index) => {
    if (isExtension(id)) micros += profile.timeDeltas[index] ?? 0;
  });
  return micros / 1000;
}

export const sidebarFrame = (page) => page.frames().find((candidate) => candidate.url().split('#')[0].endsWith('/sidebar.html'));

/**
 * Waits until the sidebar frame of a page marks its data shown. Returns the
 * mark as an epoch time, the sidebar's own start → data, and its JS heap then.
 */
export async function sidebarShown(page, { heap = false } = {}) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const frame = sidebarFrame(page);
    if (frame) {
      const mark = await frame
        .evaluate(
          ({ name, heap }) => {
            const entry = performance.getEntriesByName(name)[0];
            if (!entry) return null;
            return { at: performance.timeOrigin + entry.startTime, sinceStart: entry.startTime, heap: heap ? window.__heapAtData : undefined };
          },
          { name: DATA_SHOWN, heap },
        )
        .catch(() => null);
      if (mark) return mark;
    }
    await page.waitForTimeout(5);
  }
  throw new Error('the sidebar never showed data');
}

/** Stops the extension's service worker (the next message starts it cold); resolves once it is stopped. */
export async function stopWorker(session) {
  const page = await session.context.newPage();
  // DevTools' ServiceWorker domain acts on the page's origin: the extension's.
  await page.goto(session.url('manifest.json'));
  const cdp = await session.context.newCDPSession(page);
  let running = true;
  const stopped = new Promise((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      running = versions.some((version) => version.runningStatus !== 'stopped');
      if (!running) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 5000))]);
  await page.close();
  if (running) throw new Error('the service worker did not stop');
}
