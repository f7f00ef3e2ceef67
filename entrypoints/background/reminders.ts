/**
 * The optional reminders: "prepare your review" some days before the date
 * the user set, and a monthly nudge to jot wins. Notifications only if the
 * user granted them when turning a reminder on.
 */
import { browser } from 'wxt/browser';
import { getSettings } from '@/utils/db';
import { NUDGE_ALARM, NUDGE_PERIOD_MINUTES, REVIEW_ALARM, reviewReminderAt } from '@/utils/reminders';

export async function applyReminders(): Promise<void> {
  const { reminder } = await getSettings();
  await Promise.all([browser.alarms.clear(REVIEW_ALARM), browser.alarms.clear(NUDGE_ALARM)]);
  const when = reviewReminderAt(reminder);
  if (when !== undefined) await browser.alarms.create(REVIEW_ALARM, { when });
  if (reminder?.monthlyNudge) {
    await browser.alarms.create(NUDGE_ALARM, { delayInMinutes: NUDGE_PERIOD_MINUTES, periodInMinutes: NUDGE_PERIOD_MINUTES });
  }
}

export async function onReminderAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name !== REVIEW_ALARM && alarm.name !== NUDGE_ALARM) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const review = alarm.name === REVIEW_ALARM;
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: browser.i18n.getMessage(review ? 'reminderReviewTitle' : 'reminderNudgeTitle'),
    message: browser.i18n.getMessage(review ? 'reminderReviewMessage' : 'reminderNudgeMessage'),
  });
}

export function onReminderClicked(id: string): void {
  if (id === REVIEW_ALARM) void browser.tabs.create({ url: browser.runtime.getURL('/prep.html') });
}
