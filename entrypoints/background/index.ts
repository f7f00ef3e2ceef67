import { browser, type Browser } from 'wxt/browser';
import { loadReviewData, questions, setPinned } from '@/utils/db';
import {
  FieldList,
  InsertResult,
  isFromContentScript,
  isFromExtensionPage,
  parseMessage,
  type Message,
  type MessageOf,
} from '@/utils/messaging';
import { applyReminders, onReminderAlarm, onReminderClicked } from './reminders';
import { injectLauncher, launcherStatus, syncSites } from './sites';

type Sender = Browser.runtime.MessageSender;

const SIDEBAR_PAGES = ['/sidebar.html'] as const;
/** Pages that may read prep data through the background. */
const DATA_PAGES = ['/sidebar.html', '/popup.html', '/options.html'] as const;
const POPUP_PAGES = ['/popup.html'] as const;

/** Sends a message to the launcher in the top frame of a tab. */
async function toLauncher(tabId: number, message: Message): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/**
 * The tab a sidebar works on: the one it is shown in, or, for the browser's
 * side panel (no tab of its own), the tab it names.
 */
function sidebarTab(sender: Sender, message: { tabId?: number }): number | undefined {
  return message.tabId ?? sender.tab?.id;
}

async function relayInsert(sender: Sender, message: MessageOf<'insert-text'>): Promise<InsertResult> {
  const tabId = sidebarTab(sender, message);
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
      return isFromExtensionPage(sender, id, DATA_PAGES) ? loadReviewData(message.notesLimit, { pinnedNotes: true }) : undefined;
    case 'insert-text':
      return isFromExtensionPage(sender, id, SIDEBAR_PAGES) ? relayInsert(sender, message) : undefined;
    case 'list-fields': {
      const tabId = sidebarTab(sender, message);
      if (!isFromExtensionPage(sender, id, SIDEBAR_PAGES) || tabId === undefined) return undefined;
      return toLauncher(tabId, { type: 'list-fields' })
        .then((reply) => FieldList.parse(reply))
        .catch(() => ({ fields: [] }));
    }
    case 'set-sidebar': {
      const tabId = sender.tab?.id;
      if (!isFromExtensionPage(sender, id, SIDEBAR_PAGES) || tabId === undefined) return undefined;
      return setSidebarOnTab(tabId, message.open);
    }
    case 'pin':
      return isFromExtensionPage(sender, id, SIDEBAR_PAGES) ? setPinned(message.id, message.pinned).then(() => true) : undefined;
    case 'question-asked':
      // Only the user's own questions are records; `false` when it was deleted meanwhile.
      return isFromExtensionPage(sender, id, SIDEBAR_PAGES)
        ? questions.update(message.id, { asked: message.asked }).then((updated) => !!updated)
        : undefined;
    case 'open-sidebar':
      return isFromExtensionPage(sender, id, POPUP_PAGES) ? setSidebarOnTab(message.tabId, true) : undefined;
    case 'launcher-status':
      return isFromContentScript(sender, id) && sender.url ? launcherStatus(sender.url) : undefined;
    case 'data-changed':
      // The options page changed the site rules or the reminders: apply them.
      if (isFromExtensionPage(sender, id, ['/options.html', '/popup.html'])) {
        if (message.stores.includes('siteRules')) void syncSites();
        if (message.stores.includes('settings')) void applyReminders().catch(() => undefined);
      }
      return undefined;
    default:
      // `insert-into-page` only ever goes from here to a launcher.
      return undefined;
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onInstalled.addListener(() => {
    void syncSites();
    void applyReminders().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void syncSites());
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm).catch(() => undefined));
  // Notifications exist only once the user allowed them for a reminder.
  browser.notifications?.onClicked.addListener(onReminderClicked);
  // Permissions granted or revoked anywhere (also in the browser's own settings).
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar' && tab?.id !== undefined) void setSidebarOnTab(tab.id, 'toggle');
  });
  // For end-to-end tests, which cannot press toolbar buttons or shortcuts:
  // the same functions the handlers call.
  Object.assign(globalThis, { reviewCompanion: { setSidebarOnTab, syncSites, applyReminders } });
});
