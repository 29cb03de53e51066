import { useQuery } from 'urql';
import { MeetingPlanningQuery } from './meeting.operations';

/** Whether the viewer may create meetings and keep the templates, as the server's rules answer; undefined while asking. */
export function useMeetingPlanning(): { createMeeting: boolean; manageTemplates: boolean } | undefined {
  const [{ data }] = useQuery({ query: MeetingPlanningQuery });
  if (!data) return undefined;
  const can = data.me?.viewerCan;
  return { createMeeting: can?.meeting.create ?? false, manageTemplates: can?.meetingTemplate.manage ?? false };
}
