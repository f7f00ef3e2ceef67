import { browser, type Browser } from 'wxt/browser';
import { loadReviewData } from '@/utils/db';
import { InsertResult, isFromExtensionPage, parseMessage, type Message } from '@/utils/messaging';

type Sender = Browser.runtime.MessageSender;

const SIDEBAR_PAGES = ['/sidebar.html'] as const;
/** Pages that may read prep data through the background. */
const DATA_PAGES = ['/sidebar.html', '/popup.html', '/options.html'] as const;

/** Sends a message to the launcher in the top frame of a tab. */
async function toLauncher(tabId: number, message: Message): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

async function relayInsert(sender: Sender, message: Extract<Message, { type: 'insert-text' }>): Promise<InsertResult> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, reason: 'no-page' };
  try {
    const reply = InsertResult.safeParse(
      await toLauncher(tabId, { type: 'insert-into-page', text: message.text, mode: message.mode }),
    );
    return reply.success ? reply.data : { ok: false, reason: 'invalid' };
  } catch {
    // No launcher in that tab (the page was reloaded or navigated away).
    return { ok: false, reason: 'no-page' };
  }
}

/**
 * Routes messages between extension pages and the launcher. Every message is
 * validated; each kind is accepted only from the sender that may send it.
 */
function onMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  if (!message) return undefined;
  const fromSidebar = isFromExtensionPage(sender, browser.runtime.id, SIDEBAR_PAGES);
  switch (message.type) {
    case 'get-review-data':
      return isFromExtensionPage(sender, browser.runtime.id, DATA_PAGES) ? loadReviewData(message.notesLimit) : undefined;
    case 'insert-text':
      return fromSidebar ? relayInsert(sender, message) : undefined;
    case 'set-sidebar': {
      const tabId = sender.tab?.id;
      if (!fromSidebar || tabId === undefined) return undefined;
      return toLauncher(tabId, message).catch(() => undefined);
    }
    default:
      // `data-changed` is for extension pages; `insert-into-page` only ever
      // goes from here to a launcher.
      return undefined;
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);
});
