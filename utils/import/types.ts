/**
 * The contract of the goals importer (issue: import last year's goals).
 * `parseGoalsFile` (./index.ts) is pure: no database, no extension APIs.
 */
import type { Direction, GoalKind, GoalStatus } from '../model';
import type { ImportLimit } from './limits';

/** A goal as read from a file: the Goal fields of the data model, without ids. */
export interface GoalDraft {
  title: string;
  description?: string;
  kind: GoalKind;
  unit?: string;
  baseline?: number;
  target?: number;
  actual?: number;
  direction?: Direction;
  weight?: number;
  /** ISO `YYYY-MM-DD`. */
  dueDate?: string;
  status: GoalStatus;
  keyResults: { title: string; unit?: string; baseline?: number; target?: number; actual?: number }[];
  /** An id the source system gave the goal (re-imports match on it). */
  externalId?: string;
  /** The cycle or period column, as written (informative). */
  period?: string;
  /** Team import: the person the goal is for, by name and/or employee id, as written. */
  personName?: string;
  employeeId?: string;
}

/** The goal fields a column can be mapped to. */
export type GoalField =
  | 'title'
  | 'description'
  | 'kind'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'actual'
  | 'direction'
  | 'weight'
  | 'dueDate'
  | 'status'
  | 'progress'
  | 'keyResultTitle'
  | 'keyResultTarget'
  | 'keyResultActual'
  | 'externalId'
  | 'period'
  /** Team import only (see `ParseOptions.team`): whose goal the row is. */
  | 'personName'
  | 'employeeId';

/**
 * A problem with one row. `code` is stable (the UI translates it); `column`
 * is the header as written in the file; the cell's content is never included
 * (no confidential data in messages or logs).
 */
export interface ImportIssue {
  row: number;
  column?: string;
  code: string;
  message: string;
}

export interface PreviewRow {
  /** 1-based data row (header excluded). */
  row: number;
  goal?: GoalDraft;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

export interface GoalsImportPreview {
  format: 'csv' | 'xlsx' | 'json' | 'paste';
  /** Headers as written (empty for header-less JSON shapes). */
  headers: string[];
  /** Column index → goal field (null: ignored). Editable, then re-applied with `remapPreview`. */
  mapping: (GoalField | null)[];
  /** `sha`-like signature of the normalised headers, to remember a mapping. */
  signature: string;
  /** Day/month order used for slash/dot dates; `ambiguous` when the file does not tell (the UI asks). */
  dateOrder: 'dmy' | 'mdy' | 'ambiguous' | 'none';
  /** XLSX: the sheets of the workbook and the one read. */
  sheets?: string[];
  sheet?: string;
  rows: PreviewRow[];
}

export interface ParseOptions {
  /** XLSX: the sheet to read (default: the first). */
  sheet?: string;
  /** A mapping remembered for this header signature, or corrected by the user. */
  mapping?: (GoalField | null)[];
  /** The user's answer when the date order is ambiguous. */
  dateOrder?: 'dmy' | 'mdy';
  /**
   * A team file: a column names the person each goal is for. Only then are
   * person columns suggested; a file of my own goals is mapped as before.
   */
  team?: boolean;
  /** Progress of long work, 0..1. */
  onProgress?(fraction: number): void;
}

/**
 * A file that cannot be read at all; `message` says why, for a person (in
 * English, for logs). `over-limit`: the file holds more than an import may
 * (limits.ts); `limit` says which limit and where, for the UI to translate.
 */
export class ImportError extends Error {
  constructor(
    readonly code: 'too-large' | 'over-limit' | 'unknown-format' | 'undecodable' | 'protected' | 'legacy-xls' | 'empty' | 'invalid-json',
    message: string,
    readonly limit?: ImportLimit,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export { MAX_IMPORT_BYTES } from './limits';
