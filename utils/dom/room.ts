/**
 * Making room for the sidebar on a page: the page's normal flow narrows by a
 * margin on `<html>`, and the page's fixed and sticky elements that the
 * sidebar would cover (a full-width top bar, a help button at the right
 * edge, a drawer) are narrowed or shifted by inline `!important` styles. Every
 * inline value changed is recorded and put back exactly when the room is
 * given back.
 *
 * The pure parts (which elements qualify, what to set, how styles are saved
 * and restored) are separate from the parts that read layout, so they can be
 * tested without a layout engine.
 */

export type Side = 'left' | 'right';

/** A border box in viewport coordinates (as `getBoundingClientRect` gives it). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What the planner needs to know about one fixed or sticky element. */
export interface Geometry {
  position: 'fixed' | 'sticky';
  box: Box;
  /** Its computed `width` in pixels (the content box's, or the border box's with `box-sizing: border-box`). */
  width: number;
}

/** The strip of the viewport the sidebar takes. */
export interface Strip {
  side: Side;
  /** The sidebar's width in CSS pixels. */
  width: number;
  /** The viewport's width without its scrollbar (`documentElement.clientWidth`). */
  viewport: number;
}

/** Below this width left for the page, the sidebar does not make room: it floats over the page. */
export const MIN_PAGE_WIDTH = 480;
/** An element at least this share of the viewport wide spans it: it is narrowed, not moved. */
export const WIDE_SHARE = 0.5;
/** A narrowed element keeps at least this width, else it cannot be made room for. */
const MIN_NARROWED_WIDTH = 48;

/** What to set on an element (always with `!important`), and where its border box should then be. */
export interface RoomPlan {
  style: RoomStyle;
  left: number;
  right: number;
}

/** The inline properties a plan sets (always with `!important`). */
export type RoomStyle = Partial<Record<'left' | 'right' | 'width' | 'margin-left' | 'margin-right', string>>;

const px = (value: number) => `${Math.round(value * 100) / 100}px`;

/** Whether the page keeps enough width beside the sidebar to make room at all. */
export function canMakeRoom(strip: Strip): boolean {
  return strip.viewport - strip.width >= MIN_PAGE_WIDTH;
}

/** Whether a box of some size reaches into the strip the sidebar covers. */
export function isCovered(box: Box, strip: Strip): boolean {
  if (box.right - box.left < 1 || box.bottom - box.top < 1) return false;
  return strip.side === 'right' ? box.right > strip.viewport - strip.width + 0.5 : box.left < strip.width - 0.5;
}

/**
 * What to set on a covered element so that it stays out of the strip, or
 * null when nothing is needed (not covered) or nothing will do:
 * - an element spanning the viewport (at least WIDE_SHARE of it) is narrowed
 *   to end at the sidebar's edge (a fixed one may also start there, when the
 *   sidebar is on the left);
 * - a narrower fixed element (a help button, a drawer, anchored at the
 *   covered edge) moves by the sidebar's width, keeping its size;
 * - a sticky element stays in the page's flow (the margin on `<html>` already
 *   narrows it): only its width can change, and only on its right.
 */
export function planRoom({ position, box, width }: Geometry, strip: Strip): RoomPlan | null | 'impossible' {
  if (!isCovered(box, strip)) return null;
  const edge = strip.side === 'right' ? strip.viewport - strip.width : strip.width;
  let { left, right } = box;
  if (position === 'sticky' || right - left >= strip.viewport * WIDE_SHARE) {
    if (strip.side === 'right') right = Math.min(right, edge);
    // A sticky element stays where the page's flow puts it: only its width can change.
    else if (position === 'sticky') return 'impossible';
    else left = Math.max(left, edge);
    if (right - left < MIN_NARROWED_WIDTH) return 'impossible';
  } else {
    // By the sidebar's width (a button keeps its gap to the edge), or where
    // that would push it off the page's other edge, just out of the strip.
    const overlap = strip.side === 'right' ? right - edge : edge - left;
    const full = strip.side === 'right' ? left - strip.width : strip.viewport - right - strip.width;
    const shift = (full >= -0.5 ? strip.width : overlap) * (strip.side === 'right' ? -1 : 1);
    left += shift;
    right += shift;
    if (left < -0.5 || right > strip.viewport + 0.5) return 'impossible';
  }
  // `width` sizes the box `box-sizing` says: change it by as much as the border box changes.
  const size = { width: px(width + right - left - (box.right - box.left)) };
  // `left` places the margin box: with the margin at 0 it places the border box, whatever the margin was (`auto` included).
  return { style: position === 'sticky' ? size : { left: px(left), right: 'auto', 'margin-left': '0px', ...size }, left, right };
}

/**
 * Inline values an override replaced, per property: [name, value set (as the
 * browser serialised it), previous value, previous priority]; and the `style`
 * attribute before and right after (the attribute comes back as the page
 * wrote it, not as the browser would re-serialise it).
 */
export interface StyleOverride {
  element: HTMLElement;
  values: [name: string, applied: string, previous: string, priority: string][];
  before: string | null;
  after: string;
}

/** Sets `style` on the element with `!important`, recording the exact inline values it replaces. */
export function applyOverride(element: HTMLElement, style: RoomStyle): StyleOverride {
  const inline = element.style;
  const before = element.getAttribute('style');
  const values = Object.entries(style).map(([name, value]): StyleOverride['values'][number] => {
    const previous = inline.getPropertyValue(name);
    const priority = inline.getPropertyPriority(name);
    inline.setProperty(name, value, 'important');
    return [name, inline.getPropertyValue(name), previous, priority];
  });
  // Read through the attribute, not `cssText`: in Chromium, a `cssText` read
  // leaves the attribute to be written again ("") after it is removed.
  return { element, values, before, after: element.getAttribute('style') ?? '' };
}

/** Whether the value the override set for `name` is still there, still `!important`. */
const isOurs = (inline: CSSStyleDeclaration, name: string, applied: string) =>
  inline.getPropertyValue(name) === applied && inline.getPropertyPriority(name) === 'important';

/** Whether every value the override set is still in place (false once the page rewrote one). */
export function isOverrideIntact({ element, values }: StyleOverride): boolean {
  return values.every(([name, applied]) => isOurs(element.style, name, applied));
}

/**
 * Puts back the inline values the override replaced (removing the ones that
 * were not set). A property the page has set again since is the page's: it
 * is left as the page wrote it.
 */
export function restoreOverride({ element, values, before, after }: StyleOverride): void {
  const inline = element.style;
  if (element.getAttribute('style') === after) {
    // Untouched since: the attribute exactly as it was.
    if (before === null) element.removeAttribute('style');
    else element.setAttribute('style', before);
    return;
  }
  for (const [name, applied, previous, priority] of values) {
    if (!isOurs(inline, name, applied)) continue;
    if (previous) inline.setProperty(name, previous, priority);
    else inline.removeProperty(name);
  }
}

// --- the part that reads the page's layout (needs a real browser) ----------

/** After the page undid an override this many times, it is left to the page (the sidebar floats over that element). */
const MAX_FIGHTS = 3;
/**
 * Changes deeper in the page than `<body>`'s children are looked at by one
 * walk, 2 s after the first; while the page keeps changing, the wait doubles
 * up to 16 s (a live feed costs a walk every 16 s).
 */
const DEEP_WALK_MS = 2000;
const MAX_DEEP_WALK_MS = 16_000;
/** More elements added in one frame than this: look at the whole page once instead of each subtree. */
const MAX_ADDED_PER_FRAME = 200;

export interface RoomKeeper {
  /** Makes room for a sidebar of this side and width (again after a move or a collapse); null gives all room back. */
  set(strip: Pick<Strip, 'side' | 'width'> | null): void;
  /** Whether the sidebar floats over part of the page: too narrow a page, or an element that could not be moved or that the page keeps putting back. */
  readonly floating: boolean;
  stop(): void;
}

function geometryOf(element: HTMLElement, style: CSSStyleDeclaration): Geometry {
  return { position: style.position as Geometry['position'], box: element.getBoundingClientRect(), width: Number.parseFloat(style.width) || 0 };
}

/**
 * Keeps room for the sidebar while it is open: the margin on `<html>`, and
 * the page's fixed and sticky elements in the sidebar's strip, including
 * ones that appear or change later. Cheap by construction: candidates are
 * found by a walk that reads computed styles only (no layout), once when the
 * sidebar opens or the window is resized; later, elements added as children
 * of `<body>` (where suites put banners, dialogs and toasts) and the
 * elements already found are looked at, at most once per animation frame;
 * changes deeper down, by one walk at most every 2 s (the observer that
 * notices them pauses until then). Boxes are measured for the candidates alone.
 */
export function keepRoom(
  doc: Document,
  ignore: (element: Element) => boolean,
): RoomKeeper {
  const view = doc.defaultView!;
  const html = doc.documentElement;
  let strip: Strip | null = null;
  let tooNarrow = false;
  let margin: StyleOverride | undefined;
  const overrides = new Map<HTMLElement, StyleOverride>();
  /** Fixed and sticky elements seen: watched for class and style changes. */
  const known = new Set<HTMLElement>();
  /** Elements nothing will make room for at this size. */
  const impossible = new Set<HTMLElement>();
  /** Times the page undid an override, per element. */
  const fights = new Map<HTMLElement, number>();
  const gaveUp = (element: HTMLElement) => (fights.get(element) ?? 0) > MAX_FIGHTS;

  let added = new Set<Element>();
  let changed = new Set<HTMLElement>();
  let rescan = false;
  let frame: number | undefined;

  const observer = new MutationObserver((records) => {
    for (const { type, addedNodes, target, attributeName } of records) {
      if (type === 'childList') {
        for (const node of addedNodes) if (!rescan && node instanceof view.Element) added.add(node);
        rescan ||= added.size > MAX_ADDED_PER_FRAME;
      } else {
        const element = target as HTMLElement;
        const override = overrides.get(element);
        const intact = override && isOverrideIntact(override);
        // Our own writes leave the override intact: nothing to do for them.
        if (intact && attributeName === 'style') continue;
        if (override && !intact) fights.set(element, (fights.get(element) ?? 0) + 1);
        changed.add(element);
      }
    }
    schedule();
  });
  let deepTimer: number | undefined;
  let deep = false;
  let deepWait = DEEP_WALK_MS;
  let lastDeepWalk = 0;
  const deepObserver = new MutationObserver(() => {
    deepObserver.disconnect();
    // Quiet for a while before this change: look soon; else wait twice as long as last time.
    deepWait = performance.now() - lastDeepWalk > 2 * deepWait ? DEEP_WALK_MS : Math.min(2 * deepWait, MAX_DEEP_WALK_MS);
    deepTimer = view.setTimeout(() => {
      deep = true;
      schedule();
    }, deepWait);
  });
  const onResize = () => {
    rescan = true;
    schedule();
  };
  const schedule = () => (frame ??= view.requestAnimationFrame(process));
  /** The first pass after `set`: once the next frame is drawn (a frame callback, then a task after it). */
  let firstPass: { frame?: number; task?: number } = {};
  const cancelFirstPass = () => {
    if (firstPass.frame !== undefined) view.cancelAnimationFrame(firstPass.frame);
    view.clearTimeout(firstPass.task);
    firstPass = {};
  };
  const afterNextFrame = (then: () => void) => {
    cancelFirstPass();
    firstPass.frame = view.requestAnimationFrame(() => {
      firstPass.task = view.setTimeout(then, 0);
    });
  };

  /**
   * Fixed and sticky elements at or under `element`. Reads computed styles
   * only (no layout): on a page of 5,000 elements that is a few milliseconds.
   */
  function findPositioned(element: Element, into: Set<HTMLElement>) {
    if (ignore(element) || !(element instanceof view.HTMLElement)) return;
    const { display, position } = view.getComputedStyle(element);
    if (display === 'none') return;
    if (position === 'fixed' || position === 'sticky') into.add(element);
    // What is inside a fixed element moves with it.
    if (position !== 'fixed') for (const child of element.children) findPositioned(child, into);
  }

  function release(element: HTMLElement) {
    const override = overrides.get(element);
    if (override) restoreOverride(override);
    overrides.delete(element);
  }

  /** Measures all, then writes all, then checks all: one layout for each step, not one per element. */
  function makeRoomFor(elements: Iterable<HTMLElement>) {
    const plans: [HTMLElement, RoomPlan][] = [];
    for (const element of elements) {
      if (!element.isConnected || overrides.has(element) || gaveUp(element)) continue;
      if (!known.has(element)) {
        known.add(element);
        observer.observe(element, { attributes: true, attributeFilter: ['style', 'class'] });
      }
      impossible.delete(element);
      const style = view.getComputedStyle(element);
      // Not what the sidebar covers, but what covers the sidebar (the top layer, or the topmost z-index after it): left alone.
      if (!/fixed|sticky/.test(style.position) || style.zIndex === '2147483647' || element.matches(':modal, :popover-open')) continue;
      const plan = planRoom(geometryOf(element, style), strip!);
      if (plan === 'impossible') impossible.add(element);
      else if (plan) plans.push([element, plan]);
    }
    for (const [element, plan] of plans) overrides.set(element, applyOverride(element, plan.style));
    for (const [element, { left, right }] of plans) {
      // Not where it was meant to go: the page's own rules win (a min-width, a
      // transform, a transformed ancestor that fixed elements are placed in).
      // Give it back as it was.
      const box = element.getBoundingClientRect();
      if (Math.abs(box.left - left) > 1 || Math.abs(box.right - right) > 1) {
        release(element);
        impossible.add(element);
      }
    }
  }

  function process() {
    frame = undefined;
    if (!strip) return;
    const found = new Set<HTMLElement>(rescan ? known : []);
    if (rescan || deep) {
      lastDeepWalk = performance.now();
      deepObserver.observe(doc.body, { childList: true, subtree: true });
      if (!rescan) findPositioned(doc.body, found);
    }
    if (rescan) {
      // Styles are read before anything is written (our overrides never
      // change an element's position or display), so this walk reads the
      // styles the browser has just computed for its last frame instead of
      // forcing it to compute them again.
      const positioned = new Set<HTMLElement>();
      findPositioned(doc.body, positioned);
      releaseAll();
      apply(strip);
      if (!tooNarrow) for (const element of positioned) found.add(element);
    } else {
      for (const element of changed) {
        // A class or style change may have moved it (a drawer opening): plan again from the page's own values.
        release(element);
        found.add(element);
      }
      for (const element of added) if (element.isConnected) findPositioned(element, found);
    }
    if (!tooNarrow) makeRoomFor(found);
    rescan = deep = false;
    added = new Set();
    changed = new Set();
  }

  function releaseAll() {
    for (const element of [...overrides.keys()]) release(element);
    if (margin) restoreOverride(margin);
    margin = undefined;
    impossible.clear();
  }

  /** The strip for the viewport as it is now, and the margin on `<html>` where the page is wide enough. */
  function apply(next: Pick<Strip, 'side' | 'width'>) {
    strip = { ...next, viewport: html.clientWidth };
    tooNarrow = !canMakeRoom(strip);
    if (!tooNarrow) margin = applyOverride(html, { [`margin-${strip.side}`]: px(strip.width) });
  }

  view.addEventListener('resize', onResize);
  return {
    get floating() {
      return tooNarrow || [...impossible, ...fights.keys()].some((element) => element.isConnected && (impossible.has(element) || gaveUp(element)));
    },
    set(next) {
      observer.disconnect();
      deepObserver.disconnect();
      view.clearTimeout(deepTimer);
      cancelFirstPass();
      known.clear();
      releaseAll();
      strip = null;
      tooNarrow = false;
      if (next) {
        observer.observe(doc.body, { childList: true });
        strip = { ...next, viewport: 0 };
        rescan = true;
        // After the browser has drawn the frame with the sidebar in it: its
        // layout is then fresh, and reading it costs nothing (read in the
        // task that inserted the sidebar, it would force a layout of the
        // whole page). The sidebar's own page is not drawn yet by then.
        afterNextFrame(process);
      }
      },
    stop() {
      this.set(null);
      view.removeEventListener('resize', onResize);
      if (frame !== undefined) view.cancelAnimationFrame(frame);
    },
  };
}
