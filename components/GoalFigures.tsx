import { achievementPercent, type Goal } from '@/utils/model';
import { formatNumber, formatWithUnit, t } from '@/utils/i18n';
import { statusLabel } from './labels';

const withUnit = (value: number | undefined, unit: string | undefined) => (value === undefined ? '–' : formatWithUnit(value, unit));

/** Target vs. actual, achievement and status of a goal, in one line. */
export function GoalFigures({ goal }: { goal: Goal }) {
  const achievement = goal.kind === 'quantitative' ? achievementPercent(goal) : undefined;
  return (
    <p class="goal-figures muted">
      {goal.kind === 'quantitative' && (
        <>
          {t('goalTarget')}: {withUnit(goal.target, goal.unit)} · {t('goalActual')}: {withUnit(goal.actual, goal.unit)}
          {achievement !== undefined && <> · {t('goalAchievement', formatNumber(achievement))}</>}
          {' · '}
        </>
      )}
      <span class="tag">{statusLabel(goal.status)}</span>
    </p>
  );
}
