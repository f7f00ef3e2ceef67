/**
 * The launcher: runs on the hosted HR suites' pages whose address may be a
 * review page (injected by the background when the gate,
 * entrypoints/launcher-gate, the manifest's content script, asks), on the domains the user enabled
 * (registered at runtime) and on a page where the user opened the sidebar
 * (injected through activeTab). It decides whether the page is a review form
 * and mounts the sidebar (an extension page in an iframe, inside a closed
 * shadow root). It never holds prep data, except the one text the user asked
 * to insert. Kept tiny: no UI framework, no database, no zod, and no
 * webextension-polyfill (wxt.config.ts points `wxt/browser` at the browser's
 * own `browser`/`chrome` object for this bundle only).
 *
 * It is an unlisted script rather than a WXT content script on purpose: WXT's
 * content-script context announces every start to the page
 * (`window.postMessage` naming the extension id) and stops the running copy
 * when another starts, so a page could learn that the extension is installed
 * and forge the event to kill the launcher. Here nothing is announced, and a
 * second injection into the same page leaves the running launcher alone.
 */
import { browser } from 'wxt/browser';
import { KIT_SLOT, LAUNCHER_SLOT, type KitSlot, type LauncherKit } from './kit';
import { startLauncher, type Launcher, type SiteStatus } from './launcher';
import { DEFAULT_LAYOUT } from './sidebar-host';
import { FRAME_TOKEN_PATTERN } from '@/utils/messaging/token';

/**
 * The running launcher of this page, kept in the content script's isolated
 * world (the page can neither see nor set it). Keyed by a symbol from the
 * global registry so that every injected copy finds the same slot.
 */
const SLOT = LAUNCHER_SLOT;
type Slot = { [SLOT]?: Launcher };

/** Whether this extension's APIs still answer (false once it was reloaded, updated or removed). */
function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

type Reply = Record<string, unknown> | undefined;

/** The site's status as the background answered it (bounded: the answer is checked, not trusted blindly). */
function statusOf(reply: Reply): SiteStatus {
  const width = Number(reply?.width);
  return {
    enabled: reply?.enabled !== false,
    layout: {
      side: reply?.side === 'left' ? 'left' : 'right',
      width: Number.isFinite(width) ? Math.min(640, Math.max(280, width)) : DEFAULT_LAYOUT.width,
    },
  };
}

export default defineUnlistedScript(() => {
  const slot = globalThis as Slot;
  const running = slot[SLOT];
  if (running?.isAlive()) return;
  // A copy left by a previous version of the extension: it can no longer
  // talk to the extension, so it steps aside for this one.
  running?.stop();
  let kit: Promise<LauncherKit> | undefined;
  let kitInjected = false;
  slot[SLOT] = startLauncher({
    sidebarUrl: browser.runtime.getURL('/sidebar.html'),
    extensionId: browser.runtime.id,
    isExtensionAlive: extensionAlive,
    onMessage: (handler) => {
      // The callback form works in Chrome and Firefox without the polyfill.
      const listener = (message: unknown, sender: { id?: string }, respond: (reply: unknown) => void) => {
        const reply = handler(message, sender);
        if (!reply) return false;
        void reply.then(respond);
        return true;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    openFrame: async (review, byUser) => {
      const reply = (await browser.runtime.sendMessage({ type: 'open-sidebar-frame', byUser, ...(review && { review }) })) as Reply;
      const token = typeof reply?.token === 'string' && FRAME_TOKEN_PATTERN.test(reply.token) ? reply.token : undefined;
      // A token comes with the kit injected for this launcher (each injection
      // replaces what an earlier version of the extension left).
      if (token) kitInjected = true;
      return { status: statusOf(reply), ...(token && { token }) };
    },
    // Injected by the background on first use (the sidebar's opening brings
    // it along), then kept (a failed load is tried again next time).
    loadKit: () =>
      (kit ??= (async () => {
        const slot = globalThis as KitSlot;
        if (!kitInjected && (await browser.runtime.sendMessage({ type: 'load-launcher-kit' })) !== true) {
          throw new Error('The launcher kit was not injected.');
        }
        const loaded = slot[KIT_SLOT];
        if (!loaded) throw new Error('The launcher kit is missing.');
        return loaded;
      })().catch((error: unknown) => {
        kit = undefined;
        throw error;
      })),
  });
});
