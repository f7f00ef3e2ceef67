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
  /** The element's left margin: `left` places the margin box, the box above is the border box. */
  marginLeft: number;
  /** Padding and border widths when `width` sizes the content box (`box-sizing: content-box`); 0 with `border-box`. */
  widthExtra: number;
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
export function planRoom(element: Geometry, strip: Strip): RoomStyle | null | 'impossible' {
  const { box } = element;
  if (!isCovered(box, strip)) return null;
  const width = box.right - box.left;
  const edge = strip.side === 'right' ? strip.viewport - strip.width : strip.width;
  const wide = width >= strip.viewport * WIDE_SHARE;
  let left = box.left;
  let right = box.right;
  if (element.position === 'sticky') {
    if (strip.side === 'left') return 'impossible';
    right = Math.min(right, edge);
    if (right - left < MIN_NARROWED_WIDTH) return 'impossible';
    return { width: px(right - left - element.widthExtra) };
  }
  if (wide) {
    if (strip.side === 'right') right = Math.min(right, edge);
    else left = Math.max(left, edge);
    if (right - left < MIN_NARROWED_WIDTH) return 'impossible';
  } else {
    const shift = strip.side === 'right' ? -strip.width : strip.width;
    left += shift;
    right += shift;
    // Moved past the page's other edge: it would be cut off there instead.
    if (left < -0.5 || right > strip.viewport + 0.5) return 'impossible';
  }
  return { left: px(left - element.marginLeft), right: 'auto', width: px(right - left - element.widthExtra) };
}

/** Inline values an override replaced, and the values it set (as the browser serialised them). */
export interface StyleOverride {
  element: HTMLElement;
  previous: Map<string, { value: string; priority: string }>;
  applied: Map<string, string>;
  /** Whether the element had a `style` attribute before (an element without one gets none back). */
  hadStyle: boolean;
}

/** Sets `style` on the element with `!important`, recording the exact inline values it replaces. */
export function applyOverride(element: HTMLElement, style: RoomStyle): StyleOverride {
  const hadStyle = element.hasAttribute('style');
  const previous = new Map<string, { value: string; priority: string }>();
  const applied = new Map<string, string>();
  for (const [name, value] of Object.entries(style)) {
    previous.set(name, { value: element.style.getPropertyValue(name), priority: element.style.getPropertyPriority(name) });
    element.style.setProperty(name, value, 'important');
    applied.set(name, element.style.getPropertyValue(name));
  }
  return { element, previous, applied, hadStyle };
}

/** Whether every value the override set is still there, still `!important` (false once the page rewrote one). */
export function isOverrideIntact({ element, applied }: StyleOverride): boolean {
  for (const [name, value] of applied) {
    if (element.style.getPropertyValue(name) !== value || element.style.getPropertyPriority(name) !== 'important') return false;
  }
  return true;
}

/**
 * Puts back the inline values the override replaced (removing the ones that
 * were not set). A property the page has set again since is the page's: it
 * is left as the page wrote it.
 */
export function restoreOverride({ element, previous, applied, hadStyle }: StyleOverride): void {
  for (const [name, { value, priority }] of previous) {
    if (element.style.getPropertyValue(name) !== applied.get(name) || element.style.getPropertyPriority(name) !== 'important') continue;
    if (value) element.style.setProperty(name, value, priority);
    else element.style.removeProperty(name);
  }
  if (!hadStyle && element.getAttribute('style') === '') element.removeAttribute('style');
}

// --- the part that reads the page's layout (needs a real browser) ----------

/** After the page undid an override this many times, it is left to the page (the sidebar floats over that element). */
const MAX_FIGHTS = 3;
/** More elements added in one frame than this: look at the whole page once instead of each subtree. */
const MAX_ADDED_PER_FRAME = 200;
/** Rows of probes down the strip for sticky elements (they keep an offset parent, so the walk does not see them). */
const PROBE_STEP = 48;

export interface RoomKeeper {
  /** Makes room for a sidebar of this side and width (again after a move or a collapse); null gives all room back. */
  set(strip: Pick<Strip, 'side' | 'width'> | null): void;
  /** Whether the sidebar floats over part of the page: too narrow a page, or an element that could not be moved or that the page keeps putting back. */
  readonly floating: boolean;
  stop(): void;
}

const toNumber = (value: string) => Number.parseFloat(value) || 0;

function geometryOf(element: HTMLElement, style: CSSStyleDeclaration): Geometry {
  const rect = element.getBoundingClientRect();
  const widthExtra =
    style.boxSizing === 'border-box'
      ? 0
      : toNumber(style.paddingLeft) + toNumber(style.paddingRight) + toNumber(style.borderLeftWidth) + toNumber(style.borderRightWidth);
  return {
    position: style.position === 'sticky' ? 'sticky' : 'fixed',
    box: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom },
    marginLeft: toNumber(style.marginLeft),
    widthExtra,
  };
}

/**
 * Keeps room for the sidebar while it is open: the margin on `<html>`, and
 * the page's fixed and sticky elements in the sidebar's strip, including
 * ones that appear or change later. Cheap by construction: fixed elements are
 * found by a walk that reads `offsetParent` (null for them) and reads styles
 * only there; sticky ones by a few `elementsFromPoint` probes down the strip;
 * later changes are looked at once per animation frame, only in added
 * subtrees and on the elements already known.
 */
export function keepRoom(
  doc: Document,
  { ignore, onFloatingChange }: { ignore(element: Element): boolean; onFloatingChange?(floating: boolean): void },
): RoomKeeper {
  const view = doc.defaultView!;
  const html = doc.documentElement;
  let strip: Strip | null = null;
  let tooNarrow = false;
  let margin: StyleOverride | null = null;
  const overrides = new Map<HTMLElement, StyleOverride>();
  /** Fixed and sticky elements seen: watched for class and style changes. */
  const known = new Set<HTMLElement>();
  /** Elements nothing will make room for at this size. */
  const impossible = new Set<HTMLElement>();
  /** Times the page undid an override, per element. */
  const fights = new Map<HTMLElement, number>();
  let floating = false;

  let added = new Set<Element>();
  let changed = new Set<HTMLElement>();
  let rescan = false;
  let frame: number | undefined;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) if (node.nodeType === 1 && added.size <= MAX_ADDED_PER_FRAME) added.add(node as Element);
        if (added.size > MAX_ADDED_PER_FRAME) rescan = true;
      } else if (record.target instanceof view.HTMLElement) {
        const element = record.target;
        const override = overrides.get(element);
        // Our own writes leave the override intact: nothing to do for them.
        if (override && record.attributeName === 'style' && isOverrideIntact(override)) continue;
        if (override && !isOverrideIntact(override)) fights.set(element, (fights.get(element) ?? 0) + 1);
        changed.add(element);
      }
    }
    schedule();
  });
  const onResize = () => {
    rescan = true;
    schedule();
  };

  function schedule() {
    frame ??= view.requestAnimationFrame(process);
  }

  function updateFloating() {
    const now =
      tooNarrow ||
      [...impossible].some((element) => element.isConnected) ||
      [...fights].some(([element, count]) => count > MAX_FIGHTS && element.isConnected);
    if (now !== floating) {
      floating = now;
      onFloatingChange?.(floating);
    }
  }

  /** Fixed elements in `root`'s subtree (and `root` itself): `offsetParent` is null only for them, hidden ones, and `<body>`. */
  function findFixed(root: Element, into: Set<HTMLElement>) {
    const consider = (element: Element): number => {
      if (ignore(element) || !(element instanceof view.HTMLElement)) return NodeFilter.FILTER_REJECT;
      if (element.offsetParent !== null || element === doc.body) return NodeFilter.FILTER_SKIP;
      const style = view.getComputedStyle(element);
      if (style.display === 'none') return NodeFilter.FILTER_REJECT;
      if (style.position !== 'fixed') return NodeFilter.FILTER_SKIP;
      into.add(element);
      // Its descendants move with it.
      return NodeFilter.FILTER_REJECT;
    };
    if (root !== doc.body && consider(root) === NodeFilter.FILTER_REJECT) return;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, { acceptNode: (node) => consider(node as Element) });
    while (walker.nextNode());
  }

  /** Fixed and sticky elements under a few points down the middle and the edges of the strip. */
  function probe(into: Set<HTMLElement>) {
    if (!strip) return;
    const { side, width, viewport } = strip;
    const xs = side === 'right' ? [viewport - width + 4, viewport - width / 2, viewport - 4] : [4, width / 2, width - 4];
    const seen = new Set<Element>();
    for (let y = PROBE_STEP / 2; y < view.innerHeight; y += PROBE_STEP) {
      for (const x of xs) {
        for (const element of doc.elementsFromPoint(x, y)) {
          if (seen.has(element) || element === html || element === doc.body || ignore(element)) continue;
          seen.add(element);
          if (!(element instanceof view.HTMLElement)) continue;
          const position = view.getComputedStyle(element).position;
          if (position === 'fixed' || position === 'sticky') into.add(element);
        }
      }
    }
  }

  function release(element: HTMLElement) {
    const override = overrides.get(element);
    if (override) restoreOverride(override);
    overrides.delete(element);
  }

  /** Measures all, then writes all, then checks all: one layout for each step, not one per element. */
  function makeRoomFor(elements: Iterable<HTMLElement>) {
    if (!strip) return;
    const plans: [HTMLElement, RoomStyle][] = [];
    for (const element of elements) {
      if (!element.isConnected || overrides.has(element) || ignore(element)) continue;
      if (!known.has(element)) {
        known.add(element);
        observer.observe(element, { attributes: true, attributeFilter: ['style', 'class'] });
      }
      impossible.delete(element);
      if ((fights.get(element) ?? 0) > MAX_FIGHTS) continue;
      const style = view.getComputedStyle(element);
      if (style.position !== 'fixed' && style.position !== 'sticky') continue;
      const plan = planRoom(geometryOf(element, style), strip);
      if (plan === 'impossible') impossible.add(element);
      else if (plan) plans.push([element, plan]);
    }
    for (const [element, plan] of plans) overrides.set(element, applyOverride(element, plan));
    for (const [element] of plans) {
      const rect = element.getBoundingClientRect();
      if (isCovered(rect, strip)) {
        // The page's own rules win (a min-width, a transform): give it back as it was.
        release(element);
        impossible.add(element);
      }
    }
    updateFloating();
  }

  function scanAll() {
    const found = new Set<HTMLElement>(known);
    if (doc.body) findFixed(doc.body, found);
    probe(found);
    makeRoomFor(found);
  }

  function process() {
    frame = undefined;
    if (!strip) return;
    if (rescan) {
      rescan = false;
      added.clear();
      changed.clear();
      apply(strip);
      return;
    }
    const found = new Set<HTMLElement>();
    for (const element of changed) {
      // A class or style change may have moved it (a drawer opening): plan again from the page's own values.
      if ((fights.get(element) ?? 0) > MAX_FIGHTS) release(element);
      else {
        release(element);
        found.add(element);
      }
    }
    for (const element of added) if (element.isConnected) findFixed(element, found);
    if (added.size > 0) probe(found);
    added = new Set();
    changed = new Set();
    makeRoomFor(found);
  }

  function releaseAll() {
    for (const element of [...overrides.keys()]) release(element);
    if (margin) restoreOverride(margin);
    margin = null;
    impossible.clear();
  }

  function apply(next: Pick<Strip, 'side' | 'width'>) {
    releaseAll();
    strip = { ...next, viewport: html.clientWidth };
    tooNarrow = !canMakeRoom(strip);
    if (!tooNarrow) {
      margin = applyOverride(html, { [`margin-${strip.side}`]: px(strip.width) });
      scanAll();
    }
    updateFloating();
  }

  view.addEventListener('resize', onResize);
  return {
    get floating() {
      return floating;
    },
    set(next) {
      if (!next) {
        strip = null;
        observer.disconnect();
        known.clear();
        releaseAll();
        tooNarrow = false;
        updateFloating();
        return;
      }
      observer.disconnect();
      known.clear();
      if (doc.body) observer.observe(doc.body, { childList: true, subtree: true });
      apply(next);
    },
    stop() {
      this.set(null);
      view.removeEventListener('resize', onResize);
      if (frame !== undefined) view.cancelAnimationFrame(frame);
      frame = undefined;
    },
  };
}
