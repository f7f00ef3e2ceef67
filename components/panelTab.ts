import { browser, type Browser } from 'wxt/browser';

/**
 * The tab the sidebar works on when it is not inside a page: in the browser's
 * side panel (Chrome `side_panel`, Firefox `sidebar_action`), the active tab
 * of the panel's window. When the sidebar is itself shown as a tab (opened in
 * a window of its own), the active tab of the last focused normal window.
 * Asked again on every action, so the panel follows the user's tab switches.
 */
export async function panelTab(): Promise<number | undefined> {
  // Undefined in a side panel: it is no tab.
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const pick = (tabs: Browser.tabs.Tab[] = []) => tabs.find((tab) => tab.active && tab.id !== undefined && tab.id !== self?.id)?.id;
  const own = pick((await browser.windows.getCurrent({ populate: true })).tabs);
  if (own !== undefined) return own;
  return pick((await browser.windows.getLastFocused({ populate: true, windowTypes: ['normal'] })).tabs);
}
