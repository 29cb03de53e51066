import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PeopleQuery } from '../committees/committee.operations';
import { personName } from '../committees/people';
import forms from '../ui/forms.module.css';
import { standInPerson } from './current-person';
import styles from './ViewAsSelect.module.css';

/**
 * STAND-IN until sign-in exists: chooses whose notifications, notes and calendar this browser
 * shows. Goes away with the access issue, together with `standInPerson`.
 */
export function ViewAsSelect() {
  const { t } = useTranslation();
  const store = standInPerson();
  const chosen = useSyncExternalStore(store.subscribe, store.get);
  const [{ data }] = useQuery({ query: PeopleQuery });
  const people = data?.people ?? [];
  return (
    <div className={styles.viewAs}>
      <label className={forms.field}>
        {t('viewAs.label')}
        <select
          className={forms.select}
          value={people.some((person) => person.id === chosen) ? (chosen ?? '') : ''}
          onChange={(event) => store.set(event.target.value || null)}
        >
          <option value="">{t('viewAs.nobody')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {personName(person)}
            </option>
          ))}
        </select>
      </label>
      <p className={styles.hint}>{t('viewAs.hint')}</p>
    </div>
  );
}
