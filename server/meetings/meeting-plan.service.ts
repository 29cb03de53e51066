import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { findOrFail } from '../common/find';
import { findParty, partyColumns } from '../common/party';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { Person } from '../people/person.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { Contribution } from './contribution.entity';
import { Invitation } from './invitation.entity';
import { Meeting } from './meeting.entity';
import type { CreateMeetingInput } from './meeting.inputs';
import { meetingPolicy } from './meeting.policy';
import { EMPTY_PLAN, type MeetingPlan, type MeetingStructure, planFromMeeting, planFromTemplate } from './meeting-plan';
import { templateToUse } from './meeting-template.service';

function inviteeId(invitation: Invitation): string {
  const invitee = invitation.committee ?? invitation.organization ?? invitation.person;
  if (!invitee) throw new Error(`invitation ${invitation.id} names no invitee`);
  return invitee.id;
}

/** The structure of an earlier meeting, each list in its order. */
async function structureOf(tx: EntityManager, meeting: Meeting): Promise<MeetingStructure> {
  const byOrder = { orderBy: { order: 'asc', createdAt: 'asc' } } as const;
  const tables = await tx.find(WorkingTable, { meeting }, byOrder);
  const contributions = await tx.find(Contribution, { meeting }, byOrder);
  const invitations = await tx.find(Invitation, { meeting }, byOrder);
  return {
    hostCommitteeId: meeting.hostCommittee?.id ?? null,
    phases: meeting.phases,
    reviewsOpenSteps: meeting.reviewsOpenSteps,
    tables: tables.map(({ kind, title, voteBudget }) => ({ kind, title, voteBudget })),
    contributions: contributions.map((c) => ({
      title: c.title,
      speakerId: c.speaker?.id ?? null,
      speakerName: c.speakerName ?? null,
      affiliation: c.affiliation ?? null,
      plannedMinutes: c.plannedMinutes ?? null,
    })),
    invitations: invitations.map((invitation) => ({
      inviteeId: inviteeId(invitation),
      guest: invitation.guest,
      note: invitation.note ?? null,
    })),
  };
}

/**
 * What a new meeting starts with: a template's structure, an earlier meeting's (which the
 * creator must be able to read), or nothing.
 */
export async function planFor(ctx: Context, tx: EntityManager, input: CreateMeetingInput): Promise<MeetingPlan> {
  const { templateId, copyFromMeetingId } = input;
  if (templateId && copyFromMeetingId)
    throw new BadUserInputError('copyFromMeetingId', 'start from a template or from an earlier meeting, not both');
  if (templateId) return planFromTemplate((await templateToUse(ctx, tx, templateId)).structure);
  if (copyFromMeetingId) {
    const source = await findOrFail(tx, Meeting, copyFromMeetingId, 'copyFromMeetingId');
    await authorize(ctx, meetingPolicy, 'read', source);
    return planFromMeeting(await structureOf(tx, source));
  }
  return EMPTY_PLAN;
}

/** Sets up the planned tables, agenda and invitations of a new meeting, in the plan's order. */
export async function applyPlan(tx: EntityManager, meeting: Meeting, plan: MeetingPlan): Promise<void> {
  plan.tables.forEach((table, order) => {
    tx.create(WorkingTable, { ...table, meeting, order });
  });
  plan.agenda.forEach(({ speakerId, ...item }, order) => {
    tx.create(Contribution, {
      ...item,
      meeting,
      order,
      speaker: speakerId ? tx.getReference(Person, speakerId) : null,
    });
  });
  for (const [order, { inviteeId, guest, note }] of plan.invitations.entries()) {
    const party = await findParty(tx, inviteeId, 'copyFromMeetingId');
    tx.create(Invitation, { meeting, ...partyColumns(party), guest, note, order });
  }
}
