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
import { appendedModel, buildEditorFixtures, editorFixtureFile, editorPageUrl, EDITORS_BASE, expectedParagraphs, placeCaretScript, type EditorKind } from './editors';
import { openSidebarOnTab, ROOT, sessionPerFile, sidebarFrame, tabIdOf } from './harness';
import { jotNote, NOTE } from './pages';

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

const EDITORS = ['quill', 'prosemirror', 'tiptap', 'ckeditor', 'tinymce', 'lexical', 'slate', 'draft', 'trix', 'jodit', 'react-textarea', 'react-input', 'vue', 'canvas-kit', 'openui5'];
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
  await page.goto(editorPageUrl(name));
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
    await check('append', await insertViaLauncher(page, APPENDED, 'append'), appendedModel(kind, 'Draft saved earlier.', APPENDED));
    // One undo takes the separator back with the text.
    await page.keyboard.press('Control+z');
    await check('undo append', { ok: true }, ['Draft saved earlier.']);

    record.errors = [...errors];
    expect(errors, 'page errors').toEqual([]);
    await page.close();
  });
});

/** Fields bound on `change`: Vue's `v-model.lazy` holds the text at once (the insertion fires `change`). */
it('puts text into the state of a v-model.lazy textarea without the user leaving the field', async () => {
  const { page, errors } = await openEditor('vue-lazy');
  await clickInto(page);
  expect({ reply: await insertViaLauncher(page, 'Beta', 'caret'), model: await modelOnce(page, ['Beta']) }).toEqual({ reply: { ok: true }, model: ['Beta'] });
  await load(page, 'Draft saved earlier.');
  const appended = ['Draft saved earlier.', APPENDED];
  expect({ reply: await insertViaLauncher(page, APPENDED, 'append'), model: await modelOnce(page, appended) }).toEqual({ reply: { ok: true }, model: appended });
  expect(errors).toEqual([]);
  await page.close();
});

/**
 * UI5's default: a TextArea's value, and the model bound to it, follow when
 * the user leaves the field (UI5's own focus-leave handling, not the DOM's
 * `change`), as for typed text.
 */
it('puts text into the model of a sap.m.TextArea without live update once the user leaves the field, and undoes it in one step', async () => {
  const { page, errors } = await openEditor('openui5-change');
  const leave = () => page.keyboard.press('Tab');
  await clickInto(page);
  const reply = await insertViaLauncher(page, THREE_LINES.join('\n'), 'caret');
  await leave();
  expect({ reply, model: await modelOnce(page, THREE_LINES) }).toEqual({ reply: { ok: true }, model: THREE_LINES });
  await clickInto(page);
  await page.keyboard.press('Control+z');
  await leave();
  expect(await modelOnce(page, [''])).toEqual(['']);
  await load(page, 'Draft saved earlier.');
  const appended = ['Draft saved earlier.', APPENDED];
  const appendReply = await insertViaLauncher(page, APPENDED, 'append');
  await leave();
  expect({ reply: appendReply, model: await modelOnce(page, appended) }).toEqual({ reply: { ok: true }, model: appended });
  expect(errors).toEqual([]);
  await page.close();
});

let noteJotted = false;

/** Through the sidebar, as a user does it: the caret between two words, then Insert; a field picked from the list, then Insert. */
describe.each(['quill', 'tinymce', 'lexical', 'draft', 'react-textarea'])('the sidebar inserting into %s', (name) => {
  beforeAll(async () => {
    if (!noteJotted) await jotNote(session);
    noteJotted = true;
  });

  it('puts a note at the caret, and after the text of a field picked from the list', async () => {
    const { page, kind, errors } = await openEditor(name);
    await load(page, 'Alpha Omega');
    await clickInto(page);
    await page.evaluate(placeCaretScript, ['Alpha Omega', 6] as [string, number]);
    await page.waitForTimeout(250);
    await openSidebarOnTab(session, page);
    const sidebar = await sidebarFrame(page);
    const insert = sidebar.locator('[data-testid="notes"] li', { hasText: NOTE }).getByRole('button', { name: /^Insert into the form/ });
    await insert.click();
    await expect.poll(() => paragraphs(page)).toEqual([`Alpha ${NOTE} Omega`]);
    await expect.poll(() => sidebar.getByRole('status').innerText()).toBe('Inserted into the form.');

    // Picked from the list: its caret was never there, so after what it holds.
    await load(page, 'Draft saved earlier.');
    await sidebar.locator('#insert-target').focus();
    await expect.poll(() => sidebar.locator('#insert-target option').count()).toBeGreaterThan(1);
    await sidebar.locator('#insert-target').selectOption({ index: 1 });
    await insert.click();
    await expect.poll(() => paragraphs(page)).toEqual(appendedModel(kind, 'Draft saved earlier.', NOTE));
    expect(errors).toEqual([]);
    await page.close();
  });
});
