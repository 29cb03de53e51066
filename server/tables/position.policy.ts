import type { Ref } from '@mikro-orm/core';
import { definePolicy } from '../auth/authorize';
import { capabilitiesOf } from '../auth/capabilities';
import type { Guest } from '../auth/guest.entity';
import type { Roles } from '../auth/roles';
import type { Meeting } from '../meetings/meeting.entity';
import { writesIn } from '../meetings/meeting.policy';
import type { Person } from '../people/person.entity';
import type { Position } from './position.entity';
import type { WorkingTable } from './working-table.entity';

/** What the rules look at: a position, or one just deleted that `restorePosition` would bring back. */
type Card = Pick<Position, 'hidden'> & {
  table: Ref<WorkingTable>;
  author?: Ref<Person> | null;
  authorGuest?: Ref<Guest> | null;
};

async function meetingOf(position: Card): Promise<Meeting> {
  return (await position.table.loadOrFail()).meeting.loadOrFail();
}

function wroteIt(roles: Roles, position: Card): boolean {
  const { viewer } = roles;
  if (viewer.kind === 'user') return position.author?.id === viewer.personId;
  return viewer.kind === 'guest' && position.authorGuest?.id === viewer.guestId;
}

async function facilitatesAt(roles: Roles, position: Card): Promise<boolean> {
  return roles.facilitates((await position.table.loadOrFail()).meeting.id);
}

/**
 * The cards on a meeting's working tables; writing one is the table's `addPosition` (working-table.policy.ts).
 * A hidden card is frozen: nobody edits or arranges it until a facilitator shows it again, so its
 * text never goes out in an event to participants who may not see it.
 */
export const positionPolicy = definePolicy('position', {
  /** Its text: any participant while the meeting is open, not only its author. */
  edit: async (roles, position: Card) => !position.hidden && writesIn(roles, await meetingOf(position)),
  /** Its table, rank among the top five and place; merging and separating: facilitators. */
  arrange: async (roles, position: Card) => !position.hidden && facilitatesAt(roles, position),
  /** Delete it, and bring it back shortly after (`restorePosition`): its author while the meeting is open; facilitators always. */
  delete: async (roles, position: Card) => {
    const meeting = await meetingOf(position);
    if (await roles.facilitates(meeting.id)) return true;
    return wroteIt(roles, position) && writesIn(roles, meeting);
  },
  /** Hide it from participants and the protocol for moderation, and show it again: facilitators. */
  hide: (roles, position: Card) => facilitatesAt(roles, position),
});

export const PositionCapabilities = capabilitiesOf(positionPolicy);
