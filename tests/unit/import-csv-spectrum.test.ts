/**
 * csv-spectrum as a peer suite: every case goes through the importer's CSV
 * path (readTable: decoding, delimiter guess, papaparse, header row, empty
 * rows) and must give the table of strings of its expected JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readTable } from '@/utils/import';

const root = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
const cases = readdirSync(join(root, 'csvs'))
  .filter((file) => file.endsWith('.csv'))
  .map((file) => basename(file, '.csv'));

/**
 * Known mistakes of csv-spectrum 2.0.0 itself: location_coordinates.json
 * has a made-up phone number (the CSV says 2095257564) and is an object, not
 * an array of objects.
 */
const UPSTREAM_ERRATA: Record<string, Record<string, string>> = {
  location_coordinates: { 'Contact Phone Number': '2095257564' },
};

describe('csv-spectrum', () => {
  it('has its cases', () => {
    expect(cases).toHaveLength(12);
  });

  it.each(cases)('%s', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(root, 'csvs', `${name}.csv`)));
    const parsed: unknown = JSON.parse(readFileSync(join(root, 'json', `${name}.json`), 'utf8'));
    const expected = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, string>[];
    for (const record of expected) Object.assign(record, UPSTREAM_ERRATA[name]);

    const table = await readTable({ name: `${name}.csv`, bytes });
    expect(table.format).toBe('csv');
    expect(table.delimiter).toBe(',');
    expect(table.headers).toEqual(Object.keys(expected[0]!));
    const strings = table.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
    expect(strings).toEqual(expected.map((record) => table.headers.map((header) => record[header])));
    expect(table.readIssues).toEqual([]);
  });
});
