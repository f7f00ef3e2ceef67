import { useEffect, useState } from 'preact/hooks';
import { getSettings, updateSettings } from '@/utils/db';
import { t } from '@/utils/i18n';
import { LANGUAGES } from '@/utils/model';

/** Each language named in itself, so anyone finds their own. */
const NAMES: Record<Exclude<(typeof LANGUAGES)[number], 'auto'>, string> = {
  en: 'English',
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
};

/** Options › Language: the browser's (default) or one the user picks. */
export function Language() {
  const [language, setLanguage] = useState<(typeof LANGUAGES)[number]>('auto');
  useEffect(() => void getSettings().then((settings) => setLanguage(settings.language)), []);
  return (
    <div class="field language">
      <label for="language-select">{t('languageLabel')}</label>
      <select
        id="language-select"
        value={language}
        onChange={(event) => {
          const next = event.currentTarget.value as (typeof LANGUAGES)[number];
          // Every page starts in the chosen language; this one starts again now.
          void updateSettings({ language: next }).then(() => location.reload());
        }}
      >
        <option value="auto">{t('languageAuto')}</option>
        {(Object.keys(NAMES) as (keyof typeof NAMES)[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
