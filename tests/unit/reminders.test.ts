import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyReminders } from '@/entrypoints/background/reminders';
import { closeDb, updateSettings } from '@/utils/db';
import { NUDGE_ALARM, NUDGE_PERIOD_MINUTES, REVIEW_ALARM, reviewReminderAt } from '@/utils/reminders';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('reviewReminderAt', () => {
  const now = new Date(2026, 10, 28, 12).getTime();
  it('is 9:00 local time, the given number of days before the review', () => {
    expect(reviewReminderAt({ reviewDate: '2026-12-10', daysBefore: 7, monthlyNudge: false }, now)).toBe(new Date(2026, 11, 3, 9).getTime());
    expect(reviewReminderAt({ reviewDate: '2027-01-05', daysBefore: 10, monthlyNudge: false }, now)).toBe(new Date(2026, 11, 26, 9).getTime());
  });
  it('is undefined without a date or when the moment has passed', () => {
    expect(reviewReminderAt(undefined, now)).toBeUndefined();
    expect(reviewReminderAt({ daysBefore: 7, monthlyNudge: true }, now)).toBeUndefined();
    expect(reviewReminderAt({ reviewDate: '2026-12-01', daysBefore: 7, monthlyNudge: false }, now)).toBeUndefined();
  });
});

describe('applyReminders', () => {
  it('schedules nothing by default, and exactly what the settings ask', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await applyReminders();
    expect(create).not.toHaveBeenCalled();
    const future = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    const date = `${future.getFullYear()}-${String(future.getMonth() + 1).padStart(2, '0')}-${String(future.getDate()).padStart(2, '0')}`;
    await updateSettings({ reminder: { reviewDate: date, daysBefore: 5, monthlyNudge: true } });
    await applyReminders();
    expect(create).toHaveBeenCalledWith(REVIEW_ALARM, { when: reviewReminderAt({ reviewDate: date, daysBefore: 5, monthlyNudge: true }) });
    expect(create).toHaveBeenCalledWith(NUDGE_ALARM, { delayInMinutes: NUDGE_PERIOD_MINUTES, periodInMinutes: NUDGE_PERIOD_MINUTES });
  });
});
