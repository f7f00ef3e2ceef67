import { render } from 'preact';
import { App, createSidebarLoader } from './App';
import { panelTab } from '@/components/panelTab';
import { applyLanguage, uiLanguage } from '@/utils/i18n';
import { requestPersistentStorage } from '@/utils/storage';
import '@/components/theme.css';
import './style.css';

// Ask for the data before anything else; it also says which language the user chose.
const { load, first } = createSidebarLoader();
// In an iframe on the HR page, or on its own: the browser's side panel.
const embedded = window.top !== window;
void first
  .then((data) => applyLanguage(data.language))
  .catch(() => undefined)
  .finally(() => {
    document.documentElement.lang = uiLanguage();
    render(<App embedded={embedded} load={load} {...(embedded ? {} : { findTab: panelTab })} />, document.getElementById('app')!);
    // After the first paint: ask that the data be kept when the disk runs low.
    // Not from inside the HR page: there the request would concern a third-party
    // frame (its data goes through the background anyway).
    if (!embedded) void requestPersistentStorage();
  });
