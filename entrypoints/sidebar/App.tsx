import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GoalFigures } from '@/components/GoalFigures';
import { partLabel } from '@/components/labels';
import { ShowMore } from '@/components/ShowMore';
import type { Suggestion } from '@/utils/questions';
import { openExtensionPage } from '@/components/openPage';
import { useReviewData } from '@/components/useReviewData';
import { contentLanguage, requestedLanguage, t } from '@/utils/i18n';
import { draftResultsParagraph } from '@/utils/draft';
import { FieldList, InsertResult, ReviewDataReply, type Message } from '@/utils/messaging';
import { achievementPercent, NOTE_PARTS, type Goal, type Note, type NotePart } from '@/utils/model';
import { normalizeText } from '@/utils/dom';

/** Items rendered at first; the rest on demand (5,000 notes must not slow the first paint). */
const NOTES_PAGE = 30;
const GOALS_PAGE = 20;
/** Suggested questions in the sidebar (all of them, with hide and add, are on the preparation page). */
const SUGGESTIONS_SHOWN = 5;

export const DATA_SHOWN_MARK = 'review-companion:data-shown';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function matches(query: string, ...texts: (string | undefined)[]): boolean {
  return !query || texts.some((text) => text && normalizeText(text).includes(query));
}

async function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Data comes from the background: storage of an iframe on a web page may be blocked. */
async function requestReviewData(notesLimit?: number): Promise<ReviewDataReply> {
  return ReviewDataReply.parse(await send({ type: 'get-review-data', ...(notesLimit ? { notesLimit } : {}) }));
}

/**
 * Loads the sidebar's data. The first request starts right away (call this
 * before the first render); it asks for the newest notes only. Every later
 * load (the rest, or a change made elsewhere) reads them all, for search and
 * "show more".
 */
export function createSidebarLoader(): { load: () => Promise<ReviewDataReply>; first: Promise<ReviewDataReply> } {
  const first = requestReviewData(NOTES_PAGE);
  first.catch(() => undefined); // handled by the first load
  let firstRequest: Promise<ReviewDataReply> | undefined = first;
  return {
    first,
    load: () => {
      const pending = firstRequest;
      firstRequest = undefined;
      return pending ?? requestReviewData();
    },
  };
}

/**
 * The sidebar: last year's goals and this year's notes, with "Insert" into
 * the review form. Runs as an extension page, in an iframe on the HR page
 * (`embedded`) or on its own.
 */
/** The launcher shrinks the frame to a slim tab when the sidebar is collapsed; the page follows its width. */
function useCollapsed(): boolean {
  const narrow = () => window.innerWidth < 80;
  const [collapsed, setCollapsed] = useState(narrow);
  useEffect(() => {
    const onResize = () => setCollapsed(narrow());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return collapsed;
}

export function App({ embedded, load }: { embedded: boolean; load: () => Promise<ReviewDataReply> }) {
  const collapsed = useCollapsed();
  const [state, reload] = useReviewData(load);
  const [query, setQuery] = useState('');
  const [partFilter, setPartFilter] = useState<NotePart | ''>('');
  /** Where Insert puts text: '' = where the user's cursor was, else an index in `fields`. */
  const [target, setTarget] = useState('');
  const [fields, setFields] = useState<FieldList['fields']>([]);
  const refreshFields = () =>
    void send({ type: 'list-fields' })
      .then((reply) => setFields(FieldList.parse(reply).fields))
      .catch(() => setFields([]));
  useEffect(() => {
    if (embedded) refreshFields();
  }, [embedded]);
  const [status, setStatus] = useState<Status>(null);
  const [notesShown, setNotesShown] = useState(NOTES_PAGE);
  const [goalsShown, setGoalsShown] = useState(GOALS_PAGE);
  const normalizedQuery = normalizeText(query);

  const data = state.status === 'ready' ? state.data : undefined;
  useLayoutEffect(() => {
    // Read by `npm run bench`: when the sidebar's DOM first holds the user's data.
    if (data && performance.getEntriesByName(DATA_SHOWN_MARK).length === 0) performance.mark(DATA_SHOWN_MARK);
  }, [data]);
  useEffect(() => {
    // The user chose another language in the options: start again in it.
    if (data && (data.language ?? 'auto') !== requestedLanguage()) location.reload();
  }, [data]);
  // The question bank (four languages) loads after the first paint: it is not
  // what the user looks at first, and it would double the page's script.
  const [suggested, setSuggested] = useState<{ list: Suggestion[]; Text: (props: { suggestion: Suggestion }) => JSX.Element } | null>(null);
  useEffect(() => {
    if (!data) return;
    let live = true;
    void import('@/components/SuggestedQuestions').then(({ suggestionsFor, SuggestionText }) => {
      if (live) setSuggested({ list: suggestionsFor(data.goals, data.notes, data.questions, SUGGESTIONS_SHOWN), Text: SuggestionText });
    });
    return () => {
      live = false;
    };
  }, [data]);
  useEffect(() => {
    // After the first paint, fetch the notes that were left out of it.
    if (data && data.notes.length < data.notesTotal) void reload();
  }, [data, reload]);
  const goalTitles = useMemo(() => new Map(data?.goals.map((goal) => [goal.id, goal.title])), [data]);
  const shownGoals = data?.goals.filter((goal) => matches(normalizedQuery, goal.title, goal.description)) ?? [];
  const shownNotes =
    data?.notes.filter(
      (note) => (!partFilter || note.part === partFilter) && matches(normalizedQuery, note.text, goalTitles.get(note.goalId ?? '')),
    ) ?? [];
  /** Matching notes; without a search, all of the cycle's (some may still be loading). */
  const notesCount = normalizedQuery || partFilter ? shownNotes.length : (data?.notesTotal ?? 0);

  async function insert(text: string) {
    try {
      const field = target === '' ? undefined : Number(target);
      const reply = InsertResult.parse(
        await send({ type: 'insert-text', text, mode: 'caret', ...(field !== undefined ? { field } : {}) }),
      );
      setStatus(
        reply.ok
          ? { kind: 'ok', text: t('insertDone') }
          : { kind: 'error', text: reply.reason === 'no-field' ? t('insertNoField') : t('insertFailed') },
      );
    } catch {
      setStatus({ kind: 'error', text: t('insertFailed') });
    }
  }

  if (embedded && collapsed) {
    return (
      <main class="sidebar-tab">
        <button type="button" aria-label={t('sidebarExpand')} title={t('sidebarExpand')} onClick={() => void send({ type: 'set-sidebar', open: 'expand' })}>
          <span>{t('extName')}</span>
        </button>
      </main>
    );
  }

  return (
    <main class="sidebar">
      <header class="sidebar-header">
        <h1>{t('extName')}</h1>
        {data && <span class="tag">{t('cycleLabel', data.cycle.label)}</span>}
        <button type="button" class="link" onClick={() => openExtensionPage('/prep.html')}>
          {t('openPrep')}
        </button>
        {embedded && (
          <button
            type="button"
            class="collapse"
            aria-label={t('sidebarCollapse')}
            title={t('sidebarCollapse')}
            onClick={() => void send({ type: 'set-sidebar', open: 'collapse' })}
          >
            ⇥
          </button>
        )}
        {embedded && (
          <button
            type="button"
            class="close"
            aria-label={t('sidebarClose')}
            title={t('sidebarClose')}
            onClick={() => void send({ type: 'set-sidebar', open: false })}
          >
            ×
          </button>
        )}
      </header>
      <div class="field search">
        <label for="search">{t('sidebarSearch')}</label>
        <input
          id="search"
          type="search"
          value={query}
          autoComplete="off"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      {embedded && (
        <div class="field">
          <label for="insert-target">{t('insertTarget')}</label>
          <select id="insert-target" value={target} onFocus={refreshFields} onChange={(event) => setTarget(event.currentTarget.value)}>
            <option value="">{t('insertTargetCursor')}</option>
            {fields.map((field, index) => (
              <option key={index} value={String(index)}>
                {field.label || t('importColumnNumber', String(index + 1))}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="part-filter">{t('sidebarFilterPart')}</label>
        <select id="part-filter" value={partFilter} onChange={(event) => setPartFilter(event.currentTarget.value as NotePart | '')}>
          <option value="">{t('sidebarAllParts')}</option>
          {NOTE_PARTS.map((part) => (
            <option key={part} value={part}>
              {partLabel(part)}
            </option>
          ))}
        </select>
      </div>
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
      {state.status === 'loading' && <p class="empty">{t('loading')}</p>}
      {state.status === 'error' && (
        <p class="status error" role="alert">
          {t('loadFailed')}
        </p>
      )}
      {data && (
        <>
          <Overview goals={data.goals} notes={data.notes} notesTotal={data.notesTotal} />
          <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">
              {t('sidebarGoals')} <span class="muted">({shownGoals.length})</span>
            </h2>
            {data.goals.length === 0 ? (
              <p class="empty">
                {t('sidebarNoGoals')}{' '}
                <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                  {t('openOptions')}
                </button>
              </p>
            ) : (
              <>
                {embedded && (
                  <button type="button" onClick={() => void insert(draftResultsParagraph(data.goals, data.notes, contentLanguage()))}>
                    {t('insertResultsParagraph')}
                  </button>
                )}
                <GoalList
                  goals={shownGoals.slice(0, goalsShown)}
                  notes={data.notes}
                  onInsert={embedded ? (goal) => void insert(draftResultsParagraph([goal], data.notes, contentLanguage())) : undefined}
                />
              </>
            )}
            <ShowMore remaining={shownGoals.length - goalsShown} onClick={() => setGoalsShown(goalsShown * 4)} />
          </section>
          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">
              {t('sidebarNotes')} <span class="muted">({notesCount})</span>
            </h2>
            {data.notesTotal === 0 ? (
              <p class="empty">{t('sidebarNoNotes')}</p>
            ) : (
              <ul class="cards" data-testid="notes">
                {shownNotes.slice(0, notesShown).map((note) => (
                  <li key={note.id}>
                    <span class="tag">{partLabel(note.part)}</span>
                    {note.goalId && goalTitles.has(note.goalId) && (
                      <span class="muted"> · {goalTitles.get(note.goalId)}</span>
                    )}
                    <p class="note-text">{note.text}</p>
                    {embedded && (
                      <button type="button" onClick={() => void insert(note.text)} aria-label={t('insertNoteLabel', note.text.slice(0, 60))}>
                        {t('insert')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <ShowMore remaining={notesCount - notesShown} onClick={() => setNotesShown(notesShown * 4)} />
          </section>
          <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t('sidebarQuestions')}</h2>
            <ul class="cards" data-testid="questions">
              {data.questions
                .filter((question) => question.origin === 'custom' && !question.asked)
                .map((question) => (
                  <li key={question.id}>
                    <span class="tag">{t('questionMine')}</span>
                    <p class="note-text">{question.text}</p>
                  </li>
                ))}
              {suggested?.list.map((suggestion) => (
                <li key={suggestion.id}>
                  <suggested.Text suggestion={suggestion} />
                </li>
              ))}
            </ul>
            <button type="button" class="link" onClick={() => openExtensionPage('/prep.html')}>
              {t('questionsManage')}
            </button>
          </section>
        </>
      )}
    </main>
  );
}

function GoalList({ goals, notes, onInsert }: { goals: Goal[]; notes: Note[]; onInsert?: (goal: Goal) => void }) {
  return (
    <ul class="cards" data-testid="goals">
      {goals.map((goal) => (
        <li key={goal.id}>
          <h3>{goal.title}</h3>
          <GoalFigures goal={goal} />
          <GoalNotes notes={notes.filter((note) => note.goalId === goal.id)} />
          {onInsert && (
            <button type="button" onClick={() => onInsert(goal)} aria-label={t('insertGoalSummary', goal.title)}>
              {t('insert')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A goal's difficulties and successes (and other evidence) under it, newest first. */
function GoalNotes({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return null;
  return (
    <ul class="goal-notes">
      {notes.slice(0, 5).map((note) => (
        <li key={note.id}>
          <span class="tag">{partLabel(note.part)}</span> {note.text}
        </li>
      ))}
    </ul>
  );
}

/** What to say first: results against objectives in one line, and what the notes hold. */
function Overview({ goals, notes, notesTotal }: { goals: Goal[]; notes: Note[]; notesTotal: number }) {
  if (goals.length === 0 && notesTotal === 0) return null;
  const counted = goals.filter((goal) => goal.status !== 'dropped');
  const achieved = counted.filter((goal) => goal.status === 'achieved' || (achievementPercent(goal) ?? 0) >= 100).length;
  const percents = counted.map((goal) => (goal.kind === 'quantitative' ? achievementPercent(goal) : undefined)).filter((value): value is number => value !== undefined);
  const average = percents.length ? Math.round(percents.reduce((sum, value) => sum + value, 0) / percents.length) : undefined;
  const wins = notes.filter((note) => note.part === 'successes').length;
  const difficulties = notes.filter((note) => note.part === 'difficulties').length;
  return (
    <section aria-labelledby="overview-heading" class="overview">
      <h2 id="overview-heading">{t('sidebarOverview')}</h2>
      {counted.length > 0 && (
        <p>
          {t('overviewResults', [String(achieved), String(counted.length)])}
          {average !== undefined && ` ${t('overviewAverage', String(average))}`}
        </p>
      )}
      {(wins > 0 || difficulties > 0) && <p class="muted">{t('overviewNotes', [String(wins), String(difficulties)])}</p>}
    </section>
  );
}

