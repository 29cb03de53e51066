import { definePolicy } from '../auth/authorize';
import type { Roles } from '../auth/roles';
import type { Meeting } from '../meetings/meeting.entity';
import { writesIn } from '../meetings/meeting.policy';
import type { Position } from './position.entity';
import type { WorkingTable } from './working-table.entity';

async function meetingOf(table: WorkingTable): Promise<Meeting> {
  return table.meeting.loadOrFail();
}

function wroteIt(roles: Roles, position: Position): boolean {
  const { viewer } = roles;
  if (viewer.kind === 'user') return position.author?.id === viewer.personId;
  return viewer.kind === 'guest' && position.authorGuest?.id === viewer.guestId;
}

/** The cards on a meeting's working tables. */
export const positionPolicy = definePolicy('position', {
  /** Participants of an open meeting (guests included); facilitators always. */
  create: async (roles, table: WorkingTable) => writesIn(roles, await meetingOf(table)),
  /** Its text: any participant while the meeting is open, not only its author. */
  edit: async (roles, position: Position) => writesIn(roles, await meetingOf(await position.table.loadOrFail())),
  /** Its table, rank among the top five and place: facilitators. */
  arrange: async (roles, position: Position) => roles.facilitates((await position.table.loadOrFail()).meeting.id),
  /** Its author while the meeting is open; facilitators always. */
  delete: async (roles, position: Position) => {
    const meeting = await meetingOf(await position.table.loadOrFail());
    if (await roles.facilitates(meeting.id)) return true;
    return wroteIt(roles, position) && writesIn(roles, meeting);
  },
});
