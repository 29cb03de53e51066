import { findOrFail, removeById } from '../common/find';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import type { SetMeetingRoleInput } from './meeting.inputs';
import { authorizeManaging, managedMeeting } from './meeting.service';
import { MeetingRole } from './meeting-role.entity';

/** Gives a person a role in a meeting, replacing the one they had there. */
export async function setMeetingRole({ ctx, input }: { ctx: Context; input: SetMeetingRoleInput }) {
  return ctx.em.transactional(async (tx) => {
    const meeting = await managedMeeting(ctx, tx, input.meetingId);
    const person = await findOrFail(tx, Person, input.personId, 'personId');
    const existing = await tx.findOne(MeetingRole, { meeting, person });
    if (existing) return tx.assign(existing, { role: input.role });
    return tx.create(MeetingRole, { meeting, person, role: input.role });
  });
}

export function removeMeetingRole({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, MeetingRole, id, (role) => authorizeManaging(ctx, role.meeting));
}
