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
 * Events the page can forge (popstate, hashchange, navigate) only make the
 * gate read `location` again.
 */
import { browser } from 'wxt/browser';
import { mayBeReviewPage } from '@/utils/adapters/addresses';
import { LAUNCHER_SLOT } from '../launcher/kit';

export default defineUnlistedScript(() => {
  // The launcher already runs here (the toolbar's injection, a custom site).
  if ((globalThis as Record<symbol, unknown>)[LAUNCHER_SLOT]) return;
  const watching = new AbortController();
  const { signal } = watching;
  let lastUrl = '';
  function check() {
    if (location.href === lastUrl || signal.aborted) return;
    lastUrl = location.href;
    if (!mayBeReviewPage(new URL(lastUrl))) return;
    watching.abort();
    // The background injects the launcher into this tab's top frame; a
    // launcher that is already there (injected meanwhile) leaves itself alone.
    void browser.runtime.sendMessage({ type: 'load-launcher' }).catch(() => undefined);
  }
  check();
  if (signal.aborted) return;
  const checkSoon = () => void Promise.resolve().then(() => requestAnimationFrame(check));
  addEventListener('popstate', checkSoon, { signal });
  addEventListener('hashchange', checkSoon, { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // Same-document navigations (pushState, replaceState) fire `navigate` before the URL changes.
    navigation.addEventListener('navigatesuccess', checkSoon, { signal });
    navigation.addEventListener('navigate', checkSoon, { signal });
  } else {
    // No Navigation API (Firefox ESR): look at the URL once a second.
    const poll = setInterval(check, 1000);
    signal.addEventListener('abort', () => clearInterval(poll));
  }
});
