/**
 * The launcher's own code, run by the practice form itself: no content script
 * can be injected into an extension page, so the page starts the launcher as
 * a module. Everything else is what a real review page gets: the sidebar is
 * the same extension page in an iframe inside a closed shadow root, its
 * frame's token is registered with the background (which accepts it from
 * this page's top frame only), and Insert comes from the background as a
 * message to this tab.
 */
import { browser } from 'wxt/browser';
import { getSettings } from '@/utils/db';
import { keepRoom } from '@/utils/dom/room';
import { insertIntoField } from '@/utils/fields';
import { startLauncher, type Launcher, type SiteStatus } from '../launcher/launcher';
import { newFrameToken } from '@/utils/messaging/token';
import { DEFAULT_LAYOUT } from '../launcher/sidebar-host';

/**
 * Whether a message comes from the background (Chrome's service worker,
 * Firefox's background page): not from an extension page, since the
 * sidebar's own messages to the background reach this page too.
 */
export function isFromBackground(sender: { id?: string; url?: string; tab?: unknown }, extensionId: string): boolean {
  if (sender.id !== extensionId || !sender.url || sender.tab !== undefined) return false;
  const url = new URL(sender.url);
  if (url.protocol !== 'chrome-extension:' && url.protocol !== 'moz-extension:') return false;
  return !url.pathname.endsWith('.html') || url.pathname === '/_generated_background_page.html';
}

/** The practice form is always on; the sidebar looks as the user set it. */
async function practiceStatus(): Promise<SiteStatus> {
  const settings = await getSettings().catch(() => undefined);
  return { enabled: true, layout: settings ? { side: settings.sidebarSide, width: settings.sidebarWidth } : DEFAULT_LAYOUT };
}

export function startPracticeLauncher(): Launcher {
  return startLauncher({
    sidebarUrl: browser.runtime.getURL('/sidebar.html'),
    extensionId: browser.runtime.id,
    isExtensionAlive: () => true,
    onMessage: (handler) => {
      const listener = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }) =>
        isFromBackground(sender, browser.runtime.id) ? handler(message, sender) : undefined;
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    // The same steps as the background's answer to a real launcher: the status, a registered token, the kit (bundled here).
    openFrame: async (review) => {
      const status = await practiceStatus();
      const token = newFrameToken();
      const registered = (await browser.runtime.sendMessage({ type: 'register-sidebar', token, ...(review && { review }) })) === true;
      return registered ? { status, token } : { status };
    },
    // An extension page bundles the launcher's second half itself.
    loadKit: async () => ({ keepRoom, insertIntoField }),
  });
}
