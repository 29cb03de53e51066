import { useTranslation } from 'react-i18next';
import type { EnumOf } from '../api/graphql';
import styles from './MeetingForms.module.css';

export type Phase = EnumOf<'WorkshopPhase'>;

/** The working phases in workshop order; PREPARE is always part of a meeting, CLOSED always follows. */
export const WORKING_PHASES: readonly Phase[] = ['PREPARE', 'COLLECT', 'GROUP', 'VOTE', 'PRIORITISE', 'NEXT_STEPS'];

/** Which working phases a meeting runs through. */
export function PhaseChoice({ phases, onChange }: { phases: readonly Phase[]; onChange: (phases: Phase[]) => void }) {
  const { t } = useTranslation();
  const toggle = (phase: Phase, on: boolean) =>
    onChange(WORKING_PHASES.filter((each) => (each === phase ? on : phases.includes(each))));
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('meetingForm.phases')}</legend>
      {WORKING_PHASES.map((phase) => (
        <label key={phase} className={styles.check}>
          <input
            type="checkbox"
            checked={phase === 'PREPARE' || phases.includes(phase)}
            disabled={phase === 'PREPARE'}
            onChange={(event) => toggle(phase, event.target.checked)}
          />
          {t(`board.phases.${phase}`)}
        </label>
      ))}
    </fieldset>
  );
}
