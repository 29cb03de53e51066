import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import type { ResultOf } from '../api/graphql';
import { formatDate, formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { DueDate } from '../tasks/DueDate';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { partyNames } from '../ui/party';
import styles from './NotificationList.module.css';
import { MarkNotificationReadMutation, type NotificationsQuery } from './notification.operations';

type Notification = ResultOf<typeof NotificationsQuery>['notifications'][number];

/** Deadline notices, the newest first; unread ones stand out and say so in words too. */
export function NotificationList({ notifications }: { notifications: readonly Notification[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ fetching }, markRead] = useMutation(MarkNotificationReadMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);

  const toggle = async (notification: Notification) => {
    const result = await markRead({ id: notification.id, read: !notification.read });
    setRefusal(result.error ?? null);
  };

  return (
    <>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      <ul className={styles.list}>
        {notifications.map((notification) => {
          const { task } = notification;
          const what = task.items[0] ?? '';
          return (
            <li key={notification.id} className={notification.read ? styles.read : styles.unread}>
              <p className={styles.meta}>
                <span className={styles[notification.threshold]}>
                  {t(`notifications.threshold.${notification.threshold}`)}
                </span>
                {!notification.read && <span className={styles.new}>{t('notifications.new')}</span>}
                <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, locale)}</time>
              </p>
              <h3 className={styles.what}>{task.items.join(' · ')}</h3>
              <dl className={styles.facts}>
                <div>
                  <dt>{t('tasks.who')}</dt>
                  <dd>{task.ownerLabel ?? partyNames(task.owner).short}</dd>
                </div>
                <div>
                  <dt>{t('tasks.due')}</dt>
                  <dd>
                    <DueDate due={task} />
                  </dd>
                </div>
                <div>
                  <dt>{t('tasks.status')}</dt>
                  <dd>{t(`taskStatus.${task.status}`)}</dd>
                </div>
                {task.meeting && (
                  <div>
                    <dt>{t('tasks.source')}</dt>
                    <dd>
                      <Link to={`/meetings/${task.meeting.id}`}>
                        {formatDate(task.meeting.startsAt, locale)}
                        <span className="visually-hidden">: {task.meeting.title}</span>
                      </Link>
                    </dd>
                  </div>
                )}
              </dl>
              {notification.viewerCan.mark && (
                <button
                  type="button"
                  className={forms.secondary}
                  disabled={fetching}
                  aria-label={t(notification.read ? 'notifications.markUnreadOf' : 'notifications.markReadOf', {
                    what,
                  })}
                  onClick={() => void toggle(notification)}
                >
                  {t(notification.read ? 'notifications.markUnread' : 'notifications.markRead')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
