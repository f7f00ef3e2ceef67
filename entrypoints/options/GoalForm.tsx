import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { statusLabel } from '@/components/labels';
import { saveErrorText } from '@/components/saveError';
import { addGoal, goals } from '@/utils/db';
import { t } from '@/utils/i18n';
import { parseTypedNumber } from '@/utils/numbers';
import { changedFields as changedFieldsOf } from '@/utils/patch';
import { GOAL_STATUSES, type Direction, type Goal, type GoalKind, type GoalStatus, type KeyResult } from '@/utils/model';

interface Props {
  cycleId: string;
  goal?: Goal;
  onDone(saved: Goal | null): void;
}

type NumberField = 'baseline' | 'target' | 'actual' | 'weight';
const NUMBER_FIELDS: NumberField[] = ['baseline', 'target', 'actual', 'weight'];
const NUMBER_LABELS = {
  baseline: 'goalBaseline',
  target: 'goalTarget',
  actual: 'goalActual',
  weight: 'goalWeight',
} as const;

/** The form's fields whose value differs from the stored goal; a field the form emptied is `undefined` (removed). */
const EDITABLE = [
  'title', 'description', 'selfAssessment', 'kind', 'status', 'dueDate', 'unit', 'direction', 'baseline', 'target', 'actual', 'weight', 'keyResults',
] as const;
export function changedFields(goal: Goal, fields: Partial<Goal>): Partial<Goal> {
  return changedFieldsOf(goal, fields, EDITABLE);
}

/** Add or edit one goal by hand. */
export function GoalForm({ cycleId, goal, onDone }: Props) {
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const [kind, setKind] = useState<GoalKind>(goal?.kind ?? 'quantitative');
  const [unit, setUnit] = useState(goal?.unit ?? '');
  const [direction, setDirection] = useState<Direction>(goal?.direction ?? 'increase');
  const [status, setStatus] = useState<GoalStatus>(goal?.status ?? 'not_started');
  const [dueDate, setDueDate] = useState(goal?.dueDate ?? '');
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({
    baseline: goal?.baseline?.toString() ?? '',
    target: goal?.target?.toString() ?? '',
    actual: goal?.actual?.toString() ?? '',
    weight: goal?.weight?.toString() ?? '',
  });
  const [evidence, setEvidence] = useState(goal?.selfAssessment ?? '');
  const [keyResults, setKeyResults] = useState<{ title: string; target: string; actual: string; unit: string }[]>(
    (goal?.keyResults ?? []).map((kr) => ({
      title: kr.title,
      target: kr.target?.toString() ?? '',
      actual: kr.actual?.toString() ?? '',
      unit: kr.unit ?? '',
    })),
  );
  const [error, setError] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  // The form appears after a click (`autofocus` only works on page load). A
  // layout effect moves the focus in the same task as that click, never after
  // the user has gone on to another field.
  useLayoutEffect(() => titleRef.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('goalTitleRequired'));
      return;
    }
    const figures: Partial<Record<NumberField, number>> = {};
    for (const field of NUMBER_FIELDS) {
      const value = parseTypedNumber(numbers[field]);
      if (value === 'invalid') {
        setError(t('goalNumberInvalid', t(NUMBER_LABELS[field])));
        return;
      }
      if (value !== undefined) figures[field] = value;
    }
    if (figures.weight !== undefined && (figures.weight < 0 || figures.weight > 100)) {
      setError(t('goalWeightRange'));
      return;
    }
    const results: KeyResult[] = [];
    for (const [index, kr] of keyResults.entries()) {
      if (!kr.title.trim() && !kr.target.trim() && !kr.actual.trim()) continue;
      if (!kr.title.trim()) {
        setError(t('keyResultNeedsTitle'));
        return;
      }
      const target = parseTypedNumber(kr.target);
      const actual = parseTypedNumber(kr.actual);
      if (target === 'invalid' || actual === 'invalid') {
        setError(t('goalNumberInvalid', t(target === 'invalid' ? 'keyResultTarget' : 'keyResultActual', String(index + 1))));
        return;
      }
      results.push({
        title: kr.title.trim(),
        ...(target !== undefined ? { target } : {}),
        ...(actual !== undefined ? { actual } : {}),
        ...(kr.unit.trim() ? { unit: kr.unit.trim() } : {}),
      });
    }
    const fields = {
      title: title.trim(),
      kind,
      status,
      ...(description.trim() ? { description: description.trim() } : {}),
      ...(evidence.trim() ? { selfAssessment: evidence.trim() } : {}),
      keyResults: results,
      ...(dueDate ? { dueDate } : {}),
      ...(kind === 'quantitative'
        ? { ...figures, direction, ...(unit.trim() ? { unit: unit.trim() } : {}) }
        : figures.weight !== undefined
          ? { weight: figures.weight }
          : {}),
    };
    try {
      // Only what this form changed is written: an edit made meanwhile elsewhere
      // (the import, another window) to other fields is kept.
      const saved = goal ? await goals.update(goal.id, changedFields(goal, fields)) : await addGoal(cycleId, fields);
      if (!saved) {
        setError(t('goalGone'));
        return;
      }
      onDone(saved);
    } catch (error) {
      // The form stays open with what the user typed.
      setError(saveErrorText(error, 'goalDiskFull', 'goalSaveFailed'));
    }
  }

  return (
    <form class="goal-form" onSubmit={(event) => void submit(event)} aria-labelledby="goal-form-heading">
      <h3 id="goal-form-heading">{goal ? t('goalEdit') : t('goalAdd')}</h3>
      <div class="field">
        <label for="goal-title">{t('goalTitle')}</label>
        <input id="goal-title" ref={titleRef} value={title} required onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="goal-description">{t('goalDescription')}</label>
        <textarea id="goal-description" value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      </div>
      <div class="row">
        <div class="field grow">
          <label for="goal-kind">{t('goalKind')}</label>
          <select id="goal-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as GoalKind)}>
            <option value="quantitative">{t('goalKindQuantitative')}</option>
            <option value="qualitative">{t('goalKindQualitative')}</option>
          </select>
        </div>
        <div class="field grow">
          <label for="goal-status">{t('goalStatus')}</label>
          <select id="goal-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as GoalStatus)}>
            {GOAL_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <div class="field grow">
          <label for="goal-due">{t('goalDueDate')}</label>
          <input id="goal-due" type="date" value={dueDate} onInput={(e) => setDueDate(e.currentTarget.value)} />
        </div>
      </div>
      {kind === 'quantitative' && (
        <div class="row">
          <div class="field grow">
            <label for="goal-unit">{t('goalUnit')}</label>
            <input id="goal-unit" value={unit} onInput={(e) => setUnit(e.currentTarget.value)} />
          </div>
          <div class="field grow">
            <label for="goal-direction">{t('goalDirection')}</label>
            <select id="goal-direction" value={direction} onChange={(e) => setDirection(e.currentTarget.value as Direction)}>
              <option value="increase">{t('goalDirectionIncrease')}</option>
              <option value="decrease">{t('goalDirectionDecrease')}</option>
            </select>
          </div>
        </div>
      )}
      <div class="row">
        {NUMBER_FIELDS.filter((field) => kind === 'quantitative' || field === 'weight').map((field) => (
          <div class="field grow" key={field}>
            <label for={`goal-${field}`}>{t(NUMBER_LABELS[field])}</label>
            <input
              id={`goal-${field}`}
              inputMode="decimal"
              value={numbers[field]}
              onInput={(e) => setNumbers({ ...numbers, [field]: e.currentTarget.value })}
            />
          </div>
        ))}
      </div>
      <div class="field">
        <label for="goal-evidence">{t('goalEvidence')}</label>
        <textarea id="goal-evidence" value={evidence} onInput={(e) => setEvidence(e.currentTarget.value)} />
      </div>
      <fieldset class="key-results">
        <legend>{t('goalKeyResults')}</legend>
        {keyResults.map((kr, index) => {
          const update = (patch: Partial<typeof kr>) =>
            setKeyResults(keyResults.map((item, at) => (at === index ? { ...item, ...patch } : item)));
          const n = String(index + 1);
          return (
            <div class="row" key={index}>
              <input class="grow" aria-label={t('keyResultTitle', n)} placeholder={t('keyResultTitle', n)} value={kr.title} onInput={(e) => update({ title: e.currentTarget.value })} />
              <input aria-label={t('keyResultTarget', n)} placeholder={t('goalTarget')} inputMode="decimal" value={kr.target} onInput={(e) => update({ target: e.currentTarget.value })} />
              <input aria-label={t('keyResultActual', n)} placeholder={t('goalActual')} inputMode="decimal" value={kr.actual} onInput={(e) => update({ actual: e.currentTarget.value })} />
              <button type="button" aria-label={t('keyResultRemove', n)} onClick={() => setKeyResults(keyResults.filter((_, at) => at !== index))}>
                ×
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => setKeyResults([...keyResults, { title: '', target: '', actual: '', unit: '' }])}>
          {t('keyResultAdd')}
        </button>
      </fieldset>
      <p class="status error" role="alert">
        {error}
      </p>
      <div class="row">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
