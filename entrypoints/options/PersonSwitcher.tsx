import { t } from '@/utils/i18n';
import { ME, type Person } from '@/utils/model';

/** Whose review the options page prepares: me, or one of the people I review. Hidden while there is nobody but me. */
export function PersonSwitcher({ people, selected, onSelect }: { people: Person[]; selected: string; onSelect(personId: string): void }) {
  if (!people.length) return null;
  return (
    <div class="field person-switcher">
      <label for="person-switcher">{t('personSwitcher')}</label>
      <select id="person-switcher" value={selected} onChange={(event) => onSelect(event.currentTarget.value)}>
        <option value={ME}>{t('personMe')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );
}
