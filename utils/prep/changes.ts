/**
 * What changed since the last review: this cycle's goals matched to the
 * previous cycle's by title (case and spacing ignored). Pure and small: the
 * sidebar's overview uses it as well as the preparation document.
 */
import type { Goal } from '../model';

export interface GoalChanges {
  /** Goals in both cycles, in this cycle's order. */
  carried: { then: Goal; now: Goal }[];
  /** Goals new this cycle. */
  added: Goal[];
  /** Goals of the previous cycle no longer listed. */
  removed: Goal[];
}

/** The key two goal titles match by (and two questions are the same by). */
export function looseKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

export function goalChanges(current: readonly Goal[], previous: readonly Goal[]): GoalChanges {
  const unmatched = new Map<string, Goal[]>();
  for (const goal of previous) {
    const key = looseKey(goal.title);
    unmatched.set(key, [...(unmatched.get(key) ?? []), goal]);
  }
  const carried: GoalChanges['carried'] = [];
  const added: Goal[] = [];
  for (const goal of current) {
    const then = unmatched.get(looseKey(goal.title))?.shift();
    if (then) carried.push({ then, now: goal });
    else added.push(goal);
  }
  const removed = previous.filter((goal) => unmatched.get(looseKey(goal.title))?.includes(goal));
  return { carried, added, removed };
}
