import type { EntityManager } from '@mikro-orm/postgresql';
import { findOrFail, removeById } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { Person } from '../people/person.entity';
import type { SetMeetingRoleInput } from './meeting.inputs';
import { authorizeManaging, managedMeeting } from './meeting.service';
import { MeetingRole, MeetingRoleKind } from './meeting-role.entity';

/** Refuses to take away the last facilitator's role: a meeting without one could only be run by admins. */
async function assertAnotherFacilitator(tx: EntityManager, role: MeetingRole, field: string): Promise<void> {
  if (role.role !== MeetingRoleKind.FACILITATOR) return;
  const others = await tx.count(MeetingRole, {
    meeting: role.meeting,
    role: MeetingRoleKind.FACILITATOR,
    id: { $ne: role.id },
  });
  if (others === 0) throw new BadUserInputError(field, 'a meeting keeps at least one facilitator');
}

/** Gives a person a role in a meeting, replacing the one they had there. */
export async function setMeetingRole({ ctx, input }: { ctx: Context; input: SetMeetingRoleInput }) {
  return ctx.em.transactional(async (tx) => {
    const meeting = await managedMeeting(ctx, tx, input.meetingId);
    const person = await findOrFail(tx, Person, input.personId, 'personId');
    const existing = await tx.findOne(MeetingRole, { meeting, person });
    if (!existing) return tx.create(MeetingRole, { meeting, person, role: input.role });
    if (input.role !== MeetingRoleKind.FACILITATOR) await assertAnotherFacilitator(tx, existing, 'role');
    return tx.assign(existing, { role: input.role });
  });
}

export function removeMeetingRole({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, MeetingRole, id, async (role, tx) => {
    await authorizeManaging(ctx, role.meeting);
    await assertAnotherFacilitator(tx, role, 'id');
  });
}
