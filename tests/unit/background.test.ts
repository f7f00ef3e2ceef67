import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { addNote, closeDb, ensureCurrentCycle } from '@/utils/db';

const ID = fakeBrowser.runtime.id;
const SIDEBAR = { id: ID, url: `chrome-extension://${ID}/sidebar.html`, tab: { id: 7 }, frameId: 3 };
const CONTENT_SCRIPT = { id: ID, url: 'https://acme.bamboohr.com/performance/1/assessments', tab: { id: 7 }, frameId: 0 };

async function send(message: unknown, sender: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return replies.find((reply) => reply !== undefined);
}

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
  background.main();
});

describe('background routing', () => {
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
});
