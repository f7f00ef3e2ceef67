import { useCallback, useEffect, useState } from 'preact/hooks';
import { partLabel } from '@/components/labels';
import { openExtensionPage } from '@/components/openPage';
import { exportPersonFile } from '@/components/personExport';
import { cycles, ensureCurrentCycle, onDataChanged } from '@/utils/db';
import { loadTeamOverview } from '@/utils/db/people';
import { t } from '@/utils/i18n';
import { NOTE_PARTS } from '@/utils/model';
import type { PersonProgress } from '@/utils/people/overview';

/**
 * The team overview: each person I review, their interview date and how far
 * their preparation is; from here their preparation document and outcome form.
 */
export function App({ load = loadTeamOverview }: { load?: () => Promise<PersonProgress[]> }) {
  const [team, setTeam] = useState<PersonProgress[] | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const reload = useCallback(() => void load().then(setTeam, () => setStatus({ kind: 'error', text: t('loadFailed') })), [load]);
  useEffect(() => {
    reload();
    return onDataChanged(reload);
  }, [reload]);

  async function setInterviewDate(entry: PersonProgress, date: string) {
    try {
      const cycle = entry.cycle ?? (await ensureCurrentCycle(new Date(), entry.person.id));
      await cycles.update(cycle.id, { interviewDate: date || undefined });
    } catch {
      setStatus({ kind: 'error', text: t('teamDateFailed') });
    }
  }

  async function exportFile(entry: PersonProgress, kind: 'json' | 'markdown') {
    if (!(await exportPersonFile(entry.person.id, kind).catch(() => false))) setStatus({ kind: 'error', text: t('personExportFailed') });
  }

  const prep = (entry: PersonProgress, hash = '') => openExtensionPage('/prep.html', `?person=${encodeURIComponent(entry.person.id)}${hash}`);

  return (
    <main class="team">
      <div class="row">
        <h1 class="grow">{t('teamOpen')}</h1>
        <button type="button" class="link" onClick={() => openExtensionPage('/options.html')}>
          {t('teamManagePeople')}
        </button>
      </div>
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
      {!team && !status && <p class="empty">{t('loading')}</p>}
      {team && team.length === 0 && <p class="empty">{t('teamEmpty')}</p>}
      {team && team.length > 0 && (
        <table class="team-table" data-testid="team">
          <thead>
            <tr>
              <th scope="col">{t('personName')}</th>
              <th scope="col">{t('teamInterviewDate')}</th>
              <th scope="col">{t('teamGoals')}</th>
              <th scope="col">{t('personExportNotes')}</th>
              <th scope="col">{t('personExportQuestions')}</th>
              <th scope="col">{t('teamOutcome')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('teamActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.map((entry) => (
              <tr key={entry.person.id} data-person={entry.person.id}>
                <th scope="row">
                  {entry.person.name}
                  {entry.person.role && <div class="muted">{entry.person.role}</div>}
                </th>
                <td>
                  <input
                    type="date"
                    aria-label={t('teamInterviewDateNamed', entry.person.name)}
                    value={entry.cycle?.interviewDate ?? ''}
                    onChange={(event) => void setInterviewDate(entry, event.currentTarget.value)}
                  />
                </td>
                <td>{t('teamGoalsProgress', [String(entry.goalsWithActuals), String(entry.goals)])}</td>
                <td>
                  {entry.notes === 0 ? (
                    <span class="muted">{t('teamNoNotes')}</span>
                  ) : (
                    <ul class="parts">
                      {NOTE_PARTS.filter((part) => entry.notesByPart[part]).map((part) => (
                        <li key={part}>
                          {partLabel(part)}: {entry.notesByPart[part]}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{entry.questions}</td>
                <td>{entry.outcomeRecorded ? <span class="done">{t('teamOutcomeRecorded')}</span> : <span class="muted">{t('teamOutcomeMissing')}</span>}</td>
                <td class="actions">
                  <button type="button" aria-label={t('teamPrepNamed', entry.person.name)} onClick={() => prep(entry)}>
                    {t('teamPrep')}
                  </button>
                  <button type="button" aria-label={t('teamOutcomeNamed', entry.person.name)} onClick={() => prep(entry, '#outcome-heading')}>
                    {t('teamOutcome')}
                  </button>
                  <button type="button" aria-label={t('personExportMarkdownNamed', entry.person.name)} onClick={() => void exportFile(entry, 'markdown')}>
                    {t('personExportMarkdown')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
