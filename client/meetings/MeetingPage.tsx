import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageError } from '../app/PageError';
import { JoinPanel } from '../auth/JoinPanel';
import { Loading } from '../ui/Loading';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { InvitationsSection } from './InvitationsSection';
import { MeetingHeader } from './MeetingHeader';
import styles from './MeetingPage.module.css';
import type { Meeting } from './meeting';
import { MeetingQuery } from './meeting.operations';
import { NextStepsSection } from './NextStepsSection';
import { OpenStepsSection } from './OpenStepsSection';
import { RolesSection } from './RolesSection';
import { TablesSection } from './TablesSection';

export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: MeetingQuery, variables: { id: meetingId } });
  if (error) return <PageError error={error} />;
  if (fetching || !data) return <Loading />;
  return <MeetingView meeting={data.meeting} />;
}

/** The meeting page: one small section per part of the plan, each with its facilitator's controls. */
function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const manages = meeting.viewerCan.manage;
  const sections = [
    { id: 'invitees', label: t('meeting.invitees') },
    { id: 'program', label: t('meeting.program') },
    { id: 'tables', label: t('meeting.tables') },
    ...(meeting.reviewsOpenSteps ? [{ id: 'open-steps', label: t('openSteps.title') }] : []),
    { id: 'next-steps', label: t('meeting.nextSteps') },
    { id: 'attendance', label: t('attendance.title') },
    { id: 'roles', label: t('meetingRoles.title') },
  ];
  return (
    <article className={styles.meeting}>
      <title>{`${meeting.title} – ${t('app.name')}`}</title>
      <MeetingHeader meeting={meeting} manages={manages} />
      {manages && <JoinPanel meeting={meeting} />}
      <nav aria-label={t('meeting.onThisPage')} className={styles.toc}>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <InvitationsSection meeting={meeting} manages={manages} />
      <AgendaSection meeting={meeting} manages={manages} />
      <TablesSection meeting={meeting} />
      {meeting.reviewsOpenSteps && <OpenStepsSection meeting={meeting} />}
      <NextStepsSection meeting={meeting} />
      <AttendanceSection meeting={meeting} manages={manages} />
      <RolesSection meeting={meeting} manages={manages} />
    </article>
  );
}
