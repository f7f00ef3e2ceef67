import { render, type ComponentChild } from 'preact';
import { getSettings } from '@/utils/db';
import { applyLanguage, uiLanguage } from '@/utils/i18n';
import { requestPersistentStorage } from '@/utils/storage';

/**
 * Renders an extension page (popup, options, preparation) in the language the
 * user chose in the options (default: the browser's), then asks once that
 * the data be kept when the disk runs low.
 */
export function startPage(app: () => ComponentChild): void {
  void getSettings()
    .then((settings) => applyLanguage(settings.language))
    .catch(() => undefined)
    .finally(() => {
      document.documentElement.lang = uiLanguage();
      render(app(), document.getElementById('app')!);
      void requestPersistentStorage();
    });
}
