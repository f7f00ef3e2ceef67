import { browser } from 'wxt/browser';

/** Opens one of the extension's own pages in a new tab (works from the popup, options and the sidebar iframe). */
export function openExtensionPage(path: '/prep.html' | '/options.html' | '/team.html', search = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path) + search });
}
