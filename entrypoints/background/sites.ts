/**
 * Keeps the custom-sites content script in step with the user's site rules
 * and the host permissions they granted: registered for every enabled custom
 * domain whose permission is held, updated when rules or permissions change,
 * unregistered when none is left.
 */
import { browser } from 'wxt/browser';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { matchesPattern } from '@/utils/adapters/define';
import { getSettings, siteRules } from '@/utils/db';
import { CUSTOM_SITES_SCRIPT_ID, customScriptMatches, disabledBuiltIns, partitionSiteRules } from '@/utils/sites';

const LAUNCHER_FILE = '/launcher.js';
const LAUNCHER_KIT_FILE = '/launcher-kit.js';

async function grantedPatterns(patterns: readonly string[]): Promise<Set<string>> {
  const checks = await Promise.all(
    // One pattern the browser refuses counts as not granted; it does not stop the others.
    patterns.map(async (pattern) => [pattern, await browser.permissions.contains({ origins: [pattern] }).catch(() => false)] as const),
  );
  return new Set(checks.filter(([, granted]) => granted).map(([pattern]) => pattern));
}

async function applySiteRules(): Promise<string[]> {
  // A rule whose pattern breaks the grammar (a damaged backup) would make the
  // browser refuse the whole registration: it is skipped, the others apply.
  const { valid: rules, invalid } = partitionSiteRules(await siteRules.all(), HOSTED_SUITE_MATCHES);
  if (invalid.length > 0) console.warn('Review Companion: site rules skipped, not a site pattern:', invalid.map((rule) => rule.pattern));
  const granted = await grantedPatterns(rules.map((rule) => rule.pattern));
  const matches = customScriptMatches(rules, HOSTED_SUITE_MATCHES, (pattern) => granted.has(pattern));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
    return matches;
  }
  const script = { id: CUSTOM_SITES_SCRIPT_ID, matches, js: [LAUNCHER_FILE], runAt: 'document_idle' as const };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

let queue: Promise<unknown> = Promise.resolve();

/** Re-applies the rules; calls are serialised so two changes never register the script twice. Resolves to the custom matches. */
export function syncSites(): Promise<string[]> {
  const next = queue.then(applySiteRules);
  queue = next.catch((error: unknown) => console.error('Review Companion: could not update the custom sites', error));
  return next;
}

/** What the launcher needs before opening by itself: may it, and how the sidebar looks. */
export async function launcherStatus(url: string): Promise<{ enabled: boolean; side: 'left' | 'right'; width: number }> {
  const settings = await getSettings();
  // The user who prefers the browser's side panel opens it themselves.
  const enabled = settings.autoOpen && settings.panelMode === 'overlay' && (await isSiteEnabled(url));
  return { enabled, side: settings.sidebarSide, width: settings.sidebarWidth };
}

/** Whether the launcher may open by itself on `url` (the user did not switch that suite off). */
export async function isSiteEnabled(url: string): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const off = disabledBuiltIns(await siteRules.all(), HOSTED_SUITE_MATCHES);
  return !off.some((pattern) => matchesPattern(parsed, pattern));
}

/**
 * Injects the launcher's second half into the frame whose launcher asked
 * (entrypoints/launcher/kit.ts). True once it is there.
 */
export async function injectLauncherKit(tabId: number, frameId: number): Promise<boolean> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [LAUNCHER_KIT_FILE] });
  return true;
}

/** Injects the launcher where it is not running yet (possible on any page through activeTab). */
export async function injectLauncher(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [LAUNCHER_FILE] });
}
