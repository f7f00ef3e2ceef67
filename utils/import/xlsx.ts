/**
 * XLSX workbooks, read with read-excel-file's `universal` entry: it takes an
 * ArrayBuffer and needs neither a Worker (the `browser` entry spawns one) nor
 * Node streams (the `node` entry), so the same code runs in the extension's
 * options page and under vitest / happy-dom. Loaded on demand, so pages that
 * never import a workbook don't carry it. The workbook is measured first
 * (zip.ts): the library itself unpacks and lays out whatever a file states.
 */
import { ImportError } from './types';
import { checkWorkbook } from './zip';
import type { Cell } from './values';

export interface Sheet {
  name: string;
  data: Cell[][];
}

/** Every sheet of the workbook (date-formatted cells come back as UTC `Date`s). */
export async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  await checkWorkbook(bytes);
  const { default: readXlsxFile, InvalidSpreadsheetError } = await import('read-excel-file/universal');
  // A fresh ArrayBuffer of exactly these bytes (a Node Buffer's one is a shared pool).
  const buffer = new Uint8Array(bytes).buffer;
  try {
    const sheets = await readXlsxFile(buffer);
    return sheets.map((sheet) => ({ name: sheet.sheet, data: sheet.data as unknown as Cell[][] }));
  } catch (error) {
    if (error instanceof InvalidSpreadsheetError) {
      // A zip, but no workbook inside: .docx, .ods or another archive renamed.
      throw new ImportError(
        'unknown-format',
        'This file is a zip archive but not an Excel workbook. Save it as .xlsx or CSV and import that file.',
      );
    }
    throw new ImportError('undecodable', 'The workbook is damaged and cannot be read. Save it again as .xlsx or CSV and import that file.');
  }
}
