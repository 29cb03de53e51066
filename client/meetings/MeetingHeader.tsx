import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { personName } from '../committees/people';
import { formatDateTime, formatMeetingTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import forms from '../ui/forms.module.css';
import { MeetingDetailsEditor } from './MeetingDetailsEditor';
import { MeetingLifecycle } from './MeetingLifecycle';
import styles from './MeetingPage.module.css';
import type { Meeting } from './meeting';

/** Title and details of the meeting, its links, and for facilitators editing, closing and deleting it. */
export function MeetingHeader({ meeting, manages }: { meeting: Meeting; manages: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const host = meeting.hostCommittee;
  const can = meeting.viewerCan;
  if (editing) return <MeetingDetailsEditor meeting={meeting} onDone={() => setEditing(false)} />;
  return (
    <header className={styles.header}>
      <h1>{meeting.title}</h1>
      {meeting.closedAt && (
        <p className={styles.closed}>
          {t('meetingLifecycle.closedSince', { when: formatDateTime(meeting.closedAt, locale) })}
        </p>
      )}
      {meeting.description && <p className={styles.lead}>{meeting.description}</p>}
      <dl className={styles.facts}>
        <div>
          <dt>{t('meeting.when')}</dt>
          <dd>
            <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting, locale)}</time>
          </dd>
        </div>
        {meeting.place && (
          <div>
            <dt>{t('meeting.place')}</dt>
            <dd>{meeting.place}</dd>
          </div>
        )}
        {host && (
          <div>
            <dt>{t('meeting.host')}</dt>
            <dd>
              {host.name}
              {host.shortName && ` (${host.shortName})`}
            </dd>
          </div>
        )}
        {meeting.protocolAuthor && (
          <div>
            <dt>{t('meeting.protocolAuthor')}</dt>
            <dd>{personName(meeting.protocolAuthor)}</dd>
          </div>
        )}
      </dl>
      {host?.description && <p className={styles.hostDescription}>{host.description}</p>}
      <ul className={styles.links}>
        {can.workshop.follow && (
          <li>
            <Link to={`/meetings/${meeting.id}/board`}>{t('board.link')}</Link>
          </li>
        )}
        {can.protocol.read && (
          <li>
            <Link to={`/meetings/${meeting.id}/protocol`}>
              {t(can.protocol.edit ? 'meeting.protocolLink' : 'meeting.protocolReadLink')}
            </Link>
          </li>
        )}
        {can.workshop.facilitate && (
          <li>
            <Link to={`/meetings/${meeting.id}/console`}>{t('console.link')}</Link>
          </li>
        )}
      </ul>
      {manages && (
        <div className={styles.manage}>
          <button type="button" className={forms.secondary} onClick={() => setEditing(true)}>
            {t('meetingForm.edit')}
          </button>
          <MeetingLifecycle meeting={meeting} />
        </div>
      )}
    </header>
  );
}
