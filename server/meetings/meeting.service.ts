import type { EntityManager, Ref } from '@mikro-orm/postgresql';
import { endSessions } from '../auth/auth.service';
import { authorize } from '../auth/authorize';
import { Committee } from '../committees/committee.entity';
import { definedFields, findOptional, findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import { findParty, partyColumns } from '../common/party';
import type { Context } from '../context';
import { BadUserInputError, ConflictError } from '../errors';
import { liveTransaction } from '../live/live-transaction';
import { Person } from '../people/person.entity';
import { Task } from '../tasks/task.entity';
import { readableTasks } from '../tasks/task.policy';
import { PENDING_STATUSES } from '../tasks/task-due';
import { PhaseChanged } from '../workshops/workshop.events';
import { phaseOf, workshopOf } from '../workshops/workshop-rules';
import { Invitation } from './invitation.entity';
import { Meeting } from './meeting.entity';
import { MeetingChanged, meetingState } from './meeting.events';
import type { CreateMeetingInput, InviteInput, UpdateMeetingInput } from './meeting.inputs';
import { meetingPolicy } from './meeting.policy';
import { normalisePhases } from './meeting-plan';
import { applyPlan, planFor } from './meeting-plan.service';
import { MeetingRole, MeetingRoleKind } from './meeting-role.entity';

function assertTimes(meeting: Meeting): void {
  if (meeting.endsAt && meeting.endsAt < meeting.startsAt) {
    throw new BadUserInputError('endsAt', 'endsAt must not be before startsAt');
  }
}

/** A flag in the input becomes the moment it was set, kept while it stays set. */
function moment(
  flag: boolean | null | undefined,
  current: Date | null | undefined,
  now: Date,
): Date | null | undefined {
  if (flag === undefined || flag === null) return undefined;
  return flag ? (current ?? now) : null;
}

/** Loads a meeting and refuses unless the viewer facilitates it. */
export async function managedMeeting(
  ctx: Context,
  tx: EntityManager,
  id: string,
  field = 'meetingId',
): Promise<Meeting> {
  const meeting = await findOrFail(tx, Meeting, id, field);
  await authorize(ctx, meetingPolicy, 'manage', meeting);
  return meeting;
}

/** Refuses unless the viewer facilitates the meeting a record belongs to. */
export async function authorizeManaging(ctx: Context, meeting: Ref<Meeting>): Promise<void> {
  await authorize(ctx, meetingPolicy, 'manage', await meeting.loadOrFail());
}

/** Whoever creates a meeting facilitates it; admins too, so that it is listed as theirs. */
export function addCreatorAsFacilitator(ctx: Context, tx: EntityManager, meeting: Meeting): void {
  if (ctx.roles.personId)
    tx.create(MeetingRole, { meeting, person: ctx.roles.personId, role: MeetingRoleKind.FACILITATOR });
}

/**
 * A new meeting, set up from a template, like an earlier meeting, or empty; the input's own
 * fields win over the plan's (a host body given replaces the earlier meeting's).
 */
export async function createMeeting({ ctx, input }: { ctx: Context; input: CreateMeetingInput }) {
  return ctx.em.transactional(async (tx) => {
    await authorize(ctx, meetingPolicy, 'create', null);
    const plan = await planFor(ctx, tx, input);
    const { hostCommitteeId, protocolAuthorId, templateId, copyFromMeetingId, phases, reviewsOpenSteps, ...fields } =
      input;
    const meeting = tx.create(Meeting, {
      ...fields,
      allDay: fields.allDay ?? false,
      hostCommittee: await findOptional(
        tx,
        Committee,
        hostCommitteeId === undefined ? plan.hostCommitteeId : hostCommitteeId,
        'hostCommitteeId',
      ),
      protocolAuthor: await findOptional(tx, Person, protocolAuthorId, 'protocolAuthorId'),
      phases: normalisePhases(phases ?? plan.phases),
      reviewsOpenSteps: reviewsOpenSteps ?? plan.reviewsOpenSteps,
    });
    assertTimes(meeting);
    addCreatorAsFacilitator(ctx, tx, meeting);
    await applyPlan(tx, meeting, plan);
    return meeting;
  });
}

/**
 * Closes the meeting (participants then only read) or opens it again. Closed is the workshop's
 * CLOSED phase too (see workshop-rules.ts phaseOf); a closed meeting takes no new guests.
 */
export function setClosed(meeting: Meeting, closed: boolean, now: Date): void {
  meeting.closedAt = moment(closed, meeting.closedAt, now);
  if (closed) meeting.joinOpen = false;
}

export async function updateMeeting({ ctx, id, input }: { ctx: Context; id: string; input: UpdateMeetingInput }) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const meeting = await managedMeeting(ctx, tx, id, 'id');
    const { hostCommitteeId, protocolAuthorId, closed, published, phases, ...fields } = input;
    const hostCommittee = await findOptional(tx, Committee, hostCommitteeId, 'hostCommitteeId');
    const protocolAuthor = await findOptional(tx, Person, protocolAuthorId, 'protocolAuthorId');
    const publishedAt = moment(published, meeting.publishedAt, ctx.now());
    const workshop = await workshopOf(tx, meeting.id);
    const phaseBefore = phaseOf(workshop, meeting);
    tx.assign(
      meeting,
      definedFields({
        ...fields,
        hostCommittee,
        protocolAuthor,
        publishedAt,
        phases: phases && normalisePhases(phases),
      }),
    );
    if (closed !== undefined && closed !== null) setClosed(meeting, closed, ctx.now());
    assertTimes(meeting);
    log.emit(MeetingChanged, meeting.id, () => ({ meeting: meetingState(meeting) }));
    const phase = phaseOf(workshop, meeting);
    if (phase !== phaseBefore) log.emit(PhaseChanged, meeting.id, { phase, previousPhase: phaseBefore });
    return meeting;
  });
}

export async function deleteMeeting({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, Meeting, id, async (meeting, tx) => {
    await authorize(ctx, meetingPolicy, 'manage', meeting);
    // The database deletes the guests with the meeting; ending their sessions first lets their open sockets close.
    await endSessions(tx, { guest: { meeting } }, ctx.now());
  });
}

export async function invite({ ctx, input }: { ctx: Context; input: InviteInput }) {
  return ctx.em.transactional(async (tx) => {
    const meeting = await managedMeeting(ctx, tx, input.meetingId);
    const invitee = partyColumns(await findParty(tx, input.inviteeId, 'inviteeId'));
    if (await tx.count(Invitation, { meeting, ...invitee })) throw new ConflictError('already invited');
    return tx.create(Invitation, {
      meeting,
      ...invitee,
      guest: input.guest ?? false,
      note: input.note,
      order: await nextOrder(tx, Invitation, { meeting }, meeting.id),
    });
  });
}

export function removeInvitation({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, Invitation, id, (invitation) => authorizeManaging(ctx, invitation.meeting));
}

/** The host body's pending steps from elsewhere, for a meeting that opens with them (an AG-Sitzung). */
export async function openStepsToReview(ctx: Context, meeting: Meeting): Promise<Task[]> {
  const host = meeting.hostCommittee;
  if (!meeting.reviewsOpenSteps || !host) return [];
  return ctx.em.find(
    Task,
    {
      $and: [
        { ownerCommittee: host.id, status: { $in: [...PENDING_STATUSES] } },
        { $or: [{ meeting: null }, { meeting: { $ne: meeting.id } }] },
        await readableTasks(ctx.roles),
      ],
    },
    { orderBy: { dueDate: 'asc nulls last', order: 'asc', createdAt: 'asc' } },
  );
}
