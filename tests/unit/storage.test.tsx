import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPage } from '@/components/startPage';
import { closeDb } from '@/utils/db';
import { isQuotaExceeded, requestPersistentStorage } from '@/utils/storage';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const storage = (persisted: boolean, granted = true) => ({
  persisted: vi.fn(async () => persisted),
  persist: vi.fn(async () => granted),
});

describe('persistent storage', () => {
  it('is asked for once per page', async () => {
    const manager = storage(false);
    await expect(requestPersistentStorage(manager)).resolves.toBe(true);
    await expect(requestPersistentStorage(manager)).resolves.toBe(true);
    expect(manager.persist).toHaveBeenCalledTimes(1);
  });

  it('is not asked for again when the data is already persistent', async () => {
    const manager = storage(true);
    await expect(requestPersistentStorage(manager)).resolves.toBe(true);
    expect(manager.persist).not.toHaveBeenCalled();
  });

  it('resolves to false where there is no persist (a service worker) or the browser refuses', async () => {
    await expect(requestPersistentStorage({ persisted: async () => false })).resolves.toBe(false);
    await expect(requestPersistentStorage(undefined)).resolves.toBe(false);
    await expect(requestPersistentStorage(storage(false, false))).resolves.toBe(false);
    await expect(requestPersistentStorage({ persisted: async () => false, persist: () => Promise.reject(new Error('denied')) })).resolves.toBe(false);
  });

  describe('at the start of every extension page', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'storage');
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'storage', original);
      else delete (navigator as { storage?: unknown }).storage;
      document.body.innerHTML = '';
    });

    it('the page is rendered, then persistence is asked for', async () => {
      const manager = storage(false);
      Object.defineProperty(navigator, 'storage', { value: manager, configurable: true });
      document.body.innerHTML = '<div id="app"></div>';
      startPage(() => <p>ready</p>);
      await vi.waitFor(() => expect(manager.persist).toHaveBeenCalledTimes(1));
      expect(document.getElementById('app')!.textContent).toBe('ready');
    });
  });
});

describe('a full disk', () => {
  it('is told from other failures, also when wrapped', () => {
    expect(isQuotaExceeded(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded(new Error('Saving failed', { cause: new DOMException('', 'QuotaExceededError') }))).toBe(true);
    expect(isQuotaExceeded(new DOMException('', 'AbortError'))).toBe(false);
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });
});
