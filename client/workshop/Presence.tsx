import { useTranslation } from 'react-i18next';
import styles from './Board.module.css';
import type { Participant } from './board-model';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');

/** Who sits at a table now: initials in circles, the names for screen readers and on hover. */
export function Presence({ people }: { people: readonly Participant[] }) {
  const { t } = useTranslation();
  if (people.length === 0) return <p className={styles.nobody}>{t('board.nobodyHere')}</p>;
  return (
    <ul className={styles.presence} aria-label={t('board.atTable', { count: people.length })}>
      {people.map((person) => (
        <li key={person.id} title={person.displayName}>
          <span aria-hidden="true">{initials(person.displayName)}</span>
          <span className="visually-hidden">{person.displayName}</span>
        </li>
      ))}
    </ul>
  );
}
