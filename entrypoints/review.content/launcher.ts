import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectReviewPage, type ReviewPageMatch } from '@/utils/adapters';
import { insertIntoField, isEditable, rememberSelection } from '@/utils/fields';
import type { InsertResult } from '@/utils/messaging';
import { parseLauncherMessage } from '@/utils/messaging/launcher-messages';
import { HOST_TAG, mountSidebar, type SidebarHost } from './sidebar-host';

/** Stop watching the DOM after this long without a change (the form has rendered). */
const IDLE_DISCONNECT_MS = 10_000;

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

export interface LauncherOptions {
  ctx: ContentScriptContext;
  sidebarUrl: string;
  extensionId: string;
  onMessage(listener: Listener): void;
}

function isTextField(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement) || target.tagName === HOST_TAG.toUpperCase()) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return ['', 'text', 'search', 'email', 'url'].includes(target.getAttribute('type') ?? '');
  return target.isContentEditable;
}

export function startLauncher({ ctx, sidebarUrl, extensionId, onMessage }: LauncherOptions): void {
  let match: ReviewPageMatch | null = null;
  let sidebar: SidebarHost | null = null;
  /** The user closed the sidebar on this URL: don't reopen it automatically. */
  let closedOnUrl: string | null = null;
  /** Opened by the user (toolbar, shortcut) rather than by detection: detection must not close it. */
  let openedByUser = false;
  let lastField: HTMLElement | null = null;

  function openSidebar() {
    sidebar ??= mountSidebar(document, sidebarUrl, 'Review Companion');
  }
  function closeSidebar() {
    sidebar?.remove();
    sidebar = null;
  }

  function scan() {
    match = detectReviewPage(new URL(location.href), document);
    if (match && closedOnUrl !== location.href) openSidebar();
    if (!match && sidebar && !openedByUser) closeSidebar();
  }

  // --- late rendering and SPA routes: one observer, batched per frame -------
  let observer: MutationObserver | null = null;
  let frameRequested = false;
  let idleTimer: number | undefined;
  function onMutations() {
    if (frameRequested) return;
    frameRequested = true;
    ctx.requestAnimationFrame(() => {
      frameRequested = false;
      scan();
      if (match) disconnect();
    });
    armIdleTimer();
  }
  function armIdleTimer() {
    if (idleTimer !== undefined) clearTimeout(idleTimer);
    idleTimer = ctx.setTimeout(disconnect, IDLE_DISCONNECT_MS);
  }
  function disconnect() {
    observer?.disconnect();
    observer = null;
  }
  function watch() {
    if (observer || !document.body) return;
    observer = new MutationObserver(onMutations);
    observer.observe(document.body, { childList: true, subtree: true });
    armIdleTimer();
  }

  // --- where insertion goes: the last review field the user was in ---------
  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      if (!isTextField(event.target)) return;
      lastField = event.target;
      // A form shown after the observer went idle is found on first focus.
      if (!match) scan();
    },
    { capture: true },
  );
  ctx.addEventListener(document, 'selectionchange', () => rememberSelection(document));

  function insert(text: string, mode: 'caret' | 'replace' | 'append'): InsertResult {
    const target =
      lastField?.isConnected && isEditable(lastField)
        ? lastField
        : (match?.fields.find((field) => field.element.isConnected)?.element ?? null);
    if (!target) return { ok: false, reason: 'no-field' };
    return insertIntoField(target, text, mode) ? { ok: true } : { ok: false, reason: 'not-editable' };
  }

  onMessage((raw, sender) => {
    if (sender.id !== extensionId) return undefined;
    const message = parseLauncherMessage(raw);
    if (message?.type === 'insert-into-page') return Promise.resolve(insert(message.text, message.mode));
    if (message?.type === 'set-sidebar') {
      const open = message.open === 'toggle' ? !sidebar : message.open;
      openedByUser = open;
      if (open) {
        closedOnUrl = null;
        openSidebar();
      } else {
        closedOnUrl = location.href;
        closeSidebar();
      }
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    closedOnUrl = null;
    scan();
    if (!match) watch();
  });
  ctx.onInvalidated(() => {
    disconnect();
    closeSidebar();
  });

  scan();
  if (!match) watch();
}
