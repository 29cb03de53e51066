import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import type { ResultOf } from '../api/graphql';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FormDialog } from '../ui/FormDialog';
import { partyNames } from '../ui/party';
import styles from './TaskActions.module.css';
import { TaskEditor } from './TaskEditor';
import { DeleteTaskMutation, type TaskRowFragment } from './task.operations';
import { useOwnerChoices } from './use-owner-choices';

type Task = ResultOf<typeof TaskRowFragment>;

/** Change and remove a step, where the server says the viewer keeps it (`viewerCan.manage`). */
export function TaskActions({ task, what }: { task: Task; what: string }) {
  const { t } = useTranslation();
  const [, deleteTask] = useMutation(DeleteTaskMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const owner = partyNames(task.owner);
  const choices = useOwnerChoices(task.meeting !== null);
  if (!task.viewerCan.manage || !choices) return null;

  const remove = async () => setRefusal((await deleteTask({ id: task.id })).error ?? null);
  const stored = { ownerId: owner.id, items: task.items, dueLabel: task.dueLabel, dueDate: task.dueDate };
  return (
    <div className={styles.actions}>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      <FormDialog
        tone="secondary"
        label={t('taskEditor.edit')}
        accessibleLabel={t('taskEditor.editOf', { what })}
        title={t('taskEditor.editTitle')}
      >
        {(close) => (
          <TaskEditor target={{ kind: 'edit', id: task.id, task: stored }} choices={choices} onDone={close} />
        )}
      </FormDialog>
      <ConfirmButton
        tone="danger"
        label={t('taskEditor.remove')}
        accessibleLabel={t('taskEditor.removeOf', { what })}
        title={t('taskEditor.removeTitle')}
        message={t('taskEditor.removeMessage', {
          what,
          who: task.ownerLabel ?? owner.short,
          count: task.progress.length,
        })}
        onConfirm={() => void remove()}
      />
    </div>
  );
}
