/**
 * Which sites the launcher runs on: the hosted suites (built in, on by
 * default, can be switched off) and the domains the user added (self-hosted
 * suites, vanity domains), each a match pattern. Pure functions; the
 * background applies them with the permissions and scripting APIs.
 */
import { HOSTED_SUITE_MATCHES } from './adapters/hosts';
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

/**
 * Whether `pattern` is one `parseSiteInput` can produce: `http(s)://host/*`,
 * the host written as a URL writes it (lower case, no port, no user, no
 * wildcard). Browsers refuse a malformed pattern in a whole
 * `registerContentScripts` or `permissions` call, so nothing else is stored.
 */
export function isCustomSitePattern(pattern: string): boolean {
  const parts = /^(https?):\/\/([^/?#*\s@:\\[\]]+|\[[0-9a-f:.]+\])\/\*$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host] = parts as unknown as [string, string, string];
  let url: URL;
  try {
    url = new URL(`${scheme}://${host}/`);
  } catch {
    return false;
  }
  return url.hostname === host && url.port === '' && url.username === '' && url.password === '';
}

/**
 * The one grammar of a site rule's pattern, for the model, backups and the
 * sync: a built-in suite's pattern (switched off) or a custom site's.
 */
export function isSitePattern(pattern: string, builtIn: readonly string[] = HOSTED_SUITE_MATCHES): boolean {
  return builtIn.includes(pattern) || isCustomSitePattern(pattern);
}

/** Splits rules into those the browser can apply and those whose pattern breaks the grammar (a damaged or foreign backup). */
export function partitionSiteRules<R extends Pick<SiteRule, 'pattern'>>(
  rules: readonly R[],
  builtIn: readonly string[] = HOSTED_SUITE_MATCHES,
): { valid: R[]; invalid: R[] } {
  const valid: R[] = [];
  const invalid: R[] = [];
  for (const rule of rules) (isSitePattern(rule.pattern, builtIn) ? valid : invalid).push(rule);
  return { valid, invalid };
}

/**
 * The patterns the custom-sites content script must run on: enabled custom
 * rules whose permission is granted. A rule with an invalid pattern is left
 * out: the others are still registered.
 */
export function customScriptMatches(rules: readonly SiteRule[], builtIn: readonly string[], granted: (pattern: string) => boolean): string[] {
  return rules
    .filter((rule) => rule.enabled && !builtIn.includes(rule.pattern) && isCustomSitePattern(rule.pattern) && granted(rule.pattern))
    .map((rule) => rule.pattern)
    .sort();
}

/** Built-in patterns the user switched off. */
export function disabledBuiltIns(rules: readonly SiteRule[], builtIn: readonly string[]): string[] {
  return rules.filter((rule) => !rule.enabled && builtIn.includes(rule.pattern)).map((rule) => rule.pattern);
}
