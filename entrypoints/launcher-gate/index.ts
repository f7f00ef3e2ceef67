/**
 * The launcher's gate: the manifest's content script on every page of the
 * hosted suites. Most of those pages are not review forms (leave, payroll,
 * the goals list, a busy feed), and there it only looks at the address: the
 * launcher itself (entrypoints/launcher, about ten times larger) is asked for
 * once the address may be a review page, at load or after a route change of a
 * single-page app. On a page it is never asked for, the extension costs no
 * more than reading the address.
 *
 * No listener for the toolbar: with no launcher in the page, the background's
 * message finds no receiver and it injects the launcher itself (activeTab).
 * An event the page can forge (navigate) only makes the gate read `location`
 * again.
 */
import { mayBeReviewPage } from '@/utils/adapters/addresses';
import { LAUNCHER_SLOT } from '../launcher/kit';

/** The part of the extension API the gate uses (Firefox's `browser`, Chrome's `chrome`: both return a promise). */
interface Api {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}

export default defineUnlistedScript(() => {
  // The launcher already runs here (the toolbar's injection, a custom site).
  if ((globalThis as Record<symbol, unknown>)[LAUNCHER_SLOT]) return;
  let lastUrl = '';
  let stopWatching = () => {};
  /** True once the launcher was asked for. */
  function check(): boolean {
    if (location.href === lastUrl) return false;
    lastUrl = location.href;
    if (!mayBeReviewPage(new URL(lastUrl))) return false;
    stopWatching();
    // The background injects the launcher into this tab's top frame; a
    // launcher that is already there (injected meanwhile) leaves itself alone.
    // The extension API is looked up only now: touching it at all builds its
    // bindings in the page's renderer, which a page that is no review page
    // never needs.
    try {
      const { browser, chrome } = globalThis as unknown as { browser?: Api; chrome: Api };
      void (browser?.runtime?.id ? browser : chrome).runtime.sendMessage({ type: 'load-launcher' }).catch(() => undefined);
    } catch {
      // The extension was reloaded or removed since this page loaded: nothing to ask.
    }
    return true;
  }
  if (!check()) {
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      // Every navigation of the page (pushState, replaceState, back, a new
      // hash) fires `navigate` before the URL changes: looked at once it has.
      const checkSoon = () => void Promise.resolve().then(() => requestAnimationFrame(() => check()));
      navigation.addEventListener('navigate', checkSoon);
      stopWatching = () => navigation.removeEventListener('navigate', checkSoon);
    } else {
      // No Navigation API (Firefox ESR): look at the URL once a second.
      const poll = setInterval(() => check(), 1000);
      stopWatching = () => clearInterval(poll);
    }
  }
});
