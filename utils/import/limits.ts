/**
 * How much an import may hold, and the refusal when a file holds more.
 *
 * A goals export is small (a few hundred rows of a dozen columns). The limits
 * are far above that, and low enough that a hostile file cannot make the
 * options page allocate without bound: every format is read in a way that
 * stops at the first limit crossed, before anything is padded, inflated or
 * parsed past it (a 100 KB CSV with a 100,000-column header, a zip bomb, a
 * worksheet with one cell at XFD1048576, a JSON list of a million objects).
 *
 * | what | limit |
 * |---|---|
 * | file (or pasted text) | 10 MB (10,485,760 bytes; characters for pasted text) |
 * | columns of a table (up to its last filled cell) | 200 |
 * | goal rows below the header | 20,000 |
 * | characters in one cell | 20,000 (the longest description a goal holds) |
 * | a CSV row still unfinished after | 1,000,000 characters |
 * | XLSX: inflated size of all its parts, read from the zip's directory before inflating | 50 MB |
 * | XLSX: parts (files) in the zip | 1,000 |
 * | XLSX: a worksheet's rows and columns (any row or cell reference) | row 25,000, column 200 (GR) |
 * | XLSX: all worksheets together, last row × last column summed | 5,000,000 cells |
 * | JSON: nesting depth | 16 |
 * | JSON: items in one list | 20,000 |
 * | JSON: keys in one object | 200 |
 * | JSON: characters in one string (keys too) | 20,000 |
 * | JSON: values in all | 1,000,000 |
 */
import { MAX_TEXT } from '../model';
import type { JsonLimits } from '../json-limits';
import { columnLetters } from './columns';
import { ImportError } from './types';
import { type Cell, isEmptyCell } from './values';

/** Files larger than this are refused before they are read (a goals export is far smaller). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Columns a table may use, counted up to its last filled cell (trailing empty cells are not counted). */
export const MAX_IMPORT_COLUMNS = 200;
/** Goal rows (data rows below the header row). */
export const MAX_IMPORT_ROWS = 20_000;
/** Characters in one cell: the longest text a goal holds (its description). */
export const MAX_CELL_CHARS = MAX_TEXT;
/**
 * A CSV row still unfinished after this many characters is refused: the
 * parser would otherwise split a multi-megabyte line into millions of cells
 * before any row could be checked. Far above 200 ordinary cells.
 */
export const MAX_ROW_CHARS = 1_000_000;
/** The header is looked for among the first rows (mapping.ts `findHeaderRow`): title lines above it are dropped. */
export const HEADER_SEARCH_ROWS = 10;

/** XLSX: what its parts inflate to, all together, as the zip's central directory states it. */
export const MAX_XLSX_INFLATED_BYTES = 50 * 1024 * 1024;
/** XLSX: parts (files) in the zip; a workbook has a dozen or two. */
export const MAX_XLSX_PARTS = 1_000;
/**
 * XLSX: the last row a worksheet may use (a row or cell reference beyond it
 * is refused): the goal rows, with room for title lines and blank rows. The
 * reader builds one row per sheet row up to the last, so a far reference is
 * a memory bomb.
 */
export const MAX_SHEET_ROWS = MAX_IMPORT_ROWS + 5_000;
/** XLSX: the last column a worksheet may hold a value in (the reader pads every row to the widest). */
export const MAX_SHEET_COLUMNS = MAX_IMPORT_COLUMNS;
/** XLSX: the cells the reader lays out for all worksheets together (each sheet's last row × last column, summed). */
export const MAX_WORKBOOK_CELLS = MAX_SHEET_ROWS * MAX_SHEET_COLUMNS;

/** JSON files are checked against these before they are parsed (utils/json-limits.ts). */
export const IMPORT_JSON_LIMITS: JsonLimits = {
  depth: 16,
  items: MAX_IMPORT_ROWS,
  keys: MAX_IMPORT_COLUMNS,
  text: MAX_CELL_CHARS,
  values: 1_000_000,
};

/** Which limit a file crossed, and where: the UI says it in the user's language. Rows are 1-based rows of the file or sheet. */
export type ImportLimit =
  | { limit: 'columns'; max: number; row: number }
  | { limit: 'rows'; max: number }
  | { limit: 'cell'; max: number; row: number; column: string }
  | { limit: 'row-length'; max: number; row: number }
  | { limit: 'xlsx-inflated'; max: number }
  | { limit: 'xlsx-parts'; max: number }
  | { limit: 'sheet-extent'; cell: string; maxRow: number; maxColumn: string }
  | { limit: 'sheet-cells'; max: number }
  | { limit: 'json-depth'; max: number }
  | { limit: 'json-items'; max: number }
  | { limit: 'json-keys'; max: number }
  | { limit: 'json-text'; max: number }
  | { limit: 'json-values'; max: number };

const count = (value: number) => value.toLocaleString('en-US');
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The limit in English, for logs and tests (the UI translates from the fields). */
export function describeLimit(crossed: ImportLimit): string {
  switch (crossed.limit) {
    case 'columns':
      return `Row ${count(crossed.row)} has more than ${count(crossed.max)} columns, the most that can be imported.`;
    case 'rows':
      return `The file has more than ${count(crossed.max)} rows of goals, the most that can be imported.`;
    case 'cell':
      return `Row ${count(crossed.row)}, column ${crossed.column}: the cell holds more than ${count(crossed.max)} characters, the most a cell can hold.`;
    case 'row-length':
      return `Row ${count(crossed.row)} is longer than ${count(crossed.max)} characters, the most a row can hold.`;
    case 'xlsx-inflated':
      return `The workbook unpacks to more than ${megabytes(crossed.max)}, the most that is read.`;
    case 'xlsx-parts':
      return `The workbook holds more than ${count(crossed.max)} parts, the most that is read.`;
    case 'sheet-extent':
      return `A sheet has a cell at ${crossed.cell}, beyond row ${count(crossed.maxRow)} or column ${crossed.maxColumn}, the furthest a sheet is read.`;
    case 'sheet-cells':
      return `The sheets of the workbook span more than ${count(crossed.max)} cells together, the most that is read.`;
    case 'json-depth':
      return `The JSON is nested more than ${count(crossed.max)} levels deep, the most that is read.`;
    case 'json-items':
      return `A list in the JSON holds more than ${count(crossed.max)} items, the most that is read.`;
    case 'json-keys':
      return `An object in the JSON has more than ${count(crossed.max)} fields, the most that is read.`;
    case 'json-text':
      return `A text in the JSON is longer than ${count(crossed.max)} characters, the most a cell can hold.`;
    case 'json-values':
      return `The JSON holds more than ${count(crossed.max)} values, the most that is read.`;
  }
}

/** The refusal for a crossed limit. */
export function limitError(crossed: ImportLimit): ImportError {
  return new ImportError('over-limit', describeLimit(crossed), crossed);
}

/** The spreadsheet name of the last column a sheet may use (`GR` for 200). */
export const MAX_SHEET_COLUMN_NAME = columnLetters(MAX_SHEET_COLUMNS - 1);

/**
 * The width a row of a grid uses (up to its last filled cell), after checking
 * it against the column and cell limits: throws the refusal naming the row
 * (`rowNumber`, 1-based, as the file or sheet counts it) and the column.
 */
export function checkRow(row: readonly Cell[], rowNumber: number): number {
  let used = row.length;
  while (used > 0 && isEmptyCell(row[used - 1] ?? null)) used--;
  if (used > MAX_IMPORT_COLUMNS) throw limitError({ limit: 'columns', max: MAX_IMPORT_COLUMNS, row: rowNumber });
  for (let column = 0; column < used; column++) {
    const cell = row[column];
    if (typeof cell === 'string' && cell.length > MAX_CELL_CHARS) {
      throw limitError({ limit: 'cell', max: MAX_CELL_CHARS, row: rowNumber, column: columnLetters(column) });
    }
  }
  return used;
}

/** More non-empty rows than a header and the goal rows below it can fill. */
export function isBeyondRowLimit(filledRows: number): boolean {
  return filledRows > MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS;
}
