/** Match patterns (`scheme://host/path`), as the manifest and the browser's permissions write them. */

/**
 * A match pattern taken apart, once per pattern (the launcher checks the same
 * ones at every scan). A path's RegExp is built only where the path is not
 * `/*`: on every page load of every suite, building one per pattern cost more
 * than the rest of the check (profiled).
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
    const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
    parsed = parts ? { scheme: parts[1]!, host: parts[2]!, path: parts[3]! } : null;
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
