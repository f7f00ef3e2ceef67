/**
 * The editor fixture pages (tests/fixtures/editors, built from the real npm
 * packages by scripts/build-editor-fixtures.mjs) and the checks that insertion
 * runs on them, shared by the Chromium and Firefox tests. Every check reads the
 * editor's own model through the page's `window.__editor`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ROOT } from './harness';

export const EDITOR_FIXTURES = join(ROOT, '.output/editor-fixtures');
/** The pages are served on an HR suite's host, so the content script runs there as on a real review page. */
export const EDITORS_BASE = 'https://wd5.myworkday.com/editors/';

/** Builds the fixture pages (skipped when nothing changed since the last build). */
export function buildEditorFixtures(): void {
  const { status, stderr } = spawnSync(process.execPath, [join(ROOT, 'scripts/build-editor-fixtures.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (status !== 0) throw new Error(`Building the editor fixtures failed:\n${stderr}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.properties': 'text/plain; charset=utf-8',
};

/**
 * Where OpenUI5's loader finds `resources/…`: what the fixture build made
 * (compiled theme, descriptors), then the sources (`src/`) of the installed @openui5 packages.
 */
const OPENUI5_RESOURCES = [
  join(EDITOR_FIXTURES, 'resources'),
  ...readdirSync(join(ROOT, 'node_modules/@openui5')).map((name) => join(ROOT, 'node_modules/@openui5', name, 'src')),
];

/** The built file for a request under EDITORS_BASE (OpenUI5's resources under `resources/`), or undefined. */
/**
 * The address of an editor's page: a Workday task address, so that the gate
 * loads the launcher there as on a review form (on a Workday page whose
 * address is no review page, nothing but the gate runs).
 */
export function editorPageUrl(name: string): string {
  return `${EDITORS_BASE}d/${name}.htmld`;
}

export function editorFixtureFile(url: string): { body: Buffer; contentType: string } | undefined {
  if (!url.startsWith(EDITORS_BASE)) return undefined;
  // A page's address is `d/<name>.htmld` (editorPageUrl); its file `<name>.html`.
  const path = decodeURIComponent(new URL(url).pathname.slice(new URL(EDITORS_BASE).pathname.length)).replace(/^d\/(.+)\.htmld$/, '$1.html');
  if (path.includes('..')) return undefined;
  const file = path.startsWith('resources/')
    ? OPENUI5_RESOURCES.map((source) => join(source, path.slice('resources/'.length))).find((candidate) => existsSync(candidate))
    : join(EDITOR_FIXTURES, path);
  if (!file || !existsSync(file)) return undefined;
  return { body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' };
}

/** Library and exact version of each page, as built. */
export function editorVersions(): Record<string, { library: string; version: string }> {
  return JSON.parse(readFileSync(join(EDITOR_FIXTURES, 'versions.json'), 'utf8'));
}

export type EditorKind = 'rich' | 'textarea' | 'input';

/** What the model should hold after inserting `lines` (as separate blocks, or lines of a value, or one line). */
export function expectedParagraphs(kind: EditorKind, lines: string[]): string[] {
  return kind === 'input' ? [lines.join(' ')] : lines;
}

/**
 * What the model holds after `added` was appended to `existing`: a new
 * paragraph (a new line of a textarea, a space in an input).
 */
export function appendedModel(kind: EditorKind, existing: string, added: string): string[] {
  return kind === 'input' ? [`${existing} ${added}`] : [existing, added];
}

/** In the page: puts the caret at `offset` in the text node holding `text` inside the editor (or its iframe's body, or the field). */
export function placeCaretScript([text, offset]: [string, number]): boolean {
  const target = (window as any).__editor.target() as HTMLElement;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT') {
    const field = target as HTMLTextAreaElement;
    field.focus();
    const at = field.value.indexOf(text) + offset;
    field.setSelectionRange(at, at);
    return true;
  }
  const root = target.tagName === 'IFRAME' ? (target as HTMLIFrameElement).contentDocument!.body : target;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at === -1) continue;
    const range = doc.createRange();
    range.setStart(node, at + offset);
    range.collapse(true);
    const selection = doc.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }
  return false;
}
