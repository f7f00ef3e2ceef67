/**
 * The popup's first moment: popup.html's own note box (public/popup-start.js
 * focuses it) takes keys while the modules load, and the app adopts that very
 * element: what was typed, the caret and the focus stay; a Ctrl+Enter pressed
 * before the app ran saves the note once it runs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { startPage } from '@/components/startPage';
import { App } from '@/entrypoints/popup/App';
import { takeEarlyInput, type EarlyInput } from '@/entrypoints/popup/early';
import { ensureCurrentCycle, loadDraft, notes, saveDraft } from '@/utils/db';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

const root = resolve(import.meta.dirname, '../..');
const popupHtml = readFileSync(resolve(root, 'entrypoints/popup/index.html'), 'utf8');
const startScript = readFileSync(resolve(root, 'public/popup-start.js'), 'utf8');

/** The body of popup.html as the browser parses it, up to the start script, which then runs. */
function openPopupHtml(): HTMLTextAreaElement {
  const body = popupHtml.slice(popupHtml.indexOf('<body>') + '<body>'.length, popupHtml.indexOf('<script'));
  document.body.innerHTML = body;
  new Function(startScript)();
  return document.getElementById('note-text') as HTMLTextAreaElement;
}

/** What entrypoints/popup/main.tsx does once the modules have loaded. */
function startApp() {
  let early: EarlyInput | undefined;
  startPage(() => <App early={(early ??= takeEarlyInput())} />, { early: true, adopt: true });
}

function typeInto(box: HTMLTextAreaElement, text: string) {
  box.value += text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

const ctrlEnter = () => new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });

afterEach(() => {
  const app = document.getElementById('app');
  if (app) render(null, app);
  document.body.innerHTML = '';
  delete (globalThis as { reviewCompanionPopupStart?: unknown }).reviewCompanionPopupStart;
});

describe('popup: the note box before the app runs', () => {
  it('is focused by the start script, and the app adopts it: typed text, caret and focus stay, a restored draft does not replace it', async () => {
    await saveDraft({ text: 'An older draft', part: 'training' });
    const box = openPopupHtml();
    expect(document.activeElement).toBe(box);
    typeInto(box, 'Typed before the app');
    box.setSelectionRange(5, 5);

    startApp();
    // The very same element, still focused, its text and caret untouched.
    expect(document.getElementById('note-text')).toBe(box);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('Typed before the app');
    expect(box.selectionStart).toBe(5);
    // The rest of the form is the app's.
    await waitFor(() => expect(document.querySelectorAll('input[name="note-part"]').length).toBeGreaterThan(0));
    await waitFor(() => expect(document.querySelector('[data-testid="latest-notes"]')).toBeTruthy());
    await new Promise((done) => setTimeout(done, 50));
    expect(box.value).toBe('Typed before the app');
    expect(document.querySelectorAll('#note-text')).toHaveLength(1);
    expect(document.activeElement).toBe(box);
    // What was typed is the draft now, not the older one.
    await waitFor(async () => expect((await loadDraft())?.text).toBe('Typed before the app'));
    // And the app types on in it.
    fireEvent.input(box, { target: { value: 'Typed before the app, then after' } });
    await waitFor(async () => expect((await loadDraft())?.text).toBe('Typed before the app, then after'));
  });

  it('remembers a Ctrl+Enter pressed before the app runs and saves the note when it starts', async () => {
    const box = openPopupHtml();
    typeInto(box, 'Saved in a hurry');
    const key = ctrlEnter();
    box.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(true);

    startApp();
    const cycle = await ensureCurrentCycle();
    await waitFor(async () => expect((await notes.listByCycle(cycle.id)).map((note) => note.text)).toEqual(['Saved in a hurry']));
    await waitFor(() => expect(box.value).toBe(''));
    expect(document.activeElement).toBe(box);
  });

  it('once the app runs, the start script no longer answers keys (one Ctrl+Enter saves one note)', async () => {
    const box = openPopupHtml();
    startApp();
    await waitFor(() => expect(document.querySelectorAll('input[name="note-part"]').length).toBeGreaterThan(0));
    fireEvent.input(box, { target: { value: 'Only once' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    const cycle = await ensureCurrentCycle();
    await waitFor(async () => expect((await notes.listByCycle(cycle.id)).map((note) => note.text)).toEqual(['Only once']));
    await new Promise((done) => setTimeout(done, 50));
    expect(await notes.listByCycle(cycle.id)).toHaveLength(1);
  });

  it('without the start script (or its box), the app starts empty and saves nothing by itself', () => {
    document.body.innerHTML = '<div id="app"></div>';
    expect(takeEarlyInput()).toEqual({ text: '', saveAsked: false });
  });
});
