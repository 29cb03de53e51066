import { useQuery } from 'urql';
import { berlinToday } from '../i18n/format';
import { useViewer } from '../session/viewer';
import { TaskDirectoryQuery } from './task.operations';
import { keptLists, mayManageTask, ownerChoices, type TaskPlace } from './task-rules';

/**
 * The task rules for the signed-in viewer, with the directory they need (who is in which
 * committee, and everyone a step can be given to). Guests and anonymous visitors keep no
 * steps, so nothing is loaded for them.
 */
export function useTaskRules() {
  const viewer = useViewer();
  const isUser = viewer?.kind === 'user';
  const [{ data }] = useQuery({ query: TaskDirectoryQuery, pause: !isUser });
  const kept = keptLists(viewer, data?.committees ?? [], berlinToday(new Date()));
  return {
    /** False until the directory is there. */
    ready: isUser && Boolean(data),
    mayManage: (task: TaskPlace) => Boolean(data) && mayManageTask(viewer, task, kept),
    /** A new step without a meeting: anyone signed in may give one to themselves. */
    mayCreateOwn: isUser,
    choices: (inMeeting: boolean) => (data ? ownerChoices(data, inMeeting, viewer, kept) : null),
  };
}
