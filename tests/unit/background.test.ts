import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { resetSidebarFrames } from '@/entrypoints/background/frames';
import { addNote, closeDb, ensureCurrentCycle, getSettings, questions, siteRules, updateSettings } from '@/utils/db';

const ID = fakeBrowser.runtime.id;
const SIDEBAR = { id: ID, url: `chrome-extension://${ID}/sidebar.html`, tab: { id: 7 }, frameId: 3 };
const CONTENT_SCRIPT = { id: ID, url: 'https://acme.bamboohr.com/performance/1/assessments', tab: { id: 7 }, frameId: 0 };
/** The token tab 7's launcher registered for the sidebar frame it mounted. */
const TOKEN = 'a'.repeat(32);

async function deliver(message: unknown, sender: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return replies.find((reply) => reply !== undefined);
}

/** Delivers a message; the sidebar frame its launcher mounted always presents its token (see frames.ts). */
async function send(message: unknown, sender: object): Promise<unknown> {
  return deliver(sender === SIDEBAR && typeof message === 'object' ? { ...message, frameToken: TOKEN } : message, sender);
}

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
  // Events WXT's fake browser does not implement: the background only subscribes.
  for (const event of [
    fakeBrowser.permissions.onAdded,
    fakeBrowser.permissions.onRemoved,
    fakeBrowser.commands.onCommand,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onClicked,
  ]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
  }
  resetSidebarFrames();
  background.main();
  await expect(deliver({ type: 'register-sidebar', token: TOKEN }, CONTENT_SCRIPT)).resolves.toBe(true);
});

describe('background routing', () => {
  it('serves a sidebar inside a page only with its launcher\'s token, bound to the first frame that presents it', async () => {
    await ensureCurrentCycle();
    const data = { type: 'get-review-data' };
    const isData = (reply: unknown) => typeof reply === 'object' && reply !== null && 'cycle' in reply;
    // A page that framed sidebar.html itself: no token, a guessed one.
    await expect(deliver(data, SIDEBAR)).resolves.toBeUndefined();
    await expect(deliver({ ...data, frameToken: 'b'.repeat(32) }, SIDEBAR)).resolves.toBeUndefined();
    await expect(deliver({ type: 'pin', id: 'n1', pinned: true }, SIDEBAR)).resolves.toBeUndefined();
    expect((await getSettings()).pinned).toBeUndefined();
    // The launcher's frame.
    expect(isData(await deliver({ ...data, frameToken: TOKEN }, SIDEBAR))).toBe(true);
    // The same token from another frame or another tab serves nothing.
    await expect(deliver({ ...data, frameToken: TOKEN }, { ...SIDEBAR, frameId: 4 })).resolves.toBeUndefined();
    await expect(deliver({ ...data, frameToken: TOKEN }, { ...SIDEBAR, tab: { id: 8 } })).resolves.toBeUndefined();
    expect(isData(await deliver({ ...data, frameToken: TOKEN }, SIDEBAR))).toBe(true);
    // Only a launcher in a tab's top frame registers a frame; a new one replaces the old.
    await expect(deliver({ type: 'register-sidebar', token: 'c'.repeat(32) }, SIDEBAR)).resolves.toBeUndefined();
    await expect(deliver({ type: 'register-sidebar', token: 'c'.repeat(32) }, { ...CONTENT_SCRIPT, frameId: 2 })).resolves.toBeUndefined();
    await expect(deliver({ type: 'register-sidebar', token: 'short' }, CONTENT_SCRIPT)).resolves.toBeUndefined();
    await expect(deliver({ type: 'register-sidebar', token: 'd'.repeat(32) }, CONTENT_SCRIPT)).resolves.toBe(true);
    await expect(deliver({ ...data, frameToken: TOKEN }, SIDEBAR)).resolves.toBeUndefined();
    expect(isData(await deliver({ ...data, frameToken: 'd'.repeat(32) }, { ...SIDEBAR, frameId: 5 }))).toBe(true);
    // The browser's panel and the sidebar as a tab of its own are not inside a page.
    expect(isData(await deliver(data, { id: ID, url: `chrome-extension://${ID}/sidebar.html` }))).toBe(true);
    expect(isData(await deliver(data, { ...SIDEBAR, frameId: 0 }))).toBe(true);
  });

  it('inserts into the tab the framed sidebar is in, whatever tab the message names', async () => {
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    await expect(send({ type: 'insert-text', text: 'Hello', mode: 'caret', tabId: 99 }, SIDEBAR)).resolves.toEqual({ ok: true });
    expect(tabsSend).toHaveBeenCalledTimes(1);
    expect(tabsSend).toHaveBeenCalledWith(7, { type: 'insert-into-page', text: 'Hello', mode: 'caret' }, { frameId: 0 });
  });

  it('relays an insertion from the sidebar to the launcher in the top frame of its tab', async () => {
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    await expect(send({ type: 'insert-text', text: 'Hello', mode: 'caret' }, SIDEBAR)).resolves.toEqual({ ok: true });
    expect(tabsSend).toHaveBeenCalledWith(7, { type: 'insert-into-page', text: 'Hello', mode: 'caret' }, { frameId: 0 });
  });

  it('reports a tab without launcher instead of failing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    await expect(send({ type: 'insert-text', text: 'Hello', mode: 'caret' }, SIDEBAR)).resolves.toEqual({
      ok: false,
      reason: 'no-page',
    });
  });

  it('ignores insertions and data requests that do not come from the sidebar', async () => {
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    await expect(send({ type: 'insert-text', text: 'x', mode: 'caret' }, CONTENT_SCRIPT)).resolves.toBeUndefined();
    await expect(send({ type: 'get-review-data' }, CONTENT_SCRIPT)).resolves.toBeUndefined();
    await expect(send({ type: 'get-review-data' }, { ...SIDEBAR, id: 'another-extension' })).resolves.toBeUndefined();
    await expect(send({ type: 'insert-into-page', text: 'x', mode: 'caret' }, SIDEBAR)).resolves.toBeUndefined();
    expect(tabsSend).not.toHaveBeenCalled();
  });

  it('ignores malformed messages', async () => {
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    await expect(send({ type: 'insert-text', text: 'x', mode: 'evil' }, SIDEBAR)).resolves.toBeUndefined();
    await expect(send('get-review-data', SIDEBAR)).resolves.toBeUndefined();
    expect(tabsSend).not.toHaveBeenCalled();
  });

  it('answers the sidebar with the current cycle, its goals and notes', async () => {
    const cycle = await ensureCurrentCycle();
    await addNote(cycle.id, { part: 'successes', text: 'Won the tender' });
    const reply = (await send({ type: 'get-review-data' }, SIDEBAR)) as { cycle: { id: string }; notes: { text: string }[] };
    expect(reply.cycle.id).toBe(cycle.id);
    expect(reply.notes.map((note) => note.text)).toEqual(['Won the tender']);
  });

  it('opens the sidebar from the popup only, injecting the launcher where it does not run yet', async () => {
    const tabsSend = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Receiving end does not exist'))
      .mockResolvedValue({ ok: true });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const POPUP = { id: ID, url: `chrome-extension://${ID}/popup.html` };
    await expect(send({ type: 'open-sidebar', tabId: 12 }, CONTENT_SCRIPT)).resolves.toBeUndefined();
    await expect(send({ type: 'open-sidebar', tabId: 12 }, SIDEBAR)).resolves.toBeUndefined();
    expect(tabsSend).not.toHaveBeenCalled();
    await expect(send({ type: 'open-sidebar', tabId: 12 }, POPUP)).resolves.toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12 }, files: ['/launcher.js'] });
    expect(tabsSend).toHaveBeenLastCalledWith(12, { type: 'set-sidebar', open: true }, { frameId: 0 });
  });

  it('tells a launcher whether its site was switched off, and nobody else', async () => {
    const layout = { side: 'right', width: 360 };
    await expect(send({ type: 'launcher-status' }, CONTENT_SCRIPT)).resolves.toEqual({ enabled: true, ...layout });
    await siteRules.put({ pattern: 'https://*.bamboohr.com/*', adapterId: 'bamboohr', enabled: false, createdAt: 0, updatedAt: 0 });
    await expect(send({ type: 'launcher-status' }, CONTENT_SCRIPT)).resolves.toEqual({ enabled: false, ...layout });
    await expect(send({ type: 'launcher-status' }, { ...CONTENT_SCRIPT, url: 'https://wd5.myworkday.com/a' })).resolves.toEqual({ enabled: true, ...layout });
    // Auto-open switched off in the settings; the layout the user chose.
    const { updateSettings } = await import('@/utils/db');
    await updateSettings({ autoOpen: false, sidebarSide: 'left', sidebarWidth: 420 });
    await expect(send({ type: 'launcher-status' }, { ...CONTENT_SCRIPT, url: 'https://wd5.myworkday.com/a' })).resolves.toEqual({ enabled: false, side: 'left', width: 420 });
    await expect(send({ type: 'launcher-status' }, SIDEBAR)).resolves.toBeUndefined();
  });

  it('asks the launcher for the review fields on behalf of the sidebar only, and validates the answer', async () => {
    const tabsSend = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValueOnce({ fields: [{ label: 'Strengths', kind: 'textarea' }] })
      .mockResolvedValueOnce({ fields: [{ label: 'x', kind: 'script' }] });
    await expect(send({ type: 'list-fields' }, CONTENT_SCRIPT)).resolves.toBeUndefined();
    await expect(send({ type: 'list-fields' }, SIDEBAR)).resolves.toEqual({ fields: [{ label: 'Strengths', kind: 'textarea' }] });
    expect(tabsSend).toHaveBeenCalledWith(7, { type: 'list-fields' }, { frameId: 0 });
    await expect(send({ type: 'list-fields' }, SIDEBAR)).resolves.toEqual({ fields: [] });
  });

  it('lets the sidebar in the browser panel (no tab of its own) name the tab it works on', async () => {
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    const PANEL = { id: ID, url: `chrome-extension://${ID}/sidebar.html` };
    await expect(send({ type: 'insert-text', text: 'Hello', mode: 'caret' }, PANEL)).resolves.toEqual({ ok: false, reason: 'no-page' });
    expect(tabsSend).not.toHaveBeenCalled();
    await expect(send({ type: 'insert-text', text: 'Hello', mode: 'caret', tabId: 9 }, PANEL)).resolves.toEqual({ ok: true });
    expect(tabsSend).toHaveBeenCalledWith(9, { type: 'insert-into-page', text: 'Hello', mode: 'caret' }, { frameId: 0 });
    tabsSend.mockResolvedValue({ fields: [] });
    await send({ type: 'list-fields', tabId: 9 }, PANEL);
    // The launcher gets the plain request, without the tab id.
    expect(tabsSend).toHaveBeenLastCalledWith(9, { type: 'list-fields' }, { frameId: 0 });
    await expect(send({ type: 'insert-text', text: 'x', mode: 'caret', tabId: -1 }, PANEL)).resolves.toBeUndefined();
    await expect(send({ type: 'insert-text', text: 'x', mode: 'caret', tabId: 9 }, CONTENT_SCRIPT)).resolves.toBeUndefined();
  });

  it('pins and marks questions asked for the sidebar only', async () => {
    await expect(send({ type: 'pin', id: 'n1', pinned: true }, CONTENT_SCRIPT)).resolves.toBeUndefined();
    await expect(send({ type: 'pin', id: '', pinned: true }, SIDEBAR)).resolves.toBeUndefined();
    expect((await getSettings()).pinned).toBeUndefined();
    await expect(send({ type: 'pin', id: 'n1', pinned: true }, SIDEBAR)).resolves.toBe(true);
    expect((await getSettings()).pinned).toEqual(['n1']);

    await questions.put({ id: 'q1', part: 'question', text: 'Budget?', origin: 'custom', createdAt: 1, updatedAt: 1 });
    await expect(send({ type: 'question-asked', id: 'q1', asked: true }, CONTENT_SCRIPT)).resolves.toBeUndefined();
    expect((await questions.get('q1'))?.asked).toBeUndefined();
    await expect(send({ type: 'question-asked', id: 'q1', asked: true }, SIDEBAR)).resolves.toBe(true);
    expect((await questions.get('q1'))?.asked).toBe(true);
    // A question deleted meanwhile: reported, nothing created.
    await expect(send({ type: 'question-asked', id: 'gone', asked: true }, SIDEBAR)).resolves.toBe(false);
    expect(await questions.get('gone')).toBeUndefined();
  });

  it('does not open the sidebar on the page by itself for users of the browser panel', async () => {
    await updateSettings({ panelMode: 'browser-panel' });
    await expect(send({ type: 'launcher-status' }, CONTENT_SCRIPT)).resolves.toMatchObject({ enabled: false });
  });
});
