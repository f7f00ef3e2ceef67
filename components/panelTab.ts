import { browser } from 'wxt/browser';

/**
 * The tab the sidebar works on when it is not inside a page. In the browser's
 * side panel (Chrome `side_panel`, Firefox `sidebar_action`): the active tab
 * of the panel's window. When the sidebar is itself shown as a tab (opened in
 * a window of its own): the most recently used active tab of another window.
 * Asked again on every action, so the panel follows the user's tab switches.
 */
export async function panelTab(): Promise<number | undefined> {
  // Undefined in a side panel: it is no tab.
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const isOther = (tab: { id?: number }) => tab.id !== undefined && tab.id !== self?.id;
  const beside = (await browser.windows.getCurrent({ populate: true })).tabs?.find((tab) => tab.active && isOther(tab));
  if (beside) return beside.id;
  const active = await browser.tabs.query({ active: true, windowType: 'normal' });
  return active.filter(isOther).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]?.id;
}
