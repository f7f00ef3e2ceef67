/**
 * JSON files: the project's own backup (`review-companion-backup`) and plain
 * arrays of goals in our field names are read field by field (no headers, no
 * mapping); anything else (BambooHR `{ goals: [...] }`, Frappe HR documents,
 * OrangeHRM `{ data: [...] }`, any array of objects) is flattened into a
 * table whose headers are the keys, so the usual header mapping applies.
 */
import { type JsonLimitName, checkJsonLimits } from '../json-limits';
import { IMPORT_JSON_LIMITS, type ImportLimit, MAX_CELL_CHARS, MAX_IMPORT_COLUMNS, limitError } from './limits';
import { ImportError } from './types';
import { makeIssue } from './issues';
import { type GoalsTable, headerText } from './table';
import type { Cell } from './values';

export const BACKUP_FORMAT = 'review-companion-backup';
/** Keys under which exports wrap their list of records. */
const LIST_KEYS = ['goals', 'data', 'items', 'results', 'records', 'message', 'objectives', 'kpis', 'docs'];
const TITLE_KEYS = ['title', 'name', 'goal_name', 'goalName', 'objective'];
const JSON_LIMITS = {
  depth: 'json-depth',
  items: 'json-items',
  keys: 'json-keys',
  text: 'json-text',
  values: 'json-values',
} as const satisfies Record<JsonLimitName, ImportLimit['limit']>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** Our own goal objects: a title and our `kind` or `keyResults` fields. */
function isNativeGoal(value: unknown): boolean {
  return isRecord(value) && own(value, 'title') !== undefined && (own(value, 'kind') !== undefined || Array.isArray(own(value, 'keyResults')));
}

/**
 * Reads a JSON file within the import limits (limits.ts): measured before it
 * is parsed, so a file past a limit is refused without being built.
 */
export function tableFromJson(text: string): GoalsTable {
  const check = checkJsonLimits(text, IMPORT_JSON_LIMITS);
  // The parser's message quotes the file; keep it out.
  if (!check.ok && check.syntax) throw new ImportError('invalid-json', 'The file is not valid JSON.');
  if (!check.ok) throw limitError({ limit: JSON_LIMITS[check.limit], max: check.max });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's message quotes the file; keep it out.
    throw new ImportError('invalid-json', 'The file is not valid JSON.');
  }
  if (isRecord(data) && own(data, 'format') === BACKUP_FORMAT) {
    const stores = own(data, 'stores');
    const goals = isRecord(stores) ? own(stores, 'goals') : undefined;
    if (!Array.isArray(goals) || goals.length === 0) throw new ImportError('empty', 'The backup holds no goals.');
    return { format: 'json', headers: [], rows: [], readIssues: [], records: goals };
  }
  const list = findList(data);
  if (!list) {
    throw new ImportError('unknown-format', 'The JSON file holds no list of goals. Export the goals as CSV, .xlsx or JSON and import that file.');
  }
  if (list.length === 0) throw new ImportError('empty', 'The file holds no goals.');
  const natives = list.slice(0, 20).filter(isNativeGoal).length;
  if (natives > 0 && natives >= Math.min(list.length, 20) / 2) {
    return { format: 'json', headers: [], rows: [], readIssues: [], records: list };
  }
  return flatten(list);
}

function findList(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return undefined;
  for (const key of LIST_KEYS) {
    const value = own(data, key);
    if (Array.isArray(value)) return value;
    if (isRecord(value)) {
      const inner = findList(value);
      if (inner) return inner;
    }
  }
  // A single goal document (Frappe HR exports one doctype record).
  if (TITLE_KEYS.some((key) => own(data, key) !== undefined)) return [data];
  return undefined;
}

/**
 * One column per key (in order of first appearance; a Map, so keys such as
 * `__proto__` are plain names), nested objects as `key.sub`, arrays of
 * objects as `key.1.sub`, arrays of values joined by line breaks.
 */
function flatten(list: unknown[]): GoalsTable {
  const columns = new Map<string, number>();
  const headers: string[] = [];
  const rows: Cell[][] = [];
  const readIssues: GoalsTable['readIssues'] = [];
  let rowNumber = 0;
  const put = (row: Map<number, Cell>, key: string, value: Cell) => {
    let column = columns.get(key);
    if (column === undefined) {
      // Every distinct key is a column: objects with keys of their own would otherwise widen every row.
      if (headers.length >= MAX_IMPORT_COLUMNS) throw limitError({ limit: 'columns', max: MAX_IMPORT_COLUMNS, row: rowNumber });
      column = headers.length;
      columns.set(key, column);
      headers.push(headerText(key));
    }
    row.set(column, value);
  };
  const add = (row: Map<number, Cell>, key: string, value: unknown, depth: number) => {
    if (value === null || value === undefined) return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return put(row, key, value);
    if (depth > 1) return;
    if (Array.isArray(value)) {
      if (value.every((item) => !isRecord(item) && !Array.isArray(item))) {
        const items = value.filter((item) => item !== null && item !== undefined).map(String);
        const joined = items.join('\n');
        if (joined.length > MAX_CELL_CHARS) throw limitError({ limit: 'cell', max: MAX_CELL_CHARS, row: rowNumber, column: headerText(key) });
        if (items.length) put(row, key, joined);
        return;
      }
      value.forEach((item, index) => {
        if (isRecord(item)) for (const [sub, inner] of Object.entries(item)) add(row, `${key}.${index + 1}.${sub}`, inner, depth + 1);
      });
      return;
    }
    if (isRecord(value)) for (const [sub, inner] of Object.entries(value)) add(row, `${key}.${sub}`, inner, depth + 1);
  };
  const cellsByRow = list.map((item, index) => {
    rowNumber = index + 1;
    const row = new Map<number, Cell>();
    if (!isRecord(item)) readIssues.push(makeIssue(index + 1, undefined, 'not-an-object'));
    else for (const [key, value] of Object.entries(item)) add(row, key, value, 0);
    return row;
  });
  for (const row of cellsByRow) rows.push(Array.from({ length: headers.length }, (_, column) => row.get(column) ?? null));
  return { format: 'json', headers, rows, readIssues };
}
