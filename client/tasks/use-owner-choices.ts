import { useQuery } from 'urql';
import { berlinToday } from '../i18n/format';
import { useViewer } from '../session/viewer';
import { TaskDirectoryQuery } from './task.operations';
import { keptLists, ownerChoices } from './task-rules';

/**
 * Whom the viewer may give a step to, with the directory it needs (everyone a step can be given
 * to, and who is in which committee). Guests and anonymous visitors keep no steps, so nothing is
 * loaded for them; null until the directory is there.
 */
export function useOwnerChoices(inMeeting: boolean) {
  const viewer = useViewer();
  const [{ data }] = useQuery({ query: TaskDirectoryQuery, pause: viewer?.kind !== 'user' });
  if (!data) return null;
  return ownerChoices(data, inMeeting, viewer, keptLists(viewer, data.committees, berlinToday(new Date())));
}
