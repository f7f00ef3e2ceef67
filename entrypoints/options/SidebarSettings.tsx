import { useEffect, useState } from 'preact/hooks';
import { getSettings, updateSettings } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/model';

type Layout = Pick<Settings, 'sidebarSide' | 'sidebarWidth' | 'autoOpen' | 'panelMode'>;

/**
 * Options › Sidebar: on the page or in the browser's side panel; which side,
 * how wide, and whether it opens by itself on review pages.
 */
export function SidebarSettings() {
  const [layout, setLayout] = useState<Layout | null>(null);
  const [saved, setSaved] = useState('');
  /** The width as typed; stored (clamped) when the field is left. Keeps a re-render from undoing typing. */
  const [widthText, setWidthText] = useState<string | null>(null);
  useEffect(
    () =>
      void getSettings().then(({ sidebarSide, sidebarWidth, autoOpen, panelMode }) => setLayout({ sidebarSide, sidebarWidth, autoOpen, panelMode })),
    [],
  );
  if (!layout) return null;

  const change = (patch: Partial<Layout>) => {
    const next = { ...layout, ...patch };
    setLayout(next);
    void updateSettings(next).then(() => setSaved(t('sidebarSettingsSaved')));
  };

  return (
    <section aria-labelledby="sidebar-settings-heading">
      <h2 id="sidebar-settings-heading">{t('sidebarSettingsTitle')}</h2>
      <fieldset class="choices">
        <legend>{t('sidebarPanelMode')}</legend>
        {(['overlay', 'browser-panel'] as const).map((mode) => (
          <label class="check" key={mode}>
            <input type="radio" name="panel-mode" value={mode} checked={layout.panelMode === mode} onChange={() => change({ panelMode: mode })} />
            {t(mode === 'overlay' ? 'sidebarPanelOverlay' : 'sidebarPanelBrowser')}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <div class="field">
          <label for="sidebar-side">{t('sidebarSide')}</label>
          <select id="sidebar-side" value={layout.sidebarSide} onChange={(event) => change({ sidebarSide: event.currentTarget.value as Layout['sidebarSide'] })}>
            <option value="right">{t('sidebarRight')}</option>
            <option value="left">{t('sidebarLeft')}</option>
          </select>
        </div>
        <div class="field">
          <label for="sidebar-width">{t('sidebarWidth')}</label>
          <input
            id="sidebar-width"
            type="number"
            min={280}
            max={640}
            step={20}
            value={widthText ?? layout.sidebarWidth}
            onInput={(event) => setWidthText(event.currentTarget.value)}
            onChange={(event) => {
              setWidthText(null);
              change({ sidebarWidth: Math.min(640, Math.max(280, Math.round(Number(event.currentTarget.value) || 360))) });
            }}
          />
        </div>
      </div>
      <label class="check">
        <input type="checkbox" checked={layout.autoOpen} disabled={layout.panelMode !== 'overlay'} onChange={(event) => change({ autoOpen: event.currentTarget.checked })} />
        {t('sidebarAutoOpen')}
      </label>
      <p class="status ok" role="status" aria-live="polite">
        {saved}
      </p>
    </section>
  );
}
