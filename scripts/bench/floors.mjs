/**
 * The floors the benchmark compares the extension with, written at bench time
 * into a temporary folder: the least any extension of this architecture can
 * do for the same job.
 *
 * - no-op: a content script with the extension's own matches that does nothing;
 * - listener + URL check: the least a launcher must do on a page of a suite
 *   that is not a review page: listen for the background's messages (the
 *   toolbar button opens the sidebar on any page) and check the address
 *   against the hosted suites' review paths (read from the adapters' sources);
 * - minimal: a content script that mounts an iframe of an extension page in a
 *   closed shadow root; that page sends one message to a background, which
 *   reads the 30 newest notes and 20 goals by an `updatedAt` index and the page
 *   renders them as a plain list. The same extension holds the minimal import
 *   (papaparse, then one transaction of plain puts), an empty page, a page
 *   whose textarea one classic script focuses, and an options page that
 *   lists 50 of the 200 goals it reads from the database.
 * - stack: the minimal extension, with its sidebar and options pages built on
 *   the stack the architecture fixes for extension pages (stack-sidebar.js,
 *   stack-options.js): what any page of this architecture costs before it
 *   shows anything of its own.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const require = createRequire(import.meta.url);

/** The content-script entries of the built manifest, with our script swapped for the floor's. */
function contentScripts(manifest, file) {
  return manifest.content_scripts.map(({ matches, exclude_matches, run_at }) => ({
    matches,
    ...(exclude_matches ? { exclude_matches } : {}),
    ...(run_at ? { run_at } : {}),
    js: [file],
  }));
}

const MINIMAL_CONTENT = `
const host = document.createElement('minimal-sidebar');
const root = host.attachShadow({ mode: 'closed' });
const frame = document.createElement('iframe');
frame.src = chrome.runtime.getURL('/sidebar.html');
frame.setAttribute('style', 'border: 0; width: 100%; height: 100%; display: block');
root.append(frame);
host.setAttribute('style', 'all: initial; position: fixed; top: 0; bottom: 0; right: 0; width: 360px; z-index: 2147483647; display: block');
document.documentElement.append(host);
document.documentElement.style.marginRight = '360px';
`;

/** The database of the minimal extension: goals and notes, each with an updatedAt index. */
const OPEN_DB = `
function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('floor', 1);
    request.onupgradeneeded = () => {
      for (const name of ['goals', 'notes']) request.result.createObjectStore(name, { keyPath: 'id' }).createIndex('byUpdatedAt', 'updatedAt');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = tx.onabort = () => reject(tx.error); });
`;

const MINIMAL_BACKGROUND = `${OPEN_DB}
let db;
function newest(tx, store, count) {
  return new Promise((resolve, reject) => {
    const found = [];
    const request = tx.objectStore(store).index('byUpdatedAt').openCursor(null, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || found.length === count) return resolve(found);
      found.push(cursor.value);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}
chrome.runtime.onMessage.addListener((message, sender, respond) => {
  if (message?.type !== 'data') return false;
  (async () => {
    db ??= await openDb();
    const tx = db.transaction(['goals', 'notes']);
    const [goals, notes] = await Promise.all([newest(tx, 'goals', 20), newest(tx, 'notes', 30)]);
    respond({ goals, notes });
  })();
  return true;
});
/** Called by the bench through the worker: the same records as the extension gets. */
self.seed = async ({ goals, notes }) => {
  db ??= await openDb();
  const tx = db.transaction(['goals', 'notes'], 'readwrite');
  tx.objectStore('goals').clear();
  tx.objectStore('notes').clear();
  for (const goal of goals) tx.objectStore('goals').put(goal);
  for (const note of notes) tx.objectStore('notes').put(note);
  await done(tx);
};
`;

const MINIMAL_SIDEBAR = `
chrome.runtime.sendMessage({ type: 'data' }).then(({ goals, notes }) => {
  const list = document.createElement('ul');
  for (const item of [...goals.map((goal) => goal.title), ...notes.map((note) => note.text)]) {
    const entry = document.createElement('li');
    entry.textContent = item;
    list.append(entry);
  }
  document.body.append(list);
  performance.mark('review-companion:data-shown');
});
`;

const MINIMAL_IMPORT = `${OPEN_DB}
document.getElementById('file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  const { data } = Papa.parse(await file.text(), { header: true, skipEmptyLines: true });
  const db = await openDb();
  const tx = db.transaction('goals', 'readwrite');
  const store = tx.objectStore('goals');
  const now = Date.now();
  data.forEach((row, index) => store.put({ id: 'import_' + now + '_' + index, ...row, createdAt: now, updatedAt: now }));
  await done(tx);
  db.close();
  document.body.dataset.imported = String(data.length);
});
`;

/** 50 of the 200 goals, newest first, and a "show more": what the options page must show (its ready check in bench.mjs). */
const MINIMAL_OPTIONS = `${OPEN_DB}
openDb().then((db) => {
  const request = db.transaction('goals').objectStore('goals').index('byUpdatedAt').getAll();
  request.onsuccess = () => {
    const goals = request.result.reverse();
    const list = document.createElement('ul');
    list.dataset.testid = 'goal-list';
    for (const goal of goals.slice(0, 50)) {
      const entry = document.createElement('li');
      entry.textContent = goal.title;
      list.append(entry);
    }
    const more = document.createElement('button');
    more.className = 'show-more';
    more.textContent = 'Show ' + (goals.length - 50) + ' more';
    document.body.append(list, more);
  };
});
`;

const ADAPTERS = resolve(import.meta.dirname, '../../utils/adapters/suites');

/**
 * The hosted suites' domains and review paths, as their adapters declare them
 * (`hosts: [...]` and `path: /.../` in utils/adapters/suites/*.ts). Suites
 * with no hosted domain are left out: the manifest's content script never
 * runs on their pages.
 */
export function suiteReviewPaths() {
  const suites = [];
  for (const file of readdirSync(ADAPTERS).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(ADAPTERS, file), 'utf8');
    const hosts = /^\s*hosts: \[(.*)\],$/m.exec(source);
    const path = /^\s*path: (\/.+\/[a-z]*),$/m.exec(source);
    if (!hosts || !path) continue;
    const patterns = [...hosts[1].matchAll(/'([^']+)'/g)].map((match) => match[1]);
    if (patterns.length) suites.push({ hosts: patterns, path: path[1] });
  }
  if (suites.length < 10) throw new Error(`only ${suites.length} suites' review paths found in the adapters`);
  return suites;
}

const LISTEN_CONTENT = (suites) => `
const SUITES = [${suites.map(({ hosts, path }) => `[${JSON.stringify(hosts)}, ${path}]`).join(',\n')}];
function matches(url, pattern) {
  const [, scheme, host] = /^(\\*|https?):\\/\\/([^/]+)\\//.exec(pattern);
  if (scheme !== '*' && scheme + ':' !== url.protocol) return false;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}
chrome.runtime.onMessage.addListener(() => false);
const url = new URL(location.href);
const where = url.pathname + url.search + url.hash;
if (SUITES.some(([hosts, path]) => hosts.some((host) => matches(url, host)) && path.test(where))) document.documentElement.dataset.floorReview = '';
`;

const html = (body, script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body>${body}${script ? `<script src="${script}"></script>` : ''}</body></html>`;

/** Bundles `entry` (stack-sidebar.js, stack-options.js: Preact, zod/mini, the data model, the polyfill or idb) into `folder`/`file`. */
async function bundle(entry, folder, file) {
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    root: resolve(import.meta.dirname, '../..'),
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: folder,
      emptyOutDir: false,
      minify: true,
      lib: { entry: resolve(import.meta.dirname, entry), formats: ['iife'], name: 'floor', fileName: () => file },
    },
  });
}

/** Writes the floors for the built extension whose manifest is given; returns their folders. */
export async function writeFloors(manifest) {
  const root = mkdtempSync(join(tmpdir(), 'rc-floors-'));
  const noop = join(root, 'noop');
  mkdirSync(noop);
  writeFileSync(join(noop, 'noop.js'), '');
  writeFileSync(
    join(noop, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'no-op floor', version: '1.0', content_scripts: contentScripts(manifest, 'noop.js') }),
  );

  const listen = join(root, 'listen');
  mkdirSync(listen);
  writeFileSync(join(listen, 'listen.js'), LISTEN_CONTENT(suiteReviewPaths()));
  writeFileSync(
    join(listen, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'listener + URL check floor', version: '1.0', content_scripts: contentScripts(manifest, 'listen.js') }),
  );

  const minimal = join(root, 'minimal');
  mkdirSync(minimal);
  const files = {
    'content.js': MINIMAL_CONTENT,
    'background.js': MINIMAL_BACKGROUND,
    'sidebar.js': MINIMAL_SIDEBAR,
    'sidebar.html': html('', 'sidebar.js'),
    'import.js': MINIMAL_IMPORT,
    'import.html': html('<input type="file" id="file">', 'papaparse.min.js').replace('</body>', '<script src="import.js"></script></body>'),
    'empty.html': html(''),
    // The least a page can do to have a note box focused under the extension
    // pages' CSP (no inline script): the box in the HTML, one classic script.
    'focus.js': "document.getElementById('note').focus();\n",
    'popup.html': html('<textarea id="note"></textarea>', 'focus.js'),
    'options.js': MINIMAL_OPTIONS,
    'options.html': html('', 'options.js'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(minimal, name), text);
  copyFileSync(require.resolve('papaparse/papaparse.min.js'), join(minimal, 'papaparse.min.js'));
  writeFileSync(
    join(minimal, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'minimal sidebar floor',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: contentScripts(manifest, 'content.js'),
      web_accessible_resources: manifest.web_accessible_resources,
    }),
  );
  const stack = join(root, 'stack');
  mkdirSync(stack);
  for (const name of readdirSync(minimal)) copyFileSync(join(minimal, name), join(stack, name));
  await bundle('stack-sidebar.js', stack, 'sidebar.js');
  await bundle('stack-options.js', stack, 'options.js');
  return { root, noop, listen, minimal, stack };
}
