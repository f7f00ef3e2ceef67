/**
 * The launcher: runs on the hosted HR suites' pages, decides whether the page
 * is a review form, and mounts the sidebar (an extension page in an iframe,
 * inside a closed shadow root). It never holds prep data, except the one text
 * the user asked to insert. Kept tiny: no UI framework, no database, no zod,
 * and no webextension-polyfill (wxt.config.ts points `wxt/browser` at the
 * browser's own `browser`/`chrome` object for this bundle only).
 */
import { browser } from 'wxt/browser';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { startLauncher } from './launcher';
import { DEFAULT_LAYOUT } from './sidebar-host';

export default defineContentScript({
  matches: [...HOSTED_SUITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // Injected again by the toolbar button or the shortcut on a page where it
    // already runs: one launcher per page (this flag lives in the content
    // script's isolated world; the page cannot see or set it).
    const state = globalThis as { reviewCompanionLauncher?: boolean };
    if (state.reviewCompanionLauncher) return;
    state.reviewCompanionLauncher = true;
    startLauncher({
      ctx,
      sidebarUrl: browser.runtime.getURL('/sidebar.html'),
      extensionId: browser.runtime.id,
      onMessage: (handler) => {
        // The callback form works in Chrome and Firefox without the polyfill.
        const listener = (message: unknown, sender: { id?: string }, respond: (reply: unknown) => void) => {
          const reply = handler(message, sender);
          if (!reply) return false;
          void reply.then(respond);
          return true;
        };
        browser.runtime.onMessage.addListener(listener);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
      },
      siteStatus: async () => {
        const reply = (await browser.runtime.sendMessage({ type: 'launcher-status' })) as Record<string, unknown> | undefined;
        const width = Number(reply?.width);
        return {
          enabled: reply?.enabled !== false,
          layout: {
            side: reply?.side === 'left' ? 'left' : 'right',
            width: Number.isFinite(width) ? Math.min(640, Math.max(280, width)) : DEFAULT_LAYOUT.width,
          },
        };
      },
    });
  },
});
