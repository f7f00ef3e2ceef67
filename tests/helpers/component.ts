/** The set-up every component test of a page that stores data shares. */
import { cleanup } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDb } from '@/utils/db';

/** Each test starts from an empty database, a reset fake browser and no spies; rendered components are removed after it. */
export function freshComponentTests(): void {
  beforeEach(async () => {
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });
  afterEach(cleanup);
}
