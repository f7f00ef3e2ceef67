/**
 * Which sites the launcher runs on: the hosted suites (built in, on by
 * default, can be switched off) and the domains the user added (self-hosted
 * suites, vanity domains), each a match pattern. Pure functions; the
 * background applies them with the permissions and scripting APIs.
 */
import type { SiteRule } from './model';

/** The id of the one dynamic content script that serves every custom domain. */
export const CUSTOM_SITES_SCRIPT_ID = 'review-companion-custom-sites';
/** Adapter id of a custom domain whose suite is recognised by its pages. */
export const AUTO_ADAPTER = 'auto';

export type SiteInput = { ok: true; pattern: string; origin: string } | { ok: false; reason: 'empty' | 'invalid' | 'scheme' | 'wildcard' };

/**
 * Turns what a person types ("hr.acme.com", "https://hr.acme.com/web/index.php",
 * "http://intranet:8069") into the match pattern of that origin.
 */
export function parseSiteInput(raw: string): SiteInput {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.includes('*')) return { ok: false, reason: 'wildcard' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  if (!url.hostname || /\s/.test(url.hostname) || (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.port)) {
    return { ok: false, reason: 'invalid' };
  }
  // Match patterns carry no port: the pattern covers every port of the host.
  return { ok: true, pattern: `${url.protocol}//${url.hostname}/*`, origin: url.origin };
}

/** The patterns the custom-sites content script must run on: enabled custom rules whose permission is granted. */
export function customScriptMatches(rules: readonly SiteRule[], builtIn: readonly string[], granted: (pattern: string) => boolean): string[] {
  return rules
    .filter((rule) => rule.enabled && !builtIn.includes(rule.pattern) && granted(rule.pattern))
    .map((rule) => rule.pattern)
    .sort();
}

/** Built-in patterns the user switched off. */
export function disabledBuiltIns(rules: readonly SiteRule[], builtIn: readonly string[]): string[] {
  return rules.filter((rule) => !rule.enabled && builtIn.includes(rule.pattern)).map((rule) => rule.pattern);
}
