/**
 * When to remind: some days before the review (at 9:00 local time) and,
 * optionally, once a month to jot the wins. Pure; the background schedules
 * the alarms.
 */
export const REVIEW_ALARM = 'review-reminder';
export const NUDGE_ALARM = 'monthly-nudge';
/** About a month, in minutes (alarms take minutes). */
export const NUDGE_PERIOD_MINUTES = 60 * 24 * 30;

export interface ReminderSettings {
  /** ISO date of the next review. */
  reviewDate?: string;
  daysBefore: number;
  monthlyNudge: boolean;
}

/** The moment of the "prepare your review" reminder, or undefined when there is none to come. */
export function reviewReminderAt(reminder: ReminderSettings | undefined, now = Date.now()): number | undefined {
  if (!reminder?.reviewDate) return undefined;
  const [year, month, day] = reminder.reviewDate.split('-').map(Number) as [number, number, number];
  const at = new Date(year, month - 1, day - reminder.daysBefore, 9, 0, 0, 0).getTime();
  return Number.isFinite(at) && at > now ? at : undefined;
}
