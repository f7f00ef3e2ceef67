import { useEffect, useState } from 'preact/hooks';
import { onDataChanged } from '@/utils/db';
import { addSampleData, hasSampleData, removeSampleData } from '@/utils/db/sample';
import { contentLanguage, t } from '@/utils/i18n';
import { startPracticeLauncher } from './launcher';

const GOAL_FIELDS = [1, 2, 3] as const;

/**
 * The practice review form: looks like a self-evaluation in an HR portal
 * (goal comments, a rich-text comment, an overall comment), with the real
 * sidebar beside it. Sample data can be put in and taken out in one click.
 */
export function App() {
  const [sample, setSample] = useState<boolean | undefined>(undefined);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const launcher = startPracticeLauncher();
    const read = () => void hasSampleData().then(setSample, () => setSample(false));
    read();
    const stop = onDataChanged(read);
    return () => {
      stop();
      launcher.stop();
    };
  }, []);

  async function toggleSample() {
    setBusy(true);
    try {
      if (sample) {
        await removeSampleData();
        setStatus({ kind: 'ok', text: t('practiceSampleRemoved') });
      } else {
        await addSampleData(contentLanguage());
        setStatus({ kind: 'ok', text: t('practiceSampleAdded') });
      }
      setSample(await hasSampleData());
    } catch {
      setStatus({ kind: 'error', text: t('practiceSampleFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="practice">
      <aside class="practice-banner" aria-labelledby="practice-heading">
        <h1 id="practice-heading">{t('practiceTitle')}</h1>
        <p>{t('practiceIntro')}</p>
        <p class="muted">{t('practiceHowTo')}</p>
        <div class="row">
          <button type="button" class="primary" disabled={busy || sample === undefined} onClick={() => void toggleSample()} data-testid="sample-toggle">
            {sample ? t('practiceSampleRemove') : t('practiceSampleAdd')}
          </button>
          <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
            {status?.text}
          </p>
        </div>
        <p class="muted">{t('practiceSampleHint')}</p>
      </aside>
      <form class="practice-form" aria-labelledby="form-heading" onSubmit={(event) => {
        event.preventDefault();
        setStatus({ kind: 'ok', text: t('practiceSubmitted') });
      }}>
        <h2 id="form-heading">{t('practiceFormTitle')}</h2>
        <fieldset>
          <legend>{t('practiceGoalsHeading')}</legend>
          {GOAL_FIELDS.map((n) => (
            <div class="field" key={n}>
              <label for={`goal-comment-${n}`}>{t('practiceGoalComment', String(n))}</label>
              <textarea id={`goal-comment-${n}`} name={`goal-comment-${n}`} rows={3} />
            </div>
          ))}
        </fieldset>
        <div class="field">
          <span id="rich-comment-label" class="label">{t('practiceRichComment')}</span>
          <div class="toolbar" aria-hidden="true">
            <b>B</b> <i>I</i> <u>U</u>
          </div>
          {/* The rich-text editor: its content belongs to the user (never re-rendered by Preact). */}
          <div id="rich-comment" class="rich" contentEditable role="textbox" aria-multiline="true" aria-labelledby="rich-comment-label" />
        </div>
        <div class="field">
          <label for="overall-comment">{t('practiceOverall')}</label>
          <textarea id="overall-comment" name="overall-comment" rows={4} />
        </div>
        <button type="submit">{t('practiceSubmit')}</button>
      </form>
    </main>
  );
}
