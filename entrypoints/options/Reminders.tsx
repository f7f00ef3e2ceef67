import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getSettings, updateSettings } from '@/utils/db';
import { t } from '@/utils/i18n';

type Reminder = { reviewDate?: string; daysBefore: number; monthlyNudge: boolean };

/** Options › Reminders: off by default; notifications are asked for only when one is turned on. */
export function Reminders() {
  const [reminder, setReminder] = useState<Reminder>({ daysBefore: 7, monthlyNudge: false });
  const [enabled, setEnabled] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void getSettings().then((settings) => {
      if (settings.reminder) {
        setReminder(settings.reminder);
        setEnabled(!!settings.reminder.reviewDate || settings.reminder.monthlyNudge);
      }
    });
  }, []);

  function save(event: Event) {
    event.preventDefault();
    const wanted = !!reminder.reviewDate || reminder.monthlyNudge;
    // Asked right in the click: browsers only prompt for a user gesture.
    const permission = wanted ? browser.permissions.request({ permissions: ['notifications'] }) : Promise.resolve(true);
    permission
      .then(async (granted) => {
        if (!granted) {
          setStatus({ kind: 'error', text: t('reminderPermissionRefused') });
          return;
        }
        await updateSettings({ reminder });
        setEnabled(wanted);
        setStatus({ kind: 'ok', text: wanted ? t('reminderSaved') : t('reminderOff') });
      })
      .catch(() => setStatus({ kind: 'error', text: t('reminderFailed') }));
  }

  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('remindersTitle')}</h2>
      <form onSubmit={save}>
        <div class="row">
          <div class="field">
            <label for="reminder-date">{t('reminderDate')}</label>
            <input
              id="reminder-date"
              type="date"
              value={reminder.reviewDate ?? ''}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setReminder(({ reviewDate: _old, ...rest }) => (value ? { ...rest, reviewDate: value } : rest));
              }}
            />
          </div>
          <div class="field">
            <label for="reminder-days">{t('reminderDaysBefore')}</label>
            <input
              id="reminder-days"
              type="number"
              min={1}
              max={60}
              value={reminder.daysBefore}
              onInput={(event) => setReminder({ ...reminder, daysBefore: Math.min(60, Math.max(1, Number(event.currentTarget.value) || 7)) })}
            />
          </div>
        </div>
        <label class="check">
          <input type="checkbox" checked={reminder.monthlyNudge} onChange={(event) => setReminder({ ...reminder, monthlyNudge: event.currentTarget.checked })} />
          {t('reminderNudge')}
        </label>
        <p class="muted">{enabled ? t('reminderStateOn') : t('reminderStateOff')}</p>
        <button type="submit">{t('reminderSave')}</button>
      </form>
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
    </section>
  );
}
