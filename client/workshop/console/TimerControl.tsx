import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OperationResult, useMutation } from 'urql';
import { LIMITS } from '../../../schema/limits';
import forms from '../../ui/forms.module.css';
import { formatCountdown, type TimerState } from '../timer';
import { useCountdown } from '../use-countdown';
import styles from './Console.module.css';
import { PauseTimerMutation, ResumeTimerMutation, StartTimerMutation, StopTimerMutation } from './console.operations';
import { useRefusal } from './use-refusal';

const MAX_MINUTES = LIMITS.timerSeconds / 60;

/** Starts the timer with a number of minutes, pauses, resumes and stops it; shows what is left. */
export function TimerControl({ meetingId, timer }: { meetingId: string; timer: TimerState }) {
  const { t } = useTranslation();
  const id = useId();
  const [minutes, setMinutes] = useState(10);
  const [starting, start] = useMutation(StartTimerMutation);
  const [pausing, pause] = useMutation(PauseTimerMutation);
  const [resuming, resume] = useMutation(ResumeTimerMutation);
  const [stopping, stop] = useMutation(StopTimerMutation);
  const busy = starting.fetching || pausing.fetching || resuming.fetching || stopping.fetching;
  const { run, notice } = useRefusal();
  const remaining = useCountdown(timer);
  const act = (action: Promise<OperationResult>) => void run(action);
  return (
    <section aria-labelledby={`${id}-title`} className={styles.panel}>
      <h2 id={`${id}-title`}>{t('console.timer.title')}</h2>
      {notice}
      <p className={styles.countdown} role="timer" aria-label={t('console.timer.left')}>
        {formatCountdown(remaining)}
      </p>
      <p className={styles.muted}>{t(`console.timer.status.${timer.status}`)}</p>
      <form
        className={styles.inline}
        onSubmit={(event) => {
          event.preventDefault();
          act(start({ meetingId, seconds: Math.round(minutes * 60) }));
        }}
      >
        <label className={forms.field}>
          {t('console.timer.minutes')}
          <input
            className={forms.input}
            type="number"
            min={1}
            max={MAX_MINUTES}
            step={1}
            required
            value={Number.isNaN(minutes) ? '' : minutes}
            onChange={(event) => setMinutes(event.target.valueAsNumber)}
          />
        </label>
        <button type="submit" className={forms.button} disabled={busy}>
          {t('console.timer.start')}
        </button>
      </form>
      <div className={styles.actions}>
        {timer.status === 'RUNNING' && (
          <button type="button" className={forms.secondary} disabled={busy} onClick={() => act(pause({ meetingId }))}>
            {t('console.timer.pause')}
          </button>
        )}
        {timer.status === 'PAUSED' && (
          <button type="button" className={forms.secondary} disabled={busy} onClick={() => act(resume({ meetingId }))}>
            {t('console.timer.resume')}
          </button>
        )}
        {timer.status !== 'STOPPED' && (
          <button type="button" className={forms.danger} disabled={busy} onClick={() => act(stop({ meetingId }))}>
            {t('console.timer.stop')}
          </button>
        )}
      </div>
    </section>
  );
}
