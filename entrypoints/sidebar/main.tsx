import { render } from 'preact';
import { App, createSidebarLoader } from './App';
import { applyLanguage, uiLanguage } from '@/utils/i18n';
import '@/components/theme.css';
import './style.css';

// Ask for the data before anything else; it also says which language the user chose.
const { load, first } = createSidebarLoader();
void first
  .then((data) => applyLanguage(data.language))
  .catch(() => undefined)
  .finally(() => {
    document.documentElement.lang = uiLanguage();
    render(<App embedded={window.top !== window} load={load} />, document.getElementById('app')!);
  });
