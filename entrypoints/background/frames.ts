/**
 * Which sidebar frames inside web pages are ours. `sidebar.html` must be
 * web-accessible for the launcher to frame it, so any page that learns its
 * URL can frame it too. The launcher therefore registers a fresh random
 * token for its tab before it mounts the frame, and puts it in the frame's
 * URL fragment inside its closed shadow root (the page can read neither).
 * The first frame that presents the token is bound to it: the token then
 * serves that frame of that tab and no other.
 *
 * Kept in `storage.session` (memory, never on disk, not readable by content
 * scripts) so that a service worker that was stopped still knows its frames.
 */
import { browser } from 'wxt/browser';
import type { PageReview } from '@/utils/people/resolve';

const KEY = 'sidebarFrames';

export interface FrameEntry {
  token: string;
  /** The frame that first presented the token. */
  frameId?: number;
  /** Whose review the page was when the launcher mounted the frame (absent: not a review page). */
  review?: PageReview;
}
type Registry = Record<string, FrameEntry>;

let registry: Promise<Registry> | undefined;

type SessionArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
function sessionArea(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea } | undefined)?.session;
}

function load(): Promise<Registry> {
  registry ??= (async () => {
    const stored = await sessionArea()?.get(KEY).catch(() => undefined);
    const value = stored?.[KEY];
    return value && typeof value === 'object' ? { ...(value as Registry) } : {};
  })();
  return registry;
}

async function save(entries: Registry): Promise<void> {
  await sessionArea()?.set({ [KEY]: entries }).catch(() => undefined);
}

/** A launcher (top frame of `tabId`) is mounting a sidebar holding `token`; an earlier one of that tab stops counting. */
export async function registerSidebarFrame(tabId: number, token: string, review?: PageReview): Promise<void> {
  const entries = await load();
  entries[String(tabId)] = review ? { token, review } : { token };
  await save(entries);
}

/** The registration of a sidebar frame (`frameId` > 0 of `tabId`) if it is the one the tab's launcher mounted. */
export async function registeredSidebarFrame(tabId: number, frameId: number, token: string | undefined): Promise<FrameEntry | undefined> {
  if (!token || frameId <= 0) return undefined;
  const entries = await load();
  const entry = entries[String(tabId)];
  if (!entry || entry.token !== token) return undefined;
  if (entry.frameId === undefined) {
    entry.frameId = frameId;
    await save(entries);
  }
  return entry.frameId === frameId ? entry : undefined;
}

/** A closed tab's frames are gone. */
export async function forgetTab(tabId: number): Promise<void> {
  const entries = await load();
  if (!(String(tabId) in entries)) return;
  delete entries[String(tabId)];
  await save(entries);
}

/** For unit tests: start from an empty registry. */
export function resetSidebarFrames(): void {
  registry = undefined;
}
