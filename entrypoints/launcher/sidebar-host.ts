import type { LauncherKit } from './kit';

/**
 * The element that carries the sidebar on the host page: a closed shadow
 * root holding a cross-origin extension iframe. The host page can see that
 * the element exists but can read nothing inside the iframe.
 */
export const HOST_TAG = 'review-companion-sidebar';
/** Width of the collapsed sidebar: a slim tab the user clicks to open it again. */
export const COLLAPSED_WIDTH = 36;

export interface SidebarLayout {
  side: 'left' | 'right';
  /** Width in CSS pixels when open. */
  width: number;
}

export const DEFAULT_LAYOUT: SidebarLayout = { side: 'right', width: 360 };

export interface SidebarHost {
  element: HTMLElement;
  /** Shows the sidebar at full width or as the slim tab (the sidebar page adapts to its width). */
  setCollapsed(collapsed: boolean): void;
  /** Moves the sidebar to the other edge of the page (the frame stays loaded). */
  setSide(side: SidebarLayout['side']): void;
  /** Where the sidebar is, and whether it floats over part of the page (it could not make room for everything). */
  state(): { side: SidebarLayout['side']; floating: boolean };
  remove(): void;
}

function hostStyle({ side, width }: SidebarLayout, collapsed: boolean): string {
  const shadow = side === 'right' ? '-2px 0 12px' : '2px 0 12px';
  return [
    'all: initial',
    'position: fixed',
    'top: 0',
    'bottom: 0',
    `${side}: 0`,
    `width: ${collapsed ? COLLAPSED_WIDTH : width}px`,
    'max-width: 100vw',
    'z-index: 2147483647',
    'display: block',
    `box-shadow: ${shadow} rgba(0, 0, 0, 0.18)`,
  ]
    .map((rule) => `${rule} !important`)
    .join(';');
}

export function mountSidebar(
  doc: Document,
  sidebarUrl: string,
  title: string,
  layout: SidebarLayout,
  keepRoom: LauncherKit['keepRoom'],
): SidebarHost {
  const element = doc.createElement(HOST_TAG);
  const root = element.attachShadow({ mode: 'closed' });
  const iframe = doc.createElement('iframe');
  iframe.src = sidebarUrl;
  iframe.title = title;
  iframe.setAttribute(
    'style',
    'border: 0; width: 100%; height: 100%; display: block; color-scheme: normal; background: transparent',
  );
  root.append(iframe);
  doc.documentElement.append(element);
  // Make room instead of covering the form: the page's own layout narrows by
  // the sidebar's width, and so do its fixed and sticky bars; all restored
  // exactly when the sidebar goes (see utils/dom/room.ts).
  const room = keepRoom(doc, (node) => node === element);
  let current = { ...layout };
  let collapsed = false;
  let style = '';
  const update = () => {
    style = hostStyle(current, collapsed);
    element.setAttribute('style', style);
    room.set({ side: current.side, width: collapsed ? COLLAPSED_WIDTH : current.width });
  };
  update();
  // The page may restyle our element (opacity 0, a transform, `hidden`) to
  // hide it under a decoy. Put it back at once. (A page can still hide it by
  // other means, such as covering it: the sidebar itself refuses clicks it
  // cannot see, see components/clickGuard.ts.)
  const guard = new MutationObserver(() => {
    for (const name of element.getAttributeNames()) if (name !== 'style') element.removeAttribute(name);
    if (element.getAttribute('style') !== style) element.setAttribute('style', style);
  });
  guard.observe(element, { attributes: true });
  return {
    element,
    setCollapsed(next) {
      collapsed = next;
      update();
    },
    setSide(side) {
      current = { ...current, side };
      update();
    },
    state: () => ({ side: current.side, floating: room.floating }),
    remove() {
      guard.disconnect();
      room.stop();
      element.remove();
    },
  };
}
