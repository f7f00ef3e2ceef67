import { render } from 'preact';
import { App, createSidebarLoader, FRAME_TOKEN } from './App';
import { createClickGuard, type WriteRequest } from '@/components/clickGuard';
import { panelTab } from '@/components/panelTab';
import { applyLanguage, t, uiLanguage } from '@/utils/i18n';
import { requestPersistentStorage } from '@/utils/storage';
import { shortenText } from '@/utils/text';
import '@/components/theme.css';
import './style.css';

/** Where the browser cannot tell whether the sidebar is visible: its own dialog, which no page can cover. */
const CONFIRM_EXCERPT = 600;
function confirmWrite({ text, target }: WriteRequest): boolean {
  return window.confirm(t('insertConfirm', [target, shortenText(text, CONFIRM_EXCERPT)]));
}

// Ask for the data before anything else; it also says which language the user chose.
const { load, first } = createSidebarLoader();
// In an iframe on the HR page, or on its own: the browser's side panel.
const embedded = window.top !== window;
void first
  .then(
    async (data) => {
      await applyLanguage('choose' in data ? undefined : data.language);
      return data;
    },
    () => undefined,
  )
  .catch(() => undefined)
  .then((initial) => {
    document.documentElement.lang = uiLanguage();
    const extra = embedded ? { guard: createClickGuard(document, confirmWrite), foreignFrame: !FRAME_TOKEN } : { findTab: panelTab };
    // The data is here: the first render shows it (no "loading" render first).
    render(<App embedded={embedded} load={load} initial={initial} {...extra} />, document.getElementById('app')!);
    // After the first paint: ask that the data be kept when the disk runs low.
    // Not from inside the HR page: there the request would concern a third-party
    // frame (its data goes through the background anyway).
    if (!embedded) void requestPersistentStorage();
  });
