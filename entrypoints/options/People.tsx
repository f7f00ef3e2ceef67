import { useEffect, useRef, useState } from 'preact/hooks';
import { openExtensionPage } from '@/components/openPage';
import { exportPersonFile } from '@/components/personExport';
import { saveErrorText } from '@/components/saveError';
import { addPerson, deletePerson, restorePerson, updatePerson, type PersonRecords } from '@/utils/db/people';
import { t } from '@/utils/i18n';
import { ME, type Person } from '@/utils/model';

/** How long "Undo" stays after deleting a person. */
export const PERSON_UNDO_MS = 10_000;

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Aliases as typed: one per line. */
const aliasLines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

function PersonForm({ person, onDone }: { person?: Person; onDone(saved?: Person): void }) {
  const [name, setName] = useState(person?.name ?? '');
  const [employeeId, setEmployeeId] = useState(person?.employeeId ?? '');
  const [role, setRole] = useState(person?.role ?? '');
  const [aliases, setAliases] = useState(person?.aliases.join('\n') ?? '');
  const [error, setError] = useState('');
  const prefix = person ? `person-${person.id}` : 'person-new';

  async function submit(event: Event) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('personNameRequired'));
      return;
    }
    const input = { name, employeeId, role, aliases: aliasLines(aliases) };
    try {
      const saved = person ? await updatePerson(person.id, input) : await addPerson(input);
      onDone(saved);
    } catch (failure) {
      setError(saveErrorText(failure, 'diskFullNotSaved', 'personSaveFailed'));
    }
  }

  return (
    <form class="goal-form" onSubmit={(event) => void submit(event)} aria-label={person ? t('personEditNamed', person.name) : t('personAdd')}>
      <div class="field">
        <label for={`${prefix}-name`}>{t('personName')}</label>
        <input id={`${prefix}-name`} value={name} required maxLength={200} onInput={(event) => setName(event.currentTarget.value)} />
      </div>
      <div class="row">
        <div class="field grow">
          <label for={`${prefix}-id`}>{t('personEmployeeId')}</label>
          <input id={`${prefix}-id`} value={employeeId} maxLength={60} onInput={(event) => setEmployeeId(event.currentTarget.value)} />
        </div>
        <div class="field grow">
          <label for={`${prefix}-role`}>{t('personRole')}</label>
          <input id={`${prefix}-role`} value={role} maxLength={200} onInput={(event) => setRole(event.currentTarget.value)} />
        </div>
      </div>
      <div class="field">
        <label for={`${prefix}-aliases`}>{t('personAliases')}</label>
        <textarea id={`${prefix}-aliases`} rows={2} value={aliases} onInput={(event) => setAliases(event.currentTarget.value)} />
        <p class="hint muted">{t('personAliasesHint')}</p>
      </div>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Options › People: the people I review (name, employee id, role, the names
 * HR suites show for them), each exported or deleted on their own.
 */
export function People({ people, selected, onSelect }: { people: Person[]; selected: string; onSelect(personId: string): void }) {
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [deleted, setDeleted] = useState<PersonRecords | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(undoTimer.current), []);

  async function remove(person: Person) {
    try {
      const records = await deletePerson(person.id);
      if (selected === person.id) onSelect(ME);
      if (!records) return;
      setDeleted(records);
      setStatus({ kind: 'ok', text: t('personDeleted', person.name) });
      clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(() => setDeleted(null), PERSON_UNDO_MS);
    } catch {
      setStatus({ kind: 'error', text: t('personDeleteFailed') });
    }
  }

  async function undo() {
    if (!deleted) return;
    clearTimeout(undoTimer.current);
    try {
      await restorePerson(deleted);
      setStatus({ kind: 'ok', text: t('personRestored', deleted.person.name) });
      setDeleted(null);
    } catch (error) {
      setStatus({ kind: 'error', text: saveErrorText(error, 'diskFullNotSaved', 'personSaveFailed') });
    }
  }

  async function exportFile(person: Person, kind: 'json' | 'markdown') {
    if (!(await exportPersonFile(person.id, kind).catch(() => false))) setStatus({ kind: 'error', text: t('personExportFailed') });
  }

  return (
    <section aria-labelledby="people-heading" class="people">
      <div class="row">
        <h2 id="people-heading" class="grow">
          {t('peopleTitle')}
        </h2>
        {people.length > 0 && (
          <button type="button" class="link" onClick={() => openExtensionPage('/team.html')}>
            {t('teamOpen')}
          </button>
        )}
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          {t('personAdd')}
        </button>
      </div>
      <p class="hint muted">{t('peopleIntro')}</p>
      <div class="row">
        <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
          {status?.text}
        </p>
        {deleted && (
          <button type="button" onClick={() => void undo()}>
            {t('undo')}
          </button>
        )}
      </div>
      {editing === 'new' && (
        <PersonForm
          onDone={(saved) => {
            setEditing(null);
            if (saved) setStatus({ kind: 'ok', text: t('personSaved', saved.name) });
          }}
        />
      )}
      {people.length === 0 && editing !== 'new' && <p class="empty">{t('peopleEmpty')}</p>}
      <ul class="cards" data-testid="people-list">
        {people.map((person) =>
          editing !== 'new' && editing?.id === person.id ? (
            <li key={person.id}>
              <PersonForm
                person={person}
                onDone={(saved) => {
                  setEditing(null);
                  if (saved) setStatus({ kind: 'ok', text: t('personSaved', saved.name) });
                }}
              />
            </li>
          ) : (
            <li key={person.id}>
              <h3>{person.name}</h3>
              <p class="muted">{[person.role, person.employeeId, ...person.aliases].filter(Boolean).join(' · ')}</p>
              <div class="row">
                <button type="button" aria-label={t('personPrepareNamed', person.name)} aria-pressed={selected === person.id} onClick={() => onSelect(person.id)}>
                  {t('personPrepare')}
                </button>
                <button type="button" aria-label={t('personEditNamed', person.name)} onClick={() => setEditing(person)}>
                  {t('edit')}
                </button>
                <button type="button" aria-label={t('personExportJsonNamed', person.name)} onClick={() => void exportFile(person, 'json')}>
                  {t('personExportJson')}
                </button>
                <button type="button" aria-label={t('personExportMarkdownNamed', person.name)} onClick={() => void exportFile(person, 'markdown')}>
                  {t('personExportMarkdown')}
                </button>
                <button type="button" aria-label={t('personDeleteNamed', person.name)} onClick={() => void remove(person)}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
