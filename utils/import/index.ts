/**
 * The goals importer: a file (CSV / TSV / semicolon CSV, XLSX, JSON) or cells
 * pasted from a spreadsheet → a preview of goal drafts with per-row errors
 * and warnings. Pure: no database, no extension APIs, no WXT modules.
 *
 * API
 * - `parseGoalsFile({ name, bytes }, options)` → Promise<GoalsImportPreview>;
 *   rejects with `ImportError` (types.ts) for files that cannot be read at all:
 *   `too-large`, `over-limit` (more columns, rows, characters, unpacked
 *   bytes… than limits.ts allows; `error.limit` says which and where),
 *   `empty`, `unknown-format`, `undecodable`, `protected` (password-protected
 *   workbook), `legacy-xls`, `invalid-json`.
 * - `parsePastedCells(text, options)` → GoalsImportPreview (format `paste`):
 *   tab-separated cells as a spreadsheet copies them (comma / semicolon too),
 *   within the same limits (throws ImportError).
 * - `remapPreview(preview, { mapping?, dateOrder?, sheet? })` → a new preview
 *   of the same file without reading it again. Each preview made here is
 *   linked, in a module-private WeakMap, to the table it was built from (and
 *   the date order the user gave); the link is not part of the preview object,
 *   so it stays plain data, but it is lost on a copy (`{ ...preview }`,
 *   structuredClone, messaging): keep the object returned here, or use the
 *   explicit pair below. `sheet` switches an XLSX preview to another sheet
 *   (the workbook was read once; the mapping is suggested again unless given).
 *   Throws a TypeError for a preview it did not make, and ImportError
 *   (`over-limit`) for another sheet past the limits.
 * - `readTable(file, options)` + `buildPreview(table, options)`: the same in
 *   two explicit steps (parseGoalsFile = buildPreview(await readTable(file))),
 *   for callers that keep the table themselves (e.g. a worker);
 *   `buildPreviewInSlices` builds the same preview in slices of ~12 ms with
 *   a turn of the event loop between them (parseGoalsFile uses it).
 * - `suggestMapping(headers, sampleRows)`, `headerSignature(headers)`: the
 *   mapping from header words and values, and the key to remember it under.
 * - `ISSUE_CODES`: every issue code, with its severity, for the UI to translate.
 *
 * Formats: by magic bytes first (OLE compound file → refused as protected or
 * legacy .xls; PK zip → XLSX; PDF, images, archives → unknown-format), then
 * text: UTF-8 (BOM or not), UTF-16 LE/BE (BOM, or detected by its zero
 * bytes), else Windows-1252; text starting with `[` or `{` (or a .json file)
 * is JSON, anything else delimited text (papaparse; Excel's `sep=` line
 * honoured). See build.ts for how cells become goals, synonyms.ts for the
 * words recognised, values.ts for numbers and dates.
 */
import type { GoalField, GoalsImportPreview, ParseOptions } from './types';
import { ImportError, MAX_IMPORT_BYTES } from './types';
import { buildPreview, buildPreviewInSlices } from './build';
import { guessDelimiter, parseDelimited, parseDelimitedInChunks, takeSepLine } from './csv';
import { type TextEncoding, decodeText, extensionOf, sniff } from './detect';
import { tableFromJson } from './json';
import { type GoalsTable, tableFromGrid } from './table';
import { type Sheet, readWorkbook } from './xlsx';
import { isEmptyCell } from './values';

export type { GoalDraft, GoalField, GoalsImportPreview, ImportIssue, ParseOptions, PreviewRow } from './types';
export { ImportError, MAX_IMPORT_BYTES } from './types';
export * from './limits';
export { ISSUE_CODES, type IssueCode } from './issues';
export { headerSignature, suggestMapping, GOAL_FIELDS } from './mapping';
export { buildPreview, buildPreviewInSlices, statusFromAchievement } from './build';
export type { GoalsTable } from './table';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface RemapOptions {
  /** The mapping to apply, one entry per column (unknown fields are ignored). */
  mapping?: (GoalField | null)[];
  /** The user's answer to an ambiguous day/month order. */
  dateOrder?: 'dmy' | 'mdy';
  /** XLSX: another sheet of the workbook. */
  sheet?: string;
}

interface Source {
  table: GoalsTable;
  dateOrder?: 'dmy' | 'mdy';
}

const sources = new WeakMap<GoalsImportPreview, Source>();

function register(preview: GoalsImportPreview, table: GoalsTable, dateOrder: 'dmy' | 'mdy' | undefined): GoalsImportPreview {
  sources.set(preview, { table, dateOrder });
  return preview;
}

const TEXT_FALLBACK_EXTENSIONS = new Set(['csv', 'tsv', 'tab', 'txt']);

/** Reads a file into a raw table (no mapping yet). Rejects with ImportError. */
export async function readTable(file: ImportFile, options: Pick<ParseOptions, 'sheet' | 'onProgress'> = {}): Promise<GoalsTable> {
  const kind = sniff(file.name, file.bytes);
  if (kind === 'xlsx') {
    const workbook = await readWorkbook(file.bytes);
    options.onProgress?.(0.9);
    if (!workbook.some((sheet) => sheet.data.some((row) => row.some((cell) => !isEmptyCell(cell))))) {
      throw new ImportError('empty', 'The workbook is empty.');
    }
    return tableFromWorkbook(workbook, options.sheet);
  }
  const { text, encoding } = decodeText(file.name, file.bytes);
  const extension = extensionOf(file.name);
  const first = text.trimStart()[0];
  if (extension === 'json' || first === '[' || first === '{') {
    try {
      const table = tableFromJson(text);
      options.onProgress?.(0.9);
      return table;
    } catch (error) {
      if (!(error instanceof ImportError && error.code === 'invalid-json' && TEXT_FALLBACK_EXTENSIONS.has(extension))) throw error;
    }
  }
  const { text: body, delimiter: declared } = takeSepLine(text);
  const delimiter = declared ?? (extension === 'tsv' || extension === 'tab' ? '\t' : guessDelimiter(body));
  const grid = await parseDelimitedInChunks(body, delimiter, (fraction) => options.onProgress?.(fraction * 0.9));
  return delimitedTable(grid, 'csv', delimiter, encoding);
}

function delimitedTable(grid: string[][], format: 'csv' | 'paste', delimiter: string, encoding?: TextEncoding): GoalsTable {
  const table = tableFromGrid(grid, format);
  table.delimiter = delimiter;
  if (encoding) table.encoding = encoding;
  // Semicolons separate cells where the comma is the decimal separator.
  if (delimiter === ';') table.decimalHint = ',';
  return table;
}

function tableFromWorkbook(workbook: Sheet[], name: string | undefined): GoalsTable {
  const sheet = workbook.find((candidate) => candidate.name === name) ?? workbook[0]!;
  const table = tableFromGrid(sheet.data, 'xlsx');
  table.serialDates = true;
  table.workbook = workbook;
  table.sheet = sheet.name;
  return table;
}

/** Reads a goals file into a preview. Rejects with ImportError for files that cannot be read at all. */
export async function parseGoalsFile(file: ImportFile, options: ParseOptions = {}): Promise<GoalsImportPreview> {
  // Progress: the first half reading the file, the second building the rows (in slices, so that no task is long).
  const { onProgress } = options;
  const table = await readTable(file, { ...options, ...(onProgress && { onProgress: (fraction: number) => onProgress(fraction / 2) }) });
  const preview = await buildPreviewInSlices(table, { ...options, ...(onProgress && { onProgress: (fraction: number) => onProgress(0.5 + fraction / 2) }) });
  return register(preview, table, options.dateOrder);
}

/** Cells pasted from a spreadsheet (tab-separated; comma or semicolon also work). */
export function parsePastedCells(text: string, options: ParseOptions = {}): GoalsImportPreview {
  if (text.length > MAX_IMPORT_BYTES) {
    throw new ImportError('too-large', `The pasted text is longer than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB, the limit for an import.`);
  }
  const { text: body, delimiter: declared } = takeSepLine(text.replace(/^\uFEFF/, ''));
  if (!body.trim()) throw new ImportError('empty', 'Nothing was pasted.');
  const delimiter = declared ?? (body.includes('\t') ? '\t' : guessDelimiter(body, [',', ';']));
  const table = delimitedTable(parseDelimited(body, delimiter), 'paste', delimiter);
  return register(buildPreview(table, options), table, options.dateOrder);
}

/** A new preview of the same file with another mapping, date order or sheet (see the module comment). */
export function remapPreview(preview: GoalsImportPreview, changes: RemapOptions = {}): GoalsImportPreview {
  const source = sources.get(preview);
  if (!source) {
    throw new TypeError('remapPreview: this preview was not made by parseGoalsFile or parsePastedCells (or is a copy); read the file again.');
  }
  let { table } = source;
  let mapping: (GoalField | null)[] | undefined = changes.mapping ?? preview.mapping;
  if (changes.sheet !== undefined && table.workbook && changes.sheet !== table.sheet) {
    table = tableFromWorkbook(table.workbook, changes.sheet);
    mapping = changes.mapping;
  }
  const dateOrder = changes.dateOrder ?? source.dateOrder;
  const options: ParseOptions = {};
  if (mapping) options.mapping = mapping;
  if (dateOrder) options.dateOrder = dateOrder;
  return register(buildPreview(table, options), table, dateOrder);
}
