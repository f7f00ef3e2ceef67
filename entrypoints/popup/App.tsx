import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { partLabel } from '@/components/labels';
import { openExtensionPage } from '@/components/openPage';
import { useReviewData } from '@/components/useReviewData';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { matchesPattern } from '@/utils/adapters/define';
import { addNote, loadReviewData, siteRules } from '@/utils/db';
import { AUTO_ADAPTER, parseSiteInput } from '@/utils/sites';
import { formatDate, t } from '@/utils/i18n';
import { NOTE_PARTS, type NotePart } from '@/utils/model';

const LATEST_COUNT = 5;
const loadLatest = () => loadReviewData(LATEST_COUNT);

/** The popup: jot a note in seconds, see the latest ones. */
export function App() {
  const [state] = useReviewData(loadLatest);
  const [text, setText] = useState('');
  const [part, setPart] = useState<NotePart>('successes');
  const [goalId, setGoalId] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const data = state.status === 'ready' ? state.data : undefined;
  // Ready to type the moment the popup opens (Preact renders after load, so `autofocus` is not enough).
  useEffect(() => textRef.current?.focus(), []);

  // The page the popup was opened on (its address is readable thanks to activeTab).
  const [tab, setTab] = useState<{ id: number; url: URL } | null>(null);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => {
        if (active?.id !== undefined && active.url && /^https?:/.test(active.url)) setTab({ id: active.id, url: new URL(active.url) });
      })
      .catch(() => undefined);
  }, []);
  const isBuiltInSite = !!tab && HOSTED_SUITE_MATCHES.some((pattern) => matchesPattern(tab.url, pattern));

  async function openSidebar() {
    if (!tab) return;
    const opened = await browser.runtime.sendMessage({ type: 'open-sidebar', tabId: tab.id }).catch(() => false);
    if (opened === true) window.close();
    else setStatus({ kind: 'error', text: t('popupSidebarFailed') });
  }

  function enableSite() {
    if (!tab) return;
    const site = parseSiteInput(tab.url.origin);
    if (!site.ok) return;
    // Asked right in the click: browsers only show the prompt for a user gesture.
    browser.permissions
      .request({ origins: [site.pattern] })
      .then(async (granted) => {
        if (!granted) {
          setStatus({ kind: 'error', text: t('sitePermissionRefused', site.origin) });
          return;
        }
        const now = Date.now();
        await siteRules.put({ pattern: site.pattern, adapterId: AUTO_ADAPTER, enabled: true, createdAt: now, updatedAt: now });
        setStatus({ kind: 'ok', text: t('siteAdded', site.origin) });
      })
      .catch(() => setStatus({ kind: 'error', text: t('siteAddFailed') }));
  }

  async function save(event?: Event) {
    event?.preventDefault();
    if (!data) return;
    if (!text.trim()) {
      setStatus({ kind: 'error', text: t('noteEmpty') });
      textRef.current?.focus();
      return;
    }
    try {
      await addNote(data.cycle.id, { part, text, ...(goalId ? { goalId } : {}) });
      setText('');
      setStatus({ kind: 'ok', text: t('noteSaved') });
      textRef.current?.focus();
    } catch {
      setStatus({ kind: 'error', text: t('noteSaveFailed') });
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save(event);
  }

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <form onSubmit={(event) => void save(event)}>
        <div class="field">
          <label for="note-text">{t('noteText')}</label>
          <textarea
            id="note-text"
            ref={textRef}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
            onKeyDown={onKeyDown}
            aria-describedby="note-hint"
          />
          <p id="note-hint" class="muted hint">
            {t('noteHint')}
          </p>
        </div>
        <div class="row">
          <div class="field grow">
            <label for="note-part">{t('notePart')}</label>
            <select id="note-part" value={part} onChange={(event) => setPart(event.currentTarget.value as NotePart)}>
              {NOTE_PARTS.map((value) => (
                <option key={value} value={value}>
                  {partLabel(value)}
                </option>
              ))}
            </select>
          </div>
          <div class="field grow">
            <label for="note-goal">{t('noteGoal')}</label>
            <select id="note-goal" value={goalId} onChange={(event) => setGoalId(event.currentTarget.value)}>
              <option value="">{t('noteNoGoal')}</option>
              {data?.goals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="row">
          <button type="submit" class="primary" disabled={!data}>
            {t('noteSave')}
          </button>
          <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
            {status?.text}
          </p>
        </div>
      </form>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('latestNotes')}</h2>
        {data && data.notes.length === 0 && <p class="empty">{t('popupNoNotes')}</p>}
        <ul class="cards" data-testid="latest-notes">
          {data?.notes.map((note) => (
            <li key={note.id}>
              <span class="tag">{partLabel(note.part)}</span>{' '}
              <span class="muted">{formatDate(note.createdAt)}</span>
              <p class="note-text">{note.text}</p>
            </li>
          ))}
        </ul>
      </section>
      {tab && (
        <section aria-labelledby="page-heading" class="this-page">
          <h2 id="page-heading">{t('popupThisSite')}</h2>
          <div class="row">
            <button type="button" onClick={() => void openSidebar()}>
              {t('popupOpenSidebar')}
            </button>
            {!isBuiltInSite && (
              <button type="button" onClick={enableSite}>
                {t('popupEnableSite', tab.url.hostname)}
              </button>
            )}
          </div>
        </section>
      )}
      <footer class="row">
        <button type="button" class="link" onClick={() => openExtensionPage('/prep.html')}>
          {t('openPrep')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}
