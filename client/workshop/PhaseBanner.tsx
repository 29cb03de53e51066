import { useTranslation } from 'react-i18next';
import styles from './Board.module.css';
import type { BoardMeeting } from './board-model';
import { formatCountdown } from './timer';
import { useCountdown } from './use-countdown';

type Workshop = BoardMeeting['workshop'];

/** Where the workshop stands: its phase, what to do in it, and the timer. */
export function PhaseBanner({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const left = useCountdown(workshop.timer);
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
