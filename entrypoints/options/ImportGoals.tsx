import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { onDataChanged } from '@/utils/db';
import { commitImport, commitTeamImport, listImports, rememberedMapping, rememberMapping, undoImport, undoTeamImport } from '@/utils/db/imports';
import { usePeople } from '@/components/usePeople';
import { planTeamImport, type TeamRowProblem } from '@/utils/people/team-import';
import { statusLabel } from '@/components/labels';
import { ShowMore } from '@/components/ShowMore';
import { ProgressBar, createProgressFeed } from '@/components/ProgressBar';
import { saveErrorText } from '@/components/saveError';
import { formatDate, formatNumber, formatWithUnit, t, tCount, type MessageKey } from '@/utils/i18n';
import { parseTypedNumber } from '@/utils/numbers';
import { parseGoalsFile, parsePastedCells, remapPreview, type IssueCode } from '@/utils/import';
import { ImportError, MAX_IMPORT_BYTES, type GoalDraft, type GoalField, type GoalsImportPreview, type ImportIssue, type PreviewRow } from '@/utils/import/types';
import type { ImportLimit } from '@/utils/import/limits';
import type { ImportRecord } from '@/utils/model';

const FIELDS: GoalField[] = [
  'title', 'description', 'kind', 'unit', 'baseline', 'target', 'actual', 'direction', 'weight', 'dueDate', 'status',
  'progress', 'keyResultTitle', 'keyResultTarget', 'keyResultActual', 'externalId', 'period',
];
/** A team file maps a column to the person too. */
const TEAM_FIELDS: GoalField[] = [...FIELDS, 'personName', 'employeeId'];
const TEAM_PROBLEM_KEYS: Record<TeamRowProblem, MessageKey> = {
  'no-person': 'importTeamNoPerson',
  'ambiguous-person': 'importTeamAmbiguous',
};
const FIELD_KEYS: Record<GoalField, MessageKey> = {
  title: 'goalTitle', description: 'goalDescription', kind: 'goalKind', unit: 'goalUnit', baseline: 'goalBaseline',
  target: 'goalTarget', actual: 'goalActual', direction: 'goalDirection', weight: 'goalWeight', dueDate: 'goalDueDate',
  status: 'goalStatus', progress: 'importFieldProgress', keyResultTitle: 'importFieldKeyResult',
  keyResultTarget: 'importFieldKeyResultTarget', keyResultActual: 'importFieldKeyResultActual',
  externalId: 'importFieldExternalId', period: 'importFieldPeriod',
  personName: 'importFieldPerson', employeeId: 'importFieldEmployeeId',
};
/** Preview rows rendered at first (Show more adds the rest): 100 rows took ~40 ms of render and layout, twice this page. */
const ROWS_PAGE = 50;

type Status = { kind: 'ok' | 'error'; text: string } | null;
type Shown = 'all' | 'problems';

const ISSUE_KEYS: Record<IssueCode, MessageKey> = {
  'missing-title': 'issueMissingTitle',
  'invalid-number': 'issueInvalidNumber',
  'invalid-date': 'issueInvalidDate',
  'weight-out-of-range': 'issueWeightOutOfRange',
  'not-an-object': 'issueNotAnObject',
  'extra-cells': 'issueExtraCells',
  'unknown-status': 'issueUnknownStatus',
  'unknown-kind': 'issueUnknownKind',
  'unknown-direction': 'issueUnknownDirection',
  'ambiguous-date': 'issueAmbiguousDate',
  'ambiguous-number': 'issueAmbiguousNumber',
  'text-truncated': 'issueTextTruncated',
  'key-result-without-title': 'issueKeyResultWithoutTitle',
  'duplicate-id': 'issueDuplicateId',
  'control-characters': 'issueControlCharacters',
};
const FILE_ERROR_KEYS: Record<Exclude<ImportError['code'], 'over-limit'>, MessageKey> = {
  'too-large': 'fileTooLarge',
  'unknown-format': 'fileUnknownFormat',
  undecodable: 'fileUndecodable',
  protected: 'fileProtected',
  'legacy-xls': 'fileLegacyXls',
  empty: 'fileEmpty',
  'invalid-json': 'fileInvalidJson',
};

/** An issue in the user's language: row and column, never the cell's content. */
function issueText(issue: ImportIssue): string {
  const key = ISSUE_KEYS[issue.code as IssueCode];
  const problem = key ? t(key) : issue.message;
  return issue.column ? t('importIssueAt', [String(issue.row), issue.column, problem]) : t('importIssueRow', [String(issue.row), problem]);
}

/** Which import limit a file crossed, and where, in the user's language (limits.ts). */
function limitText(crossed: ImportLimit): string {
  const count = (value: number) => formatNumber(value);
  switch (crossed.limit) {
    case 'columns':
      return t('fileLimitColumns', [count(crossed.row), count(crossed.max)]);
    case 'rows':
      return t('fileLimitRows', count(crossed.max));
    case 'cell':
      return t('fileLimitCell', [count(crossed.row), crossed.column, count(crossed.max)]);
    case 'row-length':
      return t('fileLimitRowLength', [count(crossed.row), count(crossed.max)]);
    case 'xlsx-inflated':
      return t('fileLimitUnpacked', count(Math.round(crossed.max / 1024 / 1024)));
    case 'xlsx-parts':
      return t('fileLimitParts', count(crossed.max));
    case 'sheet-extent':
      return t('fileLimitSheetExtent', [crossed.cell, count(crossed.maxRow), crossed.maxColumn]);
    case 'sheet-cells':
      return t('fileLimitSheetCells', count(crossed.max));
    case 'json-depth':
      return t('fileLimitJsonDepth', count(crossed.max));
    case 'json-items':
      return t('fileLimitJsonItems', count(crossed.max));
    case 'json-keys':
      return t('fileLimitJsonKeys', count(crossed.max));
    case 'json-text':
      return t('fileLimitJsonText', count(crossed.max));
    case 'json-values':
      return t('fileLimitJsonValues', count(crossed.max));
  }
}

/** One past import: its file, its day and how many goals it wrote. */
function importHistoryLine(record: ImportRecord): string {
  const goals = record.createdGoalIds.length + record.previousGoals.length;
  return tCount('importHistoryLine', goals, [record.fileName, formatDate(record.createdAt), String(goals)]);
}

function fileErrorText(error: unknown): string {
  if (!(error instanceof ImportError)) return t('importFileUnreadable');
  if (error.code === 'over-limit') return error.limit ? t('importFileError', limitText(error.limit)) : t('importFileUnreadable');
  return t('importFileError', t(FILE_ERROR_KEYS[error.code]));
}

/** Options › Import: a file or pasted cells → mapping → preview with per-row problems → one atomic commit, undoable. */
export function ImportGoals({ cycleId }: { cycleId: string }) {
  const [preview, setPreview] = useState<GoalsImportPreview | null>(null);
  /** A team file: a column names the person each goal is for (one preview, one transaction for everyone). */
  const [team, setTeam] = useState(false);
  /** The team import just committed: its records are in each person's cycle, so Undo is offered here too. */
  const [lastBatch, setLastBatch] = useState<{ id: string; fileName: string } | null>(null);
  const people = usePeople() ?? [];
  const [fileName, setFileName] = useState('');
  /** Reading or committing: the progress bar shows; its share goes through `progress`, which re-renders only the bar. */
  const [busy, setBusy] = useState(false);
  const [progress] = useState(createProgressFeed);
  const [status, setStatus] = useState<Status>(null);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [fixes, setFixes] = useState<Map<number, GoalDraft>>(new Map());
  const [duplicates, setDuplicates] = useState<'update' | 'skip'>('update');
  const [shown, setShown] = useState<Shown>('all');
  const [rowsShown, setRowsShown] = useState(ROWS_PAGE);
  const [pasted, setPasted] = useState('');
  const [history, setHistory] = useState<ImportRecord[]>([]);

  const loadHistory = useCallback(async () => setHistory(await listImports(cycleId)), [cycleId]);
  useEffect(() => {
    void loadHistory();
    return onDataChanged((stores) => stores.includes('imports') && void loadHistory());
  }, [loadHistory]);

  async function show(next: GoalsImportPreview, name: string) {
    const remembered = await rememberedMapping(next.signature).catch(() => undefined);
    const mapped =
      remembered && remembered.length === next.headers.length && remembered.join() !== next.mapping.join()
        ? remapPreview(next, { mapping: remembered as (GoalField | null)[] })
        : next;
    setPreview(mapped);
    setFileName(name);
    setExcluded(new Set());
    setFixes(new Map());
    setRowsShown(ROWS_PAGE);
    setShown(mapped.rows.some((row) => row.errors.length > 0) ? 'problems' : 'all');
    setStatus(null);
  }

  async function readFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ kind: 'error', text: t('importTooLarge', String(Math.round(MAX_IMPORT_BYTES / 1024 / 1024))) });
      return;
    }
    progress.set(0);
    setBusy(true);
    setStatus(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await show(await parseGoalsFile({ name: file.name, bytes }, { onProgress: progress.set, team }), file.name);
    } catch (error) {
      setPreview(null);
      setStatus({ kind: 'error', text: fileErrorText(error) });
    } finally {
      setBusy(false);
    }
  }

  function readPasted() {
    try {
      void show(parsePastedCells(pasted, { team }), t('importPastedName'));
    } catch (error) {
      setStatus({ kind: 'error', text: fileErrorText(error) });
    }
  }

  const rows: PreviewRow[] = useMemo(
    () =>
      (preview?.rows ?? []).map((row) => {
        const fixed = fixes.get(row.row);
        return fixed ? { ...row, goal: fixed, errors: [] } : row;
      }),
    [preview, fixes],
  );
  const teamFile = team && !!preview && (preview.mapping.includes('personName') || preview.mapping.includes('employeeId') || preview.headers.length === 0);
  const plan = useMemo(() => (teamFile ? planTeamImport(rows, people) : null), [teamFile, rows, people]);
  const importable = useMemo(
    () => rows.filter((row) => row.goal && row.errors.length === 0 && !excluded.has(row.row) && !plan?.problems.has(row.row)),
    [rows, excluded, plan],
  );
  const problems = useMemo(() => rows.filter((row) => row.errors.length > 0 || row.warnings.length > 0), [rows]);
  const listed = shown === 'problems' ? problems : rows;

  async function commit() {
    if (!preview || importable.length === 0) return;
    progress.set(-1);
    setBusy(true);
    if (plan) {
      try {
        const result = await commitTeamImport({ ...preview, rows }, plan, { fileName, duplicates, rows: new Set(importable.map((row) => row.row)) });
        await rememberMapping(preview.signature, preview.mapping).catch(() => undefined);
        setPreview(null);
        setLastBatch({ id: result.batchId, fileName });
        setStatus({
          kind: 'ok',
          text: t('importTeamDone', [String(result.created), String(result.people), String(result.createdPeople), String(result.updated), String(result.skipped)]),
        });
      } catch (error) {
        setStatus({ kind: 'error', text: saveErrorText(error, 'importDiskFull', 'importCommitFailed') });
      } finally {
        setBusy(false);
      }
      return;
    }
    try {
      const result = await commitImport({ ...preview, rows }, cycleId, {
        fileName,
        duplicates,
        rows: new Set(importable.map((row) => row.row)),
        onProgress: progress.set,
      });
      await rememberMapping(preview.signature, preview.mapping).catch(() => undefined);
      setPreview(null);
      setStatus({
        kind: 'ok',
        text: t('importDone', [String(result.created), String(result.updated), String(result.skipped)]),
      });
    } catch (error) {
      setStatus({ kind: 'error', text: saveErrorText(error, 'importDiskFull', 'importCommitFailed') });
    } finally {
      setBusy(false);
    }
  }

  async function undoBatch(batch: { id: string; fileName: string }) {
    try {
      await undoTeamImport(batch.id);
      setLastBatch(null);
      setStatus({ kind: 'ok', text: t('importUndone', batch.fileName) });
    } catch {
      setLastBatch(null);
      setStatus({ kind: 'error', text: t('importUndoFailed') });
    }
  }

  async function undo(record: ImportRecord) {
    try {
      // A team import is taken back for everyone it imported for.
      if (record.batchId) await undoTeamImport(record.batchId);
      else await undoImport(record.id);
      setStatus({ kind: 'ok', text: t('importUndone', record.fileName) });
    } catch {
      setStatus({ kind: 'error', text: t('importUndoFailed') });
    }
  }

  return (
    <section aria-labelledby="import-heading" class="import">
      <h2 id="import-heading">{t('importTitle')}</h2>
      <p class="muted">{t('importIntro')}</p>
      <div class="row">
        <div class="field grow">
          <label for="import-file">{t('importFileLabel')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void readFile(file);
              event.currentTarget.value = '';
            }}
          />
        </div>
      </div>
      <label class="check">
        <input type="checkbox" checked={team} onChange={(event) => setTeam(event.currentTarget.checked)} />
        {t('importTeamToggle')}
      </label>
      <details>
        <summary>{t('importPasteSummary')}</summary>
        <div class="field">
          <label for="import-paste">{t('importPasteLabel')}</label>
          <textarea id="import-paste" rows={5} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
        </div>
        <button type="button" onClick={readPasted} disabled={!pasted.trim()}>
          {t('importPasteRead')}
        </button>
      </details>
      {busy && <ProgressBar feed={progress} label={t('importProgress')} />}
      <div class="row">
        <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
          {status?.text}
        </p>
        {lastBatch && (
          <button type="button" aria-label={t('importUndoNamed', lastBatch.fileName)} onClick={() => void undoBatch(lastBatch)}>
            {t('undo')}
          </button>
        )}
      </div>

      {preview && (
        <div class="import-preview" aria-labelledby="preview-heading">
          <h3 id="preview-heading">{tCount('importPreviewTitle', preview.rows.length, [fileName, String(preview.rows.length)])}</h3>
          {preview.headers.length > 0 && (
            <fieldset>
              <legend>{t('importMappingLegend')}</legend>
              <div class="mapping">
                {preview.headers.map((header, index) => (
                  <div class="field" key={`${index}-${header}`}>
                    <label for={`map-${index}`}>{header || t('importColumnNumber', String(index + 1))}</label>
                    <select
                      id={`map-${index}`}
                      value={preview.mapping[index] ?? ''}
                      onChange={(event) => {
                        const mapping = [...preview.mapping];
                        mapping[index] = (event.currentTarget.value || null) as GoalField | null;
                        setPreview(remapPreview(preview, { mapping }));
                        setFixes(new Map());
                      }}
                    >
                      <option value="">{t('importIgnore')}</option>
                      {(team ? TEAM_FIELDS : FIELDS).map((field) => (
                        <option key={field} value={field}>
                          {t(FIELD_KEYS[field])}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
          {preview.dateOrder === 'ambiguous' && (
            <fieldset>
              <legend>{t('importDateOrderLegend')}</legend>
              <label class="check">
                <input type="radio" name="date-order" onChange={() => setPreview(remapPreview(preview, { dateOrder: 'dmy' }))} />
                {t('importDayFirst')}
              </label>
              <label class="check">
                <input type="radio" name="date-order" onChange={() => setPreview(remapPreview(preview, { dateOrder: 'mdy' }))} />
                {t('importMonthFirst')}
              </label>
            </fieldset>
          )}
          {team && !teamFile && <p class="status error">{t('importTeamNoColumn')}</p>}
          {plan && (
            <div class="team-plan" data-testid="team-plan">
              <h4>{t('importTeamPeople', String(plan.groups.length))}</h4>
              <ul class="plain">
                {plan.groups.map((group) => (
                  <li key={group.key}>
                    {group.person
                      ? tCount('importTeamExisting', group.rows.length, [group.person.name, String(group.rows.length)])
                      : tCount('importTeamNew', group.rows.length, [group.newPerson!.name, String(group.rows.length)])}
                  </li>
                ))}
              </ul>
              {plan.problems.size > 0 && (
                <ul class="issues">
                  {[...plan.problems].map(([row, problem]) => (
                    <li key={row} class="error">
                      {t('importIssueRow', [String(row), t(TEAM_PROBLEM_KEYS[problem])])}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <div class="row">
            <label class="check">
              <input type="radio" name="shown" checked={shown === 'problems'} onChange={() => setShown('problems')} />
              {t('importShowProblems', String(problems.length))}
            </label>
            <label class="check">
              <input type="radio" name="shown" checked={shown === 'all'} onChange={() => setShown('all')} />
              {t('importShowAll', String(rows.length))}
            </label>
          </div>
          <table class="preview-table" data-testid="import-preview">
            <caption class="visually-hidden">{t('importPreviewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('importRow')}</th>
                <th scope="col">{t('importInclude')}</th>
                <th scope="col">{t('goalTitle')}</th>
                <th scope="col">{t('goalTarget')}</th>
                <th scope="col">{t('goalActual')}</th>
                <th scope="col">{t('goalStatus')}</th>
                <th scope="col">{t('importProblems')}</th>
              </tr>
            </thead>
            <tbody>
              {listed.slice(0, rowsShown).map((row) => (
                <PreviewLine
                  key={`${preview.signature}-${row.row}`}
                  row={row}
                  included={!excluded.has(row.row)}
                  fieldOf={(column) => {
                    const index = column === undefined ? -1 : preview.headers.indexOf(column);
                    return index >= 0 ? (preview.mapping[index] ?? null) : null;
                  }}
                  onInclude={(include) => {
                    const next = new Set(excluded);
                    if (include) next.delete(row.row);
                    else next.add(row.row);
                    setExcluded(next);
                  }}
                  onFix={(goal) => setFixes(new Map(fixes).set(row.row, goal))}
                />
              ))}
            </tbody>
          </table>
          <ShowMore remaining={listed.length - rowsShown} onClick={() => setRowsShown(rowsShown * 4)} />
          <div class="row commit">
            <label for="import-duplicates">{t('importDuplicatesLabel')}</label>
            <select id="import-duplicates" value={duplicates} onChange={(event) => setDuplicates(event.currentTarget.value as 'update' | 'skip')}>
              <option value="update">{t('importDuplicatesUpdate')}</option>
              <option value="skip">{t('importDuplicatesSkip')}</option>
            </select>
            <button type="button" class="primary" disabled={importable.length === 0 || busy} onClick={() => void commit()}>
              {tCount('importCommit', importable.length, String(importable.length))}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}

      {history.length > 0 && (
        <div aria-labelledby="import-history-heading">
          <h3 id="import-history-heading">{t('importHistory')}</h3>
          <ul class="cards" data-testid="import-history">
            {history.map((record) => (
              <li key={record.id} class="row">
                <span class="grow">
                  {importHistoryLine(record)}
                </span>
                <button type="button" aria-label={t('importUndoNamed', record.fileName)} onClick={() => void undo(record)}>
                  {t('undo')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

type NumericField = 'baseline' | 'target' | 'actual' | 'weight';
const NUMERIC: ReadonlySet<GoalField> = new Set<NumericField>(['baseline', 'target', 'actual', 'weight']);

function PreviewLine({
  row,
  included,
  fieldOf,
  onInclude,
  onFix,
}: {
  row: PreviewRow;
  included: boolean;
  /** The goal field a column (header) is mapped to. */
  fieldOf(column: string | undefined): GoalField | null;
  onInclude(include: boolean): void;
  onFix(goal: GoalDraft): void;
}) {
  const broken = row.errors.length > 0;
  const goal = row.goal;
  // The fields to fix: the title, and every numeric field an error points at.
  const fixable = [
    'title' as const,
    ...new Set(row.errors.map((issue) => fieldOf(issue.column)).filter((field): field is GoalField => !!field && NUMERIC.has(field))),
  ];
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fixable.map((field) => [field, String(goal?.[field as keyof GoalDraft] ?? '')])),
  );
  const [fixError, setFixError] = useState('');

  function applyFix(event: Event) {
    event.preventDefault();
    const title = (values.title ?? '').trim();
    if (!title) {
      setFixError(t('goalTitleRequired'));
      return;
    }
    const numbers: Partial<Record<NumericField, number>> = {};
    for (const field of fixable.filter((name): name is NumericField => NUMERIC.has(name))) {
      const value = parseTypedNumber(values[field] ?? '');
      if (value === 'invalid') {
        setFixError(t('goalNumberInvalid', t(FIELD_KEYS[field])));
        return;
      }
      if (value !== undefined) numbers[field] = value;
    }
    const figures = Object.keys(numbers).length > 0;
    onFix({ status: 'not_started', keyResults: [], ...goal, kind: figures ? 'quantitative' : (goal?.kind ?? 'qualitative'), ...numbers, title });
  }

  return (
    <tr class={broken ? 'has-error' : row.warnings.length ? 'has-warning' : ''}>
      <th scope="row">{row.row}</th>
      <td>
        <input
          type="checkbox"
          aria-label={t('importIncludeRow', String(row.row))}
          checked={included && !broken}
          disabled={broken}
          onChange={(event) => onInclude(event.currentTarget.checked)}
        />
      </td>
      {broken ? (
        <td colSpan={4}>
          <form class="row fix" onSubmit={applyFix}>
            {fixable.map((field) => (
              <input
                key={field}
                aria-label={t('importFixField', [t(FIELD_KEYS[field]), String(row.row)])}
                placeholder={t(FIELD_KEYS[field])}
                inputMode={NUMERIC.has(field) ? 'decimal' : undefined}
                value={values[field] ?? ''}
                onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
              />
            ))}
            <button type="submit">{t('importFix')}</button>
            {fixError && <span class="error">{fixError}</span>}
          </form>
        </td>
      ) : (
        <>
          <td>{goal?.title}</td>
          <td>{withUnit(goal?.target, goal?.unit)}</td>
          <td>{withUnit(goal?.actual, goal?.unit)}</td>
          <td>{goal ? statusLabel(goal.status) : ''}</td>
        </>
      )}
      <td>
        <ul class="issues">
          {row.errors.map((issue, index) => (
            <li key={`e${index}`} class="error">{issueText(issue)}</li>
          ))}
          {row.warnings.map((issue, index) => (
            <li key={`w${index}`} class="warning">{issueText(issue)}</li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

const withUnit = (value: number | undefined, unit: string | undefined) => (value === undefined ? '' : formatWithUnit(value, unit));
