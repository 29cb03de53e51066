import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageError } from '../app/PageError';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import styles from './Board.module.css';
import { BoardTables } from './BoardTables';
import { BoardQuery } from './board.operations';
import type { BoardMeeting } from './board-model';
import { CardUndoProvider } from './card-undo';
import { MeetingLiveContext } from './live/live-context';
import { useMeetingLive } from './live/use-meeting-live';
import { PhaseBanner } from './PhaseBanner';

/** The workshop board: the meeting's working tables with their cards, live for everyone. */
export function BoardPage() {
  const { meetingId = '' } = useParams();
  const [{ data, error }] = useQuery({ query: BoardQuery, variables: { id: meetingId } });
  if (!data) return error ? <PageError error={error} /> : <Loading />;
  return <LiveBoard meeting={data.meeting} />;
}

function LiveBoard({ meeting }: { meeting: BoardMeeting }) {
  const { t } = useTranslation();
  const live = useMeetingLive(meeting.id, meeting.eventSeq);
  const [large, setLarge] = useState(false);
  return (
    <MeetingLiveContext value={live}>
      <article className={`${styles.board} ${large ? styles.large : ''}`}>
        <title>{`${t('board.title')}: ${meeting.title} – ${t('app.name')}`}</title>
        <header className={styles.header}>
          <div>
            <h1>{t('board.title')}</h1>
            <p className={styles.meetingLink}>
              <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
            </p>
            {meeting.viewerCan.workshop.facilitate && (
              <p className={styles.meetingLink}>
                <Link to={`/meetings/${meeting.id}/console`}>{t('console.link')}</Link>
              </p>
            )}
          </div>
          <button type="button" className={styles.toggle} aria-pressed={large} onClick={() => setLarge((on) => !on)}>
            {t('board.large')}
          </button>
        </header>
        {live.refusal && <ErrorNotice error={live.refusal} />}
        <PhaseBanner workshop={meeting.workshop} />
        <CardUndoProvider>
          <BoardTables meeting={meeting} />
        </CardUndoProvider>
      </article>
    </MeetingLiveContext>
  );
}
