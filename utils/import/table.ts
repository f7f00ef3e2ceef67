/**
 * The raw table every format is read into before goals are built from it:
 * headers as written and rows of cells, all the same width.
 */
import type { GoalsImportPreview, ImportIssue } from './types';
import type { TextEncoding } from './detect';
import { makeIssue } from './issues';
import { findHeaderRow } from './mapping';
import { type Cell, type DecimalSeparator, cellText, isEmptyCell } from './values';
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

/** `A`, `B`, … `Z`, `AA`: spreadsheet column letters. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Turns a grid of cells into a table: empty rows skipped, the header row
 * found (title lines above it dropped), short rows padded, long rows cut with
 * an `extra-cells` warning naming the row.
 */
export function tableFromGrid(grid: readonly (readonly Cell[])[], format: GoalsTable['format']): GoalsTable {
  const filled = grid.filter((row) => row.some((cell) => !isEmptyCell(cell)));
  const headerRow = findHeaderRow(filled);
  const widest = filled.reduce((width, row) => Math.max(width, lastFilled(row) + 1), 0);
  let headers: string[];
  let body: readonly (readonly Cell[])[];
  if (headerRow < 0) {
    headers = Array.from({ length: widest }, (_, index) => `Column ${columnLetters(index)}`);
    body = filled;
  } else {
    const header = filled[headerRow] ?? [];
    headers = header.slice(0, lastFilled(header) + 1).map(headerText);
    body = filled.slice(headerRow + 1);
  }
  const width = headers.length;
  const readIssues: ImportIssue[] = [];
  const rows = body.map((row, index) => {
    const used = lastFilled(row) + 1;
    if (used > width) readIssues.push(makeIssue(index + 1, undefined, 'extra-cells', { cells: used, columns: width }));
    const cells: Cell[] = new Array<Cell>(width);
    for (let column = 0; column < width; column++) cells[column] = row[column] ?? null;
    return cells;
  });
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

function lastFilled(row: readonly Cell[]): number {
  for (let index = row.length - 1; index >= 0; index--) if (!isEmptyCell(row[index] ?? null)) return index;
  return -1;
}
