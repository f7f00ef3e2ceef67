/** Imported text made safe: direction and control characters removed with a warning, cuts that never split a character. */
import { describe, expect, it } from 'vitest';
import { parseGoalsFile, parsePastedCells, type ImportIssue } from '@/utils/import';
import { cleanText, cutText, shortenText } from '@/utils/text';

const RLO = '\u202e';
const PDF = '\u202c';
const RLI = '\u2067';
const PDI = '\u2069';
const ALM = '\u061c';
const RLM = '\u200f';
const GRINNING = '\u{1f600}';

const controlWarnings = (issues: ImportIssue[]) => issues.filter((issue) => issue.code === 'control-characters');
/** Unpaired UTF-16 surrogates: what a cut through the middle of a character leaves. */
const hasLoneSurrogate = (text: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('cutText and shortenText', () => {
  it('cut to a number of UTF-16 units without splitting a surrogate pair', () => {
    expect(cutText('abcdef', 3)).toBe('abc');
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('abc', 0)).toBe('');
    // The emoji takes units 3 and 4: a cut at 4 would keep only its first half.
    expect(cutText(`abc${GRINNING}def`, 4)).toBe('abc');
    expect(cutText(`abc${GRINNING}def`, 5)).toBe(`abc${GRINNING}`);
    expect(shortenText(`abc ${GRINNING}def`, 6)).toBe('abc…');
    expect(shortenText('abcdef', 6)).toBe('abcdef');
  });
});

describe('cleanText', () => {
  it('removes direction controls and control characters, and says so', () => {
    expect(cleanText(`Grow ${RLO}eunever${PDF} by 10 %`, { multiline: false })).toEqual({ text: 'Grow eunever by 10 %', removed: true });
    expect(cleanText(`a${RLI}b${PDI}c${ALM}d${RLM}e\u200ef\u202ag\u2066h`, { multiline: false })).toEqual({ text: 'abcdefgh', removed: true });
    expect(cleanText('nul\u0000 bell\u0007 esc\u001b del\u007f c1\u0085\u009b', { multiline: true })).toEqual({ text: 'nul bell esc del c1', removed: true });
    expect(cleanText('Plain text, café, 日本語, עברית', { multiline: false })).toEqual({ text: 'Plain text, café, 日本語, עברית', removed: false });
  });

  it('keeps tabs and line breaks where text may span lines, makes them spaces where it may not', () => {
    expect(cleanText('one\r\ntwo\rthree\u2028four\tcell', { multiline: true })).toEqual({ text: 'one\ntwo\nthree\nfour\tcell', removed: false });
    expect(cleanText('Grow\r\n revenue\t(EU)', { multiline: false })).toEqual({ text: 'Grow revenue (EU)', removed: false });
  });
});

describe('imported goals', () => {
  it('lose direction and control characters, with a warning naming the row and the column', () => {
    const text = [
      'Title\tDescription\tUnit\tKR 1 title',
      `Pay invoices ${RLO}gpj.exe${PDF}\t"Line one\u0007\nline two${RLI}"\tEUR${ALM}\tCalls${RLM}`,
      'Clean goal\tNothing to remove\tkg\tVisits',
    ].join('\n');
    const preview = parsePastedCells(text);
    const [dirty, clean] = preview.rows;
    expect(dirty!.errors).toEqual([]);
    expect(dirty!.goal).toMatchObject({
      title: 'Pay invoices gpj.exe',
      description: 'Line one\nline two',
      unit: 'EUR',
      keyResults: [{ title: 'Calls' }],
    });
    expect(controlWarnings(dirty!.warnings)).toEqual([
      { row: 1, column: 'Title', code: 'control-characters', message: 'Row 1, column "Title": control or direction characters removed.' },
      { row: 1, column: 'Description', code: 'control-characters', message: 'Row 1, column "Description": control or direction characters removed.' },
      { row: 1, column: 'Unit', code: 'control-characters', message: 'Row 1, column "Unit": control or direction characters removed.' },
      { row: 1, column: 'KR 1 title', code: 'control-characters', message: 'Row 1, column "KR 1 title": control or direction characters removed.' },
    ]);
    expect(clean!.warnings).toEqual([]);
    expect(JSON.stringify(preview)).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f\u0007]/);
  });

  it('from JSON lose them too, key results included', async () => {
    const json = JSON.stringify([
      { title: `Ship ${RLO}v2${PDF}`, kind: 'qualitative', keyResults: [{ title: `Demo${RLI}day${PDI}` }] },
    ]);
    const preview = await parseGoalsFile({ name: 'goals.json', bytes: new TextEncoder().encode(json) });
    const row = preview.rows[0]!;
    expect(row.goal).toMatchObject({ title: 'Ship v2', keyResults: [{ title: 'Demoday' }] });
    expect(controlWarnings(row.warnings).map((issue) => issue.column)).toEqual(['title', 'keyResults[0].title']);
  });

  it('from a single key-results column, one per line, lose them per line', () => {
    const preview = parsePastedCells(`Title\tKey results\nGoal\t"- First${RLO}\n- Second"`);
    expect(preview.rows[0]!.goal!.keyResults).toEqual([{ title: 'First' }, { title: 'Second' }]);
    expect(controlWarnings(preview.rows[0]!.warnings).map((issue) => issue.column)).toEqual(['Key results']);
  });

  it('headers are shown without direction controls', () => {
    const preview = parsePastedCells(`Title${RLO}\tTarget\nA\t1`);
    expect(preview.headers).toEqual(['Title', 'Target']);
  });

  it('a title in one cell with a line break becomes one line', () => {
    expect(parsePastedCells('Title\n"Grow\nrevenue"').rows[0]!.goal!.title).toBe('Grow revenue');
  });

  it('are cut without splitting an emoji: titles, descriptions and one-per-line key results', () => {
    const title = `${'x'.repeat(499)}${GRINNING}tail`;
    // Two description cells are joined by a blank line: the emoji takes units 19,999 and 20,000 of the whole.
    const first = 'd'.repeat(19_000);
    const second = `${'e'.repeat(997)}${GRINNING}tail`;
    const preview = parsePastedCells(`Title\tDescription\tDetails\n${title}\t${first}\t${second}`, {
      mapping: ['title', 'description', 'description'],
    });
    const goal = preview.rows[0]!.goal!;
    expect(goal.title).toBe('x'.repeat(499));
    expect(hasLoneSurrogate(goal.title)).toBe(false);
    expect(goal.description).toBe(`${first}\n\n${'e'.repeat(997)}`);
    expect(hasLoneSurrogate(goal.description!)).toBe(false);

    const lines = parsePastedCells(`Title\tKey results\nGoal\t"${'k'.repeat(499)}${GRINNING}"`).rows[0]!.goal!;
    expect(lines.keyResults[0]!.title).toBe('k'.repeat(499));
  });
});
