/**
 * The raw table every format is read into before goals are built from it:
 * headers as written and rows of cells, all the same width.
 */
import type { GoalsImportPreview, ImportIssue } from './types';
import type { TextEncoding } from './detect';
import { columnLetters } from './columns';
import { makeIssue } from './issues';
import { findHeaderRow } from './mapping';
import { MAX_IMPORT_ROWS, checkRow, isBeyondRowLimit, limitError } from './limits';
import { type Cell, type DecimalSeparator, cellText } from './values';
import { cleanText } from '../text';

export interface GoalsTable {
  format: GoalsImportPreview['format'];
  /** Headers as written (trimmed); `Column A`… for a table without a header row. */
  headers: string[];
  /** Data rows (empty ones skipped), each exactly `headers.length` wide. */
  rows: Cell[][];
  /** Issues found while reading, such as rows longer than the header. */
  readIssues: ImportIssue[];
  /** The decimal separator the file's conventions suggest (`;`-separated CSV → `,`). */
  decimalHint?: DecimalSeparator;
  /** XLSX: numbers in a date column are Excel date serials. */
  serialDates?: boolean;
  /** XLSX: every sheet of the workbook, to switch without reading the file again. */
  workbook?: { name: string; data: Cell[][] }[];
  sheet?: string;
  /** JSON in our own field names (backup, array of goals): the goal objects, read field by field. */
  records?: unknown[];
  /** CSV / paste: how the text was read (informative). */
  encoding?: TextEncoding;
  delimiter?: string;
}

export { columnLetters };

/**
 * Turns a grid of cells into a table: empty rows skipped, the header row
 * found (title lines above it dropped), short rows padded, long rows cut with
 * an `extra-cells` warning naming the row. Within the import limits
 * (limits.ts), checked before anything is padded: a row using more than 200
 * columns, a cell too long or more than 20,000 goal rows throw
 * ImportError(`over-limit`) naming the grid row (1-based: the sheet row for
 * a workbook, the record for delimited text).
 */
export function tableFromGrid(grid: readonly (readonly Cell[])[], format: GoalsTable['format']): GoalsTable {
  const filled: (readonly Cell[])[] = [];
  const used: number[] = [];
  for (let index = 0; index < grid.length; index++) {
    const row = grid[index]!;
    const width = checkRow(row, index + 1);
    if (width === 0) continue;
    filled.push(row);
    used.push(width);
    if (isBeyondRowLimit(filled.length)) throw limitError({ limit: 'rows', max: MAX_IMPORT_ROWS });
  }
  const headerRow = findHeaderRow(filled);
  const widest = used.reduce((width, rowWidth) => Math.max(width, rowWidth), 0);
  let headers: string[];
  let bodyStart: number;
  if (headerRow < 0) {
    headers = Array.from({ length: widest }, (_, index) => `Column ${columnLetters(index)}`);
    bodyStart = 0;
  } else {
    const header = filled[headerRow] ?? [];
    headers = header.slice(0, used[headerRow]).map(headerText);
    bodyStart = headerRow + 1;
  }
  if (filled.length - bodyStart > MAX_IMPORT_ROWS) throw limitError({ limit: 'rows', max: MAX_IMPORT_ROWS });
  const width = headers.length;
  const readIssues: ImportIssue[] = [];
  const rows: Cell[][] = [];
  for (let index = bodyStart; index < filled.length; index++) {
    const row = filled[index]!;
    const dataRow = index - bodyStart + 1;
    if (used[index]! > width) readIssues.push(makeIssue(dataRow, undefined, 'extra-cells', { cells: used[index], columns: width }));
    const cells: Cell[] = new Array<Cell>(width);
    for (let column = 0; column < width; column++) cells[column] = row[column] ?? null;
    rows.push(cells);
  }
  return { format, headers, rows, readIssues };
}

/**
 * A header as shown in the preview and in issue messages: one line, without
 * direction controls (a header could otherwise make the mapping read
 * differently from what it is).
 */
export function headerText(cell: Cell): string {
  return cleanText(cellText(cell), { multiline: false }).text.trim();
}
