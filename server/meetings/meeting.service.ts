import type { EntityManager } from '@mikro-orm/postgresql';
import { definedFields, findOptional, findOrFail, removeById } from '../common/find';
import { findParty, partyColumns } from '../common/party';
import { Committee } from '../committees/committee.entity';
import { BadUserInputError, ConflictError } from '../errors';
import { Person } from '../people/person.entity';
import { Invitation } from './invitation.entity';
import { Meeting } from './meeting.entity';
import type { CreateMeetingInput, InviteInput, UpdateMeetingInput } from './meeting.inputs';
import { nextOrder } from '../common/order';

function assertTimes(meeting: Meeting): void {
  if (meeting.endsAt && meeting.endsAt < meeting.startsAt) {
    throw new BadUserInputError('endsAt', 'endsAt must not be before startsAt');
  }
}

export async function createMeeting({ em, input }: { em: EntityManager; input: CreateMeetingInput }) {
  return em.transactional(async (tx) => {
    const { hostCommitteeId, protocolAuthorId, ...fields } = input;
    const meeting = tx.create(Meeting, {
      ...fields,
      allDay: fields.allDay ?? false,
      hostCommittee: await findOptional(tx, Committee, hostCommitteeId, 'hostCommitteeId'),
      protocolAuthor: await findOptional(tx, Person, protocolAuthorId, 'protocolAuthorId'),
    });
    assertTimes(meeting);
    return meeting;
  });
}

export async function updateMeeting({ em, id, input }: { em: EntityManager; id: string; input: UpdateMeetingInput }) {
  return em.transactional(async (tx) => {
    const meeting = await findOrFail(tx, Meeting, id);
    const { hostCommitteeId, protocolAuthorId, ...fields } = input;
    const hostCommittee = await findOptional(tx, Committee, hostCommitteeId, 'hostCommitteeId');
    const protocolAuthor = await findOptional(tx, Person, protocolAuthorId, 'protocolAuthorId');
    tx.assign(meeting, definedFields({ ...fields, hostCommittee, protocolAuthor }));
    assertTimes(meeting);
    return meeting;
  });
}

export function deleteMeeting({ em, id }: { em: EntityManager; id: string }): Promise<string> {
  return removeById(em, Meeting, id);
}

export async function invite({ em, input }: { em: EntityManager; input: InviteInput }) {
  return em.transactional(async (tx) => {
    const meeting = await findOrFail(tx, Meeting, input.meetingId, 'meetingId');
    const invitee = partyColumns(await findParty(tx, input.inviteeId, 'inviteeId'));
    if (await tx.count(Invitation, { meeting, ...invitee })) throw new ConflictError('already invited');
    return tx.create(Invitation, {
      meeting,
      ...invitee,
      guest: input.guest ?? false,
      note: input.note,
      order: await nextOrder(tx, Invitation, { meeting }),
    });
  });
}

export function removeInvitation({ em, id }: { em: EntityManager; id: string }): Promise<string> {
  return removeById(em, Invitation, id);
}
