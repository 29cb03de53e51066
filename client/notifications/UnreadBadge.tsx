import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useRefreshOnFocus } from '../api/use-refresh-on-focus';
import { useCurrentPerson } from '../session/current-person';
import { UnreadNotificationCountQuery } from './notification.operations';
import styles from './UnreadBadge.module.css';

/** How many notifications the current person has not read; nothing when none or nobody is chosen. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  const [{ data }, refresh] = useQuery({
    query: UnreadNotificationCountQuery,
    variables: { personId: person?.id ?? '' },
    pause: !person,
  });
  useRefreshOnFocus(refresh, !person);
  const count = person ? (data?.unreadNotificationCount ?? 0) : 0;
  if (count === 0) return null;
  // The space keeps the link's accessible name "Benachrichtigungen 2 ungelesen", not "…2".
  return (
    <>
      {' '}
      <span className={styles.badge}>
        {count}
        <span className="visually-hidden"> {t('notifications.unreadSuffix')}</span>
      </span>
    </>
  );
}
