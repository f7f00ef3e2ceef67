import { render } from 'preact';
import { App } from './App';
import { getSettings } from '@/utils/db';
import { applyLanguage, uiLanguage } from '@/utils/i18n';
import '@/components/theme.css';
import './style.css';

// The language the user chose in the options (default: the browser's).
void getSettings()
  .then((settings) => applyLanguage(settings.language))
  .catch(() => undefined)
  .finally(() => {
    document.documentElement.lang = uiLanguage();
    render(<App />, document.getElementById('app')!);
  });
