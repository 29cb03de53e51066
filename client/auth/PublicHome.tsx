import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatMeetingTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import meetings from '../meetings/MeetingsPage.module.css';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { PublicMeetingsQuery } from './auth.operations';
import styles from './PublicHome.module.css';

/** The start page for anonymous visitors: the ways in, and the meeting summaries facilitators published. */
export function PublicHome() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data, error, fetching }] = useQuery({ query: PublicMeetingsQuery });
  return (
    <>
      <title>{t('app.name')}</title>
      <h1>{t('auth.home.title')}</h1>
      <p className={meetings.intro}>{t('auth.home.intro')}</p>
      <div className={styles.entries}>
        <Link to="/sign-in" className={forms.button}>
          {t('auth.signIn.link')}
        </Link>
        <Link to="/join" className={forms.secondary}>
          {t('auth.join.link')}
        </Link>
      </div>
      <section aria-labelledby="public-meetings">
        <h2 id="public-meetings">{t('auth.home.published')}</h2>
        {error && <ErrorNotice error={error} />}
        {fetching && !data && <Loading />}
        {data?.publicMeetings.length === 0 && <p>{t('auth.home.nonePublished')}</p>}
        <ul className={meetings.list}>
          {data?.publicMeetings.map((meeting) => (
            <li key={meeting.id} className={meetings.card}>
              <p className={meetings.when}>
                <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting, locale)}</time>
              </p>
              <h3 className={meetings.title}>{meeting.title}</h3>
              {meeting.place && <p className={meetings.meta}>{meeting.place}</p>}
              {meeting.description && <p>{meeting.description}</p>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
