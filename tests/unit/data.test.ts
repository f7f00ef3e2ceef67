import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, MAX_BACKUP_RECORDS, parseBackup, readBackupFile, recordsToMerge } from '@/utils/backup';
import { addGoal, addNote, closeDb, DB_VERSION, ensureCurrentCycle, goals, notes, siteRules, updateSettings } from '@/utils/db';
import { deleteEverything, exportAll, restoreBackup } from '@/utils/db/data';
import { csvCell, goalsToCsv, notesToMarkdown } from '@/utils/export';
import { parseGoalsFile } from '@/utils/import';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

async function seed() {
  const cycle = await ensureCurrentCycle();
  const goal = await addGoal(cycle.id, { title: 'Cut cloud costs', kind: 'quantitative', target: 80, actual: 75, direction: 'decrease', unit: 'k€', status: 'achieved' });
  await addNote(cycle.id, { part: 'successes', text: 'Moved the batch jobs to spot instances', goalId: goal.id });
  await addNote(cycle.id, { part: 'salary', text: 'Ask for +6 %' });
  await updateSettings({ sidebarSide: 'left' });
  return { cycle, goal };
}

describe('backup', () => {
  it('round-trips: export → delete everything → restore gives identical data', async () => {
    await seed();
    const before = await exportAll(new Date('2026-11-28T10:00:00Z'));
    const text = JSON.stringify(before);
    await deleteEverything();
    expect(await indexedDB.databases()).toEqual([]);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    await restoreBackup(parsed.ok ? parsed.backup : (undefined as never), 'replace');
    const after = await exportAll(new Date('2026-11-28T10:00:00Z'));
    expect(after).toEqual(before);
    expect(after.version).toBe(DB_VERSION);
  });

  it('refuses corrupted, truncated, foreign and future files, naming the reason', () => {
    expect(parseBackup('{"format": "review-companion-backup", "version": 3, "stores": {')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseBackup('not json at all')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseBackup(JSON.stringify({ format: 'other-app', version: 1, stores: {} }))).toEqual({ ok: false, reason: 'foreign' });
    expect(parseBackup(JSON.stringify([1, 2, 3]))).toEqual({ ok: false, reason: 'foreign' });
    expect(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: DB_VERSION + 1, stores: {} }))).toEqual({
      ok: false,
      reason: 'future',
      version: DB_VERSION + 1,
    });
    const badGoal = { format: BACKUP_FORMAT, version: DB_VERSION, stores: { goals: [{ id: 'g', title: '' }] } };
    expect(parseBackup(JSON.stringify(badGoal))).toEqual({ ok: false, reason: 'invalid', store: 'goals', index: 0 });
    expect(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: DB_VERSION, stores: { notes: 'x' } }))).toMatchObject({
      ok: false,
      reason: 'invalid',
      store: 'notes',
    });
  });

  it('refuses a file over 50 MB before reading it, and nothing stored changes', async () => {
    await seed();
    const before = await exportAll(new Date('2026-11-28T10:00:00Z'));
    const text = vi.fn(async () => JSON.stringify(before));
    const refused = await readBackupFile({ size: MAX_BACKUP_BYTES + 1, text });
    expect(refused).toEqual({ ok: false, reason: 'too-large', maxBytes: 50 * 1024 * 1024 });
    expect(text).not.toHaveBeenCalled();
    expect(await exportAll(new Date('2026-11-28T10:00:00Z'))).toEqual(before);
    // At the limit, the file is read.
    expect((await readBackupFile({ size: MAX_BACKUP_BYTES, text })).ok).toBe(true);
    // Text that got past the size check some other way is held to the same size.
    expect(parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1))).toEqual({ ok: false, reason: 'too-large', maxBytes: MAX_BACKUP_BYTES });
  });

  it('refuses more records in a store than the limit, before the JSON is built when the list is that long', () => {
    const now = 1_700_000_000_000;
    const cycle = (index: number) => ({ id: `cycle_${index}`, label: `Review ${index}`, status: 'done', createdAt: now, updatedAt: now });
    const cycles = Array.from({ length: MAX_BACKUP_RECORDS.cycles + 1 }, (_, index) => cycle(index));
    const backup = (stores: object) => JSON.stringify({ format: BACKUP_FORMAT, version: DB_VERSION, exportedAt: '', stores });
    expect(parseBackup(backup({ cycles }))).toEqual({ ok: false, reason: 'too-many', store: 'cycles', max: 1_000 });
    expect(parseBackup(backup({ cycles: cycles.slice(1) })).ok).toBe(true);

    // 100,001 notes: refused while measuring the text, before a single note is parsed.
    const note = { id: 'n', cycleId: 'c', part: 'other', text: 'x', createdAt: now, updatedAt: now };
    const notes = `[${Array.from({ length: MAX_BACKUP_RECORDS.notes + 1 }, () => JSON.stringify(note)).join(',')}]`;
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseBackup(`{"format":"${BACKUP_FORMAT}","version":${DB_VERSION},"stores":{"notes":${notes}}}`)).toEqual({
      ok: false,
      reason: 'too-many',
      store: 'notes',
      max: 100_000,
    });
    expect(parse.mock.calls.some(([text]) => String(text).length > 1000)).toBe(false);
  });

  it('refuses JSON shaped unlike any backup (nested too deep, texts too long) before building it', () => {
    const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
    expect(parseBackup(`{"format":"${BACKUP_FORMAT}","version":${DB_VERSION},"stores":{"goals":${deep}}}`)).toEqual({ ok: false, reason: 'too-complex' });
    const long = JSON.stringify({ format: BACKUP_FORMAT, version: DB_VERSION, stores: { notes: [{ text: 'x'.repeat(20_001) }] } });
    expect(parseBackup(long)).toEqual({ ok: false, reason: 'too-complex' });
  });

  it('reads a version 1 backup (notes without updatedAt)', () => {
    const note = { id: 'n', cycleId: 'c', part: 'other', text: 'hi', createdAt: 5 };
    const parsed = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, stores: { notes: [note] } }));
    expect(parsed.ok && parsed.backup.stores.notes[0]).toEqual({ ...note, updatedAt: 5 });
  });

  it('merges by id: the newest change wins, records only on one side are kept', async () => {
    const { goal } = await seed();
    const backup = await exportAll();
    const newer = { ...goal, title: 'Cut cloud costs (final)', updatedAt: goal.updatedAt + 1000 };
    const older = { ...backup.stores.notes[0]!, text: 'stale text', updatedAt: 1 };
    const extra = { ...backup.stores.notes[0]!, id: 'note_from_backup', text: 'Only in the backup' };
    await goals.put({ ...goal, actual: 70 }); // local edit after the backup
    const local = await goals.get(goal.id);
    const result = await restoreBackup(
      { ...backup, stores: { ...backup.stores, goals: [{ ...newer, updatedAt: local!.updatedAt + 1000 }], notes: [older, extra] } },
      'merge',
    );
    expect(result.written).toBe(2);
    expect((await goals.get(goal.id))?.title).toBe('Cut cloud costs (final)');
    const texts = (await notes.listByCycle(backup.stores.cycles[0]!.id)).map((note) => note.text).sort();
    expect(texts).toEqual(['Ask for +6 %', 'Moved the batch jobs to spot instances', 'Only in the backup']);
  });

  it('leaves out a site rule whose pattern is not a site, naming it, and restores the rest', async () => {
    const { cycle } = await seed();
    const backup = await exportAll();
    const site = (pattern: string) => ({ pattern, adapterId: 'auto', enabled: true, createdAt: 1, updatedAt: 1 });
    const text = JSON.stringify({
      ...backup,
      stores: { ...backup.stores, siteRules: [site('https://hr.acme.com/*'), site('hr.broken.example'), site('https://odoo.acme.com/*')] },
    });
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dropped).toEqual([{ store: 'siteRules', label: 'hr.broken.example', reason: 'invalid-pattern' }]);
    expect(parsed.backup.stores.siteRules.map((rule) => rule.pattern)).toEqual(['https://hr.acme.com/*', 'https://odoo.acme.com/*']);
    await restoreBackup(parsed.backup, 'replace');
    expect((await siteRules.all()).map((rule) => rule.pattern).sort()).toEqual(['https://hr.acme.com/*', 'https://odoo.acme.com/*']);
    expect((await goals.listByCycle(cycle.id)).map((goal) => goal.title)).toEqual(['Cut cloud costs']);
  });

  it('keeps the stored record on equal times (merge rule)', () => {
    const stored = new Map([['a', { id: 'a', updatedAt: 5, v: 1 }]]);
    expect(recordsToMerge(stored, [{ id: 'a', updatedAt: 5, v: 2 }, { id: 'b', updatedAt: 1, v: 3 }], (r) => r.id)).toEqual([
      { id: 'b', updatedAt: 1, v: 3 },
    ]);
  });

  it('deletes everything, even with a page still holding a connection', async () => {
    await seed();
    const { openReviewDb } = await import('@/utils/db');
    const other = await openReviewDb(); // another tab's connection: closes itself when asked
    await deleteEverything();
    expect(await indexedDB.databases()).toEqual([]);
    other.close();
  });
});

describe('exports', () => {
  it('guards spreadsheet formulas but keeps numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const value of ['+1', '-1+1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes goals as CSV that the importer reads back', async () => {
    const { cycle } = await seed();
    await addGoal(cycle.id, { title: '=cmd|calc', kind: 'qualitative', status: 'on_track', description: 'line 1\nline 2' });
    const list = await goals.listByCycle(cycle.id);
    const csv = goalsToCsv(list, { excel: true });
    expect(csv.startsWith('\uFEFFsep=,\r\nid,title,')).toBe(true);
    const preview = await parseGoalsFile({ name: 'export.csv', bytes: new TextEncoder().encode(csv) });
    expect(preview.rows.map((row) => row.errors)).toEqual([[], []]);
    // Two goals created in the same millisecond may come in either order.
    expect(preview.rows.map((row) => row.goal?.title).sort()).toEqual(["'=cmd|calc", 'Cut cloud costs']);
    expect(preview.rows.find((row) => row.goal?.title === 'Cut cloud costs')!.goal).toMatchObject({
      target: 80,
      actual: 75,
      unit: 'k€',
      direction: 'decrease',
      status: 'achieved',
    });
  });

  it('writes notes as Markdown by part, escaping what could become structure', () => {
    const now = 1_780_000_000_000;
    const markdown = notesToMarkdown(
      [
        { id: '1', cycleId: 'c', part: 'successes', text: '# Won <img src=x onerror=alert(1)> [link](http://x)', createdAt: now, updatedAt: now },
        { id: '2', cycleId: 'c', part: 'training', text: '- course\n2. budget', goalId: 'g', createdAt: now + 1, updatedAt: now + 1 },
      ],
      [{ id: 'g', cycleId: 'c', title: 'Grow *fast* | now', kind: 'qualitative', status: 'on_track', keyResults: [], source: {}, createdAt: now, updatedAt: now }],
      { title: 'Notes 2026', part: (part) => part.toUpperCase(), date: () => '2026-06-01' },
    );
    expect(markdown.split('\n')).toEqual([
      '# Notes 2026',
      '',
      '## SUCCESSES',
      '',
      // The same escaping as the preparation document: no tag survives, not even its characters.
      '- \\# Won &lt;img src=x onerror=alert(1)&gt; \\[link\\](http://x) (2026-06-01)',
      '',
      '## TRAINING',
      '',
      // Each line of a note keeps its line (a hard break), and none starts a list.
      '- \\- course\\',
      '  2\\. budget (2026-06-01 · Grow \\*fast\\* \\| now)',
      '',
    ]);
  });
});
