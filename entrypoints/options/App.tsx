import { useCallback, useState } from 'preact/hooks';
import { GoalFigures } from '@/components/GoalFigures';
import { ShowMore } from '@/components/ShowMore';
import { openExtensionPage } from '@/components/openPage';
import { saveErrorText } from '@/components/saveError';
import { usePeople } from '@/components/usePeople';
import { useReviewData } from '@/components/useReviewData';
import { goals, loadReviewData } from '@/utils/db';
import { t } from '@/utils/i18n';
import { ME, type Goal } from '@/utils/model';
import { GoalForm } from './GoalForm';
import { Cycles } from './Cycles';
import { DataSection } from './DataSection';
import { Reminders } from './Reminders';
import { SidebarSettings } from './SidebarSettings';
import { ImportGoals } from './ImportGoals';
import { Language } from './Language';
import { People, PersonSwitcher } from './People';
import { Sites } from './Sites';

/** Goals rendered at first: an import of thousands must not freeze the page. */
const GOALS_PAGE = 50;

type Editing = { mode: 'new' } | { mode: 'edit'; goal: Goal } | null;

/** Options: last year's goals (by hand or imported), and the sites the launcher runs on. */
export function App() {
  const loaded = usePeople();
  const team = loaded ?? [];
  /** Whose review the goals, import and cycles below are about: mine, or a person's (People). */
  const [chosen, setPersonId] = useState<string>(ME);
  // A person deleted elsewhere: back to me.
  const personId = loaded && chosen !== ME && !loaded.some((person) => person.id === chosen) ? ME : chosen;
  const load = useCallback(() => loadReviewData(undefined, { personId }), [personId]);
  const [state] = useReviewData(load);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleted, setDeleted] = useState<Goal | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [goalsShown, setGoalsShown] = useState(GOALS_PAGE);
  const data = state.status === 'ready' ? state.data : undefined;

  async function remove(goal: Goal) {
    try {
      await goals.delete(goal.id);
      setDeleted(goal);
      setStatus({ kind: 'ok', text: t('goalDeleted', goal.title) });
    } catch {
      setStatus({ kind: 'error', text: t('goalDeleteFailed') });
    }
  }

  async function undoDelete() {
    if (!deleted) return;
    try {
      await goals.put(deleted);
      setStatus({ kind: 'ok', text: t('goalRestored', deleted.title) });
      setDeleted(null);
    } catch (error) {
      setStatus({ kind: 'error', text: saveErrorText(error, 'diskFullNotSaved', 'goalSaveFailed') });
    }
  }

  return (
    <main class="options">
      <div class="row">
        <h1 class="grow">{t('optionsTitle')}</h1>
        <button type="button" class="link" onClick={() => openExtensionPage('/prep.html')}>
          {t('openPrep')}
        </button>
      </div>
      <Language />
      <PersonSwitcher people={team} selected={personId} onSelect={setPersonId} />
      {data && <Cycles current={data.cycle} />}
      <section aria-labelledby="goals-heading">
        <div class="row">
          <h2 id="goals-heading" class="grow">
            {data ? t('goalsOfCycle', data.cycle.label) : t('sidebarGoals')}
          </h2>
          <button type="button" class="primary" disabled={!data} onClick={() => setEditing({ mode: 'new' })}>
            {t('goalAdd')}
          </button>
        </div>
        <div class="row">
          <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
            {status?.text}
          </p>
          {deleted && (
            <button type="button" onClick={() => void undoDelete()}>
              {t('undo')}
            </button>
          )}
        </div>
        {data && editing && (
          <GoalForm
            cycleId={data.cycle.id}
            goal={editing.mode === 'edit' ? editing.goal : undefined}
            onDone={(saved) => {
              setEditing(null);
              if (saved) setStatus({ kind: 'ok', text: t('goalSaved', saved.title) });
            }}
          />
        )}
        {state.status === 'error' && <p class="status error">{t('loadFailed')}</p>}
        {data && data.goals.length === 0 && !editing && <p class="empty">{t('optionsNoGoals')}</p>}
        <ul class="cards" data-testid="goal-list">
          {data?.goals.slice(0, goalsShown).map((goal) => (
            <li key={goal.id}>
              <h3>{goal.title}</h3>
              {goal.description && <p class="note-text">{goal.description}</p>}
              <GoalFigures goal={goal} />
              <div class="row">
                <button type="button" aria-label={t('goalEditNamed', goal.title)} onClick={() => setEditing({ mode: 'edit', goal })}>
                  {t('edit')}
                </button>
                <button type="button" aria-label={t('goalDeleteNamed', goal.title)} onClick={() => void remove(goal)}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        {data && <ShowMore remaining={data.goals.length - goalsShown} onClick={() => setGoalsShown(goalsShown * 4)} />}
      </section>
      {data && <ImportGoals cycleId={data.cycle.id} />}
      <People people={team} selected={personId} onSelect={setPersonId} />
      <SidebarSettings />
      <Reminders />
      <Sites />
      {data && <DataSection cycle={data.cycle} />}
    </main>
  );
}
