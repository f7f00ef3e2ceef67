import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ChoosePersonReply } from '@/utils/messaging';
import { ME } from '@/utils/model';

/**
 * Asked when the page does not say whose review it is (or says it is a
 * colleague's): nothing of anyone's preparation is shown until the user
 * chooses me, one of the people, or a new person. The answer goes to the
 * background, which remembers it for this review's address.
 */
export function ChoosePerson({
  choose,
  onChoose,
  onCancel,
}: {
  choose: ChoosePersonReply['choose'];
  /** Resolves to whether the choice was saved. */
  onChoose: (choice: { personId: string } | { newPerson: string }) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(choose.subject?.name ?? '');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  async function pick(choice: { personId: string } | { newPerson: string }) {
    setBusy(true);
    const saved = await onChoose(choice).catch(() => false);
    setBusy(false);
    setFailed(!saved);
  }
  return (
    <section class="choose-person" aria-labelledby="choose-person-heading" data-testid="choose-person">
      <h2 id="choose-person-heading">{t('choosePersonHeading')}</h2>
      <p>{choose.subject ? t('choosePersonNamed', choose.subject.name) : t('choosePersonUnknown')}</p>
      {choose.role === 'peer' && <p class="muted">{t('choosePersonPeer')}</p>}
      <ul class="choices">
        <li>
          <button type="button" disabled={busy} onClick={() => void pick({ personId: ME })}>
            {t('choosePersonMe')}
          </button>
        </li>
        {choose.candidates.map((person) => (
          <li key={person.id}>
            <button type="button" disabled={busy} onClick={() => void pick({ personId: person.id })}>
              {person.name}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) void pick({ newPerson: name.trim() });
        }}
      >
        <label for="new-person">{t('choosePersonNew')}</label>
        <input id="new-person" type="text" autoComplete="off" maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)} />
        <button type="submit" disabled={busy || !name.trim()}>
          {t('choosePersonCreate')}
        </button>
      </form>
      <p class="muted">{t('choosePersonRemembered')}</p>
      <button type="button" class="link" onClick={onCancel}>
        {t('cancel')}
      </button>
      {failed && (
        <p class="status error" role="alert">
          {t('choosePersonFailed')}
        </p>
      )}
    </section>
  );
}
