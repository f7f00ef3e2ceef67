/**
 * The browser's storage for the extension's data: asking it not to evict
 * the database, and telling a full disk from other failures. Pure apart
 * from the StorageManager it is given.
 */

type PersistApi = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

const asked = new WeakMap<object, Promise<boolean>>();

/**
 * Asks the browser, once per page, to keep the extension's data when the
 * disk runs low (with the `unlimitedStorage` permission it is not evicted
 * anyway; this also covers browsers that grant persistence separately).
 * Resolves to whether the data is persistent. `persist` exists only in
 * window contexts: in a service worker this resolves to false and does
 * nothing. (The parameter is not called `storage`: WXT's auto-import takes
 * that name for its own storage module, which then went into every page and
 * the background.)
 */
export function requestPersistentStorage(manager: PersistApi | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!manager || typeof manager.persist !== 'function') return Promise.resolve(false);
  let request = asked.get(manager);
  if (!request) {
    request = (async () => {
      if (typeof manager.persisted === 'function' && (await manager.persisted())) return true;
      return manager.persist!();
    })().catch(() => false);
    asked.set(manager, request);
  }
  return request;
}

/** Whether a failed write failed because the disk (or the browser's quota) is full. */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { name, cause } = error as { name?: unknown; cause?: unknown };
  // Firefox's older name for the same condition.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || isQuotaExceeded(cause, depth + 1);
}
