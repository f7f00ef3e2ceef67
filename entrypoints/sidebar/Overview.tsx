import type { ReviewData } from '@/components/useReviewData';
import { t } from '@/utils/i18n';
import { achievementPercent } from '@/utils/model';
import { goalChanges } from '@/utils/prep/changes';

/** Carried goals whose achievement moved most, shown in the overview. */
const CHANGES_SHOWN = 3;

/**
 * What to say first: results against objectives in one line, what the notes
 * hold, and what changed since the last review.
 */
export function Overview({ data }: { data: ReviewData }) {
  const { goals, notes, notesTotal, previous } = data;
  if (goals.length === 0 && notesTotal === 0 && !previous?.goals.length) return null;
  const counted = goals.filter((goal) => goal.status !== 'dropped');
  const achieved = counted.filter((goal) => goal.status === 'achieved' || (achievementPercent(goal) ?? 0) >= 100).length;
  const percents = counted.map((goal) => (goal.kind === 'quantitative' ? achievementPercent(goal) : undefined)).filter((value): value is number => value !== undefined);
  const average = percents.length ? Math.round(percents.reduce((sum, value) => sum + value, 0) / percents.length) : undefined;
  const wins = notes.filter((note) => note.part === 'successes').length;
  const difficulties = notes.filter((note) => note.part === 'difficulties').length;
  const changes = previous?.goals.length ? goalChanges(goals, previous.goals) : undefined;
  const moved = (changes?.carried ?? [])
    .map(({ then, now }) => ({ title: now.title, then: achievementPercent(then), now: achievementPercent(now) }))
    .filter((row): row is { title: string; then: number; now: number } => row.then !== undefined && row.now !== undefined && row.then !== row.now)
    .sort((a, b) => Math.abs(b.now - b.then) - Math.abs(a.now - a.then))
    .slice(0, CHANGES_SHOWN);
  return (
    <section aria-labelledby="overview-heading" class="overview">
      <h2 id="overview-heading">{t('sidebarOverview')}</h2>
      {counted.length > 0 && (
        <p>
          {t('overviewResults', [String(achieved), String(counted.length)])}
          {average !== undefined && ` ${t('overviewAverage', String(average))}`}
        </p>
      )}
      {/* Counted once every note is there: the first data holds only the newest. */}
      {notesTotal !== undefined && (wins > 0 || difficulties > 0) && <p class="muted">{t('overviewNotes', [String(wins), String(difficulties)])}</p>}
      {changes && previous && (
        <div data-testid="changes">
          <p>
            {t('overviewSince', [
              previous.cycle.label,
              String(changes.carried.length),
              String(changes.added.length),
              String(changes.removed.length),
            ])}
          </p>
          {moved.length > 0 && (
            <ul class="goal-notes">
              {moved.map((row) => (
                <li key={row.title}>{t('overviewCarried', [row.title, String(Math.round(row.then)), String(Math.round(row.now))])}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
