import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { partLabel } from '@/components/labels';
import { ShowMore } from '@/components/ShowMore';
import type { Suggestion } from '@/utils/questions';
import type { ClickGuard } from '@/components/clickGuard';
import { openExtensionPage } from '@/components/openPage';
import { useReviewData } from '@/components/useReviewData';
import { contentLanguage, requestedLanguage, t } from '@/utils/i18n';
import { draftResultsParagraph } from '@/utils/draft';
import { asSidebarDataReply, FIRST_NOTES_PAGE, type Message, type SidebarDataReply } from '@/utils/messaging';
import { ChoosePerson } from './ChoosePerson';
import { NOTE_PARTS, type NotePart, type Question } from '@/utils/model';
import { normalizeText } from '@/utils/dom';
import { send } from './channel';
import { GoalList, NotesByPart, Pinned, short } from './lists';
import { Overview } from './Overview';
import { SidebarHeader } from './SidebarHeader';
import { useInsert, type Status } from './useInsert';

export { FRAME_TOKEN } from './channel';

/** Items rendered at first; the rest on demand (5,000 notes must not slow the first paint). */
const NOTES_PAGE = FIRST_NOTES_PAGE;
const GOALS_PAGE = 20;
/** Suggested questions in the sidebar (all of them, with hide and add, are on the preparation page). */
const SUGGESTIONS_SHOWN = 5;

export const DATA_SHOWN_MARK = 'review-companion:data-shown';

function matches(query: string, ...texts: (string | undefined)[]): boolean {
  return !query || texts.some((text) => text && normalizeText(text).includes(query));
}

/**
 * Data comes from the background: storage of an iframe on a web page may be
 * blocked. On a review page the background decides whose data it is (or
 * asks the user to choose first).
 */
async function requestReviewData(notesLimit?: number): Promise<SidebarDataReply> {
  return asSidebarDataReply(await send({ type: 'get-review-data', ...(notesLimit ? { notesLimit } : {}) }));
}

/**
 * Loads the sidebar's data. The first request starts right away (call this
 * before the first render); it asks for the newest notes only. Every later
 * load (the rest, or a change made elsewhere) reads them all, for search and
 * "show more".
 */
export function createSidebarLoader(): { load: () => Promise<SidebarDataReply>; first: Promise<SidebarDataReply> } {
  // Sent by public/sidebar-start.js while this code loaded (the same message);
  // asked again here if it failed or is absent.
  const holder = globalThis as { reviewCompanionFirstData?: Promise<unknown> };
  const early = holder.reviewCompanionFirstData;
  // Taken over: the reply is not left on the global object for the page's lifetime.
  delete holder.reviewCompanionFirstData;
  const first = early
    ? early.then((reply) => asSidebarDataReply(reply), () => requestReviewData(NOTES_PAGE))
    : requestReviewData(NOTES_PAGE);
  first.catch(() => undefined); // handled by the first load
  let firstRequest: Promise<SidebarDataReply> | undefined = first;
  return {
    first,
    load: () => {
      const pending = firstRequest;
      firstRequest = undefined;
      return pending ?? requestReviewData();
    },
  };
}

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

/**
 * The sidebar: last year's goals and this year's notes, with "Insert" into
 * the review form. Runs as an extension page, in an iframe on the HR page
 * (`embedded`), or in the browser's own side panel, where `findTab` says
 * which tab's form it works on.
 */
export function App({
  embedded,
  load,
  initial,
  findTab,
  guard,
  foreignFrame = false,
}: {
  embedded: boolean;
  load: () => Promise<SidebarDataReply>;
  /** The reply `load` resolves to first, when the page already has it: the first render shows it. */
  initial?: SidebarDataReply | undefined;
  findTab?: () => Promise<number | undefined>;
  /** Inside a web page: decides whether a click that writes to the page counts (see components/clickGuard.ts). */
  guard?: ClickGuard;
  /** Inside a web page without its launcher's token: a page framed the sidebar page itself, and gets nothing. */
  foreignFrame?: boolean;
}) {
  const collapsed = useCollapsed();
  const [state, reload] = useReviewData(load, { initial });
  const [query, setQuery] = useState('');
  const [partFilter, setPartFilter] = useState<NotePart | ''>('');
  const [status, setStatus] = useState<Status>(null);
  const { canInsert, fields, target, setTarget, refreshFields, onInsert } = useInsert({ embedded, findTab, guard, setStatus });
  const [notesShown, setNotesShown] = useState(NOTES_PAGE);
  const [goalsShown, setGoalsShown] = useState(GOALS_PAGE);
  const normalizedQuery = normalizeText(query);

  const reply = state.status === 'ready' ? state.data : undefined;
  /** The page does not say whose review it is: the user chooses before anything is shown. */
  const choose = reply && 'choose' in reply ? reply.choose : undefined;
  const data = reply && !('choose' in reply) ? reply : undefined;
  /** On a person's review the drafts and questions are the manager's. */
  const voice = data?.person ? 'manager' : 'self';
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
      if (live) setSuggested({ list: suggestionsFor(data.goals, data.notes, data.questions, SUGGESTIONS_SHOWN, voice), Text: SuggestionText });
    });
    return () => {
      live = false;
    };
  }, [data]);
  useEffect(() => {
    // After the first paint, fetch the notes that were left out of it.
    if (data && data.notesTotal === undefined) void reload();
  }, [data, reload]);
  const goalTitles = useMemo(() => new Map(data?.goals.map((goal) => [goal.id, goal.title])), [data]);
  const pinned = useMemo(() => new Set(data?.pinned), [data]);
  const shownGoals = data?.goals.filter((goal) => matches(normalizedQuery, goal.title, goal.description)) ?? [];
  const shownNotes =
    data?.notes.filter(
      (note) => (!partFilter || note.part === partFilter) && matches(normalizedQuery, note.text, goalTitles.get(note.goalId ?? '')),
    ) ?? [];
  /** Matching notes; without a search, all of the cycle's (undefined while the rest is loading). */
  const notesCount = normalizedQuery || partFilter ? shownNotes.length : data?.notesTotal;

  /** Writes go through the background (this page's storage may be blocked); the change comes back as `data-changed`. */
  async function write(message: Extract<Message, { type: 'pin' | 'question-asked' }>) {
    const saved = await send(message).catch(() => false);
    if (saved !== true) setStatus({ kind: 'error', text: t('sidebarSaveFailed') });
  }
  const togglePin = (id: string) => void write({ type: 'pin', id, pinned: !pinned.has(id) });

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
      <SidebarHeader embedded={embedded} cycleLabel={data?.cycle.label} person={data?.person} />
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
      {canInsert && (
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
      {choose && (
        <ChoosePerson
          choose={choose}
          onChoose={async (choice) => {
            const saved = (await send({ type: 'choose-review-person', ...choice })) === true;
            if (saved) await reload();
            return saved;
          }}
          onCancel={() => void send({ type: 'set-sidebar', open: false })}
        />
      )}
      {state.status === 'error' && (
        <p class="status error" role="alert">
          {/* Framed by a page rather than by the launcher: the background serves it nothing. */}
          {foreignFrame ? t('sidebarNotOurs') : t('loadFailed')}
        </p>
      )}
      {data && (
        <>
          <Overview data={data} />
          <Pinned
            goals={data.goals.filter((goal) => pinned.has(goal.id))}
            notes={data.notes.filter((note) => pinned.has(note.id))}
            allNotes={data.notes}
            goalTitles={goalTitles}
            onUnpin={togglePin}
            onInsert={onInsert}
            voice={voice}
          />
          <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">
              {t('sidebarGoals')} <span class="muted">({shownGoals.length})</span>
            </h2>
            {data.goals.length === 0 ? (
              <p class="empty">
                {t('sidebarNoGoals')}{' '}
                <button type="button" class="link" onClick={() => openExtensionPage('/options.html#goals')}>
                  {t('openOptions')}
                </button>
              </p>
            ) : (
              <>
                {onInsert && (
                  <button type="button" onClick={() => onInsert(draftResultsParagraph(data.goals, data.notes, contentLanguage(), voice))}>
                    {t('insertResultsParagraph')}
                  </button>
                )}
                <GoalList
                  goals={shownGoals.slice(0, goalsShown)}
                  notes={data.notes}
                  pinned={pinned}
                  onPin={togglePin}
                  onInsert={onInsert}
                  voice={voice}
                  testId="goals"
                />
              </>
            )}
            <ShowMore remaining={shownGoals.length - goalsShown} onClick={() => setGoalsShown(goalsShown * 4)} />
          </section>
          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">
              {t('sidebarNotes')} <span class="muted">({notesCount ?? '…'})</span>
            </h2>
            {data.notesTotal === 0 ? (
              <p class="empty">{t('sidebarNoNotes')}</p>
            ) : (
              <NotesByPart
                page={shownNotes.slice(0, notesShown)}
                matching={shownNotes}
                goalTitles={goalTitles}
                pinned={pinned}
                onPin={togglePin}
                onInsert={onInsert}
                voice={voice}
              />
            )}
            <ShowMore remaining={(notesCount ?? 0) - notesShown} onClick={() => setNotesShown(notesShown * 4)} />
          </section>
          <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t('sidebarQuestions')}</h2>
            <ul class="cards" data-testid="questions">
              {ownQuestionsFirst(data.questions).map((question) => (
                <li key={question.id} class={question.asked ? 'asked' : undefined}>
                  <span class="tag">{t('questionMine')}</span>
                  <p class="note-text">{question.text}</p>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={!!question.asked}
                      aria-label={t('questionAskedNamed', short(question.text))}
                      onChange={(event) => void write({ type: 'question-asked', id: question.id, asked: event.currentTarget.checked })}
                    />
                    {t('questionAsked')}
                  </label>
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

/** The user's own questions, the ones still to ask first. */
function ownQuestionsFirst(questions: Question[]): Question[] {
  const own = questions.filter((question) => question.origin === 'custom');
  return [...own.filter((question) => !question.asked), ...own.filter((question) => question.asked)];
}

