import { useEffect, useState } from 'preact/hooks';
import { loadReviewData, onDataChanged, people } from '@/utils/db';
import { contentLanguage, t } from '@/utils/i18n';
import { buildPrepDocument, toMarkdown, type PrepDocument } from '@/utils/prep';
import { ME, type Cycle, type Goal, type Note, type Question } from '@/utils/model';
import { QuestionsManager } from './Questions';
import { download } from '@/components/download';
import { PrepDocumentView } from './Document';
import { History } from './History';
import { OutcomeForm } from './Outcome';

interface PrepState {
  cycle: Cycle;
  doc: PrepDocument;
  goals: Goal[];
  notes: Note[];
  questions: Question[];
}

/** Whose preparation the page shows: `?person=<id>`, else mine. */
export function personFromLocation(search = location.search): string {
  return new URLSearchParams(search).get('person') || ME;
}

async function loadDocument(personId: string): Promise<PrepState> {
  const person = personId === ME ? undefined : await people.get(personId);
  if (personId !== ME && !person) throw new Error('No such person');
  // All the cycle's notes, the questions and the cycle before this one, in one read.
  const { cycle, goals: goalList, notes: noteList, questions: questionList, previous } = await loadReviewData(undefined, { personId });
  // The document lists the user's own questions (kept suggestions included), not the hidden ones.
  const own = questionList.filter((question) => question.origin === 'custom');
  const doc = buildPrepDocument({ cycle, goals: goalList, notes: noteList, questions: own, ...(previous ? { previous } : {}) }, contentLanguage());
  // A person's document says whose it is.
  if (person) doc.title = `${person.name} · ${doc.title}`;
  return { cycle, doc, goals: goalList, notes: noteList, questions: questionList };
}

/** The preparation page: the document the seed describes (print, Markdown), the interview's outcome, the history. */
export function App() {
  const [state, setState] = useState<PrepState | null>(null);
  const [status, setStatus] = useState('');
  const personId = personFromLocation();

  useEffect(() => {
    const load = () => void loadDocument(personId).then(setState).catch(() => setStatus(t('loadFailed')));
    load();
    return onDataChanged(load);
  }, []);

  if (!state) return <p class="empty">{status || t('loading')}</p>;
  const markdown = () => toMarkdown(state.doc);
  const fileName = `${state.doc.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.md`;

  return (
    <main class="prep">
      <nav class="toolbar no-print" aria-label={t('prepTitle')}>
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('prepPrint')}
        </button>
        <button
          type="button"
          onClick={() => download(fileName, markdown(), 'text/markdown;charset=utf-8')}
        >
          {t('prepDownload')}
        </button>
        <button
          type="button"
          onClick={() =>
            navigator.clipboard.writeText(markdown()).then(
              () => setStatus(t('prepCopied')),
              () => setStatus(t('prepCopyFailed')),
            )
          }
        >
          {t('prepCopy')}
        </button>
        <span role="status" aria-live="polite" class="status">
          {status}
        </span>
      </nav>
      <PrepDocumentView doc={state.doc} />
      <QuestionsManager goals={state.goals} notes={state.notes} questions={state.questions} personId={personId} />
      <OutcomeForm cycle={state.cycle} />
      <History personId={personId} />
    </main>
  );
}
