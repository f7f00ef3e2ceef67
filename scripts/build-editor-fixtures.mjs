#!/usr/bin/env node
/**
 * Builds one test page per real editor and framework field (tests/fixtures/editors)
 * from the npm packages, with vite, into .output/editor-fixtures (not committed).
 * Each page exposes `window.__editor` (see common.js). The end-to-end tests
 * serve these pages at an HR suite's URL. Skipped when nothing it depends on
 * changed since the last build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const sources = join(root, 'tests/fixtures/editors');
export const EDITOR_FIXTURES_DIR = join(root, '.output/editor-fixtures');

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
  'canvas-kit': { entry: 'canvas-kit', library: '@workday/canvas-kit-react' },
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

function page(name, { library, field }, assets) {
  const css = assets.css.map((file) => `<link rel="stylesheet" href="/editors/${file}">`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Self-evaluation – ${name}</title>
${css}
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
  writeFileSync(join(EDITOR_FIXTURES_DIR, 'versions.json'), JSON.stringify(versions, null, 2));
  writeFileSync(stamp, current);
  return true;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const started = Date.now();
  const built = await buildEditorFixtures({ force: process.argv.includes('--force') });
  console.log(built ? `Editor fixtures built in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'Editor fixtures are up to date');
}
