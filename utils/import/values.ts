/**
 * Reading cell values the way spreadsheets in EN / NL / FR / DE write them:
 * numbers with any thousands/decimal separators, units and currency signs;
 * dates in ISO, day/month/year or month/day/year order, or with month names.
 */
import { MONTH_BY_NAME, normaliseText } from './synonyms';

/** A cell of a read table: text (CSV, paste), or typed values (XLSX, JSON). */
export type Cell = string | number | boolean | Date | null;

export type DecimalSeparator = ',' | '.';

export interface NumberValue {
  value: number;
  /** `%`, a currency sign or a trailing word such as `kg`, `FTE`. */
  unit?: string;
  /** The number was written with a `%` sign. */
  percent?: boolean;
  /** `1,234` / `1.234` read without knowing the column's decimal separator. */
  ambiguous?: boolean;
  /** The decimal separator this value shows unambiguously (evidence for its column). */
  decimal?: DecimalSeparator;
}

const CURRENCY = /^(?:[€$£¥₹₣₤]|eur|usd|gbp|chf|jpy)$/i;
const LEADING_UNIT = /^(?:[€$£¥₹]|(?:eur|usd|gbp|chf)(?=[\s\d(+\-−]))\s*/i;
const TRAILING_UNIT = /\s*(%|‰|[€$£¥₹]|[\p{L}°µ][\p{L}°µ²³/.]{0,15})$/u;
const GROUP_SPACE = /(\d)[\s\u00a0\u202f\u2009'’](?=\d{3}(?:\D|$))/g;
/**
 * Longer text is not a number: `-1 234 567 890,12 EUR` is 21 characters.
 * Checked first, because TRAILING_UNIT takes time growing with the square of
 * the length on text such as `1`, thousands of spaces, `x!` (a 20,000
 * character cell took seconds, and a file may hold hundreds of them).
 */
const MAX_NUMBER_CHARS = 64;

/**
 * Reads a number. `decimal` is the decimal separator of the column when known;
 * without it a lone `1,234` or `1.234` is read with `.` as the decimal
 * separator and flagged `ambiguous`. Returns undefined for an empty cell and
 * `'invalid'` for anything that is not a number.
 */
export function readNumber(cell: Cell, decimal?: DecimalSeparator): NumberValue | undefined | 'invalid' {
  if (cell === null) return undefined;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : 'invalid';
  if (typeof cell !== 'string') return 'invalid';
  let text = cell.trim();
  if (!text || isPlaceholder(text)) return undefined;
  if (text.length > MAX_NUMBER_CHARS) return 'invalid';
  let negative = false;
  let unit: string | undefined;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1]!.trim();
  }
  const signAt = (value: string) => /^[-−–+]/.exec(value);
  let sign = signAt(text);
  if (sign) {
    negative = negative !== (sign[0] !== '+');
    text = text.slice(1).trim();
  }
  const leading = LEADING_UNIT.exec(text);
  if (leading) {
    unit = leading[0].trim();
    text = text.slice(leading[0].length);
    sign = signAt(text);
    if (sign) {
      negative = negative !== (sign[0] !== '+');
      text = text.slice(1).trim();
    }
  }
  const trailing = TRAILING_UNIT.exec(text);
  if (trailing && trailing.index > 0) {
    if (unit !== undefined && !CURRENCY.test(trailing[1]!)) return 'invalid';
    unit = trailing[1];
    text = text.slice(0, trailing.index);
  }
  let grouped = false;
  text = text.replace(GROUP_SPACE, (_, digit: string) => {
    grouped = true;
    return digit;
  });
  if (!/^(?:\d[\d.,]*|[.,]\d+)$/.test(text) || /[.,]$/.test(text)) return 'invalid';
  const read = readDigits(text, decimal, grouped);
  if (read === 'invalid') return 'invalid';
  const result: NumberValue = { value: negative ? -read.value : read.value };
  if (unit !== undefined) result.unit = normaliseUnit(unit);
  if (unit === '%') result.percent = true;
  if (read.ambiguous) result.ambiguous = true;
  if (read.decimal) result.decimal = read.decimal;
  return result;
}

function normaliseUnit(unit: string): string {
  const upper = unit.toUpperCase();
  if (upper === 'EUR') return '€';
  if (upper === 'USD') return '$';
  if (upper === 'GBP') return '£';
  return unit;
}

function readDigits(
  text: string,
  decimal: DecimalSeparator | undefined,
  grouped: boolean,
): { value: number; ambiguous?: boolean; decimal?: DecimalSeparator } | 'invalid' {
  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;
  const asNumber = (digits: string, decimalSeparator: DecimalSeparator) => {
    const group = decimalSeparator === ',' ? '.' : ',';
    const [whole, fraction] = digits.split(decimalSeparator) as [string, string | undefined];
    if (whole.includes(group) && !/^\d{1,3}(?:[.,]\d{3})+$/.test(whole)) return undefined;
    return Number(`${whole.replaceAll(group, '') || '0'}${fraction === undefined ? '' : `.${fraction}`}`);
  };
  if (!commas && !dots) return { value: Number(text) };
  if (commas && dots) {
    const decimalSeparator: DecimalSeparator = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    if (text.split(decimalSeparator).length > 2) return 'invalid';
    const value = asNumber(text, decimalSeparator);
    return value === undefined ? 'invalid' : { value, decimal: decimalSeparator };
  }
  const separator: DecimalSeparator = commas ? ',' : '.';
  const other: DecimalSeparator = commas ? '.' : ',';
  if ((commas || dots) > 1) {
    // Several of the same separator: thousands groups (1.234.567 / 1,234,567).
    if (!/^\d{1,3}(?:[.,]\d{3})+$/.test(text)) return 'invalid';
    return { value: Number(text.replaceAll(separator, '')), decimal: other };
  }
  const [whole, fraction] = text.split(separator) as [string, string];
  const couldBeGroup = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  if (!couldBeGroup || grouped) {
    // 12,5 / 0,125 / 1234,567 / 1 234,567: the separator is the decimal one.
    return { value: Number(`${whole || '0'}.${fraction}`), decimal: separator };
  }
  if (decimal) {
    return decimal === separator
      ? { value: Number(`${whole}.${fraction}`) }
      : { value: Number(`${whole}${fraction}`) };
  }
  // 1,234 or 1.234 with nothing to tell: read `.` as the decimal separator.
  return separator === '.'
    ? { value: Number(`${whole}.${fraction}`), ambiguous: true }
    : { value: Number(`${whole}${fraction}`), ambiguous: true };
}

export type DateOrder = 'dmy' | 'mdy';

/** Day/month order evidence of one value: `dmy` (first part > 12 or dots), `mdy`, or none. */
export function dateOrderEvidence(cell: Cell): DateOrder | 'ambiguous' | undefined {
  if (typeof cell !== 'string') return undefined;
  const parts = NUMERIC_DATE.exec(cell.trim());
  if (!parts) return undefined;
  const first = Number(parts[1]);
  const second = Number(parts[3]);
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  if (first > 12 || second > 12) return undefined;
  // 31.12.2025 is the German / Dutch way; nobody writes month.day.year.
  if (parts[2] === '.') return 'dmy';
  return first === second ? undefined : 'ambiguous';
}

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Serial day numbers Excel gives dates (1900 system): 1 = 1900-01-01; 60 is the fictitious 1900-02-29. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const days = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, 30);
  return new Date(epoch + (days < 61 ? days + 1 : days) * 86_400_000).toISOString().slice(0, 10);
}

function isoOf(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(year: string): number {
  const value = Number(year);
  return year.length === 2 ? (value < 70 ? 2000 + value : 1900 + value) : value;
}

/**
 * Reads a date as ISO `YYYY-MM-DD`. `order` is used for `dd/mm/yyyy`-like
 * values. `serials`: numbers are Excel date serials (XLSX only; in a CSV a
 * bare number is not a date). Returns undefined for an empty cell.
 */
export function readDate(cell: Cell, order: DateOrder, serials = false): string | undefined | 'invalid' {
  if (cell === null) return undefined;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return 'invalid';
    return isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) ?? 'invalid';
  }
  if (typeof cell === 'number') return serials ? (excelSerialToIso(cell) ?? 'invalid') : 'invalid';
  if (typeof cell !== 'string') return 'invalid';
  const text = cell.trim();
  if (!text || isPlaceholder(text)) return undefined;
  const iso = ISO_DATE.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? 'invalid';
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    return isoOf(fullYear(numeric[4]!), month, day) ?? 'invalid';
  }
  return readNamedDate(text) ?? 'invalid';
}

/** `31 Dec 2025`, `Dec 31, 2025`, `31. Dezember 2025`, `1er janvier 2025`, `31-dec-2025`. */
function readNamedDate(text: string): string | undefined {
  const tokens = normaliseText(text).split(' ');
  if (tokens.length < 3 || tokens.length > 4) return undefined;
  let month: number | undefined;
  const numbers: string[] = [];
  for (const token of tokens) {
    const named = MONTH_BY_NAME.get(token);
    if (named !== undefined && month === undefined) month = named;
    else if (/^\d{1,4}$/.test(token)) numbers.push(token);
    else if (token !== 'er') return undefined;
  }
  if (month === undefined || numbers.length !== 2) return undefined;
  const yearIndex = numbers.findIndex((value) => value.length === 4);
  if (yearIndex < 0) return undefined;
  const day = Number(numbers[1 - yearIndex]);
  return isoOf(Number(numbers[yearIndex]), month, day);
}

/** A cell as text (numbers without float noise, dates as ISO). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15)));
  return String(cell);
}

export function isEmptyCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** What people type in a cell that has no value: `-`, `–`, `n/a`, `n.v.t.`, `k. A.`… */
export function isPlaceholder(text: string): boolean {
  return /^(?:[-–—/?]|n\/?a|n\.?\s?v\.?\s?t\.?|k\.?\s?a\.?|s\.?\s?o\.?|none|null|nil)$/i.test(text.trim());
}
