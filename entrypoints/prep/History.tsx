import { useEffect, useState } from 'preact/hooks';
import { statusLabel } from '@/components/labels';
import { cycles, goals, onDataChanged, outcomes } from '@/utils/db';
import { formatDate, t } from '@/utils/i18n';
import { ME, type Cycle, type Goal, type Outcome } from '@/utils/model';

interface Entry {
  cycle: Cycle;
  goals: Goal[];
  outcome?: Outcome;
}

/** Every review cycle, newest first: its goals and what came out of the interview. */
export function History({ personId = ME }: { personId?: string }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    const load = async () => {
      const all = await cycles.listByPerson(personId);
      setEntries(await Promise.all(all.map(async (cycle) => ({ cycle, goals: await goals.listByCycle(cycle.id), outcome: await outcomes.get(cycle.id) }))));
    };
    void load();
    return onDataChanged(() => void load());
  }, [personId]);

  return (
    <section aria-labelledby="history-heading" class="history no-print">
      <h2 id="history-heading">{t('historyTitle')}</h2>
      <ul class="cards" data-testid="history">
        {entries.map(({ cycle, goals: list, outcome }) => (
          <li key={cycle.id}>
            <h3>
              {t('cycleLabel', cycle.label)} <span class="tag">{t(cycle.status === 'done' ? 'cycleDone' : 'cyclePreparing')}</span>
            </h3>
            {outcome?.heldOn && <p class="muted">{t('historyHeldOn', formatDate(outcome.heldOn))}</p>}
            {list.length === 0 ? (
              <p class="empty">{t('historyNoGoals')}</p>
            ) : (
              <ul>
                {list.map((goal) => (
                  <li key={goal.id}>
                    {goal.title} <span class="muted">({statusLabel(goal.status)})</span>
                  </li>
                ))}
              </ul>
            )}
            {outcome && (
              <dl>
                {outcome.rating && (
                  <>
                    <dt>{t('outcomeRating')}</dt>
                    <dd>{outcome.rating}</dd>
                  </>
                )}
                {outcome.managerFeedback && (
                  <>
                    <dt>{t('outcomeFeedback')}</dt>
                    <dd class="note-text">{outcome.managerFeedback}</dd>
                  </>
                )}
                {outcome.answers
                  ?.filter((entry) => entry.answer)
                  .map((entry) => (
                    <>
                      <dt>{entry.question}</dt>
                      <dd class="note-text">{entry.answer}</dd>
                    </>
                  ))}
                {outcome.agreedObjectives?.length ? (
                  <>
                    <dt>{t('outcomeObjectives')}</dt>
                    <dd>{outcome.agreedObjectives.join(' · ')}</dd>
                  </>
                ) : null}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
