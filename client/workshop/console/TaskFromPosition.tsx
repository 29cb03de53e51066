import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { LIMITS } from '../../../schema/limits';
import { ImportOwnersQuery } from '../../protocols/import.operations';
import { OwnerSelect } from '../../protocols/OwnerSelect';
import forms from '../../ui/forms.module.css';
import { Notice } from '../../ui/Notice';
import styles from './Console.module.css';
import { CreateTaskFromPositionMutation } from './console.operations';
import { useRefusal } from './use-refusal';

interface Props {
  meetingId: string;
  tableTitle: string;
  positions: readonly { id: string; text: string }[];
}

/** "Wer / Was / Bis wann" for one point of a Konkretion table: it becomes a next step of the meeting. */
export function TaskFromPosition({ meetingId, tableTitle, positions }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [{ data: owners }] = useQuery({ query: ImportOwnersQuery });
  const [positionId, setPositionId] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [items, setItems] = useState('');
  const [dueLabel, setDueLabel] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateTaskFromPositionMutation);
  const { run, notice } = useRefusal();

  const choosePosition = (chosen: string) => {
    setPositionId(chosen);
    // The point's text is the usual "Was"; the facilitator may shorten or split it.
    setItems(positions.find((position) => position.id === chosen)?.text ?? '');
  };
  const submit = async () => {
    if (!positionId || !ownerId) return;
    const lines = items
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const input = { positionId, ownerId, items: lines.length > 0 ? lines : null, dueLabel: dueLabel.trim() || null };
    if (await run(create({ input }))) {
      setCreated(lines[0] ?? positions.find((position) => position.id === positionId)?.text ?? '');
      setPositionId('');
      setItems('');
      setDueLabel('');
    }
  };

  return (
    <form
      aria-labelledby={`${id}-title`}
      className={styles.taskForm}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h4 id={`${id}-title`}>{t('console.task.title')}</h4>
      {notice}
      {created !== null && (
        <Notice tone="success" onDismiss={() => setCreated(null)}>
          {t('console.task.created', { text: created })}{' '}
          <Link to={`/tasks?view=all&meeting=${encodeURIComponent(meetingId)}`}>{t('console.task.link')}</Link>
        </Notice>
      )}
      <label className={forms.field}>
        {t('console.task.position', { table: tableTitle })}
        <select
          className={forms.select}
          required
          value={positionId}
          onChange={(event) => choosePosition(event.target.value)}
        >
          <option value="">{t('console.task.choosePosition')}</option>
          {positions.map((position) => (
            <option key={position.id} value={position.id}>
              {position.text}
            </option>
          ))}
        </select>
      </label>
      <div className={forms.field}>
        <span>{t('console.task.owner')}</span>
        <OwnerSelect owners={owners} label={t('console.task.owner')} value={ownerId} onChange={setOwnerId} />
      </div>
      <label className={forms.field}>
        {t('console.task.items')}
        <textarea className={forms.input} rows={3} value={items} onChange={(event) => setItems(event.target.value)} />
      </label>
      <label className={forms.field}>
        {t('console.task.due')}
        <input
          className={forms.input}
          maxLength={LIMITS.dueLabel}
          placeholder={t('console.task.duePlaceholder')}
          value={dueLabel}
          onChange={(event) => setDueLabel(event.target.value)}
        />
      </label>
      <button type="submit" className={forms.button} disabled={fetching || !positionId || !ownerId}>
        {t('console.task.create')}
      </button>
    </form>
  );
}
