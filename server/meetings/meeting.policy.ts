import { definePolicy, viewerRule } from '../auth/authorize';
import type { Roles } from '../auth/roles';
import type { Meeting } from './meeting.entity';

/** Who may do what with a meeting; its tables, contributions, invitations and roles follow `manage`. */
export const meetingPolicy = definePolicy('meeting', {
  /** Its participants (see Roles.participates), guests who joined it included. */
  read: (roles, meeting: Meeting) => roles.participates(meeting.id),
  /** Members of any committee; whoever creates a meeting becomes its facilitator. */
  create: viewerRule((roles) => roles.memberOfAnyCommittee()),
  /** Its facilitators: details, open/closed, publishing, invitations, programme, tables, roles, join code, tasks. */
  manage: (roles, meeting: Meeting) => roles.facilitates(meeting.id),
});

/** Participants write into a meeting while it is open; facilitators also after it closed. */
export async function writesIn(roles: Roles, meeting: Meeting): Promise<boolean> {
  if (await roles.facilitates(meeting.id)) return true;
  return !meeting.closedAt && roles.participates(meeting.id);
}
