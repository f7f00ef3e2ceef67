/**
 * Clickjacking defence for the sidebar inside a web page. The page cannot
 * read the sidebar, but it can hide it (opacity, filters, transforms of its
 * own elements) or cover it with a look-alike that lets clicks through
 * (`pointer-events: none`), and invite a click where an Insert button sits.
 * A click that writes to the page therefore counts only when the sidebar was
 * really visible and unobstructed:
 *
 * - Chromium: IntersectionObserver v2 (`trackVisibility`) on a sentinel that
 *   covers the whole frame above the sidebar's own content. The browser
 *   reports it visible only when nothing of any frame is painted over it and
 *   no ancestor makes it transparent, filtered or distorted. The sidebar must
 *   have been visible since it appeared or for `MIN_VISIBLE_MS` before the
 *   click, still be visible once the observer has caught up with the moment
 *   of the click, and a fresh observation taken after the click must agree.
 * - Elsewhere (Firefox has no `trackVisibility`): the user confirms in the
 *   browser's own dialog, which no page can cover, with the text and the
 *   target field shown.
 */

/** How long the sidebar must have been visible before a click, unless it has been since it appeared. */
export const MIN_VISIBLE_MS = 500;
/** IntersectionObserver v2's smallest delay between visibility reports. */
const OBSERVER_DELAY_MS = 100;
/** Waiting for the browser's first report or a fresh one. */
const REPORT_TIMEOUT_MS = 1500;

export type GuardVerdict = { ok: true } | { ok: false; reason: 'hidden' | 'declined' };

export interface WriteRequest {
  /** The text about to go into the page. */
  text: string;
  /** The target field as the user would recognise it. */
  target: string;
}

export interface ClickGuard {
  /** Whether a click made at `clickedAt` (performance.now()) may write `request` into the page. */
  allow(clickedAt: number, request: WriteRequest): Promise<GuardVerdict>;
  dispose(): void;
}

/** Whether the browser reports occlusion (IntersectionObserver v2). */
export function canTrackVisibility(win: Window = window): boolean {
  const entry = (win as Window & { IntersectionObserverEntry?: { prototype: object } }).IntersectionObserverEntry;
  return !!entry && 'isVisible' in entry.prototype;
}

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };
type V2Options = IntersectionObserverInit & { trackVisibility: boolean; delay: number };

function observeVisibility(target: Element, report: (visible: boolean, time: number) => void): IntersectionObserver {
  const options: V2Options = { trackVisibility: true, delay: OBSERVER_DELAY_MS, threshold: [0] };
  const observer = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1] as VisibilityEntry | undefined;
    if (last) report(last.isVisible === true && last.isIntersecting, last.time);
  }, options);
  observer.observe(target);
  return observer;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The guard for a sidebar shown inside a web page (`doc` is the sidebar's own document). */
export function createClickGuard(doc: Document, confirmWrite: (request: WriteRequest) => boolean): ClickGuard {
  if (!canTrackVisibility(doc.defaultView ?? window)) {
    return {
      allow: async (_clickedAt, request) => (confirmWrite(request) ? { ok: true } : { ok: false, reason: 'declined' }),
      dispose: () => undefined,
    };
  }
  // Covers the frame, above the sidebar's content, transparent and click-through.
  const sentinel = doc.createElement('div');
  sentinel.setAttribute('aria-hidden', 'true');
  sentinel.setAttribute(
    'style',
    'position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; background: transparent; contain: strict',
  );
  doc.body.append(sentinel);

  /** The latest report: visible or not, since when, and whether it has ever changed. */
  let state: { visible: boolean; since: number; changed: boolean } | undefined;
  let waiters: (() => void)[] = [];
  const observer = observeVisibility(sentinel, (visible, time) => {
    if (state?.visible !== visible) state = { visible, since: time, changed: state !== undefined };
    for (const wake of waiters) wake();
    waiters = [];
  });
  const nextReport = (timeout: number) =>
    Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), sleep(timeout)]);

  /** One observation taken now, independent of the long-running observer's history. */
  function freshObservation(): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), REPORT_TIMEOUT_MS);
      const once = observeVisibility(sentinel, (visible) => finish(visible));
      function finish(visible: boolean) {
        clearTimeout(timer);
        once.disconnect();
        resolve(visible);
      }
    });
  }

  return {
    async allow(clickedAt) {
      if (!state) await nextReport(REPORT_TIMEOUT_MS);
      // Let the observer report any change made just before the click.
      await sleep(clickedAt + OBSERVER_DELAY_MS * 2 - performance.now());
      const fresh = await freshObservation();
      const current = state;
      const visibleLongEnough = !!current && current.visible && (!current.changed || current.since <= clickedAt - MIN_VISIBLE_MS);
      return fresh && visibleLongEnough ? { ok: true } : { ok: false, reason: 'hidden' };
    },
    dispose() {
      observer.disconnect();
      sentinel.remove();
    },
  };
}
