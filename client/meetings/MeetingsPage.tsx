import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatMeetingTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { useViewerCan } from '../session/viewer-can';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import styles from './MeetingsPage.module.css';
import { MeetingsQuery } from './meeting.operations';

export function MeetingsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data, error, fetching }] = useQuery({ query: MeetingsQuery });
  const can = useViewerCan();
  const mayCreate = can?.meeting.create;
  return (
    <>
      <title>{`${t('meetings.title')} – ${t('app.name')}`}</title>
      <div className={styles.heading}>
        <h1>{t('meetings.title')}</h1>
        {mayCreate && (
          <Link to="/meetings/new" className={forms.button}>
            {t('meetings.new')}
          </Link>
        )}
      </div>
      <p className={styles.intro}>
        {t('meetings.intro')}
        {can?.protocol.import && (
          <>
            {' '}
            <Link to="/meetings/import">{t('meetings.importLink')}</Link>
          </>
        )}
        {can?.meetingTemplate.manage && (
          <>
            {' '}
            <Link to="/meetings/templates">{t('meetings.templatesLink')}</Link>
          </>
        )}
      </p>
      {error && <ErrorNotice error={error} />}
      {fetching && !data && <Loading />}
      {data && data.meetings.length === 0 && <p>{t('meetings.empty')}</p>}
      <ul className={styles.list}>
        {data?.meetings.map((meeting) => (
          <li key={meeting.id} className={styles.card}>
            <p className={styles.when}>
              <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting, locale)}</time>
            </p>
            <h2 className={styles.title}>
              <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
            </h2>
            <p className={styles.meta}>
              {[meeting.hostCommittee?.shortName ?? meeting.hostCommittee?.name, meeting.place]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
