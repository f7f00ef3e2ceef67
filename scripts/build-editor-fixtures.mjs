#!/usr/bin/env node
/**
 * Builds one test page per real editor and framework field (tests/fixtures/editors)
 * from the npm packages, with vite, into .output/editor-fixtures (not committed).
 * Each page exposes `window.__editor` (see common.js). The end-to-end tests
 * serve these pages at an HR suite's URL. Skipped when nothing it depends on
 * changed since the last build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import lessOpenUI5 from 'less-openui5';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const sources = join(root, 'tests/fixtures/editors');
export const EDITOR_FIXTURES_DIR = join(root, '.output/editor-fixtures');

/** OpenUI5's libraries the page loads (sap.m and what it depends on), and the theme. */
const OPENUI5_LIBRARIES = ['sap.ui.core', 'sap.m', 'sap.ui.layout', 'sap.ui.unified'];
const OPENUI5_THEME = 'sap_horizon';
/** The packages' `src/` folders: together they are OpenUI5's `resources/`. */
const OPENUI5_SOURCES = [...OPENUI5_LIBRARIES, `themelib_${OPENUI5_THEME}`].map((name) => join(root, 'node_modules/@openui5', name, 'src'));

/** OpenUI5's own bootstrap (sap-ui-core.js) with sap.m, before the page's module. */
const OPENUI5_BOOTSTRAP = `<script id="sap-ui-bootstrap" src="/editors/resources/sap-ui-core.js" data-sap-ui-libs="sap.m" data-sap-ui-theme="${OPENUI5_THEME}" data-sap-ui-language="en" data-sap-ui-async="true" data-sap-ui-compat-version="edge"></script>`;

/** Page name → entry module, library whose version the page shows, and the field a framework page renders. */
export const EDITOR_PAGES = {
  quill: { entry: 'quill', library: 'quill' },
  prosemirror: { entry: 'prosemirror', library: 'prosemirror-view' },
  tiptap: { entry: 'tiptap', library: '@tiptap/core' },
  ckeditor: { entry: 'ckeditor', library: 'ckeditor5' },
  tinymce: { entry: 'tinymce', library: 'tinymce' },
  lexical: { entry: 'lexical', library: 'lexical' },
  slate: { entry: 'slate', library: 'slate-react' },
  draft: { entry: 'draft', library: 'draft-js' },
  trix: { entry: 'trix', library: 'trix' },
  jodit: { entry: 'jodit', library: 'jodit' },
  'react-textarea': { entry: 'react', library: 'react-dom', field: 'textarea' },
  'react-input': { entry: 'react', library: 'react-dom', field: 'input' },
  vue: { entry: 'vue', library: 'vue' },
  'vue-lazy': { entry: 'vue', library: 'vue', field: 'lazy' },
  'canvas-kit': { entry: 'canvas-kit', library: '@workday/canvas-kit-react' },
  // UI5 brings its own module loader: the page bootstraps it from the packages'
  // sources, which the test serves under /editors/resources/ (see tests/e2e/editors.ts).
  openui5: { entry: 'openui5', library: '@openui5/sap.m', bootstrap: OPENUI5_BOOTSTRAP },
  // The same TextArea as UI5 configures it by default: the value (and the model) follow when the user leaves the field.
  'openui5-change': { entry: 'openui5', library: '@openui5/sap.m', field: 'change', bootstrap: OPENUI5_BOOTSTRAP },
};

function versionOf(library) {
  return JSON.parse(readFileSync(join(root, 'node_modules', library, 'package.json'), 'utf8')).version;
}

function fingerprint() {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'package-lock.json')));
  hash.update(readFileSync(import.meta.filename));
  for (const file of readdirSync(sources).sort()) hash.update(file).update(readFileSync(join(sources, file)));
  return hash.digest('hex');
}

function page(name, { library, field, bootstrap }, assets) {
  const css = assets.css.map((file) => `<link rel="stylesheet" href="/editors/${file}">`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Self-evaluation – ${name}</title>
${css}${bootstrap ? `\n${bootstrap}` : ''}
<script type="module" src="/editors/${assets.file}"></script>
</head>
<body${field ? ` data-field="${field}"` : ''}>
<main>
<h1>Self-evaluation</h1>
<p>Editor: <span id="library">${library} ${versionOf(library)}</span></p>
<label for="editor">Comment</label>
<div id="editor"></div>
</main>
</body>
</html>
`;
}

/**
 * What OpenUI5's build tooling adds to the packages' sources for a server,
 * made here from them into `resources/` (served before the sources): each
 * library's theme compiled from its LESS sources with SAP's own compiler, each
 * library's descriptor (manifest.json, from its .library file and message
 * bundles) and the version file.
 */
async function buildOpenUI5Resources() {
  const out = join(EDITOR_FIXTURES_DIR, 'resources');
  const write = (path, content) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  };
  const builder = new lessOpenUI5.Builder();
  const libraries = [];
  for (const name of OPENUI5_LIBRARIES) {
    const folder = name.replaceAll('.', '/');
    const version = versionOf(`@openui5/${name}`);
    libraries.push({ name, version });
    const themeSource = `${folder}/themes/${OPENUI5_THEME}/library.source.less`;
    if (OPENUI5_SOURCES.some((source) => existsSync(join(source, themeSource)))) {
      const { css } = await builder.build({ lessInputPath: themeSource, rootPaths: OPENUI5_SOURCES, rtl: false, library: { name } });
      write(`${folder}/themes/${OPENUI5_THEME}/library.css`, css);
    }
    const sources = join(root, 'node_modules/@openui5', name, 'src', folder);
    const locales = readdirSync(sources)
      .map((file) => /^messagebundle(?:_(.+))?\.properties$/.exec(file))
      .filter(Boolean)
      .map((match) => match[1] ?? '');
    write(
      `${folder}/manifest.json`,
      JSON.stringify({
        _version: '1.21.0',
        'sap.app': { id: name, type: 'library', embeds: [], applicationVersion: { version } },
        'sap.ui': { technology: 'UI5', supportedThemes: [OPENUI5_THEME] },
        'sap.ui5': { library: { i18n: locales.length > 0 ? { bundleUrl: 'messagebundle.properties', supportedLocales: locales } : false } },
      }),
    );
  }
  builder.clearCache();
  write('sap-ui-version.json', JSON.stringify({ name: 'openui5', version: versionOf('@openui5/sap.ui.core'), libraries }));
}

export async function buildEditorFixtures({ force = false } = {}) {
  const stamp = join(EDITOR_FIXTURES_DIR, '.fingerprint');
  const current = fingerprint();
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === current) return false;
  const entries = [...new Set(Object.values(EDITOR_PAGES).map(({ entry }) => entry))];
  await build({
    configFile: false,
    root: sources,
    base: '/editors/',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
    build: {
      outDir: EDITOR_FIXTURES_DIR,
      emptyOutDir: true,
      manifest: true,
      minify: false,
      sourcemap: false,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100_000,
      rollupOptions: { input: Object.fromEntries(entries.map((entry) => [entry, join(sources, `${entry}.js`)])) },
    },
  });
  const manifest = JSON.parse(readFileSync(join(EDITOR_FIXTURES_DIR, '.vite/manifest.json'), 'utf8'));
  const versions = {};
  for (const [name, spec] of Object.entries(EDITOR_PAGES)) {
    const chunk = manifest[`${spec.entry}.js`];
    // CSS of the entry and of the chunks it imports.
    const css = new Set(chunk.css ?? []);
    for (const imported of chunk.imports ?? []) for (const file of manifest[imported]?.css ?? []) css.add(file);
    writeFileSync(join(EDITOR_FIXTURES_DIR, `${name}.html`), page(name, spec, { file: chunk.file, css: [...css] }));
    versions[name] = { library: spec.library, version: versionOf(spec.library) };
  }
  await buildOpenUI5Resources();
  writeFileSync(join(EDITOR_FIXTURES_DIR, 'versions.json'), JSON.stringify(versions, null, 2));
  writeFileSync(stamp, current);
  return true;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const started = Date.now();
  const built = await buildEditorFixtures({ force: process.argv.includes('--force') });
  console.log(built ? `Editor fixtures built in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'Editor fixtures are up to date');
}
