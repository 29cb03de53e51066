import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewerCan } from '../session/viewer-can';
import { FormDialog } from '../ui/FormDialog';
import { TaskEditor } from './TaskEditor';
import { MeetingTaskRightsQuery } from './task.operations';
import { useOwnerChoices } from './use-owner-choices';

/**
 * "Neuer Schritt": the next-step form for those the server lets add one here, nothing for the
 * others. With `meetingId` a step of that meeting (its facilitators, any owner); without, a step
 * of the viewer's own list or of a body they keep the list of.
 */
export function NewTaskButton({ meetingId }: { meetingId?: string }) {
  const { t } = useTranslation();
  const can = useViewerCan();
  const [meeting] = useQuery({ query: MeetingTaskRightsQuery, variables: { id: meetingId ?? '' }, pause: !meetingId });
  const allowed = meetingId ? meeting.data?.meeting.viewerCan.manage : can?.task.create;
  const choices = useOwnerChoices(Boolean(meetingId));
  if (!allowed || !choices) return null;
  return (
    <FormDialog label={t('taskEditor.new')} title={t(meetingId ? 'taskEditor.newInMeeting' : 'taskEditor.newOwn')}>
      {(close) => (
        <>
          {!meetingId && <p>{t('taskEditor.ownHint')}</p>}
          <TaskEditor target={{ kind: 'create', meetingId: meetingId ?? null }} choices={choices} onDone={close} />
        </>
      )}
    </FormDialog>
  );
}
