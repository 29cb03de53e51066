import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageError } from '../../app/PageError';
import { JoinPanel } from '../../auth/JoinPanel';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { useMeetingLive } from '../live/use-meeting-live';
import styles from './Console.module.css';
import { type ConsoleMeeting, ConsoleQuery } from './console.operations';
import { PhaseControl } from './PhaseControl';
import { SpotlightControl } from './SpotlightControl';
import { TableControls } from './TableControls';
import { TimerControl } from './TimerControl';
import { useFreshProposals } from './use-fresh-proposals';
import { VotesControl } from './VotesControl';

/** The facilitator's console at /meetings/:meetingId/console; everyone else is told it is not for them. */
export function ConsolePage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const [{ data, error }] = useQuery({ query: ConsoleQuery, variables: { id: meetingId } });
  if (!data) return error ? <PageError error={error} /> : <Loading />;
  const { meeting } = data;
  if (!meeting.viewerCan.workshop.facilitate) {
    return (
      <>
        <title>{`${t('console.title')} – ${t('app.name')}`}</title>
        <h1>{t('console.title')}</h1>
        <Notice tone="error">{t('console.refused')}</Notice>
        <p>
          <Link to={`/meetings/${meeting.id}`}>{t('console.toMeeting')}</Link>
        </p>
      </>
    );
  }
  return <Console meeting={meeting} />;
}

function Console({ meeting }: { meeting: ConsoleMeeting }) {
  const { t } = useTranslation();
  const live = useMeetingLive(meeting.id, meeting.eventSeq);
  const proposals = useFreshProposals(live, meeting.id);
  const { workshop } = meeting;
  const present = workshop.participants.filter((participant) => participant.present);
  const tables = [...meeting.workingTables].sort((a, b) => a.order - b.order);
  const seated = new Set(tables.map((table) => table.id));
  const standing = present.filter((participant) => !participant.tableId || !seated.has(participant.tableId));
  return (
    <article className={styles.console}>
      <title>{`${t('console.title')}: ${meeting.title} – ${t('app.name')}`}</title>
      <header className={styles.header}>
        <h1>{t('console.title')}</h1>
        <p className={styles.lead}>{meeting.title}</p>
        <nav aria-label={t('console.links')} className={styles.links}>
          <Link to={`/meetings/${meeting.id}/board`}>{t('console.toBoard')}</Link>
          <Link to={`/meetings/${meeting.id}`}>{t('console.toMeeting')}</Link>
        </nav>
      </header>
      {live.refusal && <ErrorNotice error={live.refusal} />}
      <div className={styles.grid}>
        <PhaseControl meetingId={meeting.id} phase={workshop.phase} phases={meeting.phases} />
        <TimerControl meetingId={meeting.id} timer={workshop.timer} />
        <VotesControl meetingId={meeting.id} workshop={workshop} />
        <SpotlightControl meetingId={meeting.id} spotlight={workshop.spotlight} tables={tables} />
      </div>
      <JoinPanel meeting={meeting} />
      <section aria-labelledby="console-tables" className={styles.tablesSection}>
        <h2 id="console-tables">{t('console.tables')}</h2>
        <p className={styles.muted}>
          {t('console.present', { count: present.length })}
          {standing.length > 0 &&
            ` · ${t('console.noTable')}: ${standing.map((participant) => participant.displayName).join(', ')}`}
        </p>
        <div className={styles.tables}>
          {tables.map((table) => (
            <TableControls
              key={table.id}
              meetingId={meeting.id}
              table={table}
              proposal={proposals.get(table.id) ?? null}
              phase={workshop.phase}
              present={present.filter((participant) => participant.tableId === table.id)}
              createsTasks={meeting.viewerCan.workshop.createTask}
            />
          ))}
        </div>
      </section>
    </article>
  );
}
