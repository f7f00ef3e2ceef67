/** Match patterns (`scheme://host/path`), as the manifest and the browser's permissions write them. */

/**
 * A match pattern taken apart, once per pattern (the launcher checks the same
 * ones at every scan). Plain string work: this runs on every page load of every
 * suite, where building a RegExp per pattern cost more than the rest of the check.
 */
interface ParsedPattern {
  scheme: string;
  host: string;
  /** The path pattern; its RegExp is built on first use (most patterns are `/*`, which needs none). */
  path: string;
  pathRegExp?: RegExp;
}
const parsedPatterns = new Map<string, ParsedPattern | null>();
function parsePattern(pattern: string): ParsedPattern | null {
  let parsed = parsedPatterns.get(pattern);
  if (parsed === undefined) {
    const schemeEnd = pattern.indexOf('://');
    const scheme = pattern.slice(0, schemeEnd);
    const pathStart = pattern.indexOf('/', schemeEnd + 3);
    const host = pattern.slice(schemeEnd + 3, pathStart);
    const hostOk = host === '*' || (!!host && !host.slice(host.startsWith('*.') ? 2 : 0).includes('*'));
    parsed = schemeEnd > 0 && pathStart > 0 && hostOk && ['*', 'http', 'https'].includes(scheme) ? { scheme, host, path: pattern.slice(pathStart) } : null;
    parsedPatterns.set(pattern, parsed);
  }
  return parsed;
}
function pathMatches(parsed: ParsedPattern, path: string): boolean {
  if (parsed.path === '/*') return true;
  parsed.pathRegExp ??= new RegExp(`^${parsed.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return parsed.pathRegExp.test(path);
}

/** Whether a URL matches one of the match patterns (`scheme://host/path`, `*` wildcards, `*.` subdomains). */
export function matchesPattern(url: URL, pattern: string): boolean {
  const parsed = parsePattern(pattern);
  if (!parsed) return false;
  const { scheme, host } = parsed;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (scheme === '*' && url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) {
      return false;
    }
  }
  return pathMatches(parsed, url.pathname + url.search);
}
