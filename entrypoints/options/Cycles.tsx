import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { cycles, onDataChanged, setCurrentCycle, startCycle } from '@/utils/db';
import { t, tCount } from '@/utils/i18n';
import type { Cycle } from '@/utils/model';

/** Options › Review cycle: which review the page shows, and starting the next one. */
export function Cycles({ current }: { current: Cycle }) {
  const [all, setAll] = useState<Cycle[]>([]);
  const [label, setLabel] = useState('');
  const [move, setMove] = useState(true);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  /** The button is off while a cycle starts: a double click starts one. */
  const [starting, setStarting] = useState(false);
  const startingNow = useRef(false);

  const load = useCallback(async () => setAll(await cycles.listByPerson(current.personId)), [current.personId]);
  useEffect(() => {
    void load();
    return onDataChanged((stores) => stores.includes('cycles') && void load());
  }, [load]);

  async function start(event: Event) {
    event.preventDefault();
    const name = label.trim();
    if (startingNow.current) return;
    if (!name) {
      setStatus({ kind: 'error', text: t('cycleLabelRequired') });
      return;
    }
    startingNow.current = true;
    setStarting(true);
    try {
      const { moved } = await startCycle(name, move ? current.id : undefined, undefined, current.personId);
      setLabel('');
      setStatus({ kind: 'ok', text: tCount('cycleStarted', moved, [name, String(moved)]) });
    } catch {
      setStatus({ kind: 'error', text: t('cycleStartFailed') });
    } finally {
      startingNow.current = false;
      setStarting(false);
    }
  }

  return (
    <section aria-labelledby="cycles-heading">
      <h2 id="cycles-heading">{t('cyclesTitle')}</h2>
      <div class="row">
        <div class="field grow">
          <label for="cycle-current">{t('cycleCurrent')}</label>
          <select id="cycle-current" value={current.id} onChange={(event) => void setCurrentCycle(event.currentTarget.value)}>
            {all.map((cycle) => (
              <option key={cycle.id} value={cycle.id}>
                {t('cycleLabel', cycle.label)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details>
        <summary>{t('cycleStart')}</summary>
        <form onSubmit={(event) => void start(event)}>
          <div class="field">
            <label for="cycle-label">{t('cycleName')}</label>
            <input id="cycle-label" value={label} placeholder={String(new Date().getFullYear() + 1)} onInput={(event) => setLabel(event.currentTarget.value)} />
          </div>
          <label class="check">
            <input type="checkbox" checked={move} onChange={(event) => setMove(event.currentTarget.checked)} />
            {t('cycleMoveUnfinished', current.label)}
          </label>
          <button type="submit" class="primary" disabled={starting}>
            {t('cycleStartButton')}
          </button>
        </form>
      </details>
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
    </section>
  );
}
