/**
 * Insertion into real editors and framework fields (the npm packages, bundled
 * into one page each), in Chromium with the built extension: one line, three
 * lines, at the caret between two words, appended after what the field holds,
 * and one undo; every check reads the editor's own model, and no page error
 * may occur. Some go through the sidebar's Insert buttons, the rest through
 * the message the background sends the page's launcher for them.
 */
import type { Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditorFixtures, editorFixtureFile, EDITORS_BASE, expectedParagraphs, placeCaretScript, type EditorKind } from './editors';
import { ROOT, sessionPerFile, sidebarFrame, setSidebarOnTab, tabIdOf } from './harness';
import { jotNote } from './pages';

beforeAll(() => buildEditorFixtures(), 120_000);
const session = sessionPerFile({
  setUp: ({ context }) =>
    context.route(
      (url) => url.href.startsWith(EDITORS_BASE),
      (route) => {
        const file = editorFixtureFile(route.request().url());
        return file ? route.fulfill({ status: 200, ...file }) : route.fulfill({ status: 404, body: '' });
      },
    ),
});

const EDITORS = ['quill', 'prosemirror', 'tiptap', 'ckeditor', 'tinymce', 'lexical', 'slate', 'draft', 'trix', 'jodit', 'react-textarea', 'react-input', 'vue', 'canvas-kit'];
const THREE_LINES = ['Signed ACME in March', 'Led the onboarding rework', 'Mentored two new hires'];
const APPENDED = 'Asked for a training budget';

interface OpenEditor {
  page: Page;
  kind: EditorKind;
  errors: string[];
}

async function openEditor(name: string): Promise<OpenEditor> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${EDITORS_BASE}${name}.html`);
  await page.waitForFunction(() => (window as any).__editor?.ready === true);
  const kind = await page.evaluate(() => (window as any).__editor.kind as EditorKind);
  return { page, kind, errors };
}

const paragraphs = (page: Page) => page.evaluate(() => (window as any).__editor.paragraphs() as string[]);
const load = (page: Page, text: string) => page.evaluate((value) => (window as any).__editor.load(value), text);
/** Clicks into the field as a user would (the launcher then knows it as the field the user is in). */
const clickInto = (page: Page) => page.evaluateHandle(() => (window as any).__editor.target()).then((target) => target.asElement()!.click());

/** What the background sends the launcher when the sidebar's Insert is pressed (the toolbar cannot be pressed in a test). */
async function insertViaLauncher(page: Page, text: string, mode: 'caret' | 'append'): Promise<unknown> {
  const tabId = await tabIdOf(session, page);
  return session.worker.evaluate(
    ([id, message]) => (globalThis as any).chrome.tabs.sendMessage(id, message),
    [tabId, { type: 'insert-into-page', text, mode }] as const,
  );
}

/** The model once it equals `expected`, or as it is after a while (for the failure message). */
async function modelOnce(page: Page, expected: string[]): Promise<string[]> {
  let last: string[] = [];
  for (let tries = 0; tries < 40; tries++) {
    last = await paragraphs(page);
    if (JSON.stringify(last) === JSON.stringify(expected)) break;
    await page.waitForTimeout(25);
  }
  return last;
}

/** Per editor: what each check found (written to .test-results/editors.json for the record). */
const found: Record<string, Record<string, unknown>> = {};
afterAll(() => {
  mkdirSync(join(ROOT, '.test-results'), { recursive: true });
  writeFileSync(join(ROOT, '.test-results/editors.json'), JSON.stringify(found, null, 2));
});

describe.each(EDITORS)('insertion into %s', (name) => {
  it('keeps one line, three lines as paragraphs, the caret, a separator when appending, and undoes in one step, without page errors', async () => {
    const { page, kind, errors } = await openEditor(name);
    const lines = expectedParagraphs(kind, THREE_LINES);
    const record: Record<string, unknown> = (found[name] = {});
    const check = async (label: string, reply: unknown, expected: string[]) => {
      const model = await modelOnce(page, expected);
      record[label] = { reply, model };
      expect.soft({ reply, model }, label).toEqual({ reply: { ok: true }, model: expected });
    };

    // One line into the empty field the user clicked into.
    await clickInto(page);
    await check('one line', await insertViaLauncher(page, 'Beta', 'caret'), ['Beta']);

    // Three lines: three paragraphs (lines of a textarea), then one undo takes them all back.
    await load(page, '');
    await clickInto(page);
    await check('three lines', await insertViaLauncher(page, THREE_LINES.join('\n'), 'caret'), lines);
    await page.keyboard.press('Control+z');
    await check('undo', { ok: true }, ['']);

    // At the caret between two words.
    await load(page, 'Alpha Omega');
    await clickInto(page);
    await page.evaluate(placeCaretScript, ['Alpha Omega', 6] as [string, number]);
    // A user takes longer than this to move from the field to the sidebar.
    await page.waitForTimeout(250);
    await check('caret', await insertViaLauncher(page, 'Beta', 'caret'), ['Alpha Beta Omega']);

    // After what the field holds, where the user's caret was not.
    await load(page, 'Draft saved earlier.');
    const appended = kind === 'input' ? [`Draft saved earlier. ${APPENDED}`] : ['Draft saved earlier.', APPENDED];
    await check('append', await insertViaLauncher(page, APPENDED, 'append'), appended);

    record.errors = [...errors];
    expect(errors, 'page errors').toEqual([]);
    await page.close();
  });
});
