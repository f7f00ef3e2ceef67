import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { resetSidebarFrames } from '@/entrypoints/background/frames';
import { addNote, closeDb, ensureCurrentCycle, getDb, getSettings, questions, siteRules, updateSettings } from '@/utils/db';

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

  it('validates the sidebar\'s data as it leaves the database: a field the model does not know never reaches a page', async () => {
    const cycle = await ensureCurrentCycle();
    const now = Date.now();
    // Written behind the model's back (an older or newer version, a damaged record).
    await (await getDb()).put('notes', { id: 'n-odd', cycleId: cycle.id, part: 'successes', text: 'Odd', createdAt: now, updatedAt: now, injected: '<b>x</b>' } as never);
    const reply = (await send({ type: 'get-review-data' }, SIDEBAR)) as { notes: Record<string, unknown>[] };
    const odd = reply.notes.find((note) => note.id === 'n-odd');
    expect(odd).toMatchObject({ text: 'Odd' });
    expect(odd).not.toHaveProperty('injected');
    // A record the model refuses: the sidebar gets no data (it says it could not load), not the record.
    await (await getDb()).put('notes', { id: 'n-bad', cycleId: cycle.id, part: 'nonsense', text: 'Bad', createdAt: now, updatedAt: now } as never);
    await expect(send({ type: 'get-review-data' }, SIDEBAR)).rejects.toThrow();
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

  it('injects the launcher kit for a launcher in a tab’s top frame, into that tab only', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await expect(send({ type: 'load-launcher-kit' }, SIDEBAR)).resolves.toBeUndefined();
    await expect(send({ type: 'load-launcher-kit' }, { ...CONTENT_SCRIPT, frameId: 2 })).resolves.toBeUndefined();
    expect(inject).not.toHaveBeenCalled();
    await expect(send({ type: 'load-launcher-kit' }, CONTENT_SCRIPT)).resolves.toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/launcher-kit.js'] });
    inject.mockRejectedValueOnce(new Error('The tab was closed'));
    await expect(send({ type: 'load-launcher-kit' }, CONTENT_SCRIPT)).resolves.toBe(false);
  });

  it('injects the launcher for a gate in a tab’s top frame, into that tab only', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await expect(send({ type: 'load-launcher' }, SIDEBAR)).resolves.toBeUndefined();
    await expect(send({ type: 'load-launcher' }, { ...CONTENT_SCRIPT, frameId: 2 })).resolves.toBeUndefined();
    await expect(send({ type: 'load-launcher' }, { ...CONTENT_SCRIPT, tab: undefined })).resolves.toBeUndefined();
    expect(inject).not.toHaveBeenCalled();
    await expect(send({ type: 'load-launcher' }, CONTENT_SCRIPT)).resolves.toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/launcher.js'] });
    inject.mockRejectedValueOnce(new Error('The tab was closed'));
    await expect(send({ type: 'load-launcher' }, CONTENT_SCRIPT)).resolves.toBe(false);
  });

  it('gives a launcher what mounting a sidebar needs in one answer: status, a registered token and the kit', async () => {
    await ensureCurrentCycle();
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const open = { type: 'open-sidebar-frame', byUser: false, review: { role: 'self' } };
    const layout = { side: 'right', width: 360 };
    // Only a launcher in a tab's top frame.
    await expect(deliver(open, SIDEBAR)).resolves.toBeUndefined();
    await expect(deliver(open, { ...CONTENT_SCRIPT, frameId: 2 })).resolves.toBeUndefined();
    await expect(deliver({ ...open, byUser: 'yes' }, CONTENT_SCRIPT)).resolves.toBeUndefined();
    expect(inject).not.toHaveBeenCalled();
    const granted = (await deliver(open, CONTENT_SCRIPT)) as { token: string };
    expect(granted).toEqual({ enabled: true, ...layout, token: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/launcher-kit.js'] });
    // The new token is the tab's frame now: the sidebar holding it gets data, the one before does not.
    const data = { type: 'get-review-data' };
    expect(await deliver({ ...data, frameToken: granted.token }, { ...SIDEBAR, frameId: 9 })).toHaveProperty('cycle');
    await expect(deliver({ ...data, frameToken: TOKEN }, SIDEBAR)).resolves.toBeUndefined();
    // Every answer holds another token.
    const again = (await deliver(open, CONTENT_SCRIPT)) as { token: string };
    expect(again.token).not.toBe(granted.token);
    // A suite the user switched off: the status alone, no token and no injection, unless the user asked.
    inject.mockClear();
    await siteRules.put({ pattern: 'https://*.bamboohr.com/*', adapterId: 'bamboohr', enabled: false, createdAt: 0, updatedAt: 0 });
    await expect(deliver(open, CONTENT_SCRIPT)).resolves.toEqual({ enabled: false, ...layout });
    expect(inject).not.toHaveBeenCalled();
    expect(await deliver({ ...open, byUser: true }, CONTENT_SCRIPT)).toMatchObject({ enabled: false, token: expect.stringMatching(/^[0-9a-f]{32}$/) });
    // A kit that could not be injected: no token to mount with.
    inject.mockRejectedValueOnce(new Error('The tab was closed'));
    await expect(deliver({ ...open, byUser: true }, CONTENT_SCRIPT)).resolves.toEqual({ enabled: false, ...layout });
  });

  it('reads a framed sidebar\'s first data while the frame loads, for that frame only, once, and never from before a change', async () => {
    const cycle = await ensureCurrentCycle();
    const first = { type: 'get-review-data', notesLimit: 30 };
    const texts = (reply: unknown) => (reply as { notes: { text: string }[] }).notes.map((note) => note.text);
    const register = async (token: string) => expect(deliver({ type: 'register-sidebar', token }, CONTENT_SCRIPT)).resolves.toBe(true);
    const token = 'c'.repeat(32);
    await register(token);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Written behind the background's back (no change notice): the read made ahead does not have it...
    const now = Date.now();
    await (await getDb()).put('notes', { id: 'n-raw', cycleId: cycle.id, part: 'successes', text: 'Raw write', createdAt: now, updatedAt: now });
    const sidebar = { ...SIDEBAR, frameId: 5 };
    expect(texts(await deliver({ ...first, frameToken: token }, sidebar))).not.toContain('Raw write');
    // ...which proves it was read ahead; it served once, the next request reads afresh.
    expect(texts(await deliver({ ...first, frameToken: token }, sidebar))).toContain('Raw write');
    // A change the background hears of drops what it read ahead.
    const next = 'd'.repeat(32);
    await register(next);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await addNote(cycle.id, { part: 'successes', text: 'Noted meanwhile' });
    expect(texts(await deliver({ ...first, frameToken: next }, { ...SIDEBAR, frameId: 6 }))).toContain('Noted meanwhile');
    // A frame with someone else's token gets nothing, read ahead or not.
    await register('e'.repeat(32));
    await expect(deliver({ ...first, frameToken: 'f'.repeat(32) }, { ...SIDEBAR, frameId: 8 })).resolves.toBeUndefined();
  });

  it('tells a launcher whether its site was switched off and how the sidebar looks, and nobody else', async () => {
    const layout = { side: 'right', width: 360 };
    const status = (sender: object) => send({ type: 'open-sidebar-frame', byUser: false }, sender);
    // (No kit can be injected here: the answer holds the status alone.)
    await expect(status(CONTENT_SCRIPT)).resolves.toEqual({ enabled: true, ...layout });
    await siteRules.put({ pattern: 'https://*.bamboohr.com/*', adapterId: 'bamboohr', enabled: false, createdAt: 0, updatedAt: 0 });
    await expect(status(CONTENT_SCRIPT)).resolves.toEqual({ enabled: false, ...layout });
    await expect(status({ ...CONTENT_SCRIPT, url: 'https://wd5.myworkday.com/a' })).resolves.toEqual({ enabled: true, ...layout });
    // Auto-open switched off in the settings; the layout the user chose.
    const { updateSettings } = await import('@/utils/db');
    await updateSettings({ autoOpen: false, sidebarSide: 'left', sidebarWidth: 420 });
    await expect(status({ ...CONTENT_SCRIPT, url: 'https://wd5.myworkday.com/a' })).resolves.toEqual({ enabled: false, side: 'left', width: 420 });
    await expect(status(SIDEBAR)).resolves.toBeUndefined();
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
    await expect(send({ type: 'open-sidebar-frame', byUser: false }, CONTENT_SCRIPT)).resolves.toEqual({ enabled: false, side: 'right', width: 360 });
  });
});

describe('background routing under fuzzing', () => {
  /** A small deterministic generator (mulberry32), so that a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
      return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
    };
  }
  const TYPES = [
    'data-changed', 'insert-text', 'insert-into-page', 'list-fields', 'get-review-data', 'open-sidebar', 'pin',
    'question-asked', 'load-launcher', 'load-launcher-kit', 'open-sidebar-frame', 'register-sidebar', 'set-sidebar', 'export', 'delete-all', '', 'toString', '__proto__',
  ];
  function value(next: () => number, depth = 0): unknown {
    const pick = Math.floor(next() * 14);
    switch (pick) {
      case 0: return undefined;
      case 1: return null;
      case 2: return Math.floor(next() * 20) - 5;
      case 3: return next() < 0.5 ? Number.NaN : Number.MAX_SAFE_INTEGER * 2;
      case 4: return next() < 0.5;
      case 5: return 'x'.repeat(Math.floor(next() * 30));
      case 6: return 'f'.repeat(32);
      case 7: return TOKEN;
      case 8: return ['caret', 'replace', 'append', 'toggle', 'collapse'][Math.floor(next() * 5)];
      case 9: return 'y'.repeat(25_000);
      case 10: return depth > 2 ? {} : { __proto__: { polluted: true }, constructor: 'x', nested: value(next, depth + 1) };
      case 11: return depth > 2 ? [] : [value(next, depth + 1), value(next, depth + 1)];
      case 12: return ['settings', 'notes', 'goals'];
      default: return 'n1';
    }
  }
  function message(next: () => number): unknown {
    if (next() < 0.05) return value(next);
    const fields: Record<string, unknown> = { type: TYPES[Math.floor(next() * TYPES.length)] };
    for (const key of ['text', 'mode', 'field', 'tabId', 'frameToken', 'token', 'id', 'pinned', 'asked', 'open', 'notesLimit', 'stores']) {
      if (next() < 0.5) fields[key] = value(next);
    }
    return fields;
  }

  /** Senders that must get nothing and change nothing, whatever they send. */
  const UNTRUSTED = {
    // Pages cannot message the extension (no `externally_connectable`); should one get through, it has no id of ours.
    'a web page': { url: 'https://attacker.example/', tab: { id: 7 }, frameId: 0 },
    'another extension': { id: 'another-extension', url: 'chrome-extension://another-extension/sidebar.html', tab: { id: 7 }, frameId: 3 },
    'a sidebar framed by a page, without the token': { ...SIDEBAR, frameId: 9 },
    'a sidebar in another tab': { ...SIDEBAR, tab: { id: 8 } },
    'an extension page that is not ours to answer': { id: ID, url: `chrome-extension://${ID}/prep.html`, tab: { id: 7 }, frameId: 2 },
    'a content script in a subframe': { ...CONTENT_SCRIPT, frameId: 4 },
  };

  async function snapshot() {
    const cycle = await ensureCurrentCycle();
    const data = await deliver({ type: 'get-review-data' }, { id: ID, url: `chrome-extension://${ID}/options.html` });
    return JSON.stringify({ cycle, data, settings: await getSettings(), questions: await questions.all(), rules: await siteRules.all() });
  }

  it('accepts nothing from senders that may not send it, and neither crashes nor changes data (10,000 messages each)', async () => {
    const cycle = await ensureCurrentCycle();
    await addNote(cycle.id, { part: 'successes', text: 'Won the tender' });
    await questions.put({ id: 'n1', part: 'question', text: 'Budget?', origin: 'custom', createdAt: 1, updatedAt: 1 });
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    // The launcher's frame loaded and asked for its data first, as it does at once: its token is bound to it.
    await send({ type: 'get-review-data', notesLimit: 1 }, SIDEBAR);
    const before = await snapshot();
    const next = random(20261204);
    for (const [name, sender] of Object.entries(UNTRUSTED)) {
      const fullSender = name === 'a web page' ? sender : { id: ID, ...sender };
      for (let i = 0; i < 10_000; i++) {
        const raw = message(next);
        // Nothing is answered (a launcher's messages are taken from a tab's top frame only).
        const reply = await deliver(raw, fullSender);
        if (reply !== undefined) expect.fail(`${name} got an answer to ${String(JSON.stringify(raw)).slice(0, 200)}`);
      }
    }
    expect(tabsSend).not.toHaveBeenCalled();
    expect(inject).not.toHaveBeenCalled();
    expect(await snapshot()).toBe(before);
    // The launcher's own frame still works afterwards: no token was replaced or rebound.
    await expect(send({ type: 'pin', id: 'n1', pinned: true }, SIDEBAR)).resolves.toBe(true);
  }, 120_000);

  it('never crashes on out-of-place messages from its own pages (10,000 each)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const next = random(4);
    const pages = [SIDEBAR, { id: ID, url: `chrome-extension://${ID}/popup.html` }, { id: ID, url: `chrome-extension://${ID}/sidebar.html` }, CONTENT_SCRIPT];
    for (const sender of pages) {
      for (let i = 0; i < 10_000; i++) {
        const raw = message(next);
        // Whatever the answer, the router settles: no exception escapes, no promise is left rejecting.
        await deliver(raw, sender);
      }
    }
    // Data is still readable and well-formed afterwards.
    const reply = (await send({ type: 'get-review-data' }, SIDEBAR)) as { cycle: { id: string } };
    expect(reply.cycle.id).toBeTruthy();
  }, 120_000);
});

describe('first run and the practice form', () => {
  const welcome = `chrome-extension://${ID}/welcome.html`;
  const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === welcome);

  it('opens the welcome page on install only, not on an update or a browser update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false } as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update', temporary: false } as never);
    await vi.waitFor(async () => expect(await welcomeTabs()).toHaveLength(0));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    await vi.waitFor(async () => expect(await welcomeTabs()).toHaveLength(1));
    // The same install reported again (Chromium, for an extension loaded from the command line): not twice.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('lets the practice page (top frame of a tab) register its sidebar frame, and no other extension page', async () => {
    const practice = { id: ID, url: `chrome-extension://${ID}/practice.html`, tab: { id: 9 }, frameId: 0 };
    const practiceSidebar = { ...SIDEBAR, tab: { id: 9 }, frameId: 1 };
    const token = 'e'.repeat(32);
    const data = { type: 'get-review-data', frameToken: token };
    await expect(deliver({ type: 'register-sidebar', token }, { ...practice, url: `chrome-extension://${ID}/options.html` })).resolves.toBeUndefined();
    await expect(deliver({ type: 'register-sidebar', token }, { ...practice, frameId: 2 })).resolves.toBeUndefined();
    await expect(deliver({ type: 'register-sidebar', token }, { ...practice, id: 'another-extension' })).resolves.toBeUndefined();
    await expect(deliver(data, practiceSidebar)).resolves.toBeUndefined();
    await expect(deliver({ type: 'register-sidebar', token }, practice)).resolves.toBe(true);
    await ensureCurrentCycle();
    const reply = (await deliver(data, practiceSidebar)) as { cycle?: unknown } | undefined;
    expect(reply?.cycle).toBeDefined();
    // Bound to the first frame that presented it.
    await expect(deliver(data, { ...practiceSidebar, frameId: 4 })).resolves.toBeUndefined();
  });
});
