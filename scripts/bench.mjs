#!/usr/bin/env node
/**
 * The project's benchmark: sizes and speed of the built extension against the
 * budgets in DESIGN.md §5, measured side by side with a no-op extension on the
 * same pages in headless Chromium. Prints a table; exits 1 when a budget is
 * exceeded. Usage: npm run bench [-- --runs 9]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const EXT = join(root, '.output/chrome-mv3');
const FIXTURES = join(root, 'tests/fixtures/pages');
const REVIEW_URL = 'https://wd5.myworkday.com/acme/d/task/2997$4321.htmld';
const STORM_URL = 'https://acme.bamboohr.com/feed';
const OTHER_URL = 'https://news.example.org/article';

const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
if (build.status !== 0) throw new Error('wxt build failed');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const rows = [];
const row = (what, budget, measured, ok) => rows.push({ what, budget, measured, ok });

// ── sizes ────────────────────────────────────────────────────────────────
function pageScripts(html) {
  const files = new Set();
  for (const match of html.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)) files.add(match[1]);
  return [...files];
}
function sizeOf(files) {
  const code = files.map((file) => readFileSync(join(EXT, file))).reduce((all, part) => Buffer.concat([all, part]), Buffer.alloc(0));
  return { bytes: code.length, gzip: files.reduce((sum, file) => sum + gzipSync(readFileSync(join(EXT, file))).length, 0) };
}
const sizes = {
  'content script': sizeOf(['launcher.js']),
  'sidebar page JS': sizeOf(pageScripts(readFileSync(join(EXT, 'sidebar.html'), 'utf8'))),
  'popup page JS': sizeOf(pageScripts(readFileSync(join(EXT, 'popup.html'), 'utf8'))),
  'options page JS': sizeOf(pageScripts(readFileSync(join(EXT, 'options.html'), 'utf8'))),
  background: sizeOf(['background.js']),
};
const sizeBudgets = { 'content script': 10 * 1024, 'sidebar page JS': 40 * 1024 };
for (const [name, { bytes, gzip }] of Object.entries(sizes)) {
  const budget = sizeBudgets[name];
  row(`${name} (gzip)`, budget ? `≤ ${kb(budget)}` : '–', `${kb(gzip)} (${kb(bytes)} raw)`, budget ? gzip <= budget : true);
}

// ── browser runs ─────────────────────────────────────────────────────────
const noopDir = mkdtempSync(join(tmpdir(), 'rc-noop-'));
writeFileSync(join(noopDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'noop', version: '1.0' }));

function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
  if (!found) throw new Error('Chromium not found: install it or set CHROMIUM_PATH');
  return found;
}

async function launch(extensionDir) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rc-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  await context.route(/^https?:\/\//, (route) => route.abort());
  const fixture = (file) => readFileSync(join(FIXTURES, file), 'utf8');
  const serve = (pattern, file) => context.route(pattern, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture(file) }));
  await serve(/^https:\/\/wd5\.myworkday\.com\//, 'generic/workday-self-evaluation.html');
  await serve(/^https:\/\/acme\.bamboohr\.com\/feed/, 'bench/mutation-storm.html');
  await context.route(/^https:\/\/news\.example\.org\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>News</title><h1>Performance review tips</h1><textarea></textarea>' }));
  await context.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask', buffered: true });
    } catch {}
  });
  let worker = context.serviceWorkers()[0];
  if (extensionDir === EXT) worker ??= await context.waitForEvent('serviceworker');
  const extensionId = worker ? new URL(worker.url()).host : undefined;
  if (extensionDir === EXT && extensionId) {
    // The install opens the welcome page: close it before anything is measured.
    const isWelcome = (page) => page.url() === `chrome-extension://${extensionId}/welcome.html`;
    const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => undefined));
    await welcome?.close();
  }
  return { context, extensionId, close: async () => { await context.close(); rmSync(userDataDir, { recursive: true, force: true }); } };
}

/**
 * A page whose renderer script time can be read: content scripts included;
 * extension iframes run in another process and are not counted.
 */
async function meteredPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  page.scriptTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ScriptDuration').value * 1000;
  };
  return page;
}

/** Isolated worlds (content scripts) created in a page while it loads. */
async function gotoCountingContentScripts(page, url) {
  const cdp = await page.context().newCDPSession(page);
  let isolated = 0;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    // Content scripts run in isolated worlds whose origin is the extension's.
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) isolated++;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await cdp.detach();
  return isolated;
}

/** Milliseconds of a CPU profile spent with extension code on the stack (its own JS and the DOM calls it makes). */
function extensionTime(profile) {
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

async function seed(session, goalCount, noteCount) {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForSelector('.options h2');
  await page.evaluate(async ({ goalCount, noteCount }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('review-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const settings = await new Promise((resolve) => {
      const request = db.transaction('settings').objectStore('settings').get('settings');
      request.onsuccess = () => resolve(request.result);
    });
    const cycleId = settings.currentCycleId;
    const tx = db.transaction(['goals', 'notes'], 'readwrite');
    const now = Date.now();
    for (let i = 0; i < goalCount; i++) {
      tx.objectStore('goals').put({ id: `goal_b${i}`, cycleId, title: `Goal ${i}: grow revenue in region ${i}`, kind: 'quantitative', unit: 'k€', baseline: 100, target: 150, actual: 100 + (i % 60), direction: 'increase', status: 'on_track', keyResults: [], source: {}, createdAt: now + i, updatedAt: now + i });
    }
    const parts = ['results', 'difficulties', 'successes', 'skills', 'training', 'management', 'evolution', 'salary', 'question', 'other'];
    for (let i = 0; i < noteCount; i++) {
      tx.objectStore('notes').put({ id: `note_b${i}`, cycleId, part: parts[i % parts.length], text: `Note ${i}: shipped feature ${i} ahead of plan, customer feedback positive`, createdAt: now + i, updatedAt: now + i });
    }
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, { goalCount, noteCount });
  await page.close();
}

/** DOMContentLoaded of the host page → the sidebar shows data; and the sidebar's own start → data. */
async function sidebarTimings(page) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => candidate.url().split('#')[0].endsWith('/sidebar.html'));
    if (frame) {
      const mark = await frame.evaluate(() => {
        const entry = performance.getEntriesByName('review-companion:data-shown')[0];
        return entry ? { at: performance.timeOrigin + entry.startTime, sinceStart: entry.startTime } : null;
      }).catch(() => null);
      if (mark) {
        const dcl = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
        return { fromDcl: mark.at - dcl, sinceSidebarStart: mark.sinceStart };
      }
    }
    await page.waitForTimeout(10);
  }
  throw new Error('sidebar never showed data');
}

const ext = await launch(EXT);
const noop = await launch(noopDir);
try {
  // Bytes injected on a page that is not an HR suite.
  const otherPage = await ext.context.newPage();
  const injectedElsewhere = await gotoCountingContentScripts(otherPage, OTHER_URL);
  await otherPage.close();
  const hrPage = await ext.context.newPage();
  const injectedOnReview = await gotoCountingContentScripts(hrPage, REVIEW_URL);
  await hrPage.close();
  row('content scripts injected on a non-HR site', '0 (0 bytes)', `${injectedElsewhere} (${injectedElsewhere ? kb(sizes['content script'].bytes) : '0 bytes'}); on a review page: ${injectedOnReview}`, injectedElsewhere === 0 && injectedOnReview === 1);

  // Script time and long tasks on a review page, extension vs. no-op.
  const load = { ext: [], noop: [], extLong: 0, noopLong: 0, fromDcl: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, session] of [['noop', noop], ['ext', ext]]) {
      const page = await meteredPage(session.context);
      await page.goto(REVIEW_URL, { waitUntil: 'load' });
      if (name === 'ext') load.fromDcl.push((await sidebarTimings(page)).fromDcl);
      await page.waitForTimeout(200);
      load[name].push(await page.scriptTime());
      const longTasks = await page.evaluate(() => window.__longTasks.length);
      load[`${name}Long`] += longTasks;
      await page.close();
    }
  }
  const extra = median(load.ext) - median(load.noop);
  row('extension script time on a review page (median)', '≤ 20 ms', `${ms(extra)} (page alone ${ms(median(load.noop))}, with extension ${ms(median(load.ext))})`, extra <= 20);
  row(`long tasks ≥ 50 ms on a review page (${RUNS} loads)`, '0 caused', `${load.extLong} with extension, ${load.noopLong} without`, load.extLong <= load.noopLong);
  row('DOMContentLoaded → sidebar shows data (median)', '≤ 150 ms', ms(median(load.fromDcl)), median(load.fromDcl) <= 150);

  // Mutation storm on a non-review page of a suite: host overhead. Two views:
  // the CPU profile's samples whose stack passes through the extension's code
  // (precise), and the difference of the page's total script time with and
  // without the extension (includes what the browser does for the observer,
  // but noisy at this scale).
  const storm = { ext: [], noop: [], attributed: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, session] of [['noop', noop], ['ext', ext]]) {
      const page = await meteredPage(session.context);
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await page.goto(STORM_URL, { waitUntil: 'load' });
      const before = await page.scriptTime();
      await cdp.send('Profiler.start');
      await page.evaluate(() => window.stormDone);
      const { profile } = await cdp.send('Profiler.stop');
      storm[name].push((await page.scriptTime()) - before);
      if (name === 'ext') storm.attributed.push(extensionTime(profile));
      await page.close();
    }
  }
  const attributed = (median(storm.attributed) / median(storm.noop)) * 100;
  const difference = (median(storm.ext) / median(storm.noop) - 1) * 100;
  row(
    'SPA mutation storm (5k nodes/s) overhead on the host',
    '≤ 5 %',
    `${attributed.toFixed(1)} % (${ms(median(storm.attributed))} in extension code vs ${ms(median(storm.noop))} page script; total-time difference ${difference.toFixed(0)} %, noisy)`,
    attributed <= 5,
  );

  // Import 10,000 goal rows through the options page, as a user would: file →
  // preview on screen; then commit → done message. A fresh profile each run.
  const importRuns = { parse: [], commit: [] };
  const rows = ['Title;Target;Actual;Unit;Status;Due date'];
  for (let i = 1; i <= 10_000; i++) rows.push(`Goal ${i}: grow region ${i % 97};${100 + (i % 50)};${(80 + (i % 40)).toString()},5;k€;on track;${String(1 + (i % 28)).padStart(2, '0')}/12/2026`);
  const bigCsv = Buffer.from(rows.join('\r\n'), 'utf8');
  for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 3)); run++) {
    const session = await launch(EXT);
    try {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/options.html`);
      await page.waitForSelector('#import-file');
      const started = Date.now();
      await page.setInputFiles('#import-file', { name: 'goals-10k.csv', mimeType: 'text/csv', buffer: bigCsv });
      await page.getByRole('button', { name: 'Import 10000 goals' }).waitFor({ timeout: 30_000 });
      importRuns.parse.push(Date.now() - started);
      const committing = Date.now();
      await page.getByRole('button', { name: 'Import 10000 goals' }).click();
      await page.locator('.import .status', { hasText: 'Imported: 10000 new' }).waitFor({ timeout: 30_000 });
      importRuns.commit.push(Date.now() - committing);
    } finally {
      await session.close();
    }
  }
  const importTotal = median(importRuns.parse) + median(importRuns.commit);
  row(
    'import 10,000 goal rows (CSV): parse + preview, commit (median)',
    '≤ 2 s',
    `${ms(median(importRuns.parse))} + ${ms(median(importRuns.commit))} = ${ms(importTotal)}`,
    importTotal <= 2000,
  );

  // Sidebar with 200 goals and 5,000 notes.
  await seed(ext, 200, 5000);
  const big = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await ext.context.newPage();
    await page.goto(REVIEW_URL, { waitUntil: 'domcontentloaded' });
    big.push((await sidebarTimings(page)).sinceSidebarStart);
    // Let the sidebar finish loading the rest of the notes before the next
    // run, so that runs do not queue behind each other in the background.
    const frame = page.frames().find((candidate) => candidate.url().split('#')[0].endsWith('/sidebar.html'));
    await frame.locator('#notes-heading', { hasText: '(5000)' }).waitFor({ timeout: 15_000 });
    await page.close();
  }
  row('sidebar first data, 200 goals + 5,000 notes (median)', '≤ 100 ms', ms(median(big)), median(big) <= 100);
} finally {
  await ext.close();
  await noop.close();
  rmSync(noopDir, { recursive: true, force: true });
}

const width = (key) => Math.max(key.length, ...rows.map((entry) => String(entry[key]).length));
const header = { what: 'what', budget: 'budget', measured: 'measured', ok: 'ok' };
for (const entry of [header, ...rows]) {
  const ok = entry === header ? 'ok' : entry.ok ? 'yes' : 'NO';
  console.log(`${entry.what.padEnd(width('what'))}  ${entry.budget.padEnd(width('budget'))}  ${String(entry.measured).padEnd(width('measured'))}  ${ok}`);
}
console.log(`\n(${RUNS} runs per timing, Chromium headless, ${new Date().toISOString().slice(0, 10)})`);
process.exit(rows.every((entry) => entry.ok) ? 0 : 1);
