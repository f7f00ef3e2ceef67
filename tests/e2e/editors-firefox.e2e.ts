/**
 * Insertion into real editors in Firefox ESR with the built MV2 extension:
 * Quill, ProseMirror, TinyMCE, Lexical and a React controlled textarea. The
 * same checks as in Chromium (editors.e2e.ts), reading each editor's model;
 * the insertion is the message the background sends the page's launcher,
 * sent from one of the extension's own pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendedModel, buildEditorFixtures, editorFixtureFile, editorPageUrl, EDITORS_BASE, expectedParagraphs, placeCaretScript, type EditorKind } from './editors';
import { launchFirefox, UUID } from './firefox-harness';
import { ROOT } from './harness';

const EDITORS = ['quill', 'prosemirror', 'tinymce', 'lexical', 'react-textarea'];
const THREE_LINES = ['Signed ACME in March', 'Led the onboarding rework', 'Mentored two new hires'];

let browser: Browser;
/** An extension page (the sidebar page in a window of its own): it sends the launcher its messages. */
let own: Page;
beforeAll(async () => {
  buildEditorFixtures();
  browser = await launchFirefox();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function servedPage(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const file = editorFixtureFile(request.url());
    if (file) void request.respond({ status: 200, contentType: file.contentType, body: file.body });
    else if (/^https?:/.test(request.url())) void request.abort(); // no network
    else void request.continue(); // the extension's own pages
  });
  await page.goto(editorPageUrl(name));
  await page.waitForFunction(() => (window as any).__editor?.ready === true, { timeout: 20_000 });
  return { page, errors };
}

async function ownPage(from: Page): Promise<Page> {
  if (own && !own.isClosed()) return own;
  const opened = new Promise<Page | null>((resolve) => browser.once('targetcreated', (target) => resolve(target.page())));
  await from.evaluate((url) => void window.open(url, '_blank', 'popup'), `moz-extension://${UUID}/sidebar.html`);
  own = (await opened)!;
  await own.waitForFunction(() => !!document.querySelector('.sidebar'), { timeout: 10_000 });
  return own;
}

/** What the background sends the launcher of the editor's tab when Insert is pressed. */
async function insert(page: Page, text: string, mode: 'caret' | 'append'): Promise<unknown> {
  const sender = await ownPage(page);
  await page.bringToFront();
  return sender.evaluate(
    async (message, base) => {
      const api = (globalThis as any).browser;
      const [tab] = await api.tabs.query({ url: `${base}*` });
      return api.tabs.sendMessage(tab.id, message);
    },
    { type: 'insert-into-page', text, mode },
    EDITORS_BASE,
  );
}

const paragraphs = (page: Page) => page.evaluate(() => (window as any).__editor.paragraphs() as string[]);
const load = (page: Page) => (text: string) => page.evaluate((value) => (window as any).__editor.load(value), text);
async function clickInto(page: Page): Promise<void> {
  const target = await page.evaluateHandle(() => (window as any).__editor.target());
  await (target as any).asElement().click();
}
async function modelOnce(page: Page, expected: string[]): Promise<string[]> {
  let last: string[] = [];
  for (let tries = 0; tries < 40; tries++) {
    last = await paragraphs(page);
    if (JSON.stringify(last) === JSON.stringify(expected)) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return last;
}

/** Per editor: what each check found (written to .test-results/editors-firefox.json for the record). */
const found: Record<string, Record<string, unknown>> = {};
afterAll(() => {
  mkdirSync(join(ROOT, '.test-results'), { recursive: true });
  writeFileSync(join(ROOT, '.test-results/editors-firefox.json'), JSON.stringify(found, null, 2));
});

describe.each(EDITORS)('Firefox: insertion into %s', (name) => {
  it('keeps one line, three lines as paragraphs, the caret, a separator when appending, and undoes in one step, without page errors', async () => {
    const { page, errors } = await servedPage(name);
    const kind = await page.evaluate(() => (window as any).__editor.kind as EditorKind);
    const check = async (label: string, reply: unknown, expected: string[]) => {
      const model = await modelOnce(page, expected);
      (found[name] ??= {})[label] = { reply, model };
      expect.soft({ reply, model }, label).toEqual({ reply: { ok: true }, model: expected });
    };

    await clickInto(page);
    await check('one line', await insert(page, 'Beta', 'caret'), ['Beta']);

    await load(page)('');
    await clickInto(page);
    await check('three lines', await insert(page, THREE_LINES.join('\n'), 'caret'), expectedParagraphs(kind, THREE_LINES));
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await check('undo', { ok: true }, ['']);

    await load(page)('Alpha Omega');
    await clickInto(page);
    await page.evaluate(placeCaretScript, ['Alpha Omega', 6] as [string, number]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await check('caret', await insert(page, 'Beta', 'caret'), ['Alpha Beta Omega']);

    await load(page)('Draft saved earlier.');
    await check('append', await insert(page, 'Asked for a training budget', 'append'), appendedModel(kind, 'Draft saved earlier.', 'Asked for a training budget'));

    (found[name] ??= {}).errors = [...errors];
    expect(errors, 'page errors').toEqual([]);
    await page.close();
  });
});
