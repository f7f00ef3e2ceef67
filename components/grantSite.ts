import { browser } from 'wxt/browser';
import { siteRules } from '@/utils/db';
import { AUTO_ADAPTER } from '@/utils/sites';

/**
 * Asks for one origin (call it right in the click: browsers only prompt for
 * a user gesture) and, once allowed, records the site so the background
 * registers the launcher there.
 */
export async function grantSite(pattern: string): Promise<boolean> {
  if (!(await browser.permissions.request({ origins: [pattern] }))) return false;
  const now = Date.now();
  await siteRules.put({ pattern, adapterId: AUTO_ADAPTER, enabled: true, createdAt: now, updatedAt: now });
  return true;
}
