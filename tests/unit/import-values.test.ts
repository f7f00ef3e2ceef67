/** The goals importer's building blocks: numbers, dates, words, mapping, signature. */
import { describe, expect, it } from 'vitest';
import { headerSignature, statusFromAchievement, suggestMapping, GOAL_FIELDS } from '@/utils/import';
import { headerCandidates } from '@/utils/import/mapping';
import {
  CLOSED_STATUS_WORDS,
  DIRECTION_SYNONYMS,
  DIRECTION_STEMS,
  HEADER_SYNONYMS,
  PERSON_SYNONYMS,
  IGNORED_HEADERS,
  IGNORED_HEADER_WORDS,
  KIND_SYNONYMS,
  MONTH_NAMES,
  STATUS_SYNONYMS,
  WEAK_TITLE_SYNONYMS,
  normaliseText,
} from '@/utils/import/synonyms';
import { dateOrderEvidence, excelSerialToIso, readDate, readNumber } from '@/utils/import/values';
import { decodeWindows1252 } from '@/utils/import/detect';

describe('readNumber: the forms spreadsheets write in EN / NL / FR / DE', () => {
  it.each([
    ['1,234.5', undefined, { value: 1234.5, decimal: '.' }],
    ['1.234,5', undefined, { value: 1234.5, decimal: ',' }],
    ['1 234,5', undefined, { value: 1234.5, decimal: ',' }],
    ['1\u00a0234,5', undefined, { value: 1234.5, decimal: ',' }],
    ['1\u202f234,5', undefined, { value: 1234.5, decimal: ',' }],
    ['1 234 567,89', undefined, { value: 1234567.89, decimal: ',' }],
    ['12,5 %', undefined, { value: 12.5, unit: '%', percent: true, decimal: ',' }],
    ['75%', undefined, { value: 75, unit: '%', percent: true }],
    ['€ 1.200,50', undefined, { value: 1200.5, unit: '€', decimal: ',' }],
    ['1.200,50 €', undefined, { value: 1200.5, unit: '€', decimal: ',' }],
    ['$1,200.50', undefined, { value: 1200.5, unit: '$', decimal: '.' }],
    ['£3', undefined, { value: 3, unit: '£' }],
    ['EUR 7', undefined, { value: 7, unit: '€' }],
    ['500 USD', undefined, { value: 500, unit: '$' }],
    ['12 kg', undefined, { value: 12, unit: 'kg' }],
    ['-3', undefined, { value: -3 }],
    ['−3', undefined, { value: -3 }],
    ['(3)', undefined, { value: -3 }],
    ['-€3', undefined, { value: -3, unit: '€' }],
    ['0,125', undefined, { value: 0.125, decimal: ',' }],
    ['0.125', undefined, { value: 0.125, decimal: '.' }],
    ['1234,567', undefined, { value: 1234.567, decimal: ',' }],
    ['1.234.567', undefined, { value: 1234567, decimal: ',' }],
    ['1,234,567', undefined, { value: 1234567, decimal: '.' }],
    ['.5', undefined, { value: 0.5, decimal: '.' }],
    // A lone 1,234 / 1.234: the column decides, else `.` is the decimal separator, flagged.
    ['1,234', undefined, { value: 1234, ambiguous: true }],
    ['1.234', undefined, { value: 1.234, ambiguous: true }],
    ['1,234', ',', { value: 1.234 }],
    ['1.234', ',', { value: 1234 }],
    ['1,234', '.', { value: 1234 }],
    ['1.234', '.', { value: 1.234 }],
    ['12,5', '.', { value: 12.5, decimal: ',' }],
  ] as const)('%j (column decimal %j)', (raw, decimal, expected) => {
    expect(readNumber(raw, decimal)).toEqual(expected);
  });

  it('reads typed cells and refuses what is not a number', () => {
    expect(readNumber(42)).toEqual({ value: 42 });
    expect(readNumber(null)).toBeUndefined();
    for (const empty of ['', '  ', '-', '–', 'n/a', 'N/A', 'n.v.t.', 'k.A.']) expect(readNumber(empty)).toBeUndefined();
    for (const bad of ['about 12', '1,2.3', '1.2,3,4', '12.', 'abc', 'twelve', '12 34 56', true, new Date(0)]) {
      expect(readNumber(bad as never)).toBe('invalid');
    }
    expect(readNumber(Number.NaN)).toBe('invalid');
  });

  it('refuses a long text at once: its unit pattern would otherwise take time growing with the square of its length', () => {
    // A cell of 20,000 characters (the most a cell may hold) in a figure column, spaces before a trailing word.
    const long = `1${' '.repeat(19_990)}x!`;
    const started = performance.now();
    for (let index = 0; index < 5; index++) expect(readNumber(long)).toBe('invalid');
    expect(performance.now() - started).toBeLessThan(100);
    expect(readNumber('-1 234 567 890,12 EUR', ',')).toEqual({ value: -1234567890.12, unit: '€', decimal: ',' });
  });
});

describe('readDate', () => {
  it.each([
    ['2025-12-31', 'dmy', '2025-12-31'],
    ['2025-12-31T10:00:00Z', 'dmy', '2025-12-31'],
    ['2025-12-31 00:00:00', 'mdy', '2025-12-31'],
    ['2025/1/5', 'dmy', '2025-01-05'],
    ['31/12/2025', 'dmy', '2025-12-31'],
    ['12/31/2025', 'mdy', '2025-12-31'],
    ['01/02/2025', 'dmy', '2025-02-01'],
    ['01/02/2025', 'mdy', '2025-01-02'],
    ['31-12-2025', 'dmy', '2025-12-31'],
    ['31.12.2025', 'dmy', '2025-12-31'],
    ['31.12.25', 'dmy', '2025-12-31'],
    ['29/02/2024', 'dmy', '2024-02-29'],
    ['31 Dec 2025', 'dmy', '2025-12-31'],
    ['December 31, 2025', 'dmy', '2025-12-31'],
    ['31 december 2025', 'dmy', '2025-12-31'],
    ['31. Dezember 2025', 'dmy', '2025-12-31'],
    ['1er janvier 2026', 'dmy', '2026-01-01'],
    ['15 mrt 2025', 'dmy', '2025-03-15'],
    ['14 juillet 2025', 'dmy', '2025-07-14'],
    ['3. März 2025', 'dmy', '2025-03-03'],
  ] as const)('%s (%s) → %s', (raw, order, iso) => {
    expect(readDate(raw, order)).toBe(iso);
  });

  it('refuses impossible dates and Excel serials outside a workbook', () => {
    expect(readDate('30/02/2025', 'dmy')).toBe('invalid');
    expect(readDate('29/02/2025', 'dmy')).toBe('invalid');
    expect(readDate('12/31/2025', 'dmy')).toBe('invalid');
    expect(readDate('45657', 'dmy')).toBe('invalid');
    expect(readDate(45657, 'dmy')).toBe('invalid');
    expect(readDate('soon', 'dmy')).toBe('invalid');
    expect(readDate('', 'dmy')).toBeUndefined();
    expect(readDate(null, 'dmy')).toBeUndefined();
  });

  it('reads workbook dates and serials', () => {
    expect(readDate(new Date(Date.UTC(2025, 11, 31)), 'dmy')).toBe('2025-12-31');
    expect(readDate(45657, 'dmy', true)).toBe('2024-12-31');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(45658.75)).toBe('2025-01-01');
    expect(excelSerialToIso(0)).toBeUndefined();
  });

  it('tells the day/month order a value shows', () => {
    expect(dateOrderEvidence('31/12/2025')).toBe('dmy');
    expect(dateOrderEvidence('12/31/2025')).toBe('mdy');
    expect(dateOrderEvidence('01/02/2025')).toBe('ambiguous');
    expect(dateOrderEvidence('05/05/2025')).toBeUndefined();
    expect(dateOrderEvidence('01.02.2025')).toBe('dmy');
    expect(dateOrderEvidence('2025-01-02')).toBeUndefined();
  });
});

describe('word lists', () => {
  const all = (lists: Record<string, readonly string[]>) => Object.entries(lists).flatMap(([key, words]) => words.map((word) => ({ key, word })));
  const expectNormalisedAndUnique = (entries: { key: string; word: string }[]) => {
    const seen = new Map<string, string>();
    for (const { key, word } of entries) {
      expect(normaliseText(word), `${key}: ${word}`).toBe(word);
      expect(seen.get(word), `"${word}" in ${seen.get(word)} and ${key}`).toBeUndefined();
      seen.set(word, key);
    }
  };

  it('header words are normalised and belong to one field only', () => {
    expectNormalisedAndUnique([
      ...all(HEADER_SYNONYMS),
      ...WEAK_TITLE_SYNONYMS.map((word) => ({ key: 'title (weak)', word })),
      ...IGNORED_HEADERS.map((word) => ({ key: 'ignored', word })),
    ]);
    expectNormalisedAndUnique(IGNORED_HEADER_WORDS.map((word) => ({ key: 'ignored word', word })));
    for (const word of IGNORED_HEADER_WORDS) expect(word).not.toContain(' ');
    expect(Object.keys(HEADER_SYNONYMS).sort()).toEqual([...GOAL_FIELDS].sort());
    // The person columns of a team file have their own words (they overlap the ignored ones by design).
    const personFields = new Set(Object.keys(PERSON_SYNONYMS));
    for (const field of GOAL_FIELDS) {
      expect((personFields.has(field) ? PERSON_SYNONYMS[field as keyof typeof PERSON_SYNONYMS] : HEADER_SYNONYMS[field]).length, field).toBeGreaterThan(0);
    }
    expectNormalisedAndUnique(all(PERSON_SYNONYMS));
  });

  it('status, kind and direction words are normalised and unambiguous', () => {
    expectNormalisedAndUnique([...all(STATUS_SYNONYMS), ...CLOSED_STATUS_WORDS.map((word) => ({ key: 'closed', word }))]);
    expectNormalisedAndUnique(all(KIND_SYNONYMS));
    expectNormalisedAndUnique(all(DIRECTION_SYNONYMS));
    expectNormalisedAndUnique(all(DIRECTION_STEMS));
    for (const months of Object.values(MONTH_NAMES)) {
      expect(months).toHaveLength(12);
      for (const names of months) for (const name of names) expect(normaliseText(name)).toBe(name);
    }
  });

  it('normalises headers: accents, case, punctuation, camelCase, ß', () => {
    expect(normaliseText('Fälligkeitsdatum')).toBe('falligkeitsdatum');
    expect(normaliseText('Valeur de départ')).toBe('valeur de depart');
    expect(normaliseText('percentComplete')).toBe('percent complete');
    expect(normaliseText('key_result_2_title')).toBe('key result 2 title');
    expect(normaliseText('KR1 target')).toBe('kr 1 target');
    expect(normaliseText('Maßeinheit')).toBe('masseinheit');
    expect(normaliseText(' Due-date (dd/mm/yyyy) ')).toBe('due date dd mm yyyy');
  });
});

describe('suggestMapping', () => {
  it('maps headers in the four languages', () => {
    const headers = [
      'Titel', 'Streefwaarde', 'Réalisé', 'Valeur de départ', 'Einheit', 'Pondération', 'Fälligkeitsdatum', 'Beschreibung',
      'Période', 'Richting', 'Kernresultaat', 'ID', 'Statut', 'Fortschritt', 'Type doel',
    ];
    const row = ['Omzet', '100', '90', '80', '€', '20', '31.12.2025', 'x', '2025', 'up', 'KR', '7', 'ok', '50', 'getal'];
    expect(suggestMapping(headers, [row])).toEqual([
      'title', 'target', 'actual', 'baseline', 'unit', 'weight', 'dueDate', 'description',
      'period', 'direction', 'keyResultTitle', 'externalId', 'status', 'progress', 'kind',
    ]);
    expect(suggestMapping(['Objectif', 'Cible', 'Échéance'], [['a', '1', '01/01/2025']])).toEqual(['title', 'target', 'dueDate']);
    expect(suggestMapping(['Ziel', 'Zielwert', 'Istwert', 'Ausgangswert', 'Gewichtung'], [['a', '1', '2', '0', '10']])).toEqual([
      'title', 'target', 'actual', 'baseline', 'weight',
    ]);
    expect(suggestMapping(['Goal', 'Target value (2025)', 'Actual result', 'Target date'], [['a', '1', '2', '2025-01-01']])).toEqual([
      'title', 'target', 'actual', 'dueDate',
    ]);
  });

  it('uses the values: a text "Doel" column is the title, numbers next to the target are the actual, dates the due date', () => {
    expect(suggestMapping(['Doel', 'Streefwaarde', 'Gerealiseerd'], [['Omzet verhogen', '100', '120']])).toEqual(['title', 'target', 'actual']);
    expect(suggestMapping(['Goal', 'Target', 'Score'], [['Grow', '10', '8']])).toEqual(['title', 'target', 'actual']);
    expect(suggestMapping(['Goal', 'Score', 'Actual'], [['Grow', '10', '8']])).toEqual(['title', 'target', 'actual']);
    expect(suggestMapping(['Goal', 'When'], [['Grow', '31/12/2025']])).toEqual(['title', 'dueDate']);
    // No header word at all (cells pasted without a header): text, then the first number columns.
    expect(suggestMapping(['Column A', 'Column B', 'Column C'], [['Grow', '10', '8']])).toEqual(['title', 'target', 'actual']);
  });

  it('does not map owners, audit dates or start dates, and keeps Frappe\'s name as the id', () => {
    expect(suggestMapping(['Start Date', 'Owner Emails', 'created_at', 'Goal Title'], [['2025-01-01', 'a@b', '2025-01-01', 'x']])).toEqual([
      null, null, null, 'title',
    ]);
    expect(suggestMapping(['name', 'goal_name'], [['HR-GOAL-1', 'Ship']])).toEqual(['externalId', 'title']);
    expect(suggestMapping(['name', 'description'], [['Ship', 'x']])).toEqual(['title', 'description']);
    expect(suggestMapping(['Objective owner', 'Objective', 'Target created on'], [['Kim', 'Ship', '2025-01-01']])).toEqual([null, 'title', null]);
  });

  it('never reads object keys from header text', () => {
    const headers = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
    // No header hit; only the value fallback (first text column → title).
    expect(suggestMapping(headers, [headers.map(() => 'x')])).toEqual(['title', null, null, null, null, null]);
    for (const header of headers) expect(headerCandidates(header)).toEqual([]);
  });
});

describe('headerSignature', () => {
  it('is a stable 64-bit hex of the normalised headers', () => {
    const signature = headerSignature(['Title', 'Due date', 'Target']);
    expect(signature).toMatch(/^[0-9a-f]{16}$/);
    expect(headerSignature(['title', 'due_date', ' TARGET '])).toBe(signature);
    expect(headerSignature(['Title', 'Target', 'Due date'])).not.toBe(signature);
    expect(headerSignature(['Title', 'Due date'])).not.toBe(signature);
    expect(headerSignature([])).toMatch(/^[0-9a-f]{16}$/);
    expect(headerSignature(['a b'])).not.toBe(headerSignature(['a', 'b']));
  });
});

describe('statusFromAchievement', () => {
  it.each([
    [150, 'achieved'],
    [100, 'achieved'],
    [99, 'partly'],
    [50, 'partly'],
    [49, 'missed'],
    [1, 'missed'],
    [0, 'not_started'],
    [-20, 'missed'],
    [undefined, 'not_started'],
  ] as const)('%s %% → %s', (achievement, status) => {
    expect(statusFromAchievement(achievement)).toBe(status);
  });

  it('reads a closed goal without figures as achieved', () => {
    expect(statusFromAchievement(undefined, true)).toBe('achieved');
    expect(statusFromAchievement(30, true)).toBe('missed');
  });
});

describe('Windows-1252', () => {
  it('maps 0x80–0x9F like browsers do (Node reads the label as Latin-1)', () => {
    const bytes = new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9c, 0xe9, 0xc9, 0xa0, 0x81]);
    expect(decodeWindows1252(bytes)).toBe('€…‘’“”–—™œéÉ\u00a0\u0081');
  });
});
