import { detectReviewPage, findGenericFields, mayBeReviewPage, type ReviewPageMatch } from '@/utils/adapters';
import { editorDocumentOf, isEditable, rememberSelection } from '@/utils/fields';
import type { InsertResult, PageReviewMessage } from '@/utils/messaging';
import { parseLauncherMessage } from '@/utils/messaging/launcher-messages';
import { cutText } from '@/utils/text';
import type { LauncherKit } from './kit';
import { HOST_TAG, mountSidebar, type SidebarHost, type SidebarLayout } from './sidebar-host';

/** Stop watching the DOM after this long without a change (the form has rendered). */
const IDLE_DISCONNECT_MS = 10_000;
/**
 * While the DOM keeps changing, detection runs at most once per interval: the
 * first change is scanned on the next frame, then the interval doubles from
 * 250 ms up to 1 s while nothing is found (reset by a route change). A page
 * that never stops changing (a live feed) costs about one scan a second.
 */
const MIN_SCAN_INTERVAL_MS = 250;
const MAX_SCAN_INTERVAL_MS = 1000;

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

export interface LauncherOptions {
  sidebarUrl: string;
  extensionId: string;
  /** Whether the extension still answers (false once it was reloaded, updated or removed). */
  isExtensionAlive(): boolean;
  /** Listens for the background's messages; returns how to stop listening. */
  onMessage(listener: Listener): () => void;
  /**
   * Asks the background for what mounting a sidebar needs, in one round
   * trip: the site's status and, where the sidebar may open (the site is on,
   * or `byUser`), a fresh token registered for the frame, with whose review
   * the page is (absent: not a review page; the background serves that frame
   * that person's data only), and the launcher's kit in place.
   */
  openFrame(review: PageReviewMessage | undefined, byUser: boolean): Promise<FrameGrant>;
  /** The launcher's second half, needed once the sidebar opens or text is inserted (see ./kit.ts). */
  loadKit(): Promise<LauncherKit>;
}

/** The running launcher of a page, as a second injection of the script sees it. */
export interface Launcher {
  isAlive(): boolean;
  stop(): void;
}

/**
 * Where an insertion may go: a text field the user focused. Search boxes are
 * never a target: a note typed into the suite's search would be sent to it.
 */
function isTextField(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement) || target.tagName === HOST_TAG.toUpperCase()) return false;
  if (target.closest('[role="search"]') || target.getAttribute('role') === 'searchbox') return false;
  if (target instanceof HTMLTextAreaElement) return true;
  // Focus inside a same-origin iframe editor (TinyMCE) shows here as the iframe.
  if (target instanceof HTMLIFrameElement) return isEditable(target);
  if (target instanceof HTMLInputElement) return ['', 'text'].includes(target.getAttribute('type')?.toLowerCase() ?? '');
  return target.isContentEditable;
}

export interface SiteStatus {
  enabled: boolean;
  layout: SidebarLayout;
}

/** The background's answer to `openFrame`: a token only where the sidebar may be mounted. */
export interface FrameGrant {
  status: SiteStatus;
  token?: string;
}

export function startLauncher({ sidebarUrl, extensionId, isExtensionAlive, onMessage, openFrame, loadKit }: LauncherOptions): Launcher {
  const lifecycle = new AbortController();
  const { signal } = lifecycle;
  let match: ReviewPageMatch | null = null;
  let sidebar: SidebarHost | null = null;
  /** A sidebar being mounted (its frame's token is being registered). */
  let mounting: Promise<void> | null = null;
  /**
   * The user closed the sidebar: it stays closed on this page until the user
   * opens it again. Nothing the page does (route changes, forged events)
   * reopens it.
   */
  let closedByUser = false;
  /** Opened by the user (toolbar, shortcut) rather than by detection: detection must not close it. */
  let openedByUser = false;
  let lastField: HTMLElement | null = null;

  /** What the mounted sidebar was registered for: the page's address and whose review it was. */
  let mountedFor: string | undefined;

  /** Whose review the page is, as the background needs it (no prep data). */
  function pageReview(): PageReviewMessage | undefined {
    if (!match) return undefined;
    const { role, subject } = match.context;
    return { role, ...(subject && { subject }) };
  }
  /** The page's review identity: another address or another person reviewed needs another registration. */
  function reviewIdentity(): string {
    const review = match?.context;
    return [location.origin + location.pathname + location.search, review?.role, review?.subject?.name, review?.subject?.employeeId].join('\n');
  }
  /**
   * The sidebar opens by itself only where the page says whose review it is
   * and that it is the user's own or a manager's form; a colleague's (peer)
   * review or a page that cannot tell waits for the user.
   */
  const opensByItself = () => match?.context.role === 'self' || match?.context.role === 'manager';

  /**
   * Mounts the sidebar once the site's status allows it (`mayOpen`; the user
   * opening it always may). The status, the frame's token and the launcher's
   * second half come in one answer from the background (each message is a
   * round trip, and work in the page). A token that is not mounted after all
   * (the page changed meanwhile) is never presented: it stays in this closed
   * world and the next registration replaces it.
   */
  function openSidebar(mayOpen: (status: SiteStatus) => boolean = () => true): Promise<void> {
    // The page may have removed our element (a framework re-rendering <html>).
    if (sidebar && !sidebar.element.isConnected) {
      sidebar.remove();
      sidebar = null;
    }
    if (sidebar) return Promise.resolve();
    mounting ??= (async () => {
      const identity = reviewIdentity();
      const ask = () => openFrame(pageReview(), openedByUser).catch(() => null);
      let grant = await ask();
      // The user opened it meanwhile (toolbar, shortcut) on a site that is off: they may.
      if (grant && !grant.token && openedByUser && !signal.aborted) grant = await ask();
      if (!grant?.token || signal.aborted) return;
      const current = grant.status;
      if (!(openedByUser || mayOpen(current))) return;
      // Injected by the background before it answered: no further round trip.
      const kit = await loadKit().catch(() => null);
      if (!kit || signal.aborted || sidebar) return;
      sidebar = mountSidebar(document, `${sidebarUrl}#${grant.token}`, 'Review Companion', current.layout, kit.keepRoom);
      mountedFor = identity;
    })().finally(() => {
      mounting = null;
    });
    return mounting;
  }
  function closeSidebar() {
    sidebar?.remove();
    sidebar = null;
    mountedFor = undefined;
  }

  function scan() {
    if (!isExtensionAlive()) {
      stop();
      return;
    }
    const url = new URL(location.href);
    // A suite's page whose address is none of its review pages: the DOM is not read.
    match = mayBeReviewPage(url) ? detectReviewPage(url, document) : null;
    if (sidebar && mountedFor !== reviewIdentity()) {
      // Another review (an SPA route, or names shown late): the open sidebar
      // was registered for the previous one and must not show its data here.
      const reopen = openedByUser;
      closeSidebar();
      if (reopen) void openSidebar();
    }
    if (match && opensByItself() && !sidebar && !closedByUser) {
      const href = location.href;
      // Mounted only if the site is enabled and the page is still that review, not closed meanwhile.
      void openSidebar(({ enabled }) => enabled && !!match && opensByItself() && location.href === href && !closedByUser);
    }
    if (!match && sidebar && !openedByUser) closeSidebar();
  }

  // --- late rendering and SPA routes: one observer, batched and throttled ---
  // The observer pauses itself on the first change; the scan that follows
  // (next animation frame, throttled) reads the whole DOM, so a page that
  // keeps changing costs a few mutation records a second, not one per node.
  let observer: MutationObserver | null = null;
  let watching = false;
  let lastScanAt = -Infinity;
  let scanInterval = MIN_SCAN_INTERVAL_MS;
  let scanTimer: number | undefined;
  let frame: number | undefined;
  let idleTimer: number | undefined;
  function observe() {
    observer ??= new MutationObserver(onMutations);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  function onMutations() {
    observer?.disconnect();
    const scanNextFrame = () => (frame = requestAnimationFrame(scanAndResume));
    const wait = lastScanAt + scanInterval - performance.now();
    if (wait <= 0) scanNextFrame();
    else scanTimer = window.setTimeout(scanNextFrame, wait);
  }
  function scanAndResume() {
    if (!watching) return;
    lastScanAt = performance.now();
    scan();
    // Found, and the page says whose review it is: done. A form whose heading
    // or names render later (an SPA) is looked at again until the page settles.
    if (match && opensByItself()) {
      stopWatching();
    } else if (watching) {
      scanInterval = Math.min(scanInterval * 2, MAX_SCAN_INTERVAL_MS);
      observe();
      armIdleTimer();
    }
  }
  function armIdleTimer() {
    clearTimeout(idleTimer);
    idleTimer = window.setTimeout(stopWatching, IDLE_DISCONNECT_MS);
  }
  function stopWatching() {
    watching = false;
    observer?.disconnect();
    clearTimeout(idleTimer);
    clearTimeout(scanTimer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  }
  function watch() {
    scanInterval = MIN_SCAN_INTERVAL_MS;
    // Only a route change can make this address a review page: no observer
    // (a busy feed of a suite costs nothing).
    if (!mayBeReviewPage(new URL(location.href))) {
      stopWatching();
      return;
    }
    if (watching || signal.aborted) return;
    watching = true;
    observe();
    armIdleTimer();
  }

  // --- where insertion goes: the last review field the user was in ---------
  document.addEventListener(
    'focusin',
    (event) => {
      if (!event.isTrusted || !isTextField(event.target)) return;
      lastField = event.target;
      // A form shown after the observer went idle is found on first focus.
      if (!match || !opensByItself()) scan();
    },
    { capture: true, signal },
  );
  // Focus moving into an iframe editor fires no focusin here; the window's blur
  // tells, with the iframe as the active element.
  window.addEventListener(
    'blur',
    () => {
      if (!isTextField(document.activeElement)) return;
      lastField = document.activeElement;
      // The caret inside an iframe editor is that iframe document's selection: follow it too.
      const frameDocument = editorDocumentOf(lastField);
      if (frameDocument && !followedDocuments.has(frameDocument)) {
        followedDocuments.add(frameDocument);
        rememberSelection(frameDocument);
        frameDocument.addEventListener('selectionchange', () => rememberSelection(frameDocument), { signal });
      }
    },
    { signal },
  );
  const followedDocuments = new WeakSet<Document>();
  document.addEventListener('selectionchange', () => rememberSelection(document), { signal });

  /** The review's fields as the page is now (it may have rendered or changed since detection); on a page no adapter knows, its free-text fields. */
  function currentFields() {
    return detectReviewPage(new URL(location.href), document)?.fields ?? findGenericFields(document);
  }

  async function insert(text: string, mode: 'caret' | 'replace' | 'append', field?: number): Promise<InsertResult> {
    // The field the user picked in the sidebar; else the last field they were
    // in; else the review's first field.
    const picked = field !== undefined ? currentFields()[field]?.element : undefined;
    if (field !== undefined && !picked) return { ok: false, reason: 'no-field' };
    const target =
      picked ?? (lastField?.isConnected && isEditable(lastField) ? lastField : (currentFields()[0]?.element ?? null));
    if (!target) return { ok: false, reason: 'no-field' };
    // The caret is the user's only in the field they were last in: anywhere else the text goes after what the field holds.
    // (Focus inside an iframe editor shows only as the iframe being the active element.)
    const usersField = target === lastField || target === document.activeElement;
    const where = mode === 'caret' && !usersField ? 'append' : mode;
    const kit = await loadKit().catch(() => null);
    return kit && (await kit.insertIntoField(target, text, where)) ? { ok: true } : { ok: false, reason: 'not-editable' };
  }

  const stopListening = onMessage((raw, sender) => {
    if (sender.id !== extensionId || signal.aborted) return undefined;
    const message = parseLauncherMessage(raw);
    if (message?.type === 'insert-into-page') return insert(message.text, message.mode, message.field);
    if (message?.type === 'list-fields') {
      return Promise.resolve({ fields: currentFields().map(({ label, kind }) => ({ label: cutText(label, 200), kind })) });
    }
    if (message?.type === 'sidebar-place') {
      if (!sidebar) return undefined;
      if (message.side) {
        // Opened again, it opens where the user moved it: the background keeps the side in the settings.
        sidebar.setSide(message.side);
      }
      return Promise.resolve(sidebar.state());
    }
    if (message?.type === 'set-sidebar') {
      if (message.open === 'collapse' || message.open === 'expand') {
        sidebar?.setCollapsed(message.open === 'collapse');
        return Promise.resolve({ ok: true });
      }
      const open = message.open === 'toggle' ? !(sidebar || mounting) : message.open;
      openedByUser = open;
      if (!open) {
        closedByUser = true;
        closeSidebar();
        return Promise.resolve({ ok: true });
      }
      closedByUser = false;
      return openSidebar().then(() => ({ ok: !!sidebar }));
    }
    return undefined;
  });

  // --- route changes: only a real change of the page's URL counts ----------
  // Events the page can dispatch (popstate, hashchange, navigate) only make
  // the launcher look at `location`; a forged one changes nothing.
  let lastUrl = location.href;
  function onRouteMaybeChanged() {
    if (location.href === lastUrl || signal.aborted) return;
    lastUrl = location.href;
    scan();
    if (!match || !opensByItself()) watch();
  }
  const checkSoon = () => void Promise.resolve().then(() => requestAnimationFrame(onRouteMaybeChanged));
  window.addEventListener('popstate', checkSoon, { signal });
  window.addEventListener('hashchange', checkSoon, { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // Same-document navigations (pushState, replaceState) fire `navigate` before the URL changes.
    navigation.addEventListener('navigatesuccess', checkSoon, { signal });
    navigation.addEventListener('navigate', checkSoon, { signal });
  } else {
    // No Navigation API (Firefox ESR): look at the URL once a second.
    const poll = window.setInterval(onRouteMaybeChanged, 1000);
    signal.addEventListener('abort', () => clearInterval(poll));
  }

  function stop() {
    if (signal.aborted) return;
    lifecycle.abort();
    stopWatching();
    closeSidebar();
    try {
      stopListening();
    } catch {
      // The extension is gone: its listener went with it.
    }
  }

  scan();
  if (!match || !opensByItself()) watch();
  return { isAlive: () => !signal.aborted && isExtensionAlive(), stop };
}
