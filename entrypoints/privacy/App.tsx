import { useLayoutEffect } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';

/**
 * The privacy policy, in the user's language. The store's copy
 * (store/privacy-policy.md) holds the same English text: a test compares them.
 */
export const PRIVACY_SECTIONS: readonly { title: MessageKey; text: MessageKey }[] = [
  { title: 'privacyStoredTitle', text: 'privacyStored' },
  { title: 'privacySentTitle', text: 'privacySent' },
  { title: 'privacyPagesTitle', text: 'privacyPages' },
  { title: 'privacyLeaveTitle', text: 'privacyLeave' },
  { title: 'privacyPermissionsTitle', text: 'privacyPermissions' },
  { title: 'privacyControlTitle', text: 'privacyControl' },
  { title: 'privacyChangesTitle', text: 'privacyChanges' },
];

export function App() {
  // In the same commit as the heading: an effect runs after paint, so the tab
  // (and a screen reader's announcement) would show the bare name for a frame.
  useLayoutEffect(() => {
    document.title = `${t('privacyTitle')} · ${t('extName')}`;
  }, []);

  return (
    <main class="privacy">
      <h1>{t('privacyTitle')}</h1>
      <p class="summary">{t('privacySummary')}</p>
      {PRIVACY_SECTIONS.map(({ title, text }) => (
        <section key={title} aria-labelledby={title}>
          <h2 id={title}>{t(title)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
    </main>
  );
}
