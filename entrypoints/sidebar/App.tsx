import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GoalFigures } from '@/components/GoalFigures';
import { partLabel } from '@/components/labels';
import { useReviewData } from '@/components/useReviewData';
import { t } from '@/utils/i18n';
import { InsertResult, ReviewDataReply, type Message } from '@/utils/messaging';
import type { Goal, Note } from '@/utils/model';
import { normalizeText } from '@/utils/dom';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function matches(query: string, ...texts: (string | undefined)[]): boolean {
  return !query || texts.some((text) => text && normalizeText(text).includes(query));
}

async function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Data comes from the background: storage of an iframe on a web page may be blocked. */
async function requestReviewData(): Promise<ReviewDataReply> {
  return ReviewDataReply.parse(await send({ type: 'get-review-data' }));
}

/**
 * The sidebar: last year's goals and this year's notes, with "Insert" into
 * the review form. Runs as an extension page, in an iframe on the HR page
 * (`embedded`) or on its own.
 */
export function App({ embedded }: { embedded: boolean }) {
  const [state] = useReviewData(requestReviewData);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const normalizedQuery = normalizeText(query);

  const data = state.status === 'ready' ? state.data : undefined;
  const goalTitles = useMemo(() => new Map(data?.goals.map((goal) => [goal.id, goal.title])), [data]);
  const shownGoals = data?.goals.filter((goal) => matches(normalizedQuery, goal.title, goal.description)) ?? [];
  const shownNotes =
    data?.notes.filter((note) => matches(normalizedQuery, note.text, goalTitles.get(note.goalId ?? ''))) ?? [];

  async function insert(note: Note) {
    try {
      const reply = InsertResult.parse(await send({ type: 'insert-text', text: note.text, mode: 'caret' }));
      setStatus(
        reply.ok
          ? { kind: 'ok', text: t('insertDone') }
          : { kind: 'error', text: reply.reason === 'no-field' ? t('insertNoField') : t('insertFailed') },
      );
    } catch {
      setStatus({ kind: 'error', text: t('insertFailed') });
    }
  }

  return (
    <div class="sidebar">
      <header class="sidebar-header">
        <h1>{t('extName')}</h1>
        {data && <span class="tag">{t('cycleLabel', data.cycle.label)}</span>}
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
              <GoalList goals={shownGoals} />
            )}
          </section>
          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">
              {t('sidebarNotes')} <span class="muted">({shownNotes.length})</span>
            </h2>
            {data.notes.length === 0 ? (
              <p class="empty">{t('sidebarNoNotes')}</p>
            ) : (
              <ul class="cards" data-testid="notes">
                {shownNotes.map((note) => (
                  <li key={note.id}>
                    <span class="tag">{partLabel(note.part)}</span>
                    {note.goalId && goalTitles.has(note.goalId) && (
                      <span class="muted"> · {goalTitles.get(note.goalId)}</span>
                    )}
                    <p class="note-text">{note.text}</p>
                    {embedded && (
                      <button type="button" onClick={() => void insert(note)} aria-label={t('insertNoteLabel', note.text.slice(0, 60))}>
                        {t('insert')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function GoalList({ goals }: { goals: Goal[] }) {
  return (
    <ul class="cards" data-testid="goals">
      {goals.map((goal) => (
        <li key={goal.id}>
          <h3>{goal.title}</h3>
          <GoalFigures goal={goal} />
        </li>
      ))}
    </ul>
  );
}
