import { useQuery } from 'urql';
import { berlinToday } from '../i18n/format';
import { useViewer } from '../session/viewer';
import { partyNames } from '../ui/party';
import { DueTasksQuery, TasksQuery } from './task.operations';
import { DUE_WITHIN_DAYS, dueSelection, MY_BODIES, type TaskSelection, taskFilter } from './task-filter';
import { useViewerScope } from './use-viewer-scope';

/**
 * The steps of the selection: a filtered `tasks` list, or for the due view the `dueTasks` of the
 * chosen owner, else of the viewer (with their bodies), with `dueScope` naming whose they are.
 */
export function useSelectedTasks(selection: TaskSelection) {
  const viewer = useViewer();
  const today = berlinToday(new Date());
  const due = selection.view === 'due';
  const scope = useViewerScope(!due && selection.ownerId === MY_BODIES, today);
  const filter = taskFilter(selection, today, scope);
  const dueAsk = dueSelection(selection, viewer?.personId ?? null);
  const [tasks] = useQuery({
    query: TasksQuery,
    variables: { filter: filter ?? {} },
    pause: !filter || scope === undefined,
  });
  const [dueTasks] = useQuery({
    query: DueTasksQuery,
    variables: { ownerId: dueAsk.ownerId, withinDays: DUE_WITHIN_DAYS },
    pause: !due || dueAsk.scope === 'none',
  });
  if (!due) return { ...tasks, list: tasks.data?.tasks, dueScope: null };
  const list =
    dueAsk.scope === 'none'
      ? []
      : dueTasks.data?.dueTasks.filter((task) => dueAsk.keeps(partyNames(task.owner).id, task.meeting?.id ?? null));
  return { ...dueTasks, list, dueScope: dueAsk.scope };
}
