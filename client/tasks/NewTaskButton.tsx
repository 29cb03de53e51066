import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { TaskEditor } from './TaskEditor';
import { useTaskRules } from './use-task-rules';

interface NewTaskButtonProps {
  /** A step of this meeting (for its facilitators); none: a step of the viewer's own or their body's list. */
  meeting?: { id: string; viewerRole?: string | null } | null;
}

/** "Neuer Schritt": opens the next-step form for those who may add one here; nothing for the others. */
export function NewTaskButton({ meeting = null }: NewTaskButtonProps) {
  const { t } = useTranslation();
  const rules = useTaskRules();
  const allowed = meeting ? rules.mayManage({ meeting, ownerId: '' }) : rules.mayCreateOwn;
  const choices = rules.choices(Boolean(meeting));
  if (!allowed || !choices) return null;
  return (
    <FormDialog label={t('taskEditor.new')} title={t(meeting ? 'taskEditor.newInMeeting' : 'taskEditor.newOwn')}>
      {(close) => (
        <>
          {!meeting && <p>{t('taskEditor.ownHint')}</p>}
          <TaskEditor target={{ kind: 'create', meetingId: meeting?.id ?? null }} choices={choices} onDone={close} />
        </>
      )}
    </FormDialog>
  );
}
