import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '../api/graphql';
import { JoinPanel } from '../auth/JoinPanel';
import { formatMeetingTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { NewTaskButton } from '../tasks/NewTaskButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { partyNames } from '../ui/party';
import styles from './MeetingPage.module.css';
import { MeetingQuery } from './meeting.operations';
import { WorkingTables } from './WorkingTables';

type Meeting = NonNullable<ResultOf<typeof MeetingQuery>['meeting']>;

export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: MeetingQuery, variables: { id: meetingId } });
  if (error) return <ErrorNotice error={error} />;
  if (fetching || !data) return <Loading />;
  return <MeetingView meeting={data.meeting} />;
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const host = meeting.hostCommittee;
  const sections = [
    { id: 'invitees', label: t('meeting.invitees') },
    { id: 'program', label: t('meeting.program') },
    { id: 'tables', label: t('meeting.tables') },
    { id: 'next-steps', label: t('meeting.nextSteps') },
  ];
  return (
    <article className={styles.meeting}>
      <title>{`${meeting.title} – ${t('app.name')}`}</title>
      <header className={styles.header}>
        <h1>{meeting.title}</h1>
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
              <dd>{[meeting.protocolAuthor.title, meeting.protocolAuthor.name].filter(Boolean).join(' ')}</dd>
            </div>
          )}
        </dl>
        {host?.description && <p className={styles.hostDescription}>{host.description}</p>}
        <p className={styles.protocolLink}>
          <Link to={`/meetings/${meeting.id}/board`}>{t('board.link')}</Link>
        </p>
        <p className={styles.protocolLink}>
          <Link to={`/meetings/${meeting.id}/protocol`}>{t('meeting.protocolLink')}</Link>
        </p>
        {meeting.viewerRole === 'FACILITATOR' && (
          <p className={styles.protocolLink}>
            <Link to={`/meetings/${meeting.id}/console`}>{t('console.link')}</Link>
          </p>
        )}
      </header>

      {meeting.viewerRole === 'FACILITATOR' && <JoinPanel meeting={meeting} />}

      <nav aria-label={t('meeting.onThisPage')} className={styles.toc}>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="invitees" className={styles.section}>
        <h2 id="invitees">{t('meeting.invitees')}</h2>
        <ul className={styles.invitees}>
          {meeting.invitations.map((invitation) => {
            const invitee = partyNames(invitation.invitee);
            return (
              <li key={invitation.id}>
                <span className={styles.invitee}>{invitee.name}</span>
                {invitation.guest && <span className={styles.guest}>{t('common.guest')}</span>}
                {invitation.note && <span className={styles.note}>{invitation.note}</span>}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="program" className={styles.section}>
        <h2 id="program">{t('meeting.program')}</h2>
        {meeting.contributions.length === 0 ? (
          <p>{t('meeting.noContributions')}</p>
        ) : (
          <ol className={styles.contributions}>
            {meeting.contributions.map((contribution) => (
              <li key={contribution.id} className={styles.contribution}>
                <h3>{contribution.title}</h3>
                <p className={styles.speaker}>
                  <span className={styles.speakerName}>{contribution.speakerName}</span>
                  {contribution.affiliation && <span className={styles.affiliation}>{contribution.affiliation}</span>}
                </p>
                {contribution.summary && <p>{contribution.summary}</p>}
              </li>
            ))}
          </ol>
        )}
        {meeting.protocolFootnote && <p className={styles.footnote}>{meeting.protocolFootnote}</p>}
      </section>

      <section aria-labelledby="tables" className={styles.section}>
        <h2 id="tables">{t('meeting.tables')}</h2>
        <WorkingTables tables={meeting.workingTables} />
      </section>

      <section aria-labelledby="next-steps" className={styles.section}>
        <h2 id="next-steps">{t('meeting.nextSteps')}</h2>
        <NewTaskButton meetingId={meeting.id} />
        {meeting.tasks.length === 0 ? (
          <p>{t('meeting.noNextSteps')}</p>
        ) : (
          <p>
            <Link to={`/tasks?view=all&meeting=${encodeURIComponent(meeting.id)}`}>
              {t('meeting.nextStepsLink', { count: meeting.tasks.length })}
            </Link>
          </p>
        )}
      </section>
    </article>
  );
}
