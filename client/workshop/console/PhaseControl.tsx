import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import forms from '../../ui/forms.module.css';
import styles from './Console.module.css';
import { SetPhaseMutation } from './console.operations';
import { meetingPhases, type Phase, phaseStep } from './phases';
import { useRefusal } from './use-refusal';

/** Moves everyone through the workshop's phases (those the meeting runs through): any directly, or one step back or forward. */
export function PhaseControl({
  meetingId,
  phase,
  phases,
}: {
  meetingId: string;
  phase: Phase;
  /** The meeting's working phases. */
  phases: readonly Phase[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [{ fetching }, setPhase] = useMutation(SetPhaseMutation);
  const { run, notice } = useRefusal();
  const move = (to: Phase) => run(setPhase({ meetingId, phase: to }));
  const sequence = meetingPhases(phases);
  const previous = phaseStep(phase, -1, sequence);
  const next = phaseStep(phase, 1, sequence);
  return (
    <section aria-labelledby={`${id}-title`} className={styles.panel}>
      <h2 id={`${id}-title`}>{t('console.phase.title')}</h2>
      {notice}
      <ol className={styles.phases}>
        {sequence.map((entry) => (
          <li key={entry}>
            <button
              type="button"
              className={styles.phase}
              aria-current={entry === phase ? 'step' : undefined}
              disabled={fetching}
              onClick={() => void move(entry)}
            >
              {t(`board.phases.${entry}`)}
            </button>
          </li>
        ))}
      </ol>
      <div className={styles.actions}>
        <button
          type="button"
          className={forms.secondary}
          disabled={fetching || !previous}
          onClick={() => previous && void move(previous)}
        >
          {previous ? t('console.phase.back', { phase: t(`board.phases.${previous}`) }) : t('console.phase.first')}
        </button>
        <button
          type="button"
          className={forms.button}
          disabled={fetching || !next}
          onClick={() => next && void move(next)}
        >
          {next ? t('console.phase.next', { phase: t(`board.phases.${next}`) }) : t('console.phase.last')}
        </button>
      </div>
    </section>
  );
}
