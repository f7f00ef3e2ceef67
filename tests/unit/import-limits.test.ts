/**
 * Import limits (utils/import/limits.ts): files past a limit are refused
 * quickly, naming the limit, and nothing is padded, parsed or inflated past it.
 * Files just under the limits are still read.
 */
import { describe, expect, it } from 'vitest';
import {
  ImportError,
  parseGoalsFile,
  parsePastedCells,
  type GoalsImportPreview,
} from '@/utils/import';
import {
  IMPORT_JSON_LIMITS,
  MAX_CELL_CHARS,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  MAX_SHEET_ROWS,
  MAX_XLSX_INFLATED_BYTES,
  MAX_XLSX_PARTS,
} from '@/utils/import/limits';
import { checkJsonLimits } from '@/utils/json-limits';
import { bombSheet, deflatedPart, lyingBombSheet, sheetXml, workbookParts, xlsxOf, zip } from '../helpers/xlsx';

const MB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

interface Refusal {
  error: ImportError;
  milliseconds: number;
  /** Heap and array buffers held after the refusal, compared with before (garbage not yet collected included). */
  megabytes: number;
}

/** Reads a file that must be refused, timing it and measuring what it left in memory. */
async function refuse(name: string, bytes: Uint8Array): Promise<Refusal> {
  const memory = () => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const before = memory();
  const started = performance.now();
  const outcome = await parseGoalsFile({ name, bytes }).then(
    (preview: GoalsImportPreview) => preview,
    (reason: unknown) => reason,
  );
  const milliseconds = performance.now() - started;
  const megabytes = (memory() - before) / MB;
  expect(outcome, `${name} must be refused`).toBeInstanceOf(ImportError);
  return { error: outcome as ImportError, milliseconds, megabytes };
}

function pasteRefusal(text: string): ImportError {
  try {
    parsePastedCells(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('the pasted text must be refused');
}

const goalRows = (count: number, from = 1) => Array.from({ length: count }, (_, index) => `Goal ${from + index},${index}`).join('\n');

describe('delimited text (CSV, pasted cells)', () => {
  it('a 100 KB CSV with a 100,000-column header is refused at once, never padded to that width', async () => {
    const header = `Title${','.repeat(99_999)}x`;
    const text = `${header}\n${goalRows(200)}`;
    expect(text.length).toBeLessThan(110_000);
    const { error, milliseconds, megabytes } = await refuse('wide.csv', encode(text));
    expect(error.code).toBe('over-limit');
    expect(error.limit).toEqual({ limit: 'columns', max: MAX_IMPORT_COLUMNS, row: 1 });
    expect(error.message).toBe('Row 1 has more than 200 columns, the most that can be imported.');
    expect(milliseconds).toBeLessThan(1000);
    expect(megabytes).toBeLessThan(40);
  });

  it('a 10 MB line of empty cells is refused before it is split into cells', async () => {
    const text = `Title,Target\n${','.repeat(MAX_IMPORT_BYTES - 20)}x`;
    const { error, milliseconds, megabytes } = await refuse('one-line.csv', encode(text));
    expect(error.limit).toEqual({ limit: 'row-length', max: 1_000_000, row: 2 });
    expect(milliseconds).toBeLessThan(1000);
    expect(megabytes).toBeLessThan(40);
  });

  it('more than 20,000 goal rows are refused, as soon as the rows are read', async () => {
    const over = await refuse('rows.csv', encode(`Title,Target\n${goalRows(MAX_IMPORT_ROWS + 1)}`));
    expect(over.error.limit).toEqual({ limit: 'rows', max: MAX_IMPORT_ROWS });
    expect(over.error.message).toBe('The file has more than 20,000 rows of goals, the most that can be imported.');

    // Nearly 10 MB of rows: reading stops at the limit, not at the end of the file.
    const many = await refuse('many.csv', encode(`Title\n${'a\n'.repeat(Math.floor((MAX_IMPORT_BYTES - 10) / 2))}`));
    expect(many.error.limit).toEqual({ limit: 'rows', max: MAX_IMPORT_ROWS });
    expect(many.milliseconds).toBeLessThan(1000);
    expect(many.megabytes).toBeLessThan(40);
  });

  it('a cell longer than 20,000 characters is refused, naming its row and column', async () => {
    const { error } = await refuse('long.csv', encode(`Title,Description\nGoal,${'d'.repeat(MAX_CELL_CHARS + 1)}`));
    expect(error.limit).toEqual({ limit: 'cell', max: MAX_CELL_CHARS, row: 2, column: 'B' });
    expect(error.message).toBe('Row 2, column B: the cell holds more than 20,000 characters, the most a cell can hold.');
  });

  it('pasted cells get the same limits', () => {
    expect(pasteRefusal(`Title${'\t'.repeat(MAX_IMPORT_COLUMNS)}x\nGoal`).limit).toEqual({ limit: 'columns', max: MAX_IMPORT_COLUMNS, row: 1 });
    expect(pasteRefusal(`Title\n${'Goal\n'.repeat(MAX_IMPORT_ROWS + 1)}`).limit).toEqual({ limit: 'rows', max: MAX_IMPORT_ROWS });
    expect(pasteRefusal(`Title\tDescription\nGoal\t${'d'.repeat(MAX_CELL_CHARS + 1)}`).limit).toMatchObject({ limit: 'cell', row: 2, column: 'B' });
    expect(pasteRefusal(`Title\n${'\t'.repeat(1_100_000)}x`).limit).toMatchObject({ limit: 'row-length' });
  });

  it('a file just under the limits is read: 200 columns, 20,000 goal rows below title lines, a cell of 20,000 characters', async () => {
    const headers = ['Title', 'Description', ...Array.from({ length: MAX_IMPORT_COLUMNS - 2 }, (_, index) => `Note ${index + 1}`)];
    const wide = parsePastedCells(`${headers.join('\t')}\nGoal\t${'d'.repeat(MAX_CELL_CHARS)}\t${'n\t'.repeat(MAX_IMPORT_COLUMNS - 3)}last`);
    expect(wide.headers).toHaveLength(MAX_IMPORT_COLUMNS);
    expect(wide.rows[0]!.goal!.description).toHaveLength(MAX_CELL_CHARS);

    // Trailing empty cells do not count as columns.
    expect(parsePastedCells(`Title${'\t'.repeat(5_000)}\nGoal${'\t'.repeat(5_000)}`).headers).toEqual(['Title']);

    const text = `Goals export\nQ4 2025\nTitle,Target\n${goalRows(MAX_IMPORT_ROWS)}`;
    const preview = await parseGoalsFile({ name: 'goals.csv', bytes: encode(text) });
    expect(preview.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(preview.rows[MAX_IMPORT_ROWS - 1]!.goal!.title).toBe(`Goal ${MAX_IMPORT_ROWS}`);
  }, 20_000);
});

describe('JSON', () => {
  it('an object with 100,000 keys is refused before it is parsed', async () => {
    const wide = `[{${Array.from({ length: 100_000 }, (_, index) => `"k${index}":1`).join(',')}}]`;
    const { error, milliseconds, megabytes } = await refuse('wide.json', encode(wide));
    expect(error.limit).toEqual({ limit: 'json-keys', max: IMPORT_JSON_LIMITS.keys });
    expect(error.message).toBe('An object in the JSON has more than 200 fields, the most that is read.');
    expect(milliseconds).toBeLessThan(1000);
    expect(megabytes).toBeLessThan(40);
  });

  it('objects with keys of their own are refused once their columns pass 200, not padded to every key of every row', async () => {
    const list = Array.from({ length: 200 }, (_, row) =>
      Object.fromEntries([['title', `Goal ${row}`], ...Array.from({ length: 150 }, (_, key) => [`r${row}k${key}`, key])]),
    );
    const { error, milliseconds, megabytes } = await refuse('keys.json', encode(JSON.stringify(list)));
    expect(error.limit).toEqual({ limit: 'columns', max: MAX_IMPORT_COLUMNS, row: 2 });
    expect(milliseconds).toBeLessThan(1000);
    expect(megabytes).toBeLessThan(40);
  });

  it('lists, nesting, strings and values past their limits are refused', async () => {
    const items = await refuse('items.json', encode(JSON.stringify(Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => ({ title: `G${index}` })))));
    expect(items.error.limit).toEqual({ limit: 'json-items', max: MAX_IMPORT_ROWS });
    const deep = await refuse('deep.json', encode(`${'{"goals":'.repeat(17)}[]${'}'.repeat(17)}`));
    expect(deep.error.limit).toEqual({ limit: 'json-depth', max: 16 });
    const long = await refuse('long.json', encode(JSON.stringify([{ title: 'x'.repeat(MAX_CELL_CHARS + 1) }])));
    expect(long.error.limit).toEqual({ limit: 'json-text', max: MAX_CELL_CHARS });
    const zeros = `[${Array.from({ length: 60 }, () => `[${'0,'.repeat(18_999)}0]`).join(',')}]`;
    const values = await refuse('values.json', encode(zeros));
    expect(values.error.limit).toEqual({ limit: 'json-values', max: 1_000_000 });
  });

  it('a list of 20,000 goals is read', async () => {
    const list = Array.from({ length: MAX_IMPORT_ROWS }, (_, index) => ({ name: `Goal ${index}`, target: index }));
    const preview = await parseGoalsFile({ name: 'goals.json', bytes: encode(JSON.stringify({ goals: list })) });
    expect(preview.rows).toHaveLength(MAX_IMPORT_ROWS);
  }, 20_000);
});

describe('checkJsonLimits', () => {
  const roomy = { depth: 16, items: 1000, keys: 1000, text: 1000, values: 100_000 };

  it('accepts exactly what JSON.parse accepts', () => {
    const valid = [
      '0', '-0.5e+10', '"a\\u00e9\\n\\"b\\""', 'true', ' null ', '[]', '{}', '[1,[2,[3]],{"a":{"b":[]}}]',
      '{"a":1,"a":2}', '"\ud800"', '\t\r\n[ 1 , 2 ]\n', JSON.stringify({ goals: [{ title: 'é 日本 😀', keyResults: [{ target: 1.5 }] }] }),
    ];
    const invalid = ['', '01', '1.', '.5', '[1,]', '{"a"}', '{"a":1,}', "{'a':1}", '"tab\there"', '"\\x41"', '"\\u12"', '[1 2]', 'tru', 'nul', '[', '{"a":', '1 1', '\ufeff[]', 'NaN'];
    for (const text of valid) {
      expect(() => JSON.parse(text), text).not.toThrow();
      expect(checkJsonLimits(text, roomy), text).toEqual({ ok: true });
    }
    for (const text of invalid) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(checkJsonLimits(text, roomy), text).toEqual({ ok: false, syntax: true });
    }
  });

  it('says which limit was crossed and where', () => {
    const backup = JSON.stringify({ format: 'x', stores: { goals: [], notes: [1, 2, 3] } });
    expect(checkJsonLimits(backup, { ...roomy, items: 2 })).toEqual({ ok: false, limit: 'items', max: 2, path: ['stores', 'notes'] });
    expect(checkJsonLimits('{"a":{"b":[[1]]}}', { ...roomy, depth: 3 })).toEqual({ ok: false, limit: 'depth', max: 3, path: ['a', 'b', 0] });
    expect(checkJsonLimits('[{"x":1,"y":2,"z":3}]', { ...roomy, keys: 2 })).toEqual({ ok: false, limit: 'keys', max: 2, path: [0] });
    expect(checkJsonLimits('{"t":["abc","abcd"]}', { ...roomy, text: 3 })).toEqual({ ok: false, limit: 'text', max: 3, path: ['t', 1] });
    expect(checkJsonLimits('[1,2,3]', { ...roomy, values: 3 })).toEqual({ ok: false, limit: 'values', max: 3, path: [2] });
    expect(checkJsonLimits('{"no\\u0074es":[1,2,3]}', { ...roomy, items: 2 })).toEqual({ ok: false, limit: 'items', max: 2, path: ['notes'] });
    // Escapes count as the one character they stand for.
    expect(checkJsonLimits('"\\u00e9\\n\\t"', { ...roomy, text: 3 })).toEqual({ ok: true });
    // Exactly at the limits is fine.
    expect(checkJsonLimits('[[1,2],{"a":1,"b":2}]', { depth: 2, items: 2, keys: 2, text: 1, values: 7 })).toEqual({ ok: true });
  });
});

describe('XLSX', () => {
  it('a zip bomb (a sheet stated to inflate to 100 MB) is refused from the zip directory, before anything is inflated', async () => {
    const bytes = zip(workbookParts(bombSheet(100)));
    expect(bytes.length).toBeLessThan(200 * 1024);
    const { error, milliseconds, megabytes } = await refuse('bomb.xlsx', bytes);
    expect(error.limit).toEqual({ limit: 'xlsx-inflated', max: MAX_XLSX_INFLATED_BYTES });
    expect(error.message).toBe('The workbook unpacks to more than 50 MB, the most that is read.');
    expect(milliseconds).toBeLessThan(1000);
    expect(megabytes).toBeLessThan(40);
  });

  it('a zip bomb whose directory lies (states 400 KB, inflates to 400 MB) is refused once a part passes its stated size', async () => {
    // Under 512 KB stated, the unzipper inflates on the calling thread into a buffer of the stated size, decoding the whole stream.
    const bytes = zip(workbookParts(await lyingBombSheet(400, 400 * 1024)));
    const { error, milliseconds, megabytes } = await refuse('liar.xlsx', bytes);
    expect(error.code).toBe('undecodable');
    expect(milliseconds).toBeLessThan(1000);
    expect(megabytes).toBeLessThan(40);
  });

  it('a sheet with a cell far to the right is refused before the reader pads its rows to that width', async () => {
    const rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="XFD1"><v>1</v></c></row>'];
    for (let row = 2; row <= 2000; row++) rows.push(`<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>Goal ${row}</t></is></c></row>`);
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const { error, milliseconds, megabytes } = await refuse('far-right.xlsx', xlsxOf(sheet));
    expect(error.limit).toEqual({ limit: 'sheet-extent', cell: 'XFD1', maxRow: MAX_SHEET_ROWS, maxColumn: 'GR' });
    expect(error.message).toBe('A sheet has a cell at XFD1, beyond row 25,000 or column GR, the furthest a sheet is read.');
    expect(milliseconds).toBeLessThan(1000);
    expect(megabytes).toBeLessThan(40);
  });

  it('a sheet reaching row 1,048,576 is refused, however its tags are written', async () => {
    const far = await refuse('far-down.xlsx', xlsxOf(sheetXml([['Title'], ['Goal']], [1, 1_048_576])));
    expect(far.error.limit).toMatchObject({ limit: 'sheet-extent', cell: 'A1048576' });
    // A prefixed tag, single quotes and a quoted ">" before the reference: the reader sees the same row.
    const disguised = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row spans=">" r='1048576'><x:c r="A1048576"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect((await refuse('disguised.xlsx', xlsxOf(disguised))).error.limit).toMatchObject({ limit: 'sheet-extent' });
    // Entities or exponents in a reference are not what a spreadsheet writes.
    expect((await refuse('entity.xlsx', xlsxOf(sheetXml([['Title']]).replace('r="1"', 'r="1e6"')))).error.code).toBe('undecodable');
  });

  it('more than 1,000 parts are refused from the zip directory', async () => {
    const parts = Array.from({ length: MAX_XLSX_PARTS + 1 }, (_, index) => deflatedPart(`xl/media/p${index}.xml`, '<p/>'));
    const { error } = await refuse('parts.xlsx', zip(parts));
    expect(error.limit).toEqual({ limit: 'xlsx-parts', max: MAX_XLSX_PARTS });
  });

  it('a workbook just under the limits is read: 200 columns, a row at 25,000', async () => {
    const header = ['Title', 'Target', ...Array.from({ length: MAX_IMPORT_COLUMNS - 2 }, (_, index) => `Note ${index + 1}`)];
    const preview = await parseGoalsFile({
      name: 'goals.xlsx',
      bytes: xlsxOf(sheetXml([header, ['Grow revenue', 10], ['Cut costs', 5]], [1, 2, MAX_SHEET_ROWS])),
    });
    expect(preview.headers).toHaveLength(MAX_IMPORT_COLUMNS);
    expect(preview.rows.map((row) => row.goal?.title)).toEqual(['Grow revenue', 'Cut costs']);
  });
});
