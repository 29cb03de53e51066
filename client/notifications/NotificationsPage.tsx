import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { useRefreshOnFocus } from '../api/use-refresh-on-focus';
import { CalendarFeeds } from '../calendars/CalendarFeeds';
import { useViewer, type Viewer } from '../session/viewer';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { NotificationList } from './NotificationList';
import styles from './NotificationsPage.module.css';
import { MarkAllNotificationsReadMutation, NotificationsQuery } from './notification.operations';
import { useRefreshOnNotification } from './use-refresh-on-notification';

type User = Extract<Viewer, { kind: 'user' }>;

/** The viewer's notifications and their own calendar feeds; guests have neither. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <title>{`${t('notifications.title')} – ${t('app.name')}`}</title>
      <h1>{t('notifications.title')}</h1>
      <p className={styles.intro}>{t('notifications.intro')}</p>
      {viewer?.kind === 'user' ? <UserNotifications user={viewer} /> : <p>{t('notifications.guest')}</p>}
    </>
  );
}

function UserNotifications({ user }: { user: User }) {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [{ data, error, fetching }, refresh] = useQuery({
    query: NotificationsQuery,
    variables: { unreadOnly },
  });
  useRefreshOnFocus(refresh);
  useRefreshOnNotification(refresh);
  const [{ fetching: marking }, markAll] = useMutation(MarkAllNotificationsReadMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [marked, setMarked] = useState<number | null>(null);
  const notifications = data?.notifications ?? [];

  const markAllRead = async () => {
    const result = await markAll({});
    setRefusal(result.error ?? null);
    setMarked(result.data?.markAllNotificationsRead ?? null);
  };

  return (
    <>
      <section aria-labelledby="notifications-list" className={styles.section}>
        <h2 id="notifications-list" className="visually-hidden">
          {t('notifications.listOf', { name: user.name })}
        </h2>
        <div className={styles.toolbar}>
          <label className={styles.unreadOnly}>
            <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />
            {t('notifications.unreadOnly')}
          </label>
          <button
            type="button"
            className={forms.secondary}
            disabled={marking || !notifications.some((notification) => !notification.read)}
            onClick={() => void markAllRead()}
          >
            {t('notifications.markAllRead')}
          </button>
        </div>
        {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
        {marked !== null && (
          <Notice tone="success" onDismiss={() => setMarked(null)}>
            {t('notifications.markedAll', { count: marked })}
          </Notice>
        )}
        {error && <ErrorNotice error={error} />}
        {fetching && !data && <Loading />}
        {data &&
          (notifications.length === 0 ? (
            <p>{t(unreadOnly ? 'notifications.noneUnread' : 'notifications.none')}</p>
          ) : (
            <NotificationList notifications={notifications} />
          ))}
      </section>
      <section aria-labelledby="my-calendar" className={styles.section}>
        <h2 id="my-calendar">{t('calendar.mine')}</h2>
        <CalendarFeeds ownerId={user.personId} ownerName={user.name} headingLevel={3} />
      </section>
    </>
  );
}
