/**
 * The element that carries the sidebar on the host page: a closed shadow
 * root holding a cross-origin extension iframe. The host page can see that
 * the element exists but can read nothing inside the iframe.
 */
export const HOST_TAG = 'review-companion-sidebar';
export const SIDEBAR_WIDTH = 360;

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'right: 0',
  'bottom: 0',
  `width: ${SIDEBAR_WIDTH}px`,
  'max-width: 100vw',
  'z-index: 2147483647',
  'display: block',
  'box-shadow: -2px 0 12px rgba(0, 0, 0, 0.18)',
]
  .map((rule) => `${rule} !important`)
  .join(';');

export interface SidebarHost {
  element: HTMLElement;
  remove(): void;
}

export function mountSidebar(doc: Document, sidebarUrl: string, title: string): SidebarHost {
  const element = doc.createElement(HOST_TAG);
  element.setAttribute('style', HOST_STYLE);
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
  // the sidebar's width (restored exactly when the sidebar goes).
  const html = doc.documentElement.style;
  const previous = [html.getPropertyValue('margin-right'), html.getPropertyPriority('margin-right')] as const;
  html.setProperty('margin-right', `${SIDEBAR_WIDTH}px`, 'important');
  return {
    element,
    remove() {
      element.remove();
      if (previous[0]) html.setProperty('margin-right', previous[0], previous[1]);
      else html.removeProperty('margin-right');
    },
  };
}
