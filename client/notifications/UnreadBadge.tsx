import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useRefreshOnFocus } from '../api/use-refresh-on-focus';
import { useViewer } from '../session/viewer';
import { UnreadNotificationCountQuery } from './notification.operations';
import styles from './UnreadBadge.module.css';
import { useRefreshOnNotification } from './use-refresh-on-notification';

/** How many notifications the viewer has not read; nothing when none (guests have none). */
export function UnreadBadge() {
  const { t } = useTranslation();
  const paused = useViewer()?.kind !== 'user';
  const [{ data }, refresh] = useQuery({ query: UnreadNotificationCountQuery, pause: paused });
  useRefreshOnFocus(refresh, paused);
  useRefreshOnNotification(refresh, paused);
  const count = paused ? 0 : (data?.unreadNotificationCount ?? 0);
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
