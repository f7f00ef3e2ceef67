import { describe, expect, it } from 'vitest';
import { achievementPercent, Cycle, Goal, Note, Settings, DEFAULT_SETTINGS, newId, NOTE_PARTS } from '@/utils/model';
import { parseTypedNumber } from '@/utils/numbers';

const now = 1_780_000_000_000;
const goal = {
  id: 'goal_1',
  cycleId: 'cycle_1',
  title: 'Reduce support backlog',
  kind: 'quantitative',
  status: 'on_track',
  keyResults: [{ title: 'Close 50 old tickets', target: 50, actual: 20 }],
  source: {},
  createdAt: now,
  updatedAt: now,
} as const;

describe('model schemas', () => {
  it('accept a complete goal and reject impossible values', () => {
    expect(Goal.parse(goal)).toEqual(goal);
    expect(Goal.safeParse({ ...goal, title: '' }).success).toBe(false);
    expect(Goal.safeParse({ ...goal, status: 'finished' }).success).toBe(false);
    expect(Goal.safeParse({ ...goal, target: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(Goal.safeParse({ ...goal, weight: 120 }).success).toBe(false);
    expect(Goal.safeParse({ ...goal, dueDate: '31/12/2026' }).success).toBe(false);
    expect(Goal.safeParse({ ...goal, keyResults: [{ title: '' }] }).success).toBe(false);
  });

  it('know every part of the review a note can belong to', () => {
    expect(NOTE_PARTS).toEqual([
      'results', 'difficulties', 'successes', 'skills', 'training', 'management', 'evolution', 'salary', 'question', 'other',
    ]);
    const note = { id: 'n', cycleId: 'c', part: 'salary', text: ' Ask for 5% ', createdAt: now, updatedAt: now };
    expect(Note.parse(note).text).toBe('Ask for 5%');
    expect(Note.safeParse({ ...note, text: '   ' }).success).toBe(false);
    expect(Note.safeParse({ ...note, part: 'gossip' }).success).toBe(false);
  });

  it('validate cycles and settings', () => {
    expect(Cycle.safeParse({ id: 'c', label: '2026', status: 'preparing', createdAt: now, updatedAt: now }).success).toBe(true);
    expect(Cycle.safeParse({ id: 'c', label: '2026', status: 'open', createdAt: now, updatedAt: now }).success).toBe(false);
    expect(Settings.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, sidebarWidth: 100 }).success).toBe(false);
  });

  it('make unique ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId('note')));
    expect(ids.size).toBe(1000);
    expect([...ids][0]).toMatch(/^note_[a-z0-9]+$/);
  });
});

describe('achievementPercent', () => {
  it.each([
    [{ target: 150, actual: 140, baseline: 100 }, 80],
    [{ target: 100, actual: 120 }, 120],
    [{ target: 100, actual: 50 }, 50],
    // A cost to reduce: achieved when actual ≤ target.
    [{ target: 80, actual: 70, direction: 'decrease' }, 100],
    [{ target: 80, actual: 100, direction: 'decrease' }, 80],
    [{ target: 80, actual: 90, baseline: 100, direction: 'decrease' }, 50],
    [{ target: 0, actual: 0 }, 100],
    [{ target: 0, actual: 3, direction: 'decrease' }, 0],
  ] as const)('%o → %i %%', (figures, expected) => {
    expect(achievementPercent(figures)).toBe(expected);
  });

  it('is undefined without figures', () => {
    expect(achievementPercent({ target: 10 })).toBeUndefined();
    expect(achievementPercent({ actual: 10 })).toBeUndefined();
  });
});

describe('parseTypedNumber', () => {
  it.each([
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['-3', -3],
    ['', undefined],
    ['  ', undefined],
    ['abc', 'invalid'],
    ['1,234,5', 'invalid'],
  ] as const)('%s → %s', (raw, expected) => {
    expect(parseTypedNumber(raw)).toBe(expected);
  });
});
