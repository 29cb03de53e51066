import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Board.module.css';
import type { BoardMeeting } from './board-model';
import { clockOffset, formatCountdown, timeLeft } from './timer';

type Workshop = BoardMeeting['workshop'];

/** The countdown, ticking each second while it runs, in server time. */
function useTimeLeft(timer: Workshop['timer']): number {
  // Taken when this state of the timer arrives: that is when serverNow was (nearly) now.
  const offset = useMemo(() => clockOffset(timer.serverNow, Date.now()), [timer.serverNow]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.status !== 'RUNNING') return;
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(tick);
  }, [timer.status]);
  return timeLeft(timer, offset, now);
}

/** Where the workshop stands: its phase, what to do in it, and the timer. */
export function PhaseBanner({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const left = useTimeLeft(workshop.timer);
  const timed = workshop.timer.status !== 'STOPPED';
  return (
    <section className={styles.banner} aria-label={t('board.phaseLabel')}>
      <p className={styles.phase}>
        <span className={styles.phaseName}>{t(`board.phases.${workshop.phase}`)}</span>
        <span className={styles.phaseHint}>{t(`board.phaseHints.${workshop.phase}`)}</span>
      </p>
      {timed && (
        <p className={styles.timer} data-status={workshop.timer.status}>
          <span className="visually-hidden">{t('board.timeLeft')} </span>
          <span role="timer" aria-live="off">
            {formatCountdown(left)}
          </span>
          {workshop.timer.status === 'PAUSED' && <span className={styles.paused}> {t('board.paused')}</span>}
        </p>
      )}
    </section>
  );
}
