/**
 * From a read table (or our own JSON goal objects) to preview rows: every
 * mapped cell read and validated, a GoalDraft per row without errors.
 *
 * Choices, documented for the UI and the tests:
 * - Progress (a percentage, or a 0–1 completion ratio such as Culture Amp's)
 *   without target/actual makes the goal quantitative: target 100, unit `%`,
 *   actual = progress. With target/actual columns the figures win.
 * - Kind: a kind/type column when it says so (Binary → qualitative, Percent →
 *   quantitative with unit `%`), else quantitative when it has figures.
 * - Direction: a direction column; else `decrease` when target < baseline
 *   (`increase` when target > baseline); else words of the title and
 *   description (cost, reduce, kosten, verlagen, coût, réduire, senken… →
 *   decrease); else left unset (the model reads unset as increase). A goal
 *   made from a progress percentage gets no inferred direction (it goes up).
 * - Status: from the status column (EN/NL/FR/DE words); unknown → warning and
 *   `not_started`. Without one (or with "closed"), from the achievement
 *   (model's achievementPercent, direction respected; else the progress):
 *   ≥ 100 achieved, 50–99 partly, 1–49 missed, 0 or no figures not_started,
 *   below 0 missed ("closed" without figures: achieved).
 * - Weights given as 0–1 fractions (0.25) are read as percentages (25).
 * - Dates: ISO, d/m/y, m/d/y (order decided per column, see dateOrder),
 *   month names; XLSX date cells and Excel serials in an XLSX date column;
 *   a bare number in a CSV is not a date.
 * - Text (title, description, unit, ids, key results): direction controls
 *   and control characters are removed, with a `control-characters` warning
 *   naming the cell (utils/text.ts says which). Only the description keeps
 *   line breaks and tabs; in the other fields they become spaces. Long text
 *   is cut with a `text-truncated` warning, never inside a character.
 */
import { nextTurn } from './turn';
import { achievementPercent, type Direction, type GoalKind, type GoalStatus, MAX_TEXT } from '../model';
import type { GoalDraft, GoalField, GoalsImportPreview, ImportIssue, ParseOptions, PreviewRow } from './types';
import { ISSUE_CODES, type IssueCode, type IssueDetails, makeIssue } from './issues';
import { headerForms, headerSignature, sanitiseMapping, suggestMapping } from './mapping';
import {
  CLOSED_STATUS_WORDS,
  DIRECTION_BY_WORD,
  DIRECTION_STEMS,
  KIND_BY_WORD,
  PERCENT_KIND_WORDS,
  PROGRESS_HEADER_WORDS,
  STATUS_BY_WORD,
  normaliseText,
} from './synonyms';
import { type GoalsTable, columnLetters } from './table';
import { cleanText, cutText } from '../text';
import {
  type Cell,
  type DateOrder,
  type DecimalSeparator,
  cellText,
  dateOrderEvidence,
  isEmptyCell,
  readDate,
  readNumber,
} from './values';

const MAX_TITLE = 500;
const MAX_UNIT = 40;
const MAX_ID = 200;
const CLOSED: ReadonlySet<string> = new Set(CLOSED_STATUS_WORDS);
const PERCENT_KINDS: ReadonlySet<string> = new Set(PERCENT_KIND_WORDS);

type SingleField = Exclude<GoalField, 'keyResultTitle' | 'keyResultTarget' | 'keyResultActual'>;

/** One cell to read, with what its column tells about it. */
interface FieldCell {
  cell: Cell;
  column: string;
  decimal?: DecimalSeparator;
  /** Its values are 0–1 ratios (progress, weight): × 100. */
  fraction?: boolean;
}

interface KeyResultCells {
  title?: FieldCell;
  unit?: FieldCell;
  baseline?: FieldCell;
  target?: FieldCell;
  actual?: FieldCell;
  /** The actual is a completion (ratio or percentage): target 100, unit `%`. */
  progress?: boolean;
}

interface RowSource {
  get(field: SingleField): FieldCell[];
  keyResults: KeyResultCells[];
  /** A single key-results column holding one key result per line. */
  keyResultLines?: FieldCell;
  /** Where the title should be (for the missing-title error); undefined: no column mapped. */
  titleColumn?: string;
}

interface BuildContext {
  dateOrder: DateOrder;
  /** Warn on each day/month-ambiguous date (the order was guessed). */
  dateGuessed: boolean;
  serialDates: boolean;
  defaultDecimal?: DecimalSeparator;
}

class RowIssues {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  constructor(readonly row: number) {}
  add(column: string | undefined, code: IssueCode, details?: IssueDetails): void {
    const issue = makeIssue(this.row, column, code, details);
    (ISSUE_CODES[code] === 'error' ? this.errors : this.warnings).push(issue);
  }
}

function firstFilled(cells: FieldCell[]): FieldCell | undefined {
  return cells.find((entry) => !isEmptyCell(entry.cell));
}

/** A cell's text without direction controls and control characters (a warning names the cell when some were removed). */
function cleanCell(entry: FieldCell, issues: RowIssues, multiline: boolean): string {
  const { text: value, removed } = cleanText(cellText(entry.cell), { multiline });
  if (removed) issues.add(entry.column, 'control-characters');
  return value;
}

/** A one-line text field: cleaned, trimmed, cut to `max` with a warning. */
function text(entry: FieldCell | undefined, max: number, issues: RowIssues): string | undefined {
  if (!entry) return undefined;
  const value = cleanCell(entry, issues, false).trim();
  if (!value) return undefined;
  if (value.length > max) {
    issues.add(entry.column, 'text-truncated', { max });
    return cutText(value, max);
  }
  return value;
}

interface ReadFigure {
  value: number;
  unit?: string;
  percent?: boolean;
}

function figure(entry: FieldCell | undefined, issues: RowIssues, context: BuildContext): ReadFigure | undefined {
  if (!entry) return undefined;
  const decimal = entry.decimal ?? context.defaultDecimal;
  const read = readNumber(entry.cell, decimal);
  if (read === undefined) return undefined;
  if (read === 'invalid') {
    issues.add(entry.column, 'invalid-number');
    return undefined;
  }
  if (read.ambiguous) issues.add(entry.column, 'ambiguous-number', { decimal: '.' });
  const value = entry.fraction && !read.percent ? read.value * 100 : read.value;
  return { value: roundNoise(value), unit: read.percent ? '%' : read.unit, percent: read.percent || entry.fraction };
}

/** 0.07 × 100 = 7.000000000000001: keep 12 significant digits. */
function roundNoise(value: number): number {
  return Number(value.toPrecision(12));
}

/** The words of each text (normalised one by one: most are plain ASCII, the fast case of normaliseText). */
function words(values: readonly string[]): string[] {
  return values.flatMap((value) => normaliseText(value).split(' '));
}

function directionFromWords(...values: string[]): Direction | undefined {
  const tokens = words(values);
  const has = (stems: readonly string[]) => tokens.some((token) => stems.some((stem) => token.startsWith(stem)));
  const decrease = has(DIRECTION_STEMS.decrease);
  const increase = has(DIRECTION_STEMS.increase);
  if (decrease !== increase) return decrease ? 'decrease' : 'increase';
  return undefined;
}

function readDirection(entry: FieldCell | undefined, issues: RowIssues): Direction | undefined {
  if (!entry) return undefined;
  const raw = cellText(entry.cell).trim();
  if (!raw) return undefined;
  if (/^[↑⬆▲+]$/.test(raw)) return 'increase';
  if (/^[↓⬇▼-]$/.test(raw)) return 'decrease';
  const direction = DIRECTION_BY_WORD.get(normaliseText(raw)) ?? directionFromWords(raw);
  if (!direction) issues.add(entry.column, 'unknown-direction');
  return direction;
}

/** Status from the achievement (see the module comment). */
export function statusFromAchievement(achievement: number | undefined, closed = false): GoalStatus {
  if (achievement === undefined) return closed ? 'achieved' : 'not_started';
  if (achievement >= 100) return 'achieved';
  if (achievement >= 50) return 'partly';
  if (achievement > 0 || achievement < 0) return 'missed';
  return 'not_started';
}

function set<K extends keyof GoalDraft>(draft: GoalDraft, key: K, value: GoalDraft[K] | undefined): void {
  if (value !== undefined) draft[key] = value;
}

function buildGoal(source: RowSource, issues: RowIssues, context: BuildContext): GoalDraft | undefined {
  const titleEntry = firstFilled(source.get('title'));
  const title = text(titleEntry, MAX_TITLE, issues);
  if (!title) issues.add(source.titleColumn, 'missing-title', { unmapped: source.titleColumn === undefined });
  const description = source
    .get('description')
    .map((entry) => cleanCell(entry, issues, true).trim())
    .filter(Boolean)
    .join('\n\n');
  const descriptionEntry = source.get('description')[0];
  let unit = text(firstFilled(source.get('unit')), MAX_UNIT, issues);
  const baseline = figure(firstFilled(source.get('baseline')), issues, context);
  const target = figure(firstFilled(source.get('target')), issues, context);
  const actual = figure(firstFilled(source.get('actual')), issues, context);
  const progress = figure(firstFilled(source.get('progress')), issues, context);
  unit ??= target?.unit ?? actual?.unit ?? baseline?.unit;

  let kind: GoalKind | undefined;
  const kindEntry = firstFilled(source.get('kind'));
  if (kindEntry) {
    const word = normaliseText(cellText(kindEntry.cell));
    kind = KIND_BY_WORD.get(word);
    if (!kind) issues.add(kindEntry.column, 'unknown-kind');
    else if (PERCENT_KINDS.has(word)) unit ??= '%';
  }

  const weightEntry = firstFilled(source.get('weight'));
  const weight = figure(weightEntry, issues, context);
  if (weight && (weight.value < 0 || weight.value > 100)) issues.add(weightEntry!.column, 'weight-out-of-range');

  const dueEntry = firstFilled(source.get('dueDate'));
  let dueDate: string | undefined;
  if (dueEntry) {
    const read = readDate(dueEntry.cell, context.dateOrder, context.serialDates);
    if (read === 'invalid') issues.add(dueEntry.column, 'invalid-date');
    else {
      dueDate = read;
      if (context.dateGuessed && dateOrderEvidence(dueEntry.cell) === 'ambiguous') issues.add(dueEntry.column, 'ambiguous-date');
    }
  }

  let status: GoalStatus | undefined;
  let closed = false;
  const statusEntry = firstFilled(source.get('status'));
  if (statusEntry) {
    const word = normaliseText(cellText(statusEntry.cell));
    status = STATUS_BY_WORD.get(word);
    if (!status && CLOSED.has(word)) closed = true;
    else if (!status) {
      issues.add(statusEntry.column, 'unknown-status');
      status = 'not_started';
    }
  }

  const keyResults = readKeyResults(source, issues, context);
  const externalId = text(firstFilled(source.get('externalId')), MAX_ID, issues);
  const period = text(firstFilled(source.get('period')), MAX_TITLE, issues);
  const personName = text(firstFilled(source.get('personName')), MAX_TITLE, issues);
  const employeeId = text(firstFilled(source.get('employeeId')), MAX_ID, issues);
  if (issues.errors.length || !title) return undefined;

  const figures = { baseline: baseline?.value, target: target?.value, actual: actual?.value };
  kind ??= figures.target !== undefined || figures.actual !== undefined || progress ? 'quantitative' : 'qualitative';
  const fromProgress = kind === 'quantitative' && progress !== undefined && figures.target === undefined && figures.actual === undefined;
  if (fromProgress) {
    figures.target = 100;
    figures.actual = progress.value;
    unit ??= '%';
  }
  let direction = readDirection(firstFilled(source.get('direction')), issues);
  // A completion percentage always goes up, whatever the title says.
  if (!direction && kind === 'quantitative' && !fromProgress) {
    if (figures.baseline !== undefined && figures.target !== undefined && figures.baseline !== figures.target) {
      direction = figures.target < figures.baseline ? 'decrease' : 'increase';
    } else {
      direction = directionFromWords(title, description, unit ?? '');
    }
  }
  if (!status) {
    const achievement =
      kind === 'quantitative' ? achievementPercent({ ...figures, direction }) : undefined;
    status = statusFromAchievement(achievement ?? progress?.value, closed);
  }

  const draft: GoalDraft = { title, kind, status, keyResults };
  if (description) {
    if (description.length > MAX_TEXT) {
      issues.add(descriptionEntry?.column, 'text-truncated', { max: MAX_TEXT });
      draft.description = cutText(description, MAX_TEXT);
    } else draft.description = description;
  }
  set(draft, 'unit', unit);
  set(draft, 'baseline', figures.baseline);
  set(draft, 'target', figures.target);
  set(draft, 'actual', figures.actual);
  set(draft, 'direction', direction);
  set(draft, 'weight', weight?.value);
  set(draft, 'dueDate', dueDate);
  set(draft, 'externalId', externalId);
  set(draft, 'period', period);
  set(draft, 'personName', personName);
  set(draft, 'employeeId', employeeId);
  return draft;
}

function readKeyResults(source: RowSource, issues: RowIssues, context: BuildContext): GoalDraft['keyResults'] {
  const keyResults: GoalDraft['keyResults'] = [];
  if (source.keyResultLines) {
    const value = cleanCell(source.keyResultLines, issues, true);
    for (const line of value.split('\n')) {
      const title = line.replace(/^\s*(?:[-*•·▪‣◦]|\d{1,2}[.)])\s*/, '').replace(/\s+/g, ' ').trim();
      if (title) keyResults.push({ title: cutText(title, MAX_TITLE) });
    }
    return keyResults;
  }
  for (const cells of source.keyResults) {
    const title = text(cells.title, MAX_TITLE, issues);
    const baseline = figure(cells.baseline, issues, context);
    const target = figure(cells.target, issues, context);
    const actual = figure(cells.actual, issues, context);
    const unit = text(cells.unit, MAX_UNIT, issues) ?? target?.unit ?? actual?.unit ?? baseline?.unit;
    const hasFigures = baseline || target || actual;
    if (!title) {
      if (hasFigures) issues.add((cells.actual ?? cells.target ?? cells.baseline)?.column, 'key-result-without-title');
      continue;
    }
    const keyResult: GoalDraft['keyResults'][number] = { title };
    if (cells.progress && actual && !target) {
      keyResult.unit = unit ?? '%';
      keyResult.target = 100;
      keyResult.actual = actual.value;
    } else {
      if (unit !== undefined) keyResult.unit = unit;
      if (baseline) keyResult.baseline = baseline.value;
      if (target) keyResult.target = target.value;
      if (actual) keyResult.actual = actual.value;
    }
    keyResults.push(keyResult);
  }
  return keyResults;
}

// ── tables ────────────────────────────────────────────────────────────────

const FIGURE_FIELDS: ReadonlySet<GoalField> = new Set(['baseline', 'target', 'actual', 'weight', 'progress', 'keyResultTarget', 'keyResultActual']);

function columnLabel(headers: readonly string[], column: number): string {
  return headers[column] || `Column ${columnLetters(column)}`;
}

/** The decimal separator a column's values show (majority of the unambiguous ones). */
function decimalOf(rows: readonly Cell[][], column: number): { comma: number; dot: number } {
  const counts = { comma: 0, dot: 0 };
  for (const row of rows) {
    const cell = row[column] ?? null;
    if (typeof cell !== 'string') continue;
    const read = readNumber(cell);
    if (read === undefined || read === 'invalid' || !read.decimal) continue;
    if (read.decimal === ',') counts.comma++;
    else counts.dot++;
  }
  return counts;
}

function majority(counts: { comma: number; dot: number }): DecimalSeparator | undefined {
  if (counts.comma === counts.dot) return undefined;
  return counts.comma > counts.dot ? ',' : '.';
}

/** Whether a column's figures are 0–1 ratios. */
function isFractionColumn(rows: readonly Cell[][], column: number, header: string, decimal?: DecimalSeparator): boolean {
  let some = false;
  let between = false;
  for (const row of rows) {
    const read = readNumber(row[column] ?? null, decimal);
    if (read === undefined || read === 'invalid' || read.percent) continue;
    if (read.value < 0 || read.value > 1) return false;
    some = true;
    if (read.value > 0 && read.value < 1) between = true;
  }
  return some && (between || headerForms(header).bare.split(' ').includes('completion'));
}

interface DatePlan {
  order: DateOrder;
  preview: GoalsImportPreview['dateOrder'];
  guessed: boolean;
}

function planDates(rows: readonly Cell[][], columns: number[], chosen: DateOrder | undefined): DatePlan {
  const counts = { dmy: 0, mdy: 0, ambiguous: 0 };
  for (const row of rows) {
    for (const column of columns) {
      const evidence = dateOrderEvidence(row[column] ?? null);
      if (evidence) counts[evidence]++;
    }
  }
  if (counts.dmy || counts.mdy) {
    const order: DateOrder = counts.mdy > counts.dmy ? 'mdy' : 'dmy';
    return { order, preview: order, guessed: false };
  }
  if (counts.ambiguous) {
    return chosen ? { order: chosen, preview: chosen, guessed: false } : { order: 'dmy', preview: 'ambiguous', guessed: true };
  }
  return { order: chosen ?? 'dmy', preview: 'none', guessed: false };
}

/** How each row of a table becomes a preview row, planned once from all its rows (decimals, fractions, date order, key-result groups). */
function planTableRows(
  table: GoalsTable,
  mapping: (GoalField | null)[],
  options: ParseOptions,
): { row: (cells: Cell[], index: number) => PreviewRow; dateOrder: GoalsImportPreview['dateOrder'] } {
  const { headers, rows } = table;
  const columnsOf = new Map<GoalField, number[]>();
  mapping.forEach((field, column) => {
    if (field) columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
  });
  const decimals = new Map<number, DecimalSeparator | undefined>();
  const fileCounts = { comma: 0, dot: 0 };
  mapping.forEach((field, column) => {
    if (!field || !FIGURE_FIELDS.has(field)) return;
    const counts = decimalOf(rows, column);
    fileCounts.comma += counts.comma;
    fileCounts.dot += counts.dot;
    decimals.set(column, majority(counts));
  });
  const defaultDecimal = majority(fileCounts) ?? table.decimalHint;
  const fractions = new Set<number>();
  for (const field of ['progress', 'weight'] as const) {
    for (const column of columnsOf.get(field) ?? []) {
      if (isFractionColumn(rows, column, headers[column] ?? '', decimals.get(column) ?? defaultDecimal)) fractions.add(column);
    }
  }
  const dates = planDates(rows, columnsOf.get('dueDate') ?? [], options.dateOrder);
  const context: BuildContext = {
    dateOrder: dates.order,
    dateGuessed: dates.guessed,
    serialDates: table.serialDates === true,
    defaultDecimal,
  };

  // Key results: columns grouped by the number in their header (key_result_2_title…), else by order.
  const groups = new Map<string, { title?: number; target?: number; actual?: number; progress?: boolean }>();
  const ordinals = new Map<GoalField, number>();
  mapping.forEach((field, column) => {
    if (field !== 'keyResultTitle' && field !== 'keyResultTarget' && field !== 'keyResultActual') return;
    const { full } = headerForms(headers[column] ?? '');
    const ordinal = (ordinals.get(field) ?? 0) + 1;
    ordinals.set(field, ordinal);
    const key = /\b(\d+)\b/.exec(full)?.[1] ?? `#${ordinal}`;
    const group = groups.get(key) ?? {};
    const slot = field === 'keyResultTitle' ? 'title' : field === 'keyResultTarget' ? 'target' : 'actual';
    if (group[slot] === undefined) group[slot] = column;
    if (slot === 'actual' && full.split(' ').some((word) => PROGRESS_HEADER_WORDS.includes(word))) {
      group.progress = true;
      if (isFractionColumn(rows, column, 'completion', decimals.get(column) ?? defaultDecimal)) fractions.add(column);
    }
    groups.set(key, group);
  });
  const titleColumns = columnsOf.get('keyResultTitle') ?? [];
  const lines = titleColumns.length === 1 && groups.size === 1 && !columnsOf.has('keyResultTarget') && !columnsOf.has('keyResultActual');

  const entry = (cells: Cell[], column: number): FieldCell => ({
    cell: cells[column] ?? null,
    column: columnLabel(headers, column),
    decimal: decimals.get(column),
    fraction: fractions.has(column),
  });
  const titleColumn = columnsOf.get('title')?.[0];
  const readIssues = new Map<number, ImportIssue[]>();
  for (const issue of table.readIssues) readIssues.set(issue.row, [...(readIssues.get(issue.row) ?? []), issue]);

  const row = (cells: Cell[], index: number): PreviewRow => {
    const issues = new RowIssues(index + 1);
    for (const issue of readIssues.get(index + 1) ?? []) {
      (ISSUE_CODES[issue.code as IssueCode] === 'error' ? issues.errors : issues.warnings).push(issue);
    }
    const source: RowSource = {
      get: (field) => (columnsOf.get(field) ?? []).map((column) => entry(cells, column)),
      keyResults: lines
        ? []
        : [...groups.values()].map((group) => ({
            title: group.title === undefined ? undefined : entry(cells, group.title),
            target: group.target === undefined ? undefined : entry(cells, group.target),
            actual: group.actual === undefined ? undefined : entry(cells, group.actual),
            progress: group.progress,
          })),
      keyResultLines: lines ? entry(cells, titleColumns[0]!) : undefined,
      titleColumn: titleColumn === undefined ? undefined : columnLabel(headers, titleColumn),
    };
    return finishRow(index + 1, buildGoal(source, issues, context), issues);
  };
  return { row, dateOrder: dates.preview };
}

function finishRow(row: number, goal: GoalDraft | undefined, issues: RowIssues): PreviewRow {
  const previewRow: PreviewRow = { row, errors: issues.errors, warnings: issues.warnings };
  if (goal && !issues.errors.length) previewRow.goal = goal;
  return previewRow;
}

// ── our own goal objects (JSON backup / array) ────────────────────────────

const NATIVE_KEYS: Record<SingleField, readonly string[]> = {
  title: ['title'],
  description: ['description'],
  kind: ['kind'],
  unit: ['unit'],
  baseline: ['baseline'],
  target: ['target'],
  actual: ['actual'],
  direction: ['direction'],
  weight: ['weight'],
  dueDate: ['dueDate'],
  status: ['status'],
  progress: [],
  externalId: ['externalId', 'id'],
  period: ['period'],
  personName: ['person', 'personName'],
  employeeId: ['employeeId'],
};

function toCell(value: unknown): Cell {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

const NATIVE_CONTEXT: BuildContext = { dateOrder: 'dmy', dateGuessed: false, serialDates: false, defaultDecimal: '.' };

function buildNativeRow(record: unknown, index: number): PreviewRow {
  const context = NATIVE_CONTEXT;
  const issues = new RowIssues(index + 1);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    issues.add(undefined, 'not-an-object');
    return finishRow(index + 1, undefined, issues);
  }
  const object = record as Record<string, unknown>;
  const rawKeyResults = ownValue(object, 'keyResults');
  const source: RowSource = {
    get: (field) =>
      NATIVE_KEYS[field]
        .filter((key) => ownValue(object, key) !== undefined)
        .map((key) => ({ cell: toCell(ownValue(object, key)), column: key })),
    keyResults: (Array.isArray(rawKeyResults) ? rawKeyResults : []).map((item: unknown, position) => {
      const keyResult = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
      const at = (key: string): FieldCell => ({ cell: toCell(ownValue(keyResult, key)), column: `keyResults[${position}].${key}` });
      return { title: at('title'), unit: at('unit'), baseline: at('baseline'), target: at('target'), actual: at('actual') };
    }),
    titleColumn: 'title',
  };
  return finishRow(index + 1, buildGoal(source, issues, context), issues);
}

// ── preview ───────────────────────────────────────────────────────────────

function markDuplicateIds(rows: PreviewRow[], column: string | undefined): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const id = row.goal?.externalId;
    if (id === undefined) continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, row.row);
    else row.warnings.push(makeIssue(row.row, column, 'duplicate-id', { firstRow: seen }));
  }
}

/** A preview under construction: its rows are built one at a time (see buildPreview, buildPreviewInSlices). */
interface PreviewBuilder {
  count: number;
  row(index: number): PreviewRow;
  finish(rows: PreviewRow[]): GoalsImportPreview;
}

/** The mapping a table is previewed with: `options.mapping` made safe, or the suggested one. */
function mappingFor(table: GoalsTable, options: ParseOptions): (GoalField | null)[] {
  return options.mapping
    ? sanitiseMapping(options.mapping, table.headers.length)
    : suggestMapping(table.headers, table.rows, { team: options.team ?? false });
}

function previewBuilder(table: GoalsTable, options: ParseOptions, chosenMapping?: (GoalField | null)[]): PreviewBuilder {
  const base = {
    format: table.format,
    headers: [...table.headers],
    signature: headerSignature(table.headers),
    ...(table.workbook ? { sheets: table.workbook.map((sheet) => sheet.name), sheet: table.sheet } : {}),
  };
  const records = table.records;
  if (records) {
    return {
      count: records.length,
      row: (index) => buildNativeRow(records[index], index),
      finish: (rows) => {
        markDuplicateIds(rows, 'id');
        return { ...base, mapping: [], dateOrder: 'none', rows };
      },
    };
  }
  const mapping = chosenMapping ?? mappingFor(table, options);
  const plan = planTableRows(table, mapping, options);
  return {
    count: table.rows.length,
    row: (index) => plan.row(table.rows[index]!, index),
    finish: (rows) => {
      const idColumn = mapping.indexOf('externalId');
      markDuplicateIds(rows, idColumn < 0 ? undefined : columnLabel(table.headers, idColumn));
      return { ...base, mapping, dateOrder: plan.dateOrder, rows };
    },
  };
}

/**
 * The preview of a read table: `options.mapping` (made safe, one entry per
 * column) or the suggested one; `options.dateOrder` answers an ambiguous
 * day/month order (the file's own evidence wins when it has some). In one
 * pass: for a long file in a page, buildPreviewInSlices.
 */
export function buildPreview(table: GoalsTable, options: ParseOptions = {}): GoalsImportPreview {
  const builder = previewBuilder(table, options);
  const rows = Array.from({ length: builder.count }, (_, index) => builder.row(index));
  options.onProgress?.(1);
  return builder.finish(rows);
}


/**
 * The same preview as buildPreview, built in slices of about `sliceMs` of
 * work (12 ms: a slice must stay short on a busy machine too) with a turn of
 * the event loop between them, so that a page stays
 * responsive on a long file (10,000 rows take a few hundred ms in one pass);
 * `options.onProgress` gets the fraction of rows built after each slice.
 */
export async function buildPreviewInSlices(
  table: GoalsTable,
  options: ParseOptions = {},
  { sliceMs = 12, pause = nextTurn }: { sliceMs?: number; pause?: () => Promise<void> } = {},
): Promise<GoalsImportPreview> {
  // The mapping and the plan each read every row: a task of their own (the
  // plan of 10,000 rows took ~25 ms, and a first slice used to follow it in
  // the same task).
  await pause();
  const mapping = table.records ? undefined : mappingFor(table, options);
  await pause();
  const builder = previewBuilder(table, options, mapping);
  await pause();
  const rows: PreviewRow[] = [];
  let sliceStart = performance.now();
  for (let index = 0; index < builder.count; index++) {
    rows.push(builder.row(index));
    if (index + 1 < builder.count && performance.now() - sliceStart >= sliceMs) {
      options.onProgress?.((index + 1) / builder.count);
      await pause();
      sliceStart = performance.now();
    }
  }
  options.onProgress?.(1);
  return builder.finish(rows);
}
