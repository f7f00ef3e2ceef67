/** The goals importer on real-world files (tests/fixtures/import, see scripts/make-import-fixtures.mjs). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES,
  ImportError,
  MAX_IMPORT_BYTES,
  buildPreview,
  buildPreviewInSlices,
  parseGoalsFile,
  parsePastedCells,
  readTable,
  remapPreview,
  type GoalsImportPreview,
  type ImportIssue,
} from '@/utils/import';
import { parseDelimited, parseDelimitedInChunks } from '@/utils/import/csv';
import { GoalKind, GoalStatus, IsoDate } from '@/utils/model';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });
const parse = (name: string, options?: Parameters<typeof parseGoalsFile>[1]) => parseGoalsFile(fixture(name), options);
const goals = (preview: GoalsImportPreview) => preview.rows.map((row) => row.goal);
const codes = (issues: ImportIssue[]) => issues.map((issue) => issue.code);

async function refusal(file: { name: string; bytes: Uint8Array }): Promise<ImportError> {
  const error = await parseGoalsFile(file).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('CSV in the shapes spreadsheets save', () => {
  it('semicolons, sep=; line, decimal commas, Dutch headers, dd-mm-yyyy', async () => {
    const preview = await parse('semicolon-decimal-comma.csv');
    expect(preview).toMatchObject({
      format: 'csv',
      headers: ['Titel', 'Omschrijving', 'Streefwaarde', 'Gerealiseerd', 'Eenheid', 'Einddatum', 'Status', 'Weging'],
      mapping: ['title', 'description', 'target', 'actual', 'unit', 'dueDate', 'status', 'weight'],
      dateOrder: 'dmy',
    });
    expect(preview.rows.flatMap((row) => [...row.errors, ...row.warnings])).toEqual([]);
    expect(goals(preview)).toEqual([
      {
        title: 'Klanttevredenheid verhogen', description: 'NPS-score', kind: 'quantitative', unit: 'punten',
        target: 12.5, actual: 13.1, direction: 'increase', weight: 30, dueDate: '2025-12-31', status: 'achieved', keyResults: [],
      },
      {
        // No status: computed from the achievement, the direction coming from "kosten verlagen".
        title: 'Kosten verlagen', description: 'Operationele kosten', kind: 'quantitative', unit: '€',
        target: 1250000, actual: 1180000.75, direction: 'decrease', weight: 40, dueDate: '2025-06-30', status: 'achieved', keyResults: [],
      },
      {
        title: 'Verzuim terugdringen', kind: 'quantitative', unit: '%', target: 4.5, actual: 5.2, direction: 'decrease',
        weight: 30, dueDate: '2025-03-15', status: 'missed', keyResults: [],
      },
    ]);
  });

  it('UTF-8 with BOM, quoted commas and quotes, English headers', async () => {
    const preview = await parse('utf8-bom.csv');
    expect(preview.headers[0]).toBe('Title');
    expect(goals(preview)).toEqual([
      {
        title: 'Grow revenue, EMEA', description: 'Focus on "key" accounts', kind: 'quantitative', unit: 'k€',
        target: 1234.5, actual: 1300, direction: 'increase', weight: 60, dueDate: '2025-12-31', status: 'on_track', keyResults: [],
      },
      {
        title: 'Café opening', description: 'Open the new café', kind: 'quantitative', target: 1, actual: 1,
        weight: 40, dueDate: '2025-06-30', status: 'achieved', keyResults: [],
      },
    ]);
  });

  it('Windows-1252 (French Excel): é, “ ”, ’, –, € and a no-break space, no U+FFFD', async () => {
    const preview = await parse('windows-1252.csv');
    expect(JSON.stringify(preview)).not.toContain('\uFFFD');
    expect(preview.headers).toEqual(['Objectif', 'Cible', 'Réalisé', 'Unité', 'Échéance', 'Statut', 'Description']);
    expect(preview.mapping).toEqual(['title', 'target', 'actual', 'unit', 'dueDate', 'status', 'description']);
    expect(goals(preview)).toEqual([
      {
        title: 'Réduire les coûts – phase 2', description: 'Le “plan d’économies” validé', kind: 'quantitative', unit: '€',
        target: 12500, actual: 11800, direction: 'decrease', dueDate: '2025-12-31', status: 'achieved', keyResults: [],
      },
      {
        title: 'Améliorer la qualité', description: 'Taux de réussite – tests', kind: 'quantitative', unit: '%',
        target: 95.5, actual: 96.2, dueDate: '2025-06-30', status: 'on_track', keyResults: [],
      },
    ]);
  });

  it('UTF-16 LE with BOM, tab-separated (Excel "Unicode text"), German headers and numbers', async () => {
    const table = await readTable(fixture('utf16le-bom.txt'));
    expect(table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    const preview = buildPreview(table);
    expect(preview.headers).toEqual(['Ziel', 'Zielwert', 'Istwert', 'Einheit', 'Fälligkeitsdatum', 'Status', 'Gewichtung']);
    expect(preview.dateOrder).toBe('dmy');
    expect(preview.rows.flatMap((row) => row.warnings)).toEqual([]);
    expect(goals(preview)).toEqual([
      {
        title: 'Umsatz steigern', kind: 'quantitative', unit: '€', target: 1250000, actual: 1310500.5,
        direction: 'increase', weight: 40, dueDate: '2025-12-31', status: 'achieved', keyResults: [],
      },
      {
        // 80.000 alone is ambiguous; the column's 1.250.000 says the dot groups thousands.
        title: 'Kosten senken', kind: 'quantitative', unit: '€', target: 80000, actual: 85000,
        direction: 'decrease', weight: 35, dueDate: '2025-06-30', status: 'partly', keyResults: [],
      },
      { title: 'Schulung abschließen', kind: 'qualitative', weight: 25, dueDate: '2025-09-15', status: 'dropped', keyResults: [] },
    ]);
  });

  it('UTF-16 BE with BOM', async () => {
    const table = await readTable(fixture('utf16be-bom.csv'));
    expect(table.encoding).toBe('utf-16be');
    const preview = buildPreview(table);
    expect(goals(preview).map((goal) => goal?.title)).toEqual(['Ship v2', 'Hire two engineers — “senior”']);
    expect(goals(preview)[1]).toMatchObject({ target: 2, actual: 1, status: 'partly', dueDate: '2025-09-30' });
  });

  it('UTF-16 LE without BOM, told by its zero bytes', async () => {
    const text = 'Titel\tStreefwaarde\r\nÉén doel\t3\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index++) bytes[index * 2] = text.charCodeAt(index);
    const preview = await parseGoalsFile({ name: 'export.txt', bytes });
    expect(goals(preview)).toEqual([{ title: 'Één doel', kind: 'quantitative', target: 3, status: 'not_started', keyResults: [] }]);
  });

  it('quoted newlines, doubled quotes and CRLF; one key result per line of a key-results cell', async () => {
    const preview = await parse('quoted-newlines.csv');
    expect(preview.rows).toHaveLength(2);
    expect(goals(preview)).toEqual([
      {
        title: 'Improve "customer" onboarding', description: 'Line one, with a comma\nLine two', kind: 'quantitative',
        target: 5, actual: 4, status: 'partly', keyResults: [{ title: 'Cut time to first value' }, { title: 'Publish the guide' }],
      },
      { title: 'Plain goal', description: 'She said "done"', kind: 'quantitative', target: 1, actual: 1, status: 'achieved', keyResults: [] },
    ]);
  });

  it('CR-only line endings (old Mac Excel)', async () => {
    const preview = await parse('cr-line-endings.csv');
    expect(goals(preview).map((goal) => [goal?.title, goal?.target, goal?.actual])).toEqual([
      ['First goal', 10, 5],
      ['Second goal', 4, 4],
    ]);
  });

  it('ragged rows: short rows padded, long rows warned about by row, empty lines skipped', async () => {
    const preview = await parse('ragged-rows.csv');
    expect(preview.rows.map((row) => row.goal?.title)).toEqual(['Short row goal', 'Long row goal', 'Normal goal', 'Trailing empty cells']);
    expect(preview.rows[0]!.goal).toEqual({ title: 'Short row goal', kind: 'quantitative', target: 10, status: 'not_started', keyResults: [] });
    expect(preview.rows[1]!.warnings).toEqual([
      { row: 2, code: 'extra-cells', message: 'Row 2: has 6 cells, more than the 4 columns of the header; the extra cells are ignored.' },
    ]);
    expect(preview.rows[1]!.goal).toMatchObject({ target: 5, actual: 6, status: 'on_track' });
    // Empty trailing cells are no extra cells.
    expect(preview.rows[3]!.warnings).toEqual([]);
  });

  it('numbers in the forms of the four languages, currency and percent signs as units', async () => {
    const preview = await parse('numbers.tsv');
    expect(preview.rows.map((row) => row.goal && [row.goal.target, row.goal.actual, row.goal.baseline, row.goal.unit])).toEqual([
      [1234.5, 1200.5, -3, '$'],
      [1234.5, 1200.5, -3, '€'],
      [1234.5, 12.5, 0, '%'],
      [1234.5, 3, 1, '£'],
      [1234.5, 7, 2, '€'],
      undefined,
    ]);
    expect(preview.rows[5]!.errors).toEqual([
      { row: 6, column: 'Target', code: 'invalid-number', message: 'Row 6, column "Target": not a number.' },
    ]);
    expect(preview.rows[5]!.errors[0]!.message).not.toContain('about');
  });

  it('a lone 1,234 is decided by the column, else read with a warning', async () => {
    const decided = await parse('decided-numbers.csv');
    expect(goals(decided).map((goal) => goal?.target)).toEqual([1.234, 12.5]);
    expect(decided.rows.flatMap((row) => row.warnings)).toEqual([]);

    const ambiguous = await parse('ambiguous-numbers.csv');
    expect(goals(ambiguous).map((goal) => goal?.target)).toEqual([1234, 2500]);
    expect(ambiguous.rows[0]!.warnings).toEqual([
      {
        row: 1, column: 'Target', code: 'ambiguous-number',
        message: 'Row 1, column "Target": the thousands/decimal separator is ambiguous; read with "." as the decimal separator.',
      },
    ]);
    // In a semicolon file the comma is the decimal separator: 1.234 is a thousand.
    const semicolon = parsePastedCells('Title;Target\nFirst;1.234\nSecond;2.500');
    expect(goals(semicolon).map((goal) => goal?.target)).toEqual([1234, 2500]);
    expect(semicolon.rows.flatMap((row) => row.warnings)).toEqual([]);
  });
});

describe('dates', () => {
  it('day/month order from the column: a part over 12 decides', async () => {
    const mdy = await parse('dates-mdy.csv');
    expect(mdy.dateOrder).toBe('mdy');
    expect(goals(mdy).map((goal) => goal?.dueDate)).toEqual(['2025-12-31', '2025-01-02']);
    expect(mdy.rows.flatMap((row) => row.warnings)).toEqual([]);
  });

  it('an ambiguous column is read day-first with a warning per ambiguous row, until the user answers', async () => {
    const preview = await parse('dates-ambiguous.csv');
    expect(preview.dateOrder).toBe('ambiguous');
    expect(goals(preview).map((goal) => goal?.dueDate)).toEqual(['2025-02-01', '2025-04-03', '2025-05-05']);
    expect(preview.rows.map((row) => codes(row.warnings))).toEqual([['ambiguous-date'], ['ambiguous-date'], []]);
    expect(preview.rows[0]!.warnings[0]).toMatchObject({ row: 1, column: 'Due date' });

    const answered = remapPreview(preview, { dateOrder: 'mdy' });
    expect(answered.dateOrder).toBe('mdy');
    expect(goals(answered).map((goal) => goal?.dueDate)).toEqual(['2025-01-02', '2025-03-04', '2025-05-05']);
    expect(answered.rows.flatMap((row) => row.warnings)).toEqual([]);
    // The answer is kept when the mapping changes next.
    expect(goals(remapPreview(answered, { mapping: ['title', 'dueDate'] }))[0]!.dueDate).toBe('2025-01-02');

    const direct = await parse('dates-ambiguous.csv', { dateOrder: 'dmy' });
    expect(direct.dateOrder).toBe('dmy');
    expect(direct.rows.flatMap((row) => row.warnings)).toEqual([]);
  });

  it('the file\'s own evidence wins over a remembered answer', async () => {
    const preview = await parse('dates-mdy.csv', { dateOrder: 'dmy' });
    expect(preview.dateOrder).toBe('mdy');
    expect(goals(preview)[1]!.dueDate).toBe('2025-01-02');
  });

  it('Excel serials in a CSV are not dates', async () => {
    const preview = await parse('excel-serial.csv');
    expect(preview.rows[0]).toEqual({
      row: 1,
      errors: [
        { row: 1, column: 'Due date', code: 'invalid-date', message: 'Row 1, column "Due date": not a date (expected for example 2025-12-31 or 31/12/2025).' },
      ],
      warnings: [],
    });
    expect(preview.rows[1]!.goal?.dueDate).toBe('2025-12-31');
  });
});

describe('XLSX', () => {
  it('reads the first sheet, lists the sheets, turns serial dates (formatted or bare) into ISO dates', async () => {
    const preview = await parse('goals-serial-dates.xlsx');
    expect(preview).toMatchObject({
      format: 'xlsx',
      sheets: ['Goals 2025', 'Archive 2024'],
      sheet: 'Goals 2025',
      headers: ['Goal', 'Target', 'Actual', 'Unit', 'Due date', 'Weight', 'Status'],
      mapping: ['title', 'target', 'actual', 'unit', 'dueDate', 'weight', 'status'],
      dateOrder: 'none',
    });
    expect(goals(preview)).toEqual([
      {
        title: 'Grow EMEA revenue', kind: 'quantitative', unit: '€', target: 1200000, actual: 1350000,
        direction: 'increase', weight: 40, dueDate: '2024-12-31', status: 'achieved', keyResults: [],
      },
      {
        title: 'Reduce onboarding time', kind: 'quantitative', unit: 'days', target: 10, actual: 12,
        direction: 'decrease', weight: 35, dueDate: '2025-03-31', status: 'at_risk', keyResults: [],
      },
      { title: 'Launch mentoring programme', kind: 'qualitative', weight: 25, dueDate: '2025-06-30', status: 'achieved', keyResults: [] },
    ]);
  });

  it('reads another sheet, by option or by remapping without reading the file again', async () => {
    const byOption = await parse('goals-serial-dates.xlsx', { sheet: 'Archive 2024' });
    expect(byOption.sheet).toBe('Archive 2024');
    const expected = [{ title: 'Old goal', kind: 'quantitative', target: 10, actual: 5, dueDate: '2024-06-30', status: 'partly', keyResults: [] }];
    expect(goals(byOption)).toEqual(expected);

    const first = await parse('goals-serial-dates.xlsx');
    const switched = remapPreview(first, { sheet: 'Archive 2024' });
    expect(switched).toMatchObject({ sheet: 'Archive 2024', headers: ['Title', 'Target', 'Actual', 'Deadline'], mapping: ['title', 'target', 'actual', 'dueDate'] });
    expect(goals(switched)).toEqual(expected);
    expect(goals(remapPreview(switched, { sheet: 'Goals 2025' }))).toEqual(goals(first));
  });

  it('PeopleCues objectives: metric name, type and start/target values', async () => {
    const preview = await parse('peoplecues.xlsx');
    expect(preview.mapping).toEqual(['title', null, null, 'dueDate', 'keyResultTitle', 'kind', 'baseline', 'target']);
    expect(goals(preview)).toEqual([
      {
        title: 'Improve NPS', kind: 'quantitative', baseline: 30, target: 45, direction: 'increase', dueDate: '2025-12-31',
        status: 'not_started', keyResults: [{ title: 'NPS score' }],
      },
      {
        title: 'Cut cloud spend', kind: 'quantitative', baseline: 52000, target: 40000, direction: 'decrease', dueDate: '2025-09-30',
        status: 'not_started', keyResults: [{ title: 'Monthly cost' }],
      },
      {
        title: 'Raise test coverage', kind: 'quantitative', unit: '%', baseline: 60, target: 80, direction: 'increase',
        dueDate: '2025-06-30', status: 'not_started', keyResults: [{ title: 'Coverage' }],
      },
    ]);
  });
});

describe('HR exports', () => {
  it('Culture Amp: name, due_at, status words, completion 0–1 and key_result_N columns', async () => {
    const preview = await parse('culture-amp.csv');
    expect(preview.mapping).toEqual([
      null, 'title', 'description', null, null, 'dueDate', null, null, 'status', 'progress',
      'keyResultTitle', 'keyResultActual', 'keyResultTitle', 'keyResultActual',
    ]);
    expect(goals(preview)).toEqual([
      {
        title: 'Launch self-serve onboarding', description: 'Reduce time to value', kind: 'quantitative', unit: '%',
        target: 100, actual: 100, dueDate: '2025-06-30', status: 'achieved',
        keyResults: [
          { title: 'Publish onboarding guide', unit: '%', target: 100, actual: 100 },
          { title: 'Ship in-app checklist', unit: '%', target: 100, actual: 100 },
        ],
      },
      {
        title: 'Reduce support backlog', kind: 'quantitative', unit: '%', target: 100, actual: 40, dueDate: '2025-12-31', status: 'on_track',
        keyResults: [
          { title: 'Close 50 old tickets', unit: '%', target: 100, actual: 60 },
          { title: 'Automate triage', unit: '%', target: 100, actual: 20 },
        ],
      },
      { title: 'Mentor two juniors', kind: 'quantitative', unit: '%', target: 100, actual: 0, dueDate: '2025-09-30', status: 'at_risk', keyResults: [] },
    ]);
  });

  it('Peoplebox: row ids, cycle, goal type, start/target/current values, progress status, weight', async () => {
    const preview = await parse('peoplebox.csv');
    expect(preview.mapping).toEqual([
      'externalId', null, 'title', null, 'period', 'kind', null, 'dueDate', 'baseline', 'target', 'actual', 'status', null, 'weight',
    ]);
    expect(goals(preview)).toEqual([
      {
        title: 'Increase ARR', kind: 'quantitative', baseline: 800000, target: 1000000, actual: 950000, direction: 'increase',
        weight: 50, dueDate: '2025-12-31', status: 'on_track', externalId: 'G-101', period: 'FY2025', keyResults: [],
      },
      {
        title: 'Lower churn rate', kind: 'quantitative', unit: '%', baseline: 8, target: 5, actual: 6, direction: 'decrease',
        weight: 30, dueDate: '2025-12-31', status: 'at_risk', externalId: 'G-102', period: 'FY2025', keyResults: [],
      },
      {
        title: 'Publish engineering blog', kind: 'qualitative', baseline: 0, target: 1, actual: 1, weight: 20,
        dueDate: '2025-06-30', status: 'achieved', externalId: 'G-103', period: 'FY2025', keyResults: [],
      },
    ]);
  });
});

describe('JSON', () => {
  it('our own backup: the goals store, read field by field', async () => {
    const preview = await parse('backup.json');
    expect(preview).toMatchObject({ format: 'json', headers: [], mapping: [], dateOrder: 'none' });
    expect(goals(preview)).toEqual([
      {
        title: 'Reduce support backlog', description: 'Old tickets first', kind: 'quantitative', unit: 'tickets',
        baseline: 120, target: 40, actual: 55, direction: 'decrease', weight: 50, dueDate: '2025-12-31', status: 'partly',
        externalId: 'goal_1',
        keyResults: [{ title: 'Close 50 old tickets', unit: 'tickets', baseline: 0, target: 50, actual: 20 }],
      },
      { title: 'Mentor a new colleague', kind: 'qualitative', status: 'achieved', externalId: 'goal_2', keyResults: [] },
    ]);
  });

  it('a plain array of goals in our field names, validated like any row', async () => {
    const preview = await parse('goals-array.json');
    expect(preview.rows[0]!.goal).toEqual({
      title: 'Grow newsletter', kind: 'quantitative', unit: 'subscribers', target: 5000, actual: 5200, direction: 'increase',
      status: 'not_started', keyResults: [],
    });
    expect(preview.rows[0]!.warnings).toEqual([
      { row: 1, column: 'status', code: 'unknown-status', message: 'Row 1, column "status": unknown status, read as not started.' },
    ]);
    expect(preview.rows[1]).toEqual({
      row: 2,
      errors: [{ row: 2, column: 'title', code: 'missing-title', message: 'Row 2, column "title": the title is missing.' }],
      warnings: [],
    });
    expect(preview.rows[2]!.goal).toEqual({
      title: 'Speak at a conference', kind: 'qualitative', status: 'missed', dueDate: '2025-10-15', period: '2025',
      keyResults: [{ title: 'Submit a talk' }],
    });
  });

  it('BambooHR goals: percentComplete becomes a percentage goal', async () => {
    const preview = await parse('bamboohr-goals.json');
    expect(preview.headers).toEqual([
      'id', 'title', 'description', 'percentComplete', 'sharedWithEmployeeIds', 'dueDate', 'completionDate', 'alignsWithOptionId',
    ]);
    expect(preview.mapping).toEqual(['externalId', 'title', 'description', 'progress', null, 'dueDate', null, null]);
    expect(goals(preview)).toEqual([
      {
        title: 'Complete AWS certification', description: 'Solutions Architect Associate', kind: 'quantitative', unit: '%',
        target: 100, actual: 100, dueDate: '2025-06-30', status: 'achieved', externalId: '14', keyResults: [],
      },
      {
        title: 'Speed up deployments', kind: 'quantitative', unit: '%', target: 100, actual: 40, dueDate: '2025-12-31',
        status: 'missed', externalId: '15', keyResults: [],
      },
    ]);
  });

  it('Frappe HR goals: goal_name, progress, status, end_date, appraisal_cycle; name is the id', async () => {
    const preview = await parse('frappe-goals.json');
    expect(preview.mapping).toEqual(['externalId', null, 'title', 'progress', 'status', null, null, 'dueDate', 'period', null]);
    expect(goals(preview)).toEqual([
      {
        title: 'Improve code review turnaround', kind: 'quantitative', unit: '%', target: 100, actual: 75, dueDate: '2025-12-31',
        status: 'on_track', externalId: 'HR-GOAL-2025-00001', period: 'FY 2025', keyResults: [],
      },
      {
        title: 'Write onboarding docs', kind: 'quantitative', unit: '%', target: 100, actual: 100, dueDate: '2025-03-31',
        status: 'achieved', externalId: 'HR-GOAL-2025-00002', period: 'FY 2025', keyResults: [],
      },
      {
        // "Closed" says it is over, not how: computed from the progress.
        title: 'Migrate CI', kind: 'quantitative', unit: '%', target: 100, actual: 30, dueDate: '2025-09-30',
        status: 'missed', externalId: 'HR-GOAL-2025-00003', period: 'FY 2025', keyResults: [],
      },
    ]);
  });

  it('OrangeHRM KPIs: the rating scale as baseline and target', async () => {
    const preview = await parse('orangehrm-kpis.json');
    expect(preview.mapping).toEqual(['externalId', 'title', null, null, null, 'baseline', 'target', null]);
    expect(goals(preview)).toEqual([
      { title: 'Customer satisfaction score', kind: 'quantitative', baseline: 1, target: 5, direction: 'increase', status: 'not_started', externalId: '3', keyResults: [] },
      { title: 'Code quality', kind: 'quantitative', baseline: 0, target: 100, direction: 'increase', status: 'not_started', externalId: '4', keyResults: [] },
    ]);
  });

  it('refuses invalid JSON without quoting it, and JSON without goals', async () => {
    const invalid = await refusal(fixture('invalid.json'));
    expect(invalid.code).toBe('invalid-json');
    expect(invalid.message).toBe('The file is not valid JSON.');
    expect((await refusal(fixture('unknown-shape.json'))).code).toBe('unknown-format');
    const emptyBackup = new TextEncoder().encode('{"format":"review-companion-backup","version":1,"stores":{"goals":[]}}');
    expect((await refusal({ name: 'backup.json', bytes: emptyBackup })).code).toBe('empty');
  });
});

describe('objects are not polluted by headers', () => {
  it('__proto__ / constructor headers in CSV and keys in JSON are plain column names', async () => {
    const csv = await parse('proto-header.csv');
    expect(csv.headers).toEqual(['__proto__', 'constructor', 'Title', 'prototype', 'hasOwnProperty', 'toString']);
    expect(csv.mapping).toEqual([null, null, 'title', null, null, null]);
    expect(goals(csv)).toEqual([{ title: 'Safe goal', kind: 'qualitative', status: 'not_started', keyResults: [] }]);

    const json = await parse('proto.json');
    expect(json.headers).toEqual(['__proto__.polluted', 'constructor', 'title']);
    expect(goals(json)).toEqual([{ title: 'Safe JSON goal', kind: 'qualitative', status: 'not_started', keyResults: [] }]);

    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const goal of [...goals(csv), ...goals(json)]) {
      expect(Object.getPrototypeOf(goal)).toBe(Object.prototype);
      expect(Object.keys(goal!).sort()).toEqual(['keyResults', 'kind', 'status', 'title']);
    }
  });
});

describe('refusals', () => {
  it('too large: the limit in MB', async () => {
    const error = await refusal({ name: 'goals.csv', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) });
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('10 MB');
  });

  it('legacy .xls and password-protected workbooks: save as .xlsx or CSV', async () => {
    const legacy = await refusal(fixture('legacy.xls'));
    expect(legacy.code).toBe('legacy-xls');
    expect(legacy.message).toContain('save it as .xlsx or CSV');
    const protectedFile = await refusal(fixture('protected.xlsx'));
    expect(protectedFile.code).toBe('protected');
    expect(protectedFile.message).toContain('password-protected');
    expect(protectedFile.message).toContain('.xlsx or CSV');
    // The content decides, not the name.
    expect((await refusal({ name: 'goals.xlsx', bytes: fixture('legacy.xls').bytes })).code).toBe('legacy-xls');
  });

  it('garbage bytes, empty files, other formats, damaged workbooks', async () => {
    expect((await refusal(fixture('garbage.csv'))).code).toBe('undecodable');
    expect((await refusal({ name: 'goals.bin', bytes: fixture('garbage.csv').bytes })).code).toBe('unknown-format');
    expect((await refusal(fixture('empty.csv'))).code).toBe('empty');
    expect((await refusal({ name: 'goals.csv', bytes: new TextEncoder().encode(' \r\n\t\n') })).code).toBe('empty');
    expect((await refusal({ name: 'goals.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n') })).code).toBe('unknown-format');
    expect((await refusal({ name: 'export', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) })).code).toBe('unknown-format');
    expect((await refusal({ name: 'goals.docx', bytes: fixture('goals-serial-dates.xlsx').bytes })).code).toBe('unknown-format');
    expect((await refusal({ name: 'export.xls', bytes: new TextEncoder().encode('<html><table></table></html>') })).code).toBe('unknown-format');
    const damaged = fixture('goals-serial-dates.xlsx').bytes.slice(0, 200);
    expect((await refusal({ name: 'goals.xlsx', bytes: damaged })).code).toBe('undecodable');
  });

  it('reads tab-separated text saved under an .xls name (a common HR export)', async () => {
    const preview = await parseGoalsFile({ name: 'export.xls', bytes: new TextEncoder().encode('Title\tTarget\nShip\t3\n') });
    expect(goals(preview)).toEqual([{ title: 'Ship', kind: 'quantitative', target: 3, status: 'not_started', keyResults: [] }]);
  });
});

describe('pasted cells', () => {
  it('tab-separated as a spreadsheet copies them, with a quoted multi-line cell', () => {
    const text = 'Objectif\tCible\tRéalisé\tÉchéance\tStatut\r\n"Réduire les délais\r\nde livraison"\t10\t8\t31/12/2025\tatteint\r\nFormer l\'équipe\t\t\t30/06/2025\tabandonné\r\n';
    const preview = parsePastedCells(text);
    expect(preview).toMatchObject({ format: 'paste', mapping: ['title', 'target', 'actual', 'dueDate', 'status'], dateOrder: 'dmy' });
    expect(goals(preview)).toEqual([
      {
        title: 'Réduire les délais de livraison', kind: 'quantitative', target: 10, actual: 8, direction: 'decrease',
        dueDate: '2025-12-31', status: 'achieved', keyResults: [],
      },
      { title: "Former l'équipe", kind: 'qualitative', dueDate: '2025-06-30', status: 'dropped', keyResults: [] },
    ]);
  });

  it('comma- and semicolon-separated text too', () => {
    expect(goals(parsePastedCells('Title,Target,Actual\n"Grow, fast",10,12'))).toEqual([
      { title: 'Grow, fast', kind: 'quantitative', target: 10, actual: 12, direction: 'increase', status: 'achieved', keyResults: [] },
    ]);
    expect(goals(parsePastedCells('Titel;Doel;Gerealiseerd\nOmzet;12,5;10'))).toEqual([
      { title: 'Omzet', kind: 'quantitative', target: 12.5, actual: 10, status: 'partly', keyResults: [] },
    ]);
  });

  it('cells without a header row, and a title line above the header', () => {
    const headerless = parsePastedCells('Grow revenue\t100\t120\t31/12/2025\nCut costs\t50\t40\t30/06/2025');
    expect(headerless.headers).toEqual(['Column A', 'Column B', 'Column C', 'Column D']);
    expect(headerless.mapping).toEqual(['title', 'target', 'actual', 'dueDate']);
    expect(goals(headerless).map((goal) => [goal?.title, goal?.target, goal?.actual, goal?.dueDate, goal?.direction])).toEqual([
      ['Grow revenue', 100, 120, '2025-12-31', 'increase'],
      ['Cut costs', 50, 40, '2025-06-30', 'decrease'],
    ]);
    const titled = parsePastedCells('Goals export 2025\n\nTitle\tTarget\nShip\t3');
    expect(titled.headers).toEqual(['Title', 'Target']);
    expect(goals(titled)).toEqual([{ title: 'Ship', kind: 'quantitative', target: 3, status: 'not_started', keyResults: [] }]);
  });

  it('refuses an empty paste', () => {
    expect(() => parsePastedCells(' \n\t ')).toThrowError(ImportError);
  });
});

describe('row validation', () => {
  const rows = (text: string) => parsePastedCells(text).rows;

  it('status words in four languages; unknown ones warned about and read as not started', () => {
    const words = ['Behaald', 'atteint', 'Erreicht', 'on track', 'At risk', 'missed', 'Teilweise erreicht', 'Dropped', 'Gedeeltelijk behaald', 'En cours', 'abgebrochen', 'Op koers', 'Pas commencé', 'Gefährdet', 'Partly'];
    const preview = parsePastedCells(['Title\tStatus', ...words.map((word, index) => `Goal ${index}\t${word}`)].join('\n'));
    expect(goals(preview).map((goal) => goal?.status)).toEqual([
      'achieved', 'achieved', 'achieved', 'on_track', 'at_risk', 'missed', 'partly', 'dropped', 'partly', 'on_track', 'dropped', 'on_track', 'not_started', 'at_risk', 'partly',
    ]);
    const unknown = rows('Title\tStatus\nGoal\tSuperb');
    expect(unknown[0]!.goal?.status).toBe('not_started');
    expect(unknown[0]!.warnings).toEqual([{ row: 1, column: 'Status', code: 'unknown-status', message: 'Row 1, column "Status": unknown status, read as not started.' }]);
  });

  it('without a status: computed from the achievement, respecting the direction', () => {
    const preview = parsePastedCells(
      ['Title\tBaseline\tTarget\tActual', 'Reduce costs\t\t80\t90', 'Grow sales\t\t80\t90', 'Lower churn\t10\t5\t7', 'Grow users\t100\t200\t110', 'Write a blog\t\t\t'].join('\n'),
    );
    expect(goals(preview).map((goal) => [goal?.direction, goal?.status])).toEqual([
      ['decrease', 'partly'], // 80 / 90 = 89 %
      ['increase', 'achieved'], // 90 / 80 = 113 % ("grow")
      ['decrease', 'partly'], // (7 - 10) / (5 - 10) = 60 %
      ['increase', 'missed'], // 10 %
      [undefined, 'not_started'],
    ]);
    expect(goals(preview)[4]!.kind).toBe('qualitative');
  });

  it('direction from a column, from the figures, or from words; mixed words tell nothing', () => {
    const preview = parsePastedCells(
      ['Title\tTarget\tDirection', 'Call time\t5\tlower is better', 'NPS\t50\t↑', 'Increase revenue while cutting costs\t3\t', 'Kosten senken\t3\t', 'Réduire les délais\t3\t', 'Odd\t1\tsideways'].join('\n'),
    );
    expect(goals(preview).map((goal) => goal?.direction)).toEqual(['decrease', 'increase', undefined, 'decrease', 'decrease', undefined]);
    expect(preview.rows[5]!.warnings.map((issue) => [issue.code, issue.column])).toEqual([['unknown-direction', 'Direction']]);
  });

  it('kind from a kind column, else from the figures', () => {
    const preview = parsePastedCells(['Title\tType\tTarget', 'A\tBinary\t1', 'B\tPercentage\t80', 'C\tKwantitatief\t', 'D\t\t', 'E\tstrange\t2'].join('\n'));
    expect(goals(preview).map((goal) => [goal?.kind, goal?.unit])).toEqual([
      ['qualitative', undefined],
      ['quantitative', '%'],
      ['quantitative', undefined],
      ['qualitative', undefined],
      ['quantitative', undefined],
    ]);
    expect(codes(preview.rows[4]!.warnings)).toEqual(['unknown-kind']);
  });

  it('errors name the row and the column, never the content', () => {
    const preview = parsePastedCells(
      ['Title\tTarget\tWeight\tDue date', '\t5\t\t', 'Secret plan\tabout twelve\t\t', 'B\t1\t150\t', 'C\t1\t\tnext week', 'D\t1\t\t2025-12-31'].join('\n'),
    );
    expect(preview.rows.map((row) => row.errors)).toEqual([
      [{ row: 1, column: 'Title', code: 'missing-title', message: 'Row 1, column "Title": the title is missing.' }],
      [{ row: 2, column: 'Target', code: 'invalid-number', message: 'Row 2, column "Target": not a number.' }],
      [{ row: 3, column: 'Weight', code: 'weight-out-of-range', message: 'Row 3, column "Weight": the weight must be between 0 and 100.' }],
      [{ row: 4, column: 'Due date', code: 'invalid-date', message: 'Row 4, column "Due date": not a date (expected for example 2025-12-31 or 31/12/2025).' }],
      [],
    ]);
    expect(preview.rows.map((row) => row.goal?.title)).toEqual([undefined, undefined, undefined, undefined, 'D']);
    expect(JSON.stringify(preview.rows)).not.toMatch(/Secret|twelve|next week/);
    const unmapped = parsePastedCells('Target\tActual\n1\t2').rows[0]!;
    expect(unmapped.errors).toEqual([{ row: 1, code: 'missing-title', message: 'Row 1: the title is missing (no column is mapped to the title).' }]);
  });

  it('weights as fractions, long texts cut with a warning, key-result figures without a title, duplicate ids', () => {
    const fractions = parsePastedCells('Title\tWeight\nA\t0.25\nB\t0.75');
    expect(goals(fractions).map((goal) => goal?.weight)).toEqual([25, 75]);

    const long = parsePastedCells(`Title\n${'x'.repeat(600)}`).rows[0]!;
    expect(long.goal!.title).toHaveLength(500);
    expect(long.warnings).toEqual([{ row: 1, column: 'Title', code: 'text-truncated', message: 'Row 1, column "Title": the text is longer than 500 characters and was cut.' }]);

    const keyResults = parsePastedCells('Title\tKR 1 title\tKR 1 target\tKR 1 actual\tKR 2 title\tKR 2 target\nA\tCalls\t10\t12\t\t5');
    expect(keyResults.mapping).toEqual(['title', 'keyResultTitle', 'keyResultTarget', 'keyResultActual', 'keyResultTitle', 'keyResultTarget']);
    expect(keyResults.rows[0]!.goal!.keyResults).toEqual([{ title: 'Calls', target: 10, actual: 12 }]);
    expect(keyResults.rows[0]!.warnings.map((issue) => [issue.code, issue.column])).toEqual([['key-result-without-title', 'KR 2 target']]);

    const duplicates = parsePastedCells('ID\tTitle\n7\tA\n8\tB\n7\tC');
    expect(duplicates.rows[2]!.warnings).toEqual([{ row: 3, column: 'ID', code: 'duplicate-id', message: 'Row 3, column "ID": the same id is already on row 1.' }]);
  });
});

describe('remapping and mappings from outside', () => {
  it('applies an edited mapping without reading the file again', async () => {
    const preview = await parse('semicolon-decimal-comma.csv');
    const swapped = remapPreview(preview, { mapping: ['title', null, 'actual', 'target', null, null, null, null] });
    expect(swapped.mapping).toEqual(['title', null, 'actual', 'target', null, null, null, null]);
    expect(goals(swapped)[0]).toEqual({
      title: 'Klanttevredenheid verhogen', kind: 'quantitative', target: 13.1, actual: 12.5, direction: 'increase', status: 'partly', keyResults: [],
    });
    expect(swapped.signature).toBe(preview.signature);
    expect(preview.mapping[2]).toBe('target');
  });

  it('a remembered mapping is made safe: padded, cut, unknown fields dropped', async () => {
    const preview = await parse('dates-mdy.csv', { mapping: ['title'] });
    expect(preview.mapping).toEqual(['title', null]);
    expect(goals(preview)[0]).toEqual({ title: 'First', kind: 'qualitative', status: 'not_started', keyResults: [] });
    const odd = await parse('dates-mdy.csv', { mapping: ['title', 'toString' as never, 'target'] });
    expect(odd.mapping).toEqual(['title', null]);
  });

  it('refuses a preview it did not make (or a copy)', async () => {
    const preview = await parse('dates-mdy.csv');
    expect(() => remapPreview({ ...preview }, { dateOrder: 'dmy' })).toThrowError(TypeError);
  });

  it('readTable + buildPreview is the same as parseGoalsFile', async () => {
    const table = await readTable(fixture('peoplebox.csv'));
    expect(buildPreview(table)).toEqual(await parse('peoplebox.csv'));
  });
});

/** A deterministic long export: semicolons, decimal commas, quoted multi-line cells every tenth row. */
function largeCsv(rows: number): string {
  const statuses = ['behaald', 'op koers', 'risico', 'niet behaald', ''];
  const lines = ['sep=;', 'Titel;Omschrijving;Streefwaarde;Gerealiseerd;Eenheid;Einddatum;Status;Weging'];
  for (let index = 1; index <= rows; index++) {
    const target = 1000 + (index % 97) * 12.5;
    const actual = target * (0.5 + (index % 11) / 10);
    const day = String((index % 28) + 1).padStart(2, '0');
    const month = String((index % 12) + 1).padStart(2, '0');
    const description = index % 10 === 0 ? `"Regel een; met ""quotes""\r\nregel twee ${index}"` : `Omschrijving ${index}`;
    lines.push(
      `Doel nummer ${index};${description};${target.toFixed(2).replace('.', ',')};${actual.toFixed(2).replace('.', ',')};€;${day}-${month}-2025;${statuses[index % 5]};${index % 100}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('long files', () => {
  it('10,000 rows: read in chunks with progress, every row a goal', async () => {
    const text = largeCsv(10_000);
    const progress: number[] = [];
    const preview = await parseGoalsFile({ name: 'large.csv', bytes: new TextEncoder().encode(text) }, { onProgress: (fraction) => progress.push(fraction) });
    expect(preview.rows).toHaveLength(10_000);
    expect(preview.rows.filter((row) => row.errors.length || row.warnings.length)).toEqual([]);
    expect(preview.rows[9]!.goal).toEqual({
      title: 'Doel nummer 10', description: 'Regel een; met "quotes"\nregel twee 10', kind: 'quantitative', unit: '€',
      target: 1125, actual: 1687.5, weight: 10, dueDate: '2025-11-11', status: 'achieved', keyResults: [],
    });
    expect(preview.rows[9_999]!.goal).toMatchObject({ title: 'Doel nummer 10000', dueDate: '2025-05-05', weight: 0, status: 'achieved' });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('10,000 rows: the preview built in slices is the one-pass preview, with turns of the event loop and progress between slices', async () => {
    const table = await readTable({ name: 'large.csv', bytes: new TextEncoder().encode(largeCsv(10_000)) });
    const progress: number[] = [];
    let pauses = 0;
    const sliced = await buildPreviewInSlices(
      table,
      { onProgress: (fraction) => progress.push(fraction) },
      {
        sliceMs: 5,
        pause: async () => {
          pauses++;
          await new Promise((resolve) => setTimeout(resolve, 0));
        },
      },
    );
    expect(sliced).toEqual(buildPreview(table));
    expect(pauses).toBeGreaterThan(5);
    // A turn before the mapping, one before the plan and one after it, then progress after each slice of rows and at the end.
    expect(progress).toHaveLength(pauses - 2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[0]).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    // Slices end once their time is up: a row more, not the whole file. Told
    // by the rows each slice built (their progress), not by its wall time,
    // which a busy machine stretches (a 5 ms slice measured 255 ms here).
    const rowsPerSlice = progress.map((fraction, index) => Math.round((fraction - (progress[index - 1] ?? 0)) * 10_000));
    expect(Math.max(...rowsPerSlice)).toBeLessThan(5_000);
  });

  it('the chunked reader gives the same rows as the one-pass reader', async () => {
    const text = largeCsv(5_000).replace('sep=;\r\n', '');
    const chunked = await parseDelimitedInChunks(text, ';');
    expect(chunked).toHaveLength(5_001);
    expect(chunked).toEqual(parseDelimited(text, ';'));
  });

  it('also when a chunk edge (every 64 KB, so at 256 KB too) falls inside a quoted multi-line cell', async () => {
    // Rows are mostly one quoted cell with line breaks and doubled quotes, so the edges land inside one.
    const lines = ['a,b,c'];
    for (let index = 0; index < 4000; index++) lines.push(`${index},"${'line one, ""q""\r\n'.repeat(8)}end ${index}",x${index}`);
    const text = lines.join('\r\n');
    const edge = 256 * 1024;
    const quotesBefore = (at: number) => (text.slice(0, at).match(/"/g) ?? []).length;
    expect([edge, 2 * edge].map((at) => quotesBefore(at) % 2)).toEqual([1, 1]);
    const chunked = await parseDelimitedInChunks(text, ',');
    expect(chunked).toHaveLength(4001);
    expect(chunked[4000]![2]).toBe('x3999');
    expect(chunked).toEqual(parseDelimited(text, ','));
  });
});

describe('every issue', () => {
  it('has a known code and a message naming its row (and column)', async () => {
    const previews: GoalsImportPreview[] = [];
    for (const name of readdirSync(FIXTURES)) {
      try {
        previews.push(await parse(name));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
      }
    }
    const issues = previews.flatMap((preview) => preview.rows.flatMap((row) => [...row.errors, ...row.warnings]));
    expect(issues.length).toBeGreaterThan(5);
    for (const issue of issues) {
      expect(Object.keys(ISSUE_CODES)).toContain(issue.code);
      expect(issue.message.startsWith(`Row ${issue.row}`)).toBe(true);
      if (issue.column !== undefined) expect(issue.message).toContain(`column "${issue.column}"`);
    }
    // And every goal drafted satisfies the model.
    for (const goal of previews.flatMap(goals)) {
      if (!goal) continue;
      expect(GoalKind.safeParse(goal.kind).success).toBe(true);
      expect(GoalStatus.safeParse(goal.status).success).toBe(true);
      if (goal.dueDate) expect(IsoDate.safeParse(goal.dueDate).success).toBe(true);
      for (const value of [goal.baseline, goal.target, goal.actual, goal.weight]) if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
    }
  });
});
