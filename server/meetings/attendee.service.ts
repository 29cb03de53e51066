import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Guest } from '../auth/guest.entity';
import { definedFields, findOptional, findOrFail, removeById } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { Person } from '../people/person.entity';
import { personName } from '../people/person-name';
import { onMeetingDay } from './attendance';
import { AttendanceSource, Attendee } from './attendee.entity';
import type { AddAttendeeInput, UpdateAttendeeInput } from './attendee.inputs';
import type { Meeting } from './meeting.entity';
import { authorizeManaging, managedMeeting } from './meeting.service';
import { MeetingRole } from './meeting-role.entity';

/** A guest who joined by code was there: checked in with the name and organisation they gave. */
export function checkInGuest(tx: EntityManager, meeting: Meeting, guest: Guest): void {
  tx.create(Attendee, {
    meeting,
    guest,
    name: guest.displayName,
    organizationName: guest.organizationName ?? null,
    source: AttendanceSource.JOINED,
  });
}

/**
 * A signed-in participant who opens the meeting live on its day, while it is open, is checked
 * in once; someone a facilitator marked absent stays so. Admins, who may look at any meeting,
 * count only where they have a role of their own.
 */
export async function checkInOnOpening(ctx: Context, meeting: Meeting): Promise<void> {
  const { personId } = ctx.roles;
  if (!personId || meeting.closedAt || !onMeetingDay(meeting, ctx.now())) return;
  const em = ctx.em.fork();
  if (ctx.roles.isAdmin && !(await em.count(MeetingRole, { meeting: meeting.id, person: personId }))) return;
  const person = await em.findOneOrFail(Person, personId, { populate: ['organization'] });
  const now = ctx.now();
  await em.execute(
    `insert into attendee (id, created_at, updated_at, meeting_id, person_id, name, organization_name, source, present)
     values (?, ?, ?, ?, ?, ?, ?, ?, true) on conflict (meeting_id, person_id) do nothing`,
    [
      randomUUID(),
      now,
      now,
      meeting.id,
      person.id,
      personName(person),
      person.organization?.$.name ?? null,
      AttendanceSource.OPENED,
    ],
  );
}

/** Adds someone who came (from the directory or as written on paper), or marks a listed person present again. */
export function addAttendee({ ctx, input }: { ctx: Context; input: AddAttendeeInput }) {
  return ctx.em.transactional(async (tx) => {
    const meeting = await managedMeeting(ctx, tx, input.meetingId);
    const person = await findOptional(tx, Person, input.personId, 'personId');
    if (person) {
      const listed = await tx.findOne(Attendee, { meeting, person });
      if (listed) return tx.assign(listed, { present: true });
    }
    const name = input.name?.trim() || (person ? personName(person) : null);
    if (!name) throw new BadUserInputError('name', 'name someone who came, or choose a person');
    const organization = person ? await person.organization?.load() : null;
    return tx.create(Attendee, {
      meeting,
      person,
      name,
      organizationName: input.organizationName?.trim() || organization?.name || null,
      source: AttendanceSource.ADDED,
    });
  });
}

export function updateAttendee({ ctx, id, input }: { ctx: Context; id: string; input: UpdateAttendeeInput }) {
  return ctx.em.transactional(async (tx) => {
    const attendee = await findOrFail(tx, Attendee, id);
    await authorizeManaging(ctx, attendee.meeting);
    const { name, organizationName, present } = input;
    const organization = organizationName === undefined ? undefined : organizationName?.trim() || null;
    return tx.assign(attendee, definedFields({ name: name?.trim(), organizationName: organization, present }));
  });
}

/** Takes a line off the list; someone checked in automatically who should not count is better marked absent. */
export function removeAttendee({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, Attendee, id, (attendee) => authorizeManaging(ctx, attendee.meeting));
}
