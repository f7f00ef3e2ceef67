import { download } from './download';
import { partLabel } from './labels';
import { loadPersonRecords } from '@/utils/db/people';
import { formatDate, formatNumber, t } from '@/utils/i18n';
import { personToJson, personToMarkdown } from '@/utils/people/export';

/** A file name from a person's name: letters and digits only (no path or control characters). */
function fileStem(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'person';
}

/**
 * Downloads everything held about one person, as a file to hand them: JSON
 * or Markdown. Resolves to false when the person is gone.
 */
export async function exportPersonFile(personId: string, kind: 'json' | 'markdown'): Promise<boolean> {
  const records = await loadPersonRecords(personId);
  if (!records) return false;
  const stem = `${fileStem(records.person.name)}-${new Date().toISOString().slice(0, 10)}`;
  if (kind === 'json') {
    download(`${stem}.json`, personToJson(records), 'application/json;charset=utf-8');
    return true;
  }
  const markdown = personToMarkdown(records, {
    title: t('personExportTitle', records.person.name),
    cycle: (label) => t('cycleLabel', label),
    interviewDate: t('teamInterviewDate'),
    goals: t('sidebarGoals'),
    noGoals: t('optionsNoGoals'),
    notes: t('personExportNotes'),
    questions: t('personExportQuestions'),
    outcome: t('teamOutcome'),
    part: partLabel,
    figures: (goal, percent) =>
      [
        goal.actual !== undefined ? formatNumber(goal.actual) : '–',
        '/',
        goal.target !== undefined ? formatNumber(goal.target) : '–',
        goal.unit ? ` ${goal.unit}` : '',
        percent !== undefined ? ` · ${percent} %` : '',
      ].join(''),
    date: (note) => formatDate(note.happenedOn ?? note.createdAt),
    outcomeFields: {
      rating: t('outcomeRating'),
      managerFeedback: t('personExportFeedback'),
      trainingAgreed: t('outcomeTraining'),
      rewardAgreed: t('outcomeReward'),
      report: t('outcomeReport'),
    },
  });
  download(`${stem}.md`, markdown, 'text/markdown;charset=utf-8');
  return true;
}
