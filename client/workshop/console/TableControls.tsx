import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LIMITS } from '../../../schema/limits';
import forms from '../../ui/forms.module.css';
import styles from './Console.module.css';
import {
  type ConsoleTable,
  type Participant,
  SetTableLockedMutation,
  SetVoteBudgetMutation,
  type TopFiveProposal,
} from './console.operations';
import type { Phase } from './phases';
import { TaskFromPosition } from './TaskFromPosition';
import { TopFiveEditor } from './TopFiveEditor';
import { initialTopFive } from './top-five-order';
import { useRefusal } from './use-refusal';

interface TableControlsProps {
  meetingId: string;
  table: ConsoleTable;
  proposal: TopFiveProposal;
  phase: Phase;
  /** Those present at this table now. */
  present: readonly Participant[];
  /** Whether the server lets the viewer turn cards into next steps (`viewerCan.workshop.createTask`). */
  createsTasks: boolean;
}

/** One working table as the facilitator runs it: who sits there, lock, vote budget, top five, next steps. */
export function TableControls({ meetingId, table, proposal, phase, present, createsTasks }: TableControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [budget, setBudget] = useState(table.voteBudget);
  // A budget set elsewhere (another facilitator, another tab) replaces what is in the field.
  const [shownBudget, setShownBudget] = useState(table.voteBudget);
  if (shownBudget !== table.voteBudget) {
    setShownBudget(table.voteBudget);
    setBudget(table.voteBudget);
  }
  const [locking, setLocked] = useMutation(SetTableLockedMutation);
  const [budgeting, setVoteBudget] = useMutation(SetVoteBudgetMutation);
  const { run, notice } = useRefusal();
  // Merged positions count through their group: only those standing alone can be ranked or picked.
  const standing = table.positions.filter((position) => !position.group);
  const texts = new Map(table.positions.map((position) => [position.id, position.text]));
  const initial = initialTopFive(standing, proposal);
  return (
    <section aria-labelledby={`${id}-title`} className={styles.table}>
      <header className={styles.tableHeader}>
        <h3 id={`${id}-title`}>{table.title}</h3>
        {table.locked && <span className={styles.locked}>{t('console.table.locked')}</span>}
      </header>
      {notice}
      <p className={styles.presence}>
        <span className={styles.muted}>{t('console.table.present', { count: present.length })}</span>{' '}
        {present.map((participant) => participant.displayName).join(', ')}
      </p>
      <div className={styles.inline}>
        <button
          type="button"
          className={table.locked ? forms.button : forms.secondary}
          disabled={locking.fetching}
          onClick={() => void run(setLocked({ tableId: table.id, locked: !table.locked }))}
        >
          {t(table.locked ? 'console.table.unlock' : 'console.table.lock')}
        </button>
      </div>
      <form
        className={styles.inline}
        onSubmit={(event) => {
          event.preventDefault();
          void run(setVoteBudget({ tableId: table.id, dots: budget }));
        }}
      >
        <label className={forms.field}>
          {t('console.table.budget')}
          <input
            className={`${forms.input} ${styles.number}`}
            type="number"
            min={0}
            max={LIMITS.voteBudget}
            value={Number.isNaN(budget) ? '' : budget}
            onChange={(event) => setBudget(event.target.valueAsNumber)}
          />
        </label>
        <button type="submit" className={forms.secondary} disabled={budgeting.fetching || budget === table.voteBudget}>
          {t('console.table.saveBudget')}
        </button>
        <span className={styles.muted}>{t('console.table.totalDots', { count: table.totalDots })}</span>
      </form>
      <TopFiveEditor
        tableId={table.id}
        tableTitle={table.title}
        initial={initial}
        proposal={proposal}
        texts={texts}
        prioritising={phase === 'PRIORITISE'}
      />
      {createsTasks && table.kind === 'REALISATION' && (
        <TaskFromPosition meetingId={meetingId} tableTitle={table.title} positions={standing} />
      )}
    </section>
  );
}
