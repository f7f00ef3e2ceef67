import { useEffect, useRef, useState } from 'preact/hooks';
import { notes, outcomes, questions, questionsOf, startCycle } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Cycle, Outcome as OutcomeRecord } from '@/utils/model';
import { changedFields } from '@/utils/patch';
import { saveErrorText } from '@/components/saveError';
import { cutText } from '@/utils/text';

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** The outcome's fields this form edits; `agreedGoalIds` belongs to starting the next cycle. */
const EDITABLE = [
  'heldOn', 'reportReceived', 'report', 'managerFeedback', 'rating', 'trainingAgreed', 'rewardAgreed', 'agreedObjectives', 'answers',
] as const satisfies readonly (keyof OutcomeRecord)[];
type Fields = Partial<Pick<OutcomeRecord, (typeof EDITABLE)[number]>>;

function editableFields(outcome: OutcomeRecord | undefined): Fields {
  const fields: Fields = {};
  for (const key of EDITABLE) if (outcome?.[key] !== undefined) Object.assign(fields, { [key]: outcome[key] });
  return fields;
}

/** After the interview: what happened, what was agreed; then the next cycle starts from it. */
export function OutcomeForm({ cycle }: { cycle: Cycle }) {
  /**
   * The fields as the form last read or wrote them: a save writes only what
   * the user changed since, so changes made meanwhile elsewhere (the next
   * cycle's goal ids, another window) are not overwritten with what this form
   * read earlier.
   */
  const baseline = useRef<Fields>({});
  const [form, setForm] = useState({
    heldOn: '',
    reportReceived: false,
    report: '',
    managerFeedback: '',
    rating: '',
    trainingAgreed: '',
    rewardAgreed: '',
    agreedObjectives: '',
  });
  /** The questions prepared for the manager (question notes, own questions), with whether asked and the answer. */
  const [answers, setAnswers] = useState<{ question: string; asked: boolean; answer: string }[]>([]);
  const [nextLabel, setNextLabel] = useState('');
  const [moveUnfinished, setMoveUnfinished] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  /** Starting the next cycle: the button is off until it is done (a double click starts it once). */
  const [starting, setStarting] = useState(false);
  const startingNow = useRef(false);

  useEffect(() => {
    // The questions of this cycle's person only (mine for my manager, or those for the person I review).
    void Promise.all([outcomes.get(cycle.id), notes.listByCycle(cycle.id), questions.all().then((all) => questionsOf(all, cycle.personId))]).then(([outcome, noteList, questionList]) => {
      const prepared = [
        ...noteList.filter((note) => note.part === 'question').reverse().map((note) => note.text),
        ...questionList.filter((question) => question.origin === 'custom').map((question) => question.text),
      ];
      const saved = outcome?.answers ?? [];
      // Ticked as asked in the sidebar during the interview.
      const askedInSidebar = new Set(questionList.filter((question) => question.asked).map((question) => question.text));
      const texts = [...new Set([...saved.map((entry) => entry.question), ...prepared])];
      setAnswers(
        texts.map((question) => {
          const entry = saved.find((candidate) => candidate.question === question);
          return { question, asked: entry?.asked || askedInSidebar.has(question), answer: entry?.answer ?? '' };
        }),
      );
      baseline.current = editableFields(outcome);
      if (!outcome) return;
      setForm({
        heldOn: outcome.heldOn ?? '',
        reportReceived: outcome.reportReceived ?? false,
        report: outcome.report ?? '',
        managerFeedback: outcome.managerFeedback ?? '',
        rating: outcome.rating ?? '',
        trainingAgreed: outcome.trainingAgreed ?? '',
        rewardAgreed: outcome.rewardAgreed ?? '',
        agreedObjectives: (outcome.agreedObjectives ?? []).join('\n'),
      });
    });
  }, [cycle.id]);

  const text = (key: keyof typeof form) => (form[key] as string).trim();

  async function save(event: Event) {
    event.preventDefault();
    const objectives = form.agreedObjectives.split('\n').map((line) => line.trim()).filter(Boolean);
    const fields: Fields = {
      reportReceived: form.reportReceived,
      ...(form.heldOn ? { heldOn: form.heldOn } : {}),
      ...(text('report') ? { report: text('report') } : {}),
      ...(text('managerFeedback') ? { managerFeedback: text('managerFeedback') } : {}),
      ...(text('rating') ? { rating: text('rating') } : {}),
      ...(text('trainingAgreed') ? { trainingAgreed: text('trainingAgreed') } : {}),
      ...(text('rewardAgreed') ? { rewardAgreed: text('rewardAgreed') } : {}),
      ...(objectives.length ? { agreedObjectives: objectives } : {}),
      ...(answers.length
        ? { answers: answers.map(({ question, asked, answer }) => ({ question, asked, ...(answer.trim() ? { answer: answer.trim() } : {}) })) }
        : {}),
    };
    const now = Date.now();
    try {
      await outcomes.update(cycle.id, changedFields(baseline.current, fields, EDITABLE), {
        cycleId: cycle.id,
        agreedGoalIds: [],
        createdAt: now,
        updatedAt: now,
      });
      baseline.current = fields;
      setStatus({ kind: 'ok', text: t('outcomeSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: saveErrorText(error, 'outcomeDiskFull', 'outcomeSaveFailed') });
    }
  }

  async function startNext(event: Event) {
    event.preventDefault();
    if (startingNow.current) return;
    if (!nextLabel.trim()) {
      setStatus({ kind: 'error', text: t('cycleLabelRequired') });
      return;
    }
    startingNow.current = true;
    setStarting(true);
    try {
      const { cycle: next, agreed, moved, created } = await startCycle(nextLabel, moveUnfinished ? cycle.id : undefined, cycle.id);
      setStatus({
        kind: 'ok',
        text: created ? t('nextCycleStarted', [next.label, String(agreed), String(moved)]) : t('nextCycleAlreadyStarted', next.label),
      });
      setNextLabel('');
    } catch {
      setStatus({ kind: 'error', text: t('cycleStartFailed') });
    } finally {
      startingNow.current = false;
      setStarting(false);
    }
  }

  const field = (key: 'report' | 'managerFeedback' | 'trainingAgreed' | 'rewardAgreed' | 'agreedObjectives', label: string, hint?: string) => (
    <div class="field">
      <label for={`outcome-${key}`}>{label}</label>
      <textarea id={`outcome-${key}`} value={form[key]} onInput={(event) => setForm({ ...form, [key]: event.currentTarget.value })} />
      {hint && <p class="muted hint">{hint}</p>}
    </div>
  );

  return (
    <section aria-labelledby="outcome-heading" class="outcome no-print">
      <h2 id="outcome-heading">{t('outcomeTitle', cycle.label)}</h2>
      <p class="muted">{t('outcomeIntro')}</p>
      <form onSubmit={(event) => void save(event)}>
        <div class="row">
          <div class="field">
            <label for="outcome-held">{t('outcomeHeldOn')}</label>
            <input id="outcome-held" type="date" value={form.heldOn} onInput={(event) => setForm({ ...form, heldOn: event.currentTarget.value })} />
          </div>
          <div class="field grow">
            <label for="outcome-rating">{t('outcomeRating')}</label>
            <input id="outcome-rating" value={form.rating} onInput={(event) => setForm({ ...form, rating: event.currentTarget.value })} />
          </div>
        </div>
        <label class="check">
          <input type="checkbox" checked={form.reportReceived} onChange={(event) => setForm({ ...form, reportReceived: event.currentTarget.checked })} />
          {t('outcomeReportReceived')}
        </label>
        {field('report', t('outcomeReport'))}
        {field('managerFeedback', t('outcomeFeedback'))}
        {field('trainingAgreed', t('outcomeTraining'))}
        {field('rewardAgreed', t('outcomeReward'))}
        {field('agreedObjectives', t('outcomeObjectives'), t('outcomeObjectivesHint'))}
        <fieldset class="answers">
          <legend>{t('outcomeAnswers')}</legend>
          {answers.length === 0 && <p class="empty">{t('outcomeNoQuestions')}</p>}
          {answers.map((entry, index) => {
            const update = (patch: Partial<typeof entry>) => setAnswers(answers.map((item, at) => (at === index ? { ...item, ...patch } : item)));
            return (
              <div class="answer" key={entry.question}>
                <label class="check">
                  <input type="checkbox" checked={entry.asked} onChange={(event) => update({ asked: event.currentTarget.checked })} />
                  {entry.question}
                </label>
                <textarea
                  aria-label={t('outcomeAnswerLabel', cutText(entry.question, 80))}
                  placeholder={t('outcomeAnswerPlaceholder')}
                  value={entry.answer}
                  onInput={(event) => update({ answer: event.currentTarget.value, asked: true })}
                />
              </div>
            );
          })}
        </fieldset>
        <button type="submit" class="primary">
          {t('save')}
        </button>
      </form>
      <form class="next-cycle" onSubmit={(event) => void startNext(event)}>
        <h3>{t('nextCycleTitle')}</h3>
        <div class="field">
          <label for="next-label">{t('cycleName')}</label>
          <input id="next-label" value={nextLabel} placeholder={String(new Date().getFullYear() + 1)} onInput={(event) => setNextLabel(event.currentTarget.value)} />
        </div>
        <label class="check">
          <input type="checkbox" checked={moveUnfinished} onChange={(event) => setMoveUnfinished(event.currentTarget.checked)} />
          {t('cycleMoveUnfinished', cycle.label)}
        </label>
        <button type="submit" disabled={starting}>
          {t('nextCycleButton')}
        </button>
      </form>
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
    </section>
  );
}
