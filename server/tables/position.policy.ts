import { definePolicy } from '../auth/authorize';
import { capabilitiesOf } from '../auth/capabilities';
import type { Roles } from '../auth/roles';
import type { Meeting } from '../meetings/meeting.entity';
import { writesIn } from '../meetings/meeting.policy';
import type { Position } from './position.entity';

async function meetingOf(position: Position): Promise<Meeting> {
  return (await position.table.loadOrFail()).meeting.loadOrFail();
}

function wroteIt(roles: Roles, position: Position): boolean {
  const { viewer } = roles;
  if (viewer.kind === 'user') return position.author?.id === viewer.personId;
  return viewer.kind === 'guest' && position.authorGuest?.id === viewer.guestId;
}

/** The cards on a meeting's working tables; writing one is the table's `addPosition` (working-table.policy.ts). */
export const positionPolicy = definePolicy('position', {
  /** Its text: any participant while the meeting is open, not only its author. */
  edit: async (roles, position: Position) => writesIn(roles, await meetingOf(position)),
  /** Its table, rank among the top five and place; merging and separating: facilitators. */
  arrange: async (roles, position: Position) => roles.facilitates((await position.table.loadOrFail()).meeting.id),
  /** Its author while the meeting is open; facilitators always. */
  delete: async (roles, position: Position) => {
    const meeting = await meetingOf(position);
    if (await roles.facilitates(meeting.id)) return true;
    return wroteIt(roles, position) && writesIn(roles, meeting);
  },
});

export const PositionCapabilities = capabilitiesOf(positionPolicy);
