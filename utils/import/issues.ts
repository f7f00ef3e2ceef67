/**
 * Row issues: a stable `code` (the UI translates it) and an English message
 * for logs and tests that names the row and the column, never the cell.
 */
import type { ImportIssue } from './types';

export const ISSUE_CODES = {
  /** Errors: the row cannot become a goal. */
  'missing-title': 'error',
  'invalid-number': 'error',
  'invalid-date': 'error',
  'weight-out-of-range': 'error',
  'not-an-object': 'error',
  /** Warnings: the goal is read, maybe not as the file meant. */
  'extra-cells': 'warning',
  'unknown-status': 'warning',
  'unknown-kind': 'warning',
  'unknown-direction': 'warning',
  'ambiguous-date': 'warning',
  'ambiguous-number': 'warning',
  'text-truncated': 'warning',
  'key-result-without-title': 'warning',
  'duplicate-id': 'warning',
  'control-characters': 'warning',
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;

export interface IssueDetails {
  /** missing-title: no column is mapped to the title */
  unmapped?: boolean;
  /** extra-cells */
  cells?: number;
  columns?: number;
  /** text-truncated */
  max?: number;
  /** ambiguous-number: the decimal separator used */
  decimal?: string;
  /** duplicate-id: the first row with that id */
  firstRow?: number;
}

function describe(code: IssueCode, details: IssueDetails): string {
  switch (code) {
    case 'missing-title':
      return details.unmapped ? 'the title is missing (no column is mapped to the title)' : 'the title is missing';
    case 'invalid-number':
      return 'not a number';
    case 'invalid-date':
      return 'not a date (expected for example 2025-12-31 or 31/12/2025)';
    case 'weight-out-of-range':
      return 'the weight must be between 0 and 100';
    case 'not-an-object':
      return 'not a goal object';
    case 'extra-cells':
      return `has ${details.cells} cells, more than the ${details.columns} columns of the header; the extra cells are ignored`;
    case 'unknown-status':
      return 'unknown status, read as not started';
    case 'unknown-kind':
      return 'unknown goal kind, inferred from the figures';
    case 'unknown-direction':
      return 'unknown direction, inferred from the figures and words';
    case 'ambiguous-date':
      return 'the file does not tell whether dates are day/month or month/day; read as day/month/year';
    case 'ambiguous-number':
      return `the thousands/decimal separator is ambiguous; read with "${details.decimal}" as the decimal separator`;
    case 'text-truncated':
      return `the text is longer than ${details.max} characters and was cut`;
    case 'key-result-without-title':
      return 'key result figures without a key result title are ignored';
    case 'duplicate-id':
      return `the same id is already on row ${details.firstRow}`;
    case 'control-characters':
      return 'control or direction characters removed';
  }
}

export function makeIssue(row: number, column: string | undefined, code: IssueCode, details: IssueDetails = {}): ImportIssue {
  const where = column === undefined ? `Row ${row}` : `Row ${row}, column "${column}"`;
  const issue: ImportIssue = { row, code, message: `${where}: ${describe(code, details)}.` };
  if (column !== undefined) issue.column = column;
  return issue;
}
