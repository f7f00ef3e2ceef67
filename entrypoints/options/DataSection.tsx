import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { download } from '@/components/download';
import { partLabel } from '@/components/labels';
import { BACKUP_STORE_NAMES, backupSummary, readBackupFile, type Backup, type BackupProblem, type BackupStore, type DroppedRecord } from '@/utils/backup';
import { goals as goalStore, notes as noteStore, siteRules } from '@/utils/db';
import { notifyDataChanged } from '@/utils/db/changes';
import { deleteEverything, exportAll, restoreBackup } from '@/utils/db/data';
import { deleteAllData, deleteAllStatus } from '@/utils/db/delete-all';
import { goalsToCsv, notesToMarkdown } from '@/utils/export';
import { formatDate, formatNumber, t, tCount, type MessageKey } from '@/utils/i18n';
import { requestPersistentStorage } from '@/utils/storage';
import type { Cycle } from '@/utils/model';

type Status = { kind: 'ok' | 'error'; text: string } | null;

const STORE_KEYS: Record<BackupStore, MessageKey> = {
  cycles: 'storeCycles',
  goals: 'storeGoals',
  notes: 'storeNotes',
  questions: 'storeQuestions',
  outcomes: 'storeOutcomes',
  siteRules: 'storeSiteRules',
  imports: 'storeImports',
  mappings: 'storeMappings',
  people: 'storePeople',
  reviewTargets: 'storeReviewTargets',
};

function problemText(problem: BackupProblem): string {
  switch (problem.reason) {
    case 'not-json':
      return t('restoreNotJson');
    case 'foreign':
      return t('restoreForeign');
    case 'future':
      return t('restoreFuture');
    case 'invalid':
      return t('restoreInvalid', [problem.store, String(problem.index + 1)]);
    case 'too-large':
      return t('restoreTooLarge', formatNumber(Math.round(problem.maxBytes / 1024 / 1024)));
    case 'too-many':
      return t('restoreTooMany', [t(STORE_KEYS[problem.store]), formatNumber(problem.max)]);
    case 'too-complex':
      return t('restoreTooComplex');
  }
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** Options › Your data: backup and restore, exports, storage, delete everything. */
export function DataSection({ cycle }: { cycle: Cycle }) {
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<{ backup: Backup; name: string; dropped: DroppedRecord[] } | null>(null);
  const [usage, setUsage] = useState<{ used: number; persisted: boolean } | null>(null);
  const [confirmText, setConfirmText] = useState('');
  const [deleting, setDeleting] = useState(false);

  useEffect(() => {
    void (async () => {
      // Every page asks once at start (startPage); this reads the same answer.
      const persisted = await requestPersistentStorage();
      const estimate = await navigator.storage?.estimate?.();
      setUsage({ used: estimate?.usage ?? 0, persisted });
    })().catch(() => undefined);
  }, []);

  async function backup() {
    try {
      download(`review-companion-backup-${stamp()}.json`, JSON.stringify(await exportAll(), null, 1), 'application/json');
      setStatus({ kind: 'ok', text: t('backupDone') });
    } catch {
      setStatus({ kind: 'error', text: t('backupFailed') });
    }
  }

  async function chooseBackup(file: File) {
    // The size is checked before the file is read: nothing is read, nothing changes.
    const parsed = await readBackupFile(file);
    if (!parsed.ok) {
      setPending(null);
      setStatus({ kind: 'error', text: t('restoreRefused', problemText(parsed)) });
      return;
    }
    setPending({ backup: parsed.backup, name: file.name, dropped: parsed.dropped });
    setStatus(null);
  }

  async function restore(mode: 'merge' | 'replace') {
    if (!pending) return;
    try {
      const { written } = await restoreBackup(pending.backup, mode);
      setPending(null);
      setStatus({ kind: 'ok', text: tCount('restoreDone', written, String(written)) });
    } catch {
      setStatus({ kind: 'error', text: t('restoreFailed') });
    }
  }

  async function exportGoals(excel: boolean) {
    const list = await goalStore.listByCycle(cycle.id);
    download(`goals-${cycle.label}-${stamp()}.csv`, goalsToCsv(list, { excel }), 'text/csv;charset=utf-8');
  }

  async function exportNotes() {
    const [list, goals] = await Promise.all([noteStore.listByCycle(cycle.id), goalStore.listByCycle(cycle.id)]);
    const markdown = notesToMarkdown(list, goals, {
      title: t('notesExportTitle', cycle.label),
      part: partLabel,
      date: (note) => formatDate(note.happenedOn ?? note.createdAt),
    });
    download(`notes-${cycle.label}-${stamp()}.md`, markdown, 'text/markdown;charset=utf-8');
  }

  const confirmWord = t('deleteConfirmWord');
  async function deleteAll(event: Event) {
    event.preventDefault();
    if (deleting || confirmText.trim().toLocaleLowerCase() !== confirmWord.toLocaleLowerCase()) return;
    setDeleting(true);
    setStatus(null);
    try {
      const result = await deleteAllData({
        permissions: browser.permissions,
        scripting: browser.scripting,
        manifest: browser.runtime.getManifest(),
        readSiteRules: () => siteRules.all(),
        deleteDatabase: () => deleteEverything(),
      });
      if (result.database === 'deleted') {
        setConfirmText('');
        // Open sidebars and popups drop what they show.
        notifyDataChanged(['cycles', 'goals', 'notes', 'questions', 'outcomes', 'siteRules', 'imports', 'mappings', 'settings']);
      }
      setStatus(deleteAllStatus(result));
    } catch {
      setStatus({ kind: 'error', text: t('deleteFailed') });
    } finally {
      setDeleting(false);
    }
  }

  const summary = pending ? backupSummary(pending.backup) : null;
  return (
    <section aria-labelledby="data-heading" class="data">
      <h2 id="data-heading">{t('dataTitle')}</h2>
      <p class="muted">
        {t('dataIntro')}{' '}
        {usage && t(usage.persisted ? 'storagePersisted' : 'storageNotPersisted', formatNumber(Math.max(0.01, usage.used / 1024 / 1024)))}
      </p>
      <div class="row">
        <button type="button" onClick={() => void backup()}>
          {t('backupButton')}
        </button>
        <button type="button" onClick={() => void exportGoals(false)}>
          {t('exportGoalsCsv')}
        </button>
        <button type="button" onClick={() => void exportGoals(true)}>
          {t('exportGoalsExcel')}
        </button>
        <button type="button" onClick={() => void exportNotes()}>
          {t('exportNotesMarkdown')}
        </button>
      </div>
      <div class="field">
        <label for="restore-file">{t('restoreLabel')}</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void chooseBackup(file);
            event.currentTarget.value = '';
          }}
        />
      </div>
      {pending && summary && (
        <div class="restore-preview" data-testid="restore-preview">
          <p>
            {t('restorePreview', [
              pending.name,
              String(summary.counts.goals),
              String(summary.counts.notes),
              summary.cycles.join(', ') || '–',
            ])}
          </p>
          <ul class="plain store-counts">
            {BACKUP_STORE_NAMES.map((name) => (
              <li key={name}>
                {t(STORE_KEYS[name])}: {summary.counts[name]}
              </li>
            ))}
          </ul>
          {pending.dropped.length > 0 && (
            <p class="warning" data-testid="restore-dropped">
              {t('restoreSitesDropped', pending.dropped.map((record) => record.label).join(', '))}
            </p>
          )}
          <div class="row">
            <button type="button" class="primary" onClick={() => void restore('merge')}>
              {t('restoreMerge')}
            </button>
            <button type="button" onClick={() => void restore('replace')}>
              {t('restoreReplace')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <form class="danger-zone" onSubmit={(event) => void deleteAll(event)}>
        <label for="delete-confirm">{t('deleteLabel', confirmWord)}</label>
        <div class="row">
          <input id="delete-confirm" class="grow" autoComplete="off" value={confirmText} onInput={(event) => setConfirmText(event.currentTarget.value)} />
          <button type="submit" class="danger" disabled={deleting || confirmText.trim().toLocaleLowerCase() !== confirmWord.toLocaleLowerCase()}>
            {t('deleteButton')}
          </button>
        </div>
      </form>
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
    </section>
  );
}
