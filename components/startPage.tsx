import { hydrate, render, type ComponentChild } from 'preact';
import { getSettings } from '@/utils/db';
import { applyLanguage, t, uiLanguage } from '@/utils/i18n';
import { requestPersistentStorage } from '@/utils/storage';

export interface StartOptions {
  /**
   * Render at once in the browser's language, without waiting for the
   * settings (the popup and the options page: the first thing the user wants
   * must not wait for the database to open). When the user chose another
   * language, the page renders again in it as soon as it is read.
   */
  early?: boolean;
  /**
   * Adopt the page's static HTML (hydration) instead of replacing it: the
   * popup's note box is in its HTML, focused and typeable while the modules
   * load, and must stay the very same element (typed text, caret, focus).
   */
  adopt?: boolean;
}

/** What the page's texts look like now: a language, and one message (a key when the browser gave no catalogue). */
const texts = () => `${uiLanguage()} ${t('extName')}`;

/** Reads the language the user chose; resolves to whether the texts differ from what the page was rendered with. */
async function readLanguage(): Promise<boolean> {
  const before = texts();
  try {
    const settings = await getSettings();
    await applyLanguage(settings.language);
  } catch {
    // The browser's language stays.
  }
  return texts() !== before;
}

/**
 * Renders an extension page (popup, options, preparation) in the language the
 * user chose in the options (default: the browser's), then asks once that
 * the data be kept when the disk runs low.
 */
export function startPage(app: () => ComponentChild, { early = false, adopt = false }: StartOptions = {}): void {
  const root = document.getElementById('app')!;
  const show = (first: boolean) => {
    document.documentElement.lang = uiLanguage();
    if (first && adopt) hydrate(app(), root);
    else render(app(), root);
  };
  if (early) {
    show(true);
    void readLanguage()
      .then((changed) => {
        if (changed) show(false);
      })
      .finally(() => void requestPersistentStorage());
    return;
  }
  void readLanguage().finally(() => {
    show(true);
    void requestPersistentStorage();
  });
}
