import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { partLabel } from '@/components/labels';
import { openExtensionPage } from '@/components/openPage';
import { usePeople } from '@/components/usePeople';
import { useReviewData } from '@/components/useReviewData';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { matchesPattern } from '@/utils/adapters/define';
import { addNote, ensureCurrentCycle, getSettings, people, loadDraft, loadReviewData, notes as noteStore, saveDraft, updateSettings } from '@/utils/db';
import { grantSite } from '@/components/grantSite';
import { saveErrorText } from '@/components/saveError';
import { parseSiteInput } from '@/utils/sites';
import { formatDate, t } from '@/utils/i18n';
import { ME, NOTE_PARTS, personOf, type Note, type NotePart } from '@/utils/model';
import { cutText } from '@/utils/text';
import type { EarlyInput } from './early';

const LATEST_COUNT = 5;

/** The browser's own panel API, where there is one: Chrome's `sidePanel`, Firefox's `sidebarAction`. */
function browserPanelApi() {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  return api.sidePanel?.open || api.sidebarAction?.open ? api : undefined;
}
/**
 * The popup: jot a note in seconds (about me, or about a person I review), see the latest ones.
 * `early`: what was typed in popup.html's note box before the app ran (see ./early.ts).
 */
export function App({ early }: { early?: EarlyInput } = {}) {
  const team = usePeople();
  /** Whom the note is about: the last choice, remembered in the settings (`me` until they are read). */
  const [personId, setPersonId] = useState<string>(ME);
  const lastChoice = useRef<Promise<string>>(null);
  lastChoice.current ??= getSettings()
    .then(async ({ popupPersonId = ME }) => (popupPersonId === ME || (await people.get(popupPersonId)) ? popupPersonId : ME))
    .catch(() => ME);
  const personChosen = useRef(false);
  useEffect(() => {
    void lastChoice.current?.then((id) => {
      if (!personChosen.current) setPersonId(id);
    });
  }, []);
  const loadLatest = useCallback(() => loadReviewData(LATEST_COUNT, { personId }), [personId]);
  const [state] = useReviewData(loadLatest);
  const [browserPanel] = useState(browserPanelApi);
  // The box's text as the app found it: its first render must not change it (nor the caret).
  const [text, setText] = useState(early?.text ?? '');
  const [part, setPart] = useState<NotePart>('successes');
  const [goalId, setGoalId] = useState('');
  const [happenedOn, setHappenedOn] = useState('');
  /** The last deleted note, for Undo. */
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [counts, setCounts] = useState<Map<NotePart, number>>(new Map());
  const draftLoaded = useRef(false);
  const [draftRead, setDraftRead] = useState(false);
  /** The user typed before the draft was read: what they typed wins over the draft. */
  const typedEarly = useRef(!!early?.text);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // What was read for another person while switching is not shown (nor saved to).
  const data = state.status === 'ready' && personOf(state.data.cycle) === personId ? state.data : undefined;
  // Ready to type the moment the popup opens (Preact renders after load, so
  // `autofocus` is not enough): focused in the same task as the first render,
  // not a frame later as useEffect would.
  useLayoutEffect(() => textRef.current?.focus(), []);
  // Ctrl+Enter pressed before the app ran: saved now, as it would have been then.
  useEffect(() => {
    if (early?.saveAsked) void save();
  }, []);

  // A draft survives closing the popup: restored on open, kept while typing,
  // deleted in the same transaction that saves the note (never before it is saved).
  useEffect(() => {
    void loadDraft()
      .then((draft) => {
        if (draft && !typedEarly.current) {
          setText(draft.text);
          setPart(draft.part);
          setGoalId(draft.goalId ?? '');
          setHappenedOn(draft.happenedOn ?? '');
        }
      })
      .finally(() => {
        draftLoaded.current = true;
        setDraftRead(true);
      });
  }, []);
  useEffect(() => {
    // Written at once, not after a pause: a popup closed right after the last
    // keystroke keeps it too. Writes run in order, so the last one stays.
    // A write that fails (a full disk) leaves the last draft that was written.
    // Also once the draft is read: what was typed before replaces the older draft.
    if (draftLoaded.current) void saveDraft({ text, part, ...(goalId ? { goalId } : {}), ...(happenedOn ? { happenedOn } : {}) }).catch(() => undefined);
  }, [text, part, goalId, happenedOn, draftRead]);

  // Notes per part of the review, for the counts on the chips.
  useEffect(() => {
    if (!data) return;
    void noteStore.listByCycle(data.cycle.id).then((all) => {
      const next = new Map<NotePart, number>();
      for (const note of all) next.set(note.part, (next.get(note.part) ?? 0) + 1);
      setCounts(next);
    });
  }, [data]);

  // The page the popup was opened on (its address is readable thanks to activeTab).
  const [tab, setTab] = useState<{ id: number; windowId: number; url: URL } | null>(null);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => {
        if (active?.id !== undefined && active.url && /^https?:/.test(active.url)) {
          setTab({ id: active.id, windowId: active.windowId ?? -1, url: new URL(active.url) });
        }
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

  /**
   * The browser's own side panel (Chrome) or sidebar (Firefox). Opened right
   * in the click handler: both browsers allow it only in answer to the user.
   */
  function openBrowserPanel() {
    if (!tab) return;
    const opening = browserPanel?.sidePanel ? browserPanel.sidePanel.open({ windowId: tab.windowId }) : browserPanel?.sidebarAction?.open();
    opening?.then(
      () => window.close(),
      () => setStatus({ kind: 'error', text: t('popupSidebarFailed') }),
    );
  }

  function enableSite() {
    if (!tab) return;
    const site = parseSiteInput(tab.url.origin);
    if (!site.ok) return;
    grantSite(site.pattern)
      .then((granted) =>
        setStatus(granted ? { kind: 'ok', text: t('siteAdded', site.origin) } : { kind: 'error', text: t('sitePermissionRefused', site.origin) }),
      )
      .catch(() => setStatus({ kind: 'error', text: t('siteAddFailed') }));
  }

  async function save(event?: Event, as: NotePart = part) {
    event?.preventDefault();
    if (!text.trim()) {
      setStatus({ kind: 'error', text: t('noteEmpty') });
      textRef.current?.focus();
      return;
    }
    try {
      // Saved at once even when the popup has not read its data yet (a note typed the moment it opened).
      // Whom about: the choice made here, else the last one (read before saving: never "me" by accident).
      const about = personChosen.current ? personId : await lastChoice.current!;
      const cycle = data && personOf(data.cycle) === about ? data.cycle : await ensureCurrentCycle(new Date(), about);
      await addNote(cycle.id, { part: as, text, ...(goalId ? { goalId } : {}), ...(happenedOn ? { happenedOn } : {}) }, { fromDraft: true });
      setText('');
      setHappenedOn('');
      setStatus({ kind: 'ok', text: t('noteSaved') });
      textRef.current?.focus();
    } catch (error) {
      // The text stays in the box and the draft in the database.
      setStatus({ kind: 'error', text: saveErrorText(error, 'noteDiskFull', 'noteSaveFailed') });
    }
  }

  async function remove(note: Note) {
    await noteStore.delete(note.id);
    setDeleted(note);
    setStatus({ kind: 'ok', text: t('noteDeleted') });
  }

  async function undoDelete() {
    if (!deleted) return;
    try {
      await noteStore.put(deleted);
      setDeleted(null);
      setStatus({ kind: 'ok', text: t('noteRestored') });
    } catch (error) {
      setStatus({ kind: 'error', text: saveErrorText(error, 'diskFullNotSaved', 'noteSaveFailed') });
    }
  }

  async function saveEdit(note: Note) {
    if (!editing?.text.trim()) return;
    try {
      // Only the text: a goal link or date changed elsewhere meanwhile is kept.
      if (!(await noteStore.update(note.id, { text: editing.text.trim() }))) setStatus({ kind: 'error', text: t('noteGone') });
      setEditing(null);
    } catch (error) {
      setStatus({ kind: 'error', text: saveErrorText(error, 'noteDiskFull', 'noteSaveFailed') });
    }
  }

  function choosePerson(id: string) {
    personChosen.current = true;
    setPersonId(id);
    setGoalId('');
    void updateSettings({ popupPersonId: id }).catch(() => undefined);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save(event);
  }

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <form onSubmit={(event) => void save(event)}>
        {team && team.length > 0 && (
          <div class="field about">
            <label for="note-person">{t('noteAbout')}</label>
            <select id="note-person" value={personId} onChange={(event) => choosePerson(event.currentTarget.value)}>
              <option value={ME}>{t('personMe')}</option>
              {team.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="note-text">{t('noteText')}</label>
          <textarea
            id="note-text"
            ref={textRef}
            value={text}
            onInput={(event) => {
              if (!draftLoaded.current) typedEarly.current = true;
              setText(event.currentTarget.value);
            }}
            onKeyDown={onKeyDown}
            aria-describedby="note-hint"
          />
          <p id="note-hint" class="muted hint">
            {t('noteHint')}
          </p>
        </div>
        <fieldset class="chips" data-testid="note-part">
          <legend>{t('notePart')}</legend>
          {NOTE_PARTS.map((value) => (
            <label key={value} class="chip">
              <input type="radio" name="note-part" value={value} checked={part === value} onChange={() => setPart(value)} />
              <span>
                {partLabel(value)}
                {counts.get(value) ? <span class="count"> {counts.get(value)}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
        <div class="row">
          <div class="field">
            <label for="note-date">{t('noteHappenedOn')}</label>
            <input id="note-date" type="date" value={happenedOn} onInput={(event) => setHappenedOn(event.currentTarget.value)} />
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
          <button type="button" disabled={!data} onClick={() => void save(undefined, 'successes')}>
            {t('noteSaveWin')}
          </button>
          <button type="button" disabled={!data} onClick={() => void save(undefined, 'difficulties')}>
            {t('noteSaveDifficulty')}
          </button>
          <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
            {status?.text}
          </p>
          {deleted && (
            <button type="button" onClick={() => void undoDelete()}>
              {t('undo')}
            </button>
          )}
        </div>
      </form>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('latestNotes')}</h2>
        {data && data.notes.length === 0 && <p class="empty">{t('popupNoNotes')}</p>}
        <ul class="cards" data-testid="latest-notes">
          {data?.notes.map((note) => (
            <li key={note.id}>
              <span class="tag">{partLabel(note.part)}</span>{' '}
              <span class="muted">{formatDate(note.happenedOn ?? note.createdAt)}</span>
              {editing?.id === note.id ? (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    void saveEdit(note);
                  }}
                >
                  <textarea
                    aria-label={t('noteEditLabel')}
                    value={editing.text}
                    onInput={(event) => setEditing({ id: note.id, text: event.currentTarget.value })}
                    onKeyDown={(event) => {
                      if (event.key === 'Escape') setEditing(null);
                      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                        event.preventDefault();
                        void saveEdit(note);
                      }
                    }}
                  />
                  <div class="row">
                    <button type="submit">{t('save')}</button>
                    <button type="button" onClick={() => setEditing(null)}>
                      {t('cancel')}
                    </button>
                  </div>
                </form>
              ) : (
                <>
                  <p class="note-text">{note.text}</p>
                  <div class="row">
                    <button type="button" class="link" aria-label={t('noteEditNamed', cutText(note.text, 40))} onClick={() => setEditing({ id: note.id, text: note.text })}>
                      {t('edit')}
                    </button>
                    <button type="button" class="link" aria-label={t('noteDeleteNamed', cutText(note.text, 40))} onClick={() => void remove(note)}>
                      {t('delete')}
                    </button>
                  </div>
                </>
              )}
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
            {browserPanel && (
              <button type="button" onClick={openBrowserPanel}>
                {t('popupOpenPanel')}
              </button>
            )}
            {!isBuiltInSite && (
              <button type="button" onClick={enableSite}>
                {t('popupEnableSite', tab.url.hostname)}
              </button>
            )}
            <button type="button" class="link" onClick={() => openExtensionPage('/options.html#sites')}>
              {t('popupManageSites')}
            </button>
          </div>
        </section>
      )}
      <footer class="row">
        <button type="button" class="link" onClick={() => openExtensionPage('/prep.html', personId === ME ? '' : `?person=${encodeURIComponent(personId)}`)}>
          {t('openPrep')}
        </button>
        {team && team.length > 0 && (
          <button type="button" class="link" onClick={() => openExtensionPage('/team.html')}>
            {t('teamOpen')}
          </button>
        )}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}
