/**
 * Which column holds which goal field: from header words in EN / NL / FR / DE
 * (synonyms.ts), then from the values (a text column is the title when no
 * header says so, a column of numbers next to the target is the actual…).
 */
import type { GoalField } from './types';
import { HEADER_SEARCH_ROWS } from './limits';
import { FIELD_BY_HEADER, HEADER_SYNONYMS, IGNORED_HEADERS, IGNORED_HEADER_WORDS, PERSON_SYNONYMS, WEAK_TITLE_SYNONYMS, normaliseText } from './synonyms';
import { type Cell, isEmptyCell, readDate, readNumber } from './values';

export const GOAL_FIELDS = Object.keys(HEADER_SYNONYMS) as GoalField[];
const FIELD_SET: ReadonlySet<string> = new Set(GOAL_FIELDS);
/** Fields several columns can map to (one key result per group of columns). */
export const MULTI_FIELDS: ReadonlySet<GoalField> = new Set(['keyResultTitle', 'keyResultTarget', 'keyResultActual']);
const NUMERIC_FIELDS: ReadonlySet<GoalField> = new Set([
  'baseline', 'target', 'actual', 'weight', 'progress', 'keyResultTarget', 'keyResultActual',
]);
const IGNORED: ReadonlySet<string> = new Set(IGNORED_HEADERS);
const IGNORED_WORDS: ReadonlySet<string> = new Set(IGNORED_HEADER_WORDS);
const WEAK_TITLE: ReadonlySet<string> = new Set(WEAK_TITLE_SYNONYMS);
const PERSON_WORDS = { personName: new Set(PERSON_SYNONYMS.personName), employeeId: new Set(PERSON_SYNONYMS.employeeId) };
/** Synonyms long enough to be looked for inside a longer header. */
const PARTIAL = [...FIELD_BY_HEADER].filter(([word]) => word.includes(' ') || word.length >= 5);

/** A header's normalised form, and the same without its numbers (`key result 2 title` → `key result title`). */
export function headerForms(header: string): { full: string; bare: string } {
  const full = normaliseText(header);
  const bare = full
    .split(' ')
    .filter((token) => !/^\d+$/.test(token))
    .join(' ');
  return { full, bare };
}

interface Candidate {
  column: number;
  field: GoalField;
  score: number;
}

/** The fields a header may stand for, best first (none for an ignored header). */
export function headerCandidates(header: string): { field: GoalField; score: number }[] {
  const { full, bare } = headerForms(header);
  if (!bare || isIgnored(header)) return [];
  const exact = FIELD_BY_HEADER.get(full) ?? FIELD_BY_HEADER.get(bare);
  if (exact) return [{ field: exact, score: 3 }];
  if (WEAK_TITLE.has(bare)) return [{ field: 'title', score: 1.5 }];
  const best = new Map<GoalField, number>();
  const padded = ` ${bare} `;
  for (const [word, field] of PARTIAL) {
    if (padded.includes(` ${word} `)) best.set(field, Math.max(best.get(field) ?? 0, 2 + word.length / 100));
  }
  return [...best].map(([field, score]) => ({ field, score })).sort((a, b) => b.score - a.score);
}

/** Whether a header is a known header word (mapped or deliberately ignored): used to find the header row. */
export function isHeaderWord(cell: Cell): boolean {
  if (typeof cell !== 'string' || !cell.trim()) return false;
  return isIgnored(cell) || headerCandidates(cell).length > 0;
}

function isDateText(text: string): boolean {
  return readDate(text, 'dmy') !== 'invalid' || readDate(text, 'mdy') !== 'invalid';
}

function isIgnored(header: string): boolean {
  const { full, bare } = headerForms(header);
  return IGNORED.has(bare) || IGNORED.has(full) || bare.split(' ').some((word) => IGNORED_WORDS.has(word));
}

export interface ColumnProfile {
  filled: number;
  numbers: number;
  dates: number;
  texts: number;
}

export function profileColumn(rows: readonly (readonly Cell[])[], column: number): ColumnProfile {
  const profile: ColumnProfile = { filled: 0, numbers: 0, dates: 0, texts: 0 };
  for (const row of rows) {
    const cell = row[column] ?? null;
    if (isEmptyCell(cell)) continue;
    profile.filled++;
    if (cell instanceof Date) profile.dates++;
    else if (typeof cell === 'number') profile.numbers++;
    else if (typeof cell === 'string' && readNumber(cell) !== 'invalid') profile.numbers++;
    else if (typeof cell === 'string' && isDateText(cell)) profile.dates++;
    else profile.texts++;
  }
  return profile;
}

/** Whether the values allow a field: numbers for figures, dates for the due date, text for the title. */
function valuesFit(field: GoalField, profile: ColumnProfile): boolean {
  if (!profile.filled) return true;
  if (NUMERIC_FIELDS.has(field)) return profile.numbers / profile.filled >= 0.5;
  if (field === 'dueDate') return profile.dates / profile.filled >= 0.5;
  if (field === 'title') return profile.texts / profile.filled >= 0.2;
  return true;
}

const SAMPLE_ROWS = 200;

/**
 * Suggests a field per column from the headers and a sample of the rows.
 * Header words first (exact synonym > part of a longer header > weak word
 * such as `name`), each single-valued field to one column only, and only when
 * the values fit (a `Doel` column of text is no target); then from the values:
 * the first text column is the title, a number column right of the target is
 * the actual (left of the actual: the target), a date column is the due date,
 * and in a table without any known header the first number columns are
 * target and actual.
 */
export function suggestMapping(
  headers: readonly string[],
  sampleRows: readonly (readonly Cell[])[],
  options: { team?: boolean } = {},
): (GoalField | null)[] {
  const sample = sampleRows.slice(0, SAMPLE_ROWS);
  const profiles = headers.map((_, column) => profileColumn(sample, column));
  const mapping: (GoalField | null)[] = headers.map(() => null);
  const candidates: Candidate[] = [];
  const taken = new Set<GoalField>();
  if (options.team) {
    // A team file: the person columns first (an `Employee` column is ignored in a file of my own goals).
    for (const field of ['employeeId', 'personName'] as const) {
      const column = headers.findIndex((header, index) => mapping[index] === null && PERSON_WORDS[field].has(headerForms(header).bare));
      if (column >= 0) {
        mapping[column] = field;
        taken.add(field);
      }
    }
  }
  const known = headers.map((header) => isHeaderWord(header));
  const ignored = headers.map((header) => isIgnored(header));
  headers.forEach((header, column) => {
    for (const { field, score } of headerCandidates(header)) {
      if (valuesFit(field, profiles[column]!)) candidates.push({ column, field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const { column, field } of candidates) {
    if (mapping[column] !== null || (taken.has(field) && !MULTI_FIELDS.has(field))) continue;
    mapping[column] = field;
    taken.add(field);
  }
  const free = (column: number) => column >= 0 && column < headers.length && mapping[column] === null && !ignored[column];
  const assign = (column: number, field: GoalField) => {
    mapping[column] = field;
    taken.add(field);
  };
  // Frappe HR: `goal_name` is the title and `name` the document id.
  if (taken.has('title') && !taken.has('externalId')) {
    const name = headers.findIndex((header, column) => mapping[column] === null && WEAK_TITLE.has(headerForms(header).bare));
    if (name >= 0) assign(name, 'externalId');
  }
  const ratio = (column: number, kind: 'numbers' | 'dates' | 'texts') =>
    profiles[column]!.filled ? profiles[column]![kind] / profiles[column]!.filled : 0;
  if (!taken.has('title')) {
    const column = headers.findIndex((_, index) => free(index) && ratio(index, 'texts') >= 0.8);
    if (column >= 0) assign(column, 'title');
  }
  const target = mapping.indexOf('target');
  const actual = mapping.indexOf('actual');
  if (target >= 0 && actual < 0 && free(target + 1) && ratio(target + 1, 'numbers') >= 0.8) assign(target + 1, 'actual');
  if (actual >= 0 && target < 0 && free(actual - 1) && ratio(actual - 1, 'numbers') >= 0.8) assign(actual - 1, 'target');
  if (!taken.has('dueDate')) {
    const column = headers.findIndex((_, index) => free(index) && ratio(index, 'dates') >= 0.8);
    if (column >= 0) assign(column, 'dueDate');
  }
  if (!known.some(Boolean)) {
    for (const field of ['target', 'actual'] as const) {
      if (taken.has(field)) continue;
      const column = headers.findIndex((_, index) => free(index) && ratio(index, 'numbers') >= 0.8);
      if (column >= 0) assign(column, field);
    }
  }
  return mapping;
}

/** A mapping from outside (remembered or edited) made safe: known fields only, one entry per column. */
export function sanitiseMapping(mapping: readonly unknown[], columns: number): (GoalField | null)[] {
  return Array.from({ length: columns }, (_, column) => {
    const field = mapping[column];
    return typeof field === 'string' && FIELD_SET.has(field) ? (field as GoalField) : null;
  });
}

/**
 * A stable signature of the normalised headers (64-bit, hex), to remember a
 * mapping per file layout: `Due date` and `due_date` give the same one.
 */
export function headerSignature(headers: readonly string[]): string {
  const text = headers.map((header) => normaliseText(header)).join('\u001f');
  let h1 = 0xdeadbeef ^ headers.length;
  let h2 = 0x41c6ce57 ^ headers.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(16).padStart(8, '0')}${(h1 >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * The header row: among the first rows, the first with the most known
 * header words (title lines above the header are dropped). -1 when the table
 * has no header at all: no header word anywhere and figures in the first row.
 */
export function findHeaderRow(grid: readonly (readonly Cell[])[]): number {
  let best = 0;
  let bestScore = -1;
  for (let index = 0; index < Math.min(grid.length, HEADER_SEARCH_ROWS); index++) {
    const score = grid[index]!.filter(isHeaderWord).length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  if (bestScore > 0) return best;
  const first = grid[0] ?? [];
  const figures = first.some(
    (cell) => cell instanceof Date || typeof cell === 'number' || (typeof cell === 'string' && cell.trim() !== '' && (readNumber(cell) !== 'invalid' || isDateText(cell))),
  );
  return figures ? -1 : 0;
}
