import { browser, type Browser } from 'wxt/browser';
import { loadReviewData, onDataChanged, questions, setPinned, updateSettings } from '@/utils/db';
import {
  FieldList,
  FIRST_NOTES_PAGE,
  InsertResult,
  isFromContentScript,
  isFromExtensionPage,
  parseMessage,
  SidebarDataReply,
  SidebarPlace,
  type Message,
  type MessageOf,
  type PageReviewMessage,
} from '@/utils/messaging';
import { requestPersistentStorage } from '@/utils/storage';
import { newFrameToken } from '@/utils/messaging/token';
import { applyReminders, onReminderAlarm, onReminderClicked } from './reminders';
import { forgetTab, registeredSidebarFrame, registerSidebarFrame, type FrameEntry } from './frames';
import { chooseReviewPerson, sidebarData } from './review-person';
import { createFirstDataCache } from './first-data';
import { reviewKey } from '@/utils/people/resolve';
import { injectLauncher, injectLauncherKit, launcherStatus, syncSites } from './sites';

type Sender = Browser.runtime.MessageSender;

const SIDEBAR_PAGES = ['/sidebar.html'] as const;
/** Pages that may read prep data through the background. */
const DATA_PAGES = ['/sidebar.html', '/popup.html', '/options.html'] as const;
const POPUP_PAGES = ['/popup.html'] as const;
/**
 * The practice review form: an extension page (in a tab, top frame) that runs
 * the launcher's code itself, since no content script can be injected into
 * extension pages. It registers its sidebar frame's token like a launcher.
 */
const PRACTICE_PAGES = ['/practice.html'] as const;

/** Sends a message to the launcher in the top frame of a tab. */
async function toLauncher(tabId: number, message: Message): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/**
 * Whether a message comes from one of `paths` of this extension, and if so
 * which tab it works on. An extension page inside a web page (a frame of a
 * tab) counts only as the sidebar its tab's launcher mounted, proven by the
 * launcher's token, and works on that tab whatever the message says. The
 * browser's side panel (no tab) and a sidebar page shown as a tab of its own
 * name the tab they work on.
 */
async function trustedPage(
  sender: Sender,
  message: { tabId?: number; frameToken?: string },
  paths: readonly string[],
): Promise<{ tabId: number | undefined; frame?: FrameEntry } | undefined> {
  if (!isFromExtensionPage(sender, browser.runtime.id, paths)) return undefined;
  const tab = sender.tab?.id;
  if (tab === undefined) return { tabId: message.tabId };
  const frameId = sender.frameId ?? 0;
  if (frameId === 0) return { tabId: message.tabId };
  const frame = await registeredSidebarFrame(tab, frameId, message.frameToken);
  return frame ? { tabId: tab, frame } : undefined;
}

async function relayInsert(tabId: number | undefined, message: MessageOf<'insert-text'>): Promise<InsertResult> {
  if (tabId === undefined) return { ok: false, reason: 'no-page' };
  try {
    const reply = InsertResult.safeParse(
      await toLauncher(tabId, {
        type: 'insert-into-page',
        text: message.text,
        mode: message.mode,
        ...(message.field !== undefined ? { field: message.field } : {}),
      }),
    );
    return reply.success ? reply.data : { ok: false, reason: 'invalid' };
  } catch {
    // No launcher in that tab (the page was reloaded or navigated away).
    return { ok: false, reason: 'no-page' };
  }
}

/**
 * Opens, closes or toggles the sidebar on a tab. Where the launcher does not
 * run (a site the user never enabled), it is injected first: the toolbar
 * button and the keyboard shortcut grant `activeTab` for that one page.
 */
export async function setSidebarOnTab(tabId: number, open: MessageOf<'set-sidebar'>['open']): Promise<boolean> {
  try {
    await toLauncher(tabId, { type: 'set-sidebar', open });
    return true;
  } catch {
    if (open === false || open === 'collapse') return true;
  }
  try {
    await injectLauncher(tabId);
    await toLauncher(tabId, { type: 'set-sidebar', open: true });
    return true;
  } catch {
    return false; // a page extensions may not touch (browser pages, the web store)
  }
}

/** What a sidebar gets, validated here as it leaves the database: the sidebar checks only its shape (see SidebarDataReply). */
async function sidebarReply(read: Promise<unknown>): Promise<SidebarDataReply> {
  return SidebarDataReply.parse(await read);
}

/** Sidebars' first data, read and validated while their frames load (see first-data.ts). */
const firstData = createFirstDataCache<SidebarDataReply>();

/** Registers the frame a launcher (or the practice form) mounts, and starts reading the data it will ask for first. */
async function registerFrame(tabId: number, token: string, review: ReturnType<typeof reviewAt>): Promise<void> {
  firstData.prefetch(token, FIRST_NOTES_PAGE, () => sidebarReply(sidebarData(review, FIRST_NOTES_PAGE)));
  await registerSidebarFrame(tabId, token, review);
}

/**
 * What a launcher needs to mount a sidebar, in one answer: the site's status
 * and, where the sidebar may open (the site is on, or the user asked), a
 * fresh token registered for the frame it will mount, with the launcher's kit
 * injected into that frame.
 */
async function openSidebarFrame(tabId: number, url: string, byUser: boolean, detected?: PageReviewMessage) {
  const status = await launcherStatus(url);
  if (!status.enabled && !byUser) return status;
  const token = newFrameToken();
  const [kit] = await Promise.all([injectLauncherKit(tabId, 0).catch(() => false), registerFrame(tabId, token, reviewAt(url, detected))]);
  return kit ? { ...status, token } : status;
}

/** The tab of a message from one of our content scripts in a tab's top frame (a gate's or a launcher's); undefined from anyone else. */
function launcherTab(sender: Sender, id: string): number | undefined {
  return isFromContentScript(sender, id) && (sender.frameId ?? 0) === 0 ? sender.tab?.id : undefined;
}

/** Whose review a page is, under the address of its tab as the browser reports it: not the page's say. */
function reviewAt(url: string | undefined, detected?: PageReviewMessage) {
  const key = url ? reviewKey(url) : undefined;
  return detected && key ? { ...detected, key } : undefined;
}

/** Runs `then` for a message from a trusted page among `paths` (see `trustedPage`); no answer otherwise. */
function fromPage<T>(
  sender: Sender,
  message: { tabId?: number; frameToken?: string },
  paths: readonly string[],
  then: (tabId: number | undefined, frame?: FrameEntry) => Promise<T>,
): Promise<T | undefined> {
  return trustedPage(sender, message, paths).then((page) => (page ? then(page.tabId, page.frame) : undefined));
}

/**
 * Routes messages between extension pages and the launcher. Every message is
 * validated; each kind is accepted only from the sender that may send it.
 */
function onMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  if (!message) return undefined;
  const id = browser.runtime.id;
  switch (message.type) {
    case 'get-review-data':
      return fromPage<unknown>(sender, message, DATA_PAGES, (_tabId, frame) =>
        // The sidebar on a review page gets the data of the person the page
        // is about, resolved here from its launcher's registration: never
        // the person its request names.
        frame
          ? (firstData.take(frame.token, message.notesLimit) ?? sidebarReply(sidebarData(frame.review, message.notesLimit)))
          : sidebarReply(loadReviewData(message.notesLimit, { pinnedNotes: true, ...(message.personId ? { personId: message.personId } : {}) })),
      );
    case 'choose-review-person':
      // Only the sidebar framed on the review page, where the user chose.
      return fromPage(sender, message, SIDEBAR_PAGES, async (_tabId, frame) =>
        frame ? chooseReviewPerson(frame.review, message) : false,
      );
    case 'insert-text':
      return fromPage(sender, message, SIDEBAR_PAGES, (tabId) => relayInsert(tabId, message));
    case 'list-fields':
      return fromPage(sender, message, SIDEBAR_PAGES, async (tabId) => {
        if (tabId === undefined) return { fields: [] };
        return toLauncher(tabId, { type: 'list-fields' })
          .then((reply) => FieldList.parse(reply))
          .catch(() => ({ fields: [] }));
      });
    case 'set-sidebar':
      // Only the sidebar on the page closes or collapses itself: only it gets
      // a tab from `trustedPage` for this message, which names none.
      return fromPage(sender, message, SIDEBAR_PAGES, async (tabId) => (tabId !== undefined ? setSidebarOnTab(tabId, message.open) : undefined));
    case 'sidebar-place':
      // Only the sidebar on the page moves itself; the side it moves to is the user's choice from now on.
      return fromPage(sender, message, SIDEBAR_PAGES, async (tabId) => {
        if (tabId === undefined) return undefined;
        if (message.side) await updateSettings({ sidebarSide: message.side });
        return toLauncher(tabId, { type: 'sidebar-place', ...(message.side ? { side: message.side } : {}) })
          .then((reply) => SidebarPlace.parse(reply))
          .catch(() => undefined);
      });
    case 'pin':
      return fromPage(sender, message, SIDEBAR_PAGES, () => setPinned(message.id, message.pinned).then(() => true));
    case 'question-asked':
      // Only the user's own questions are records; `false` when it was deleted meanwhile.
      return fromPage(sender, message, SIDEBAR_PAGES, () => questions.update(message.id, { asked: message.asked }).then((updated) => !!updated));
    case 'open-sidebar':
      return isFromExtensionPage(sender, id, POPUP_PAGES) && (sender.frameId ?? 0) === 0 ? setSidebarOnTab(message.tabId, true) : undefined;
    case 'load-launcher': {
      // Into the asking gate's own tab, and only a gate's (a content script in a tab's top frame).
      const tabId = launcherTab(sender, id);
      return tabId === undefined
        ? undefined
        : injectLauncher(tabId).then(
            () => true,
            () => false,
          );
    }
    case 'load-launcher-kit': {
      // Into the asking launcher's own tab, and only a launcher's.
      const tabId = launcherTab(sender, id);
      return tabId === undefined ? undefined : injectLauncherKit(tabId, 0).catch(() => false);
    }
    case 'open-sidebar-frame': {
      // From the launcher in the top frame of a tab only (its address is the tab's, as the browser reports it).
      const tabId = launcherTab(sender, id);
      return tabId === undefined ? undefined : openSidebarFrame(tabId, sender.url!, message.byUser, message.review);
    }
    case 'register-sidebar': {
      // From the practice form (an extension page in the top frame of a tab),
      // which runs the launcher's code itself; and from a launcher.
      const practice = isFromExtensionPage(sender, id, PRACTICE_PAGES) && (sender.frameId ?? 0) === 0 ? sender.tab?.id : undefined;
      const tabId = practice ?? launcherTab(sender, id);
      return tabId === undefined ? undefined : registerFrame(tabId, message.token, reviewAt(sender.url, message.review)).then(() => true);
    }
    case 'data-changed':
      // The options page changed the site rules or the reminders: apply them.
      if (isFromExtensionPage(sender, id, ['/options.html', '/popup.html']) && (sender.frameId ?? 0) === 0) {
        if (message.stores.includes('siteRules')) void syncSites();
        if (message.stores.includes('settings')) void applyReminders().catch(() => undefined);
      }
      return undefined;
    default:
      // `insert-into-page` only ever goes from here to a launcher.
      return undefined;
  }
}

const WELCOMED_KEY = 'welcomed';

/**
 * The welcome page, in a new tab (it reads the user's language itself), once
 * per install: a flag in `storage.local` (removed with the extension) keeps
 * a browser that reports the same install again (Chromium does so for an
 * extension loaded from the command line at every start) from showing it twice.
 */
async function openWelcomePage(): Promise<void> {
  const local = browser.storage.local;
  const stored: Record<string, unknown> = await local.get(WELCOMED_KEY).catch(() => ({}));
  if (stored[WELCOMED_KEY]) return;
  await local.set({ [WELCOMED_KEY]: true }).catch(() => undefined);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A first install greets the user (not an update, nor a browser update).
    if (reason === 'install') void openWelcomePage();
    void syncSites();
    void applyReminders().catch(() => undefined);
    // Firefox's background page can ask for persistent storage at install; in
    // Chrome's service worker `unlimitedStorage` already keeps the data.
    void requestPersistentStorage();
  });
  browser.runtime.onStartup.addListener(() => void syncSites());
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A first read made before a change is not handed out after it.
  onDataChanged(() => firstData.clear());
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm).catch(() => undefined));
  // Notifications exist only once the user allowed them for a reminder.
  browser.notifications?.onClicked.addListener(onReminderClicked);
  // Permissions granted or revoked anywhere (also in the browser's own settings).
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar' && tab?.id !== undefined) void setSidebarOnTab(tab.id, 'toggle');
  });
  // For end-to-end tests, which cannot press the toolbar button or the
  // shortcut: the function their handlers call. Only in the test build
  // (`--mode e2e`); the release build has no such global.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { reviewCompanionTest: { toggleSidebarOnTab: (tabId: number) => setSidebarOnTab(tabId, 'toggle') } });
});
