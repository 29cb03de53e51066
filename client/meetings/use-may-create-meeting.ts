import { useQuery } from 'urql';
import { berlinToday } from '../i18n/format';
import { memberOfAnyCommittee } from '../session/memberships';
import { useViewer } from '../session/viewer';
import { ViewerBodiesQuery } from '../tasks/task.operations';

/**
 * Whether the viewer may create a meeting, by the server's rule `meeting.create`: admins, members
 * of any committee, and facilitators of any meeting (read from the meetings they see). Guests never.
 * Undefined while the viewer's committees are still loading.
 */
export function useMayCreateMeeting(
  meetings: readonly { viewerRole?: string | null }[] | undefined,
): boolean | undefined {
  const viewer = useViewer();
  const user = viewer?.kind === 'user' ? viewer : null;
  const facilitates = meetings?.some((meeting) => meeting.viewerRole === 'FACILITATOR') ?? false;
  const [{ data }] = useQuery({ query: ViewerBodiesQuery, pause: !user || user.isAdmin || facilitates });
  if (!user) return false;
  if (user.isAdmin || facilitates) return true;
  return data && memberOfAnyCommittee(data.committees, user.personId, berlinToday(new Date()));
}
