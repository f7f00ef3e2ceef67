/** Reminders: off by default; set in the options page, they become alarms. (e2e build: notifications granted.) */
import { describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR, sessionPerFile } from './harness';

const session = sessionPerFile({ extensionDir: E2E_EXTENSION_DIR });

const alarms = () =>
  session.worker.evaluate(async () =>
    ((await (globalThis as any).chrome.alarms.getAll()) as { name: string; scheduledTime: number; periodInMinutes?: number }[])
      .map(({ name, periodInMinutes }) => ({ name, periodInMinutes }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );

describe('reminders', () => {
  it('schedules the review reminder and the monthly nudge the user asked for, and removes them again', async () => {
    expect(await alarms()).toEqual([]);
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    const next = new Date(Date.now() + 40 * 24 * 3600 * 1000);
    await options.locator('#reminder-date').fill(next.toISOString().slice(0, 10));
    await options.locator('#reminder-days').fill('5');
    await options.getByLabel('Once a month, remind me to jot my wins').check();
    await options.getByRole('button', { name: 'Save reminders' }).click();
    await expect.poll(() => options.locator('#reminders-heading ~ .status').innerText()).toContain('Reminders saved');
    await expect.poll(alarms).toEqual([
      { name: 'monthly-nudge', periodInMinutes: 43200 },
      { name: 'review-reminder' },
    ]);

    await options.locator('#reminder-date').fill('');
    await options.getByLabel('Once a month, remind me to jot my wins').uncheck();
    await options.getByRole('button', { name: 'Save reminders' }).click();
    await expect.poll(() => options.locator('#reminders-heading ~ .status').innerText()).toContain('Reminders turned off');
    await expect.poll(alarms).toEqual([]);
    await options.close();
  });
});
