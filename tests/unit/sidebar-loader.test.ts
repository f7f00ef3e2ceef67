import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSidebarLoader } from '@/entrypoints/sidebar/App';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_NOTES_PAGE, FRAME_TOKEN_PATTERN, type ReviewDataReply } from '@/utils/messaging';

const now = 1_780_000_000_000;
const reply = (notesTotal?: number): ReviewDataReply => ({
  cycle: { id: 'c1', personId: 'me', label: '2026', status: 'preparing', createdAt: now, updatedAt: now },
  goals: [],
  notes: [{ id: 'n1', cycleId: 'c1', part: 'successes', text: 'Won the tender', createdAt: now, updatedAt: now }],
  ...(notesTotal === undefined ? {} : { notesTotal }),
  questions: [],
  pinned: [],
});

/** What public/sidebar-start.js leaves for the module: its request, sent before the modules loaded. */
function setEarlyRequest(request: Promise<unknown>) {
  Object.defineProperty(globalThis, 'reviewCompanionFirstData', { value: request, configurable: true });
}
const early = () => (globalThis as { reviewCompanionFirstData?: unknown }).reviewCompanionFirstData;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  delete (globalThis as { reviewCompanionFirstData?: unknown }).reviewCompanionFirstData;
});

describe('sidebar loader', () => {
  it('takes over the early request and lets it go; later loads read everything', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply(1));
    setEarlyRequest(Promise.resolve(reply()));
    const { first, load } = createSidebarLoader();
    // Not left on the global object for the page's lifetime.
    expect(early()).toBeUndefined();
    const data = await first;
    expect(data).toEqual(reply());
    expect(send).not.toHaveBeenCalled();
    expect(await load()).toBe(data);
    expect(await load()).toEqual(reply(1));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'get-review-data' });
  });

  it('rejects an early reply of another shape, and a later one', async () => {
    setEarlyRequest(Promise.resolve({ goals: 'nope' }));
    await expect(createSidebarLoader().first).rejects.toThrow();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ cycle: {}, goals: [] });
    const { first, load } = createSidebarLoader();
    await expect(first).rejects.toThrow();
    await expect(load()).rejects.toThrow();
  });

  it('asks again for the newest notes when the early request failed or never ran', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply());
    setEarlyRequest(Promise.reject(new Error('no receiver')));
    expect(await createSidebarLoader().first).toEqual(reply());
    expect(await createSidebarLoader().first).toEqual(reply());
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenNthCalledWith(1, { type: 'get-review-data', notesLimit: 30 });
    expect(send).toHaveBeenNthCalledWith(2, { type: 'get-review-data', notesLimit: 30 });
  });

  it('asks, in its start script, for as many notes as the background reads ahead', () => {
    // The background hands its read to the first request only if the counts are equal.
    const script = readFileSync(join(import.meta.dirname, '../../public/sidebar-start.js'), 'utf8');
    expect(script).toContain(`notesLimit: ${FIRST_NOTES_PAGE} }`);
  });

  it('sends, from its start script, only a token of the form the background serves', () => {
    const script = readFileSync(join(import.meta.dirname, '../../public/sidebar-start.js'), 'utf8');
    expect(script).toContain(`${FRAME_TOKEN_PATTERN}.test(token)`);
  });
});
