/**
 * Tells every open extension page that data changed, so the popup, the
 * options page and every sidebar re-read what they show. Extension pages share
 * the database; the notice carries store names only, never data.
 */
import { browser } from 'wxt/browser';
import type { StoreName } from './schema';
import { isMessage } from '../messaging';

type Listener = (stores: StoreName[]) => void;
const listeners = new Set<Listener>();

export function notifyDataChanged(stores: StoreName[]): void {
  for (const listener of listeners) listener(stores);
  // Other extension pages (a sidebar in a tab, the popup, the options page).
  // No receiver is not an error: the background may be asleep.
  browser.runtime.sendMessage({ type: 'data-changed', stores }).catch(() => undefined);
}

/** Calls `listener` when this page or another extension page changes data. Returns an unsubscribe. */
export function onDataChanged(listener: Listener): () => void {
  listeners.add(listener);
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isMessage(message, 'data-changed')) listener(message.stores);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => {
    listeners.delete(listener);
    browser.runtime.onMessage.removeListener(onMessage);
  };
}
