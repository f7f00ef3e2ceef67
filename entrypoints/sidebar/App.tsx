import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GoalFigures } from '@/components/GoalFigures';
import { partLabel } from '@/components/labels';
import { ShowMore } from '@/components/ShowMore';
import type { Suggestion } from '@/utils/questions';
import type { ClickGuard } from '@/components/clickGuard';
import { openExtensionPage } from '@/components/openPage';
import { useReviewData, type ReviewData } from '@/components/useReviewData';
import { contentLanguage, requestedLanguage, t } from '@/utils/i18n';
import { draftPartParagraph, draftResultsParagraph, type DraftVoice } from '@/utils/draft';
import { FieldList, FIRST_NOTES_PAGE, FRAME_TOKEN_PATTERN, InsertResult, SidebarDataReply, SidebarPlace, type Message } from '@/utils/messaging';
import { ChoosePerson } from './ChoosePerson';
import { achievementPercent, NOTE_PARTS, type Goal, type Note, type NotePart, type Question } from '@/utils/model';
import { normalizeText } from '@/utils/dom';
import { goalChanges } from '@/utils/prep/changes';
import { cutText } from '@/utils/text';

/** Items rendered at first; the rest on demand (5,000 notes must not slow the first paint). */
const NOTES_PAGE = FIRST_NOTES_PAGE;
const GOALS_PAGE = 20;
/** Suggested questions in the sidebar (all of them, with hide and add, are on the preparation page). */
const SUGGESTIONS_SHOWN = 5;

export const DATA_SHOWN_MARK = 'review-companion:data-shown';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function matches(query: string, ...texts: (string | undefined)[]): boolean {
  return !query || texts.some((text) => text && normalizeText(text).includes(query));
}

/**
 * The secret the launcher put in this frame's URL (see
 * entrypoints/background/frames.ts): inside a web page, the background
 * serves only the frame that holds it.
 */
export const FRAME_TOKEN = FRAME_TOKEN_PATTERN.test(location.hash.slice(1)) ? location.hash.slice(1) : undefined;

async function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(FRAME_TOKEN ? { ...message, frameToken: FRAME_TOKEN } : message);
}

/**
 * Data comes from the background: storage of an iframe on a web page may be
 * blocked. On a review page the background decides whose data it is (or
 * asks the user to choose first).
 */
async function requestReviewData(notesLimit?: number): Promise<SidebarDataReply> {
  return SidebarDataReply.parse(await send({ type: 'get-review-data', ...(notesLimit ? { notesLimit } : {}) }));
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
  // Taken over: the raw reply is not kept once it is validated.
  delete holder.reviewCompanionFirstData;
  const first = early
    ? early.then((reply) => SidebarDataReply.parse(reply), () => requestReviewData(NOTES_PAGE))
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

/** A page that undoes what the sidebar changed does it soon after it opens: ask again after this long. */
const PLACE_RECHECK_MS = 1500;

/**
 * Where the sidebar sits on the page and whether it floats over part of it
 * (the page keeps a bar under it, or is too narrow to make room). Asked from
 * the launcher when the sidebar opens, a moment later, and whenever the frame
 * is resized or the pointer comes into it; `move` puts it on the other side.
 */
function useSidebarPlace(embedded: boolean): [SidebarPlace | null, () => void] {
  const [place, setPlace] = useState<SidebarPlace | null>(null);
  const ask = (side?: SidebarPlace['side']) =>
    void send({ type: 'sidebar-place', ...(side ? { side } : {}) })
      .then((reply) => {
        const parsed = SidebarPlace.safeParse(reply);
        // The same answer changes nothing (no re-render under the user's click).
        if (parsed.success) setPlace((now) => (now?.side === parsed.data.side && now.floating === parsed.data.floating ? now : parsed.data));
      })
      .catch(() => undefined);
  useEffect(() => {
    if (!embedded) return;
    ask();
    const later = window.setTimeout(() => ask(), PLACE_RECHECK_MS);
    const refresh = () => ask();
    window.addEventListener('resize', refresh);
    document.documentElement.addEventListener('mouseenter', refresh);
    return () => {
      clearTimeout(later);
      window.removeEventListener('resize', refresh);
      document.documentElement.removeEventListener('mouseenter', refresh);
    };
  }, [embedded]);
  return [place, () => ask(place?.side === 'left' ? 'right' : 'left')];
}

/**
 * The sidebar's title and toolbar (preparation page; on the page: move to the
 * other side, collapse, close), and the note that it floats. Its own
 * component: an answer about the sidebar's place re-renders only this, never
 * the lists under the user's pointer.
 */
function SidebarHeader({
  embedded,
  cycleLabel,
  person,
}: {
  embedded: boolean;
  cycleLabel: string | undefined;
  /** The person reviewed, when it is not my own review. */
  person: { id: string; name: string } | undefined;
}) {
  const [place, moveToOtherSide] = useSidebarPlace(embedded);
  return (
    <>
      {/* The title with the sidebar's own controls, then what it shows (whose, which review) and the preparation page: on two lines, each kept whole, in a sidebar 280 px wide. */}
      <header class="sidebar-header">
        <div class="sidebar-title">
          <h1>{t('extName')}</h1>
          {embedded && place && (
            <button
              type="button"
              class="move"
              aria-label={t(place.side === 'left' ? 'sidebarMoveRight' : 'sidebarMoveLeft')}
              title={t(place.side === 'left' ? 'sidebarMoveRight' : 'sidebarMoveLeft')}
              onClick={moveToOtherSide}
            >
              ⇄
            </button>
          )}
          {embedded && (
            <button
              type="button"
              class="collapse"
              aria-label={t('sidebarCollapse')}
              title={t('sidebarCollapse')}
              onClick={() => void send({ type: 'set-sidebar', open: 'collapse' })}
            >
              {place?.side === 'left' ? '⇤' : '⇥'}
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
        </div>
        <div class="sidebar-meta">
          {person && (
            <span class="tag person" data-testid="review-person">
              {t('sidebarReviewOf', person.name)}
            </span>
          )}
          {cycleLabel !== undefined && <span class="tag">{t('cycleLabel', cycleLabel)}</span>}
          <button type="button" class="link" onClick={() => openExtensionPage('/prep.html', person ? `?person=${encodeURIComponent(person.id)}` : '')}>
            {t('openPrep')}
          </button>
        </div>
      </header>
      {embedded && place?.floating && (
        <p class="floating-note" role="note" data-testid="sidebar-floating">
          {t('sidebarFloating')}
        </p>
      )}
    </>
  );
}

/** A short name for an item in a button's accessible label. */
const short = (text: string) => cutText(text, 60);

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
  /** Inserting needs a page: the one around the frame, or the panel's tab. */
  const canInsert = embedded || !!findTab;
  /** Sends a message about the review page; from the side panel it names the tab. Undefined: no page. */
  async function toPage(message: Extract<Message, { type: 'insert-text' | 'list-fields' }>): Promise<unknown> {
    if (embedded || !findTab) return send(message);
    const tabId = await findTab().catch(() => undefined);
    return tabId === undefined ? undefined : send({ ...message, tabId });
  }
  const [state, reload] = useReviewData(load, { initial });
  const [query, setQuery] = useState('');
  const [partFilter, setPartFilter] = useState<NotePart | ''>('');
  /** Where Insert puts text: '' = where the user's cursor was, else an index in `fields`. */
  const [target, setTarget] = useState('');
  const [fields, setFields] = useState<FieldList['fields']>([]);
  const refreshFields = () =>
    void toPage({ type: 'list-fields' })
      .then((reply) => setFields(reply === undefined ? [] : FieldList.parse(reply).fields))
      .catch(() => setFields([]));
  useEffect(() => {
    if (canInsert) refreshFields();
  }, [canInsert]);
  const [status, setStatus] = useState<Status>(null);
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

  async function insert(text: string, clickedAt: number) {
    try {
      const field = target === '' ? undefined : Number(target);
      if (guard) {
        const targetLabel = field === undefined ? t('insertTargetCursor') : fields[field]?.label || t('importColumnNumber', String(field + 1));
        const verdict = await guard.allow(clickedAt, { text, target: targetLabel });
        if (!verdict.ok) {
          setStatus({ kind: 'error', text: t(verdict.reason === 'hidden' ? 'insertRefusedHidden' : 'insertDeclined') });
          return;
        }
      }
      // A field picked from the list never had the user's caret: the text goes after what it holds.
      const mode = field === undefined ? 'caret' : 'append';
      const raw = await toPage({ type: 'insert-text', text, mode, ...(field !== undefined ? { field } : {}) });
      if (raw === undefined) {
        setStatus({ kind: 'error', text: t('panelNoPage') });
        return;
      }
      const reply = InsertResult.parse(raw);
      setStatus(
        reply.ok
          ? { kind: 'ok', text: t('insertDone') }
          : { kind: 'error', text: reply.reason === 'no-field' ? t('insertNoField') : reply.reason === 'no-page' && !embedded ? t('panelNoPage') : t('insertFailed') },
      );
    } catch {
      setStatus({ kind: 'error', text: t('insertFailed') });
    }
  }

  /** Writes go through the background (this page's storage may be blocked); the change comes back as `data-changed`. */
  async function write(message: Extract<Message, { type: 'pin' | 'question-asked' }>) {
    const saved = await send(message).catch(() => false);
    if (saved !== true) setStatus({ kind: 'error', text: t('sidebarSaveFailed') });
  }
  const togglePin = (id: string) => void write({ type: 'pin', id, pinned: !pinned.has(id) });
  // The moment of the click, for the guard: taken before anything else runs.
  const onInsert = canInsert ? (text: string) => void insert(text, performance.now()) : undefined;

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

function PinButton({ id, name, pinned, onPin }: { id: string; name: string; pinned: boolean; onPin: (id: string) => void }) {
  return (
    <button
      type="button"
      class="pin"
      aria-pressed={pinned}
      aria-label={t(pinned ? 'unpinNamed' : 'pinNamed', short(name))}
      title={t(pinned ? 'unpin' : 'pin')}
      onClick={() => onPin(id)}
    >
      {pinned ? '★' : '☆'}
    </button>
  );
}

interface ItemActions {
  pinned: ReadonlySet<string>;
  onPin: (id: string) => void;
  onInsert?: ((text: string) => void) | undefined;
  testId: string;
  /** Whose voice the drafted paragraphs speak in (the manager's on a person's review). */
  voice?: DraftVoice;
}

function GoalList({ goals, notes, pinned, onPin, onInsert, testId, voice = 'self' }: { goals: Goal[]; notes: Note[] } & ItemActions) {
  return (
    <ul class="cards" data-testid={testId}>
      {goals.map((goal) => (
        <li key={goal.id}>
          <div class="card-head">
            <h3>{goal.title}</h3>
            <PinButton id={goal.id} name={goal.title} pinned={pinned.has(goal.id)} onPin={onPin} />
          </div>
          <GoalFigures goal={goal} />
          <GoalNotes notes={notes.filter((note) => note.goalId === goal.id)} />
          {onInsert && (
            <button
              type="button"
              onClick={() => onInsert(draftResultsParagraph([goal], notes, contentLanguage(), voice))}
              aria-label={t('insertGoalSummary', goal.title)}
            >
              {t('insert')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The notes grouped by part of the review, in the review's order, newest
 * first in each; a part's notes go into the form as one drafted paragraph.
 * `page` is what is rendered, `matching` every note the search and filter
 * keep (the paragraph and the counts use them all).
 */
function NotesByPart({
  page,
  matching,
  goalTitles,
  pinned,
  onPin,
  onInsert,
  voice = 'self',
}: { page: Note[]; matching: Note[]; goalTitles: Map<string, string> } & Omit<ItemActions, 'testId'>) {
  const groups = NOTE_PARTS.map((part) => ({ part, notes: page.filter((note) => note.part === part) })).filter((group) => group.notes.length > 0);
  return (
    <div data-testid="notes">
      {groups.map(({ part, notes }) => {
        const ofPart = matching.filter((note) => note.part === part);
        return (
          <div key={part} class="note-group">
            <div class="card-head">
              <h3 id={`notes-${part}`}>
                {partLabel(part)} <span class="muted">({ofPart.length})</span>
              </h3>
              {onInsert && (
                <button
                  type="button"
                  class="link"
                  aria-label={t('insertPartParagraph', partLabel(part))}
                  onClick={() => onInsert(draftPartParagraph(part, ofPart, contentLanguage(), voice))}
                >
                  {t('insertParagraph')}
                </button>
              )}
            </div>
            <NoteList notes={notes} goalTitles={goalTitles} pinned={pinned} onPin={onPin} onInsert={onInsert} labelledBy={`notes-${part}`} />
          </div>
        );
      })}
    </div>
  );
}

function NoteList({
  notes,
  goalTitles,
  pinned,
  onPin,
  onInsert,
  testId,
  labelledBy,
}: { notes: Note[]; goalTitles: Map<string, string>; labelledBy?: string } & Omit<ItemActions, 'testId'> & { testId?: string }) {
  // In a part's group (labelled by its heading) the heading names the part.
  const grouped = labelledBy !== undefined;
  return (
    <ul class="cards" data-testid={testId} aria-labelledby={labelledBy}>
      {notes.map((note) => (
        <li key={note.id}>
          <div class="card-head">
            <span>
              {!grouped && <span class="tag">{partLabel(note.part)}</span>}
              {note.goalId && goalTitles.has(note.goalId) && (
                <span class="muted">
                  {grouped ? '' : ' · '}
                  {goalTitles.get(note.goalId)}
                </span>
              )}
            </span>
            <PinButton id={note.id} name={note.text} pinned={pinned.has(note.id)} onPin={onPin} />
          </div>
          <p class="note-text">{note.text}</p>
          {onInsert && (
            <button type="button" onClick={() => onInsert(note.text)} aria-label={t('insertNoteLabel', short(note.text))}>
              {t('insert')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What the user pinned, first: what they want at hand during the interview. */
function Pinned({
  goals,
  notes,
  allNotes,
  goalTitles,
  onUnpin,
  onInsert,
  voice,
}: {
  goals: Goal[];
  notes: Note[];
  allNotes: Note[];
  goalTitles: Map<string, string>;
  onUnpin: (id: string) => void;
  onInsert?: ((text: string) => void) | undefined;
  voice: DraftVoice;
}) {
  if (goals.length === 0 && notes.length === 0) return null;
  const all = new Set([...goals, ...notes].map((item) => item.id));
  return (
    <section aria-labelledby="pinned-heading" class="pinned">
      <h2 id="pinned-heading">{t('sidebarPinned')}</h2>
      {goals.length > 0 && <GoalList goals={goals} notes={allNotes} pinned={all} onPin={onUnpin} onInsert={onInsert} voice={voice} testId="pinned-goals" />}
      {notes.length > 0 && <NoteList notes={notes} goalTitles={goalTitles} pinned={all} onPin={onUnpin} onInsert={onInsert} testId="pinned-notes" />}
    </section>
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

/** Carried goals whose achievement moved most, shown in the overview. */
const CHANGES_SHOWN = 3;

/**
 * What to say first: results against objectives in one line, what the notes
 * hold, and what changed since the last review.
 */
function Overview({ data }: { data: ReviewData }) {
  const { goals, notes, notesTotal, previous } = data;
  if (goals.length === 0 && notesTotal === 0 && !previous?.goals.length) return null;
  const counted = goals.filter((goal) => goal.status !== 'dropped');
  const achieved = counted.filter((goal) => goal.status === 'achieved' || (achievementPercent(goal) ?? 0) >= 100).length;
  const percents = counted.map((goal) => (goal.kind === 'quantitative' ? achievementPercent(goal) : undefined)).filter((value): value is number => value !== undefined);
  const average = percents.length ? Math.round(percents.reduce((sum, value) => sum + value, 0) / percents.length) : undefined;
  const wins = notes.filter((note) => note.part === 'successes').length;
  const difficulties = notes.filter((note) => note.part === 'difficulties').length;
  const changes = previous?.goals.length ? goalChanges(goals, previous.goals) : undefined;
  const moved = (changes?.carried ?? [])
    .map(({ then, now }) => ({ title: now.title, then: achievementPercent(then), now: achievementPercent(now) }))
    .filter((row): row is { title: string; then: number; now: number } => row.then !== undefined && row.now !== undefined && row.then !== row.now)
    .sort((a, b) => Math.abs(b.now - b.then) - Math.abs(a.now - a.then))
    .slice(0, CHANGES_SHOWN);
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
      {changes && previous && (
        <div data-testid="changes">
          <p>
            {t('overviewSince', [
              previous.cycle.label,
              String(changes.carried.length),
              String(changes.added.length),
              String(changes.removed.length),
            ])}
          </p>
          {moved.length > 0 && (
            <ul class="goal-notes">
              {moved.map((row) => (
                <li key={row.title}>{t('overviewCarried', [row.title, String(Math.round(row.then)), String(Math.round(row.now))])}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
