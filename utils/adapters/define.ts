/**
 * Suite adapters are data: where the suite lives, which URLs and DOM make a
 * review page, where its answer fields are and how they are labelled. This
 * module turns such a description into an `Adapter`. Keeping the knowledge
 * declarative keeps the launcher small (every adapter ships in the content
 * script) and makes it testable as data.
 */
import { isShown, labelOf, textOf } from '../dom';
import { fieldKindOf, isSearchField } from './fields';
import { namesReview, pageWordsContext } from './generic';
import { readReviewContext, type ContextSpec } from './context';
import { HOSTED_SUITE_MATCHES } from './hosts';
import type { Adapter, ReviewField } from './types';

export interface AdapterSpec {
  id: string;
  name: string;
  /** Match patterns of the hosted domains (`https://*.myworkday.com/*`); empty for self-hosted suites. */
  hosts: readonly string[];
  /** The tenants' host names, where `hosts` is wider than the suite (a cloud provider's whole domain). */
  tenantHost?: RegExp;
  /**
   * The suite is also installed on customers' own domains: beside `hosts`, any
   * host that is not another hosted suite's counts (the launcher only runs
   * there where the user enabled the site).
   */
  selfHosted?: boolean;
  /**
   * The review pages' URL: tested against `pathname + search + hash` (hash
   * routers keep their route in the hash). Absent when the URL is opaque.
   */
  path?: RegExp;
  /** An element that only this suite's review pages have. */
  signature?: string;
  /** The title or a heading must name a review (for suites whose URLs say nothing). */
  needsReviewWords?: boolean;
  /** The suite's answer fields: textareas, inputs, editable roots or iframe editors. */
  fields: string;
  /** Regions whose fields are never review answers (chatter, comment composers, dialogs). */
  exclude?: string;
  /** The label a person reads for a field, when `<label>`/ARIA/the preceding heading is not it. */
  label?(field: HTMLElement): string | undefined;
  /**
   * Who is reviewed and who writes, as this suite's pages show it. Readers
   * left out fall back to the page's words (a heading naming a
   * self-evaluation or a manager's evaluation).
   */
  context?: ContextSpec;
}

/** A match pattern taken apart, once per pattern (the launcher checks the same ones at every scan). */
interface ParsedPattern {
  scheme: string;
  host: string;
  path: RegExp;
}
const parsedPatterns = new Map<string, ParsedPattern | null>();
function parsePattern(pattern: string): ParsedPattern | null {
  let parsed = parsedPatterns.get(pattern);
  if (parsed === undefined) {
    const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
    parsed = parts
      ? { scheme: parts[1]!, host: parts[2]!, path: new RegExp(`^${parts[3]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`) }
      : null;
    parsedPatterns.set(pattern, parsed);
  }
  return parsed;
}

/** Whether a URL matches one of the match patterns (`scheme://host/path`, `*` wildcards, `*.` subdomains). */
export function matchesPattern(url: URL, pattern: string): boolean {
  const parsed = parsePattern(pattern);
  if (!parsed) return false;
  const { scheme, host, path } = parsed;
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
  return path.test(url.pathname + url.search);
}

/** The text of the first element matching `selector` inside the closest `container` of `field`. */
export function textNear(field: Element, container: string, selector: string): string | undefined {
  const text = textOf(field.closest(container)?.querySelector(selector));
  return text || undefined;
}

export function defineAdapter(spec: AdapterSpec): Adapter {
  function mayBeReviewUrl(url: URL): boolean {
    if (spec.hosts.length > 0 && !spec.hosts.some((pattern) => matchesPattern(url, pattern))) {
      if (!spec.selfHosted || HOSTED_SUITE_MATCHES.some((pattern) => matchesPattern(url, pattern))) return false;
    }
    if (spec.tenantHost && !spec.tenantHost.test(url.hostname)) return false;
    return !spec.path || spec.path.test(url.pathname + url.search + url.hash);
  }

  function isReviewPage(url: URL, doc: Document): boolean {
    if (!mayBeReviewUrl(url)) return false;
    if (spec.signature && !doc.querySelector(spec.signature)) return false;
    if (spec.needsReviewWords && !namesReview(doc)) return false;
    return true;
  }

  function findReviewFields(doc: Document): ReviewField[] {
    const fields: ReviewField[] = [];
    for (const element of doc.querySelectorAll<HTMLElement>(spec.fields)) {
      const kind = fieldKindOf(element);
      if (!kind || isSearchField(element) || !isShown(element)) continue;
      if (spec.exclude && element.closest(spec.exclude)) continue;
      const label = spec.label?.(element) || labelOf(element);
      fields.push({ element, kind, label });
    }
    return fields;
  }

  const context: ContextSpec = { ...pageWordsContext, ...spec.context };
  const reviewContext = (url: URL, doc: Document) => readReviewContext(context, url, doc);

  return { id: spec.id, name: spec.name, hosts: spec.hosts, mayBeReviewUrl, isReviewPage, findReviewFields, reviewContext };
}
