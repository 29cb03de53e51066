import { pipe } from '@graphql-yoga/subscription';
import { normalizeJoinCode } from '../../schema/join-code';
import { endSessions, startSession } from '../auth/auth.service';
import { authorize } from '../auth/authorize';
import { Guest } from '../auth/guest.entity';
import type { SessionResult } from '../auth/me.type';
import { attemptSecret, wrongSecret } from '../auth/secret-attempt';
import { newJoinCode } from '../auth/tokens';
import { findOrFail, removeById } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { liveTransaction } from '../live/live-transaction';
import { checkInGuest } from './attendee.service';
import { Meeting } from './meeting.entity';
import { MeetingChanged, meetingState } from './meeting.events';
import type { JoinMeetingInput } from './meeting.inputs';
import { whileMeetingAllows } from './meeting.live';
import { meetingPolicy } from './meeting.policy';
import { authorizeManaging, managedMeeting } from './meeting.service';
import type { GuestJoined } from './meeting-join.events';

/** Lets guests join, or stops them; participants see it as a MeetingChanged event. */
function setJoinOpen(ctx: Context, meetingId: string, open: boolean, newCode = false) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const meeting = await managedMeeting(ctx, tx, meetingId);
    if (open && (!meeting.joinCode || newCode)) meeting.joinCode = newJoinCode();
    // The code is for facilitators only; participants hear of the opening and closing.
    if (meeting.joinOpen !== open) log.emit(MeetingChanged, meeting.id, () => ({ meeting: meetingState(meeting) }));
    meeting.joinOpen = open;
    return meeting;
  });
}

/** Opens a meeting for guests; its code stays the same across openings unless a new one is asked for. */
export function openMeetingJoin({ ctx, meetingId, newCode }: { ctx: Context; meetingId: string; newCode: boolean }) {
  return setJoinOpen(ctx, meetingId, true, newCode);
}

export function closeMeetingJoin({ ctx, meetingId }: { ctx: Context; meetingId: string }) {
  return setJoinOpen(ctx, meetingId, false);
}

/**
 * A guest session for the meeting whose open join code this is. Wrong codes count against the
 * client's address (before the code is looked up), so guessing is locked out long before it could
 * succeed. Not against the code: a whole room shares it, and its right attempts in flight would
 * use up a per-code budget, while a guesser tries a new code every time.
 */
export async function joinMeeting({ ctx, input }: { ctx: Context; input: JoinMeetingInput }): Promise<SessionResult> {
  const code = normalizeJoinCode(input.code);
  const result = await attemptSecret(ctx, null, async () => {
    const meeting = code ? await ctx.em.findOne(Meeting, { joinCode: code, joinOpen: true }) : null;
    if (!meeting) throw wrongSecret(new BadUserInputError('code', 'No meeting is open for joining with this code'));
    return ctx.em.transactional(async (tx) => {
      const guest = tx.create(Guest, {
        meeting,
        displayName: input.displayName.trim(),
        organizationName: input.organizationName?.trim() || null,
      });
      checkInGuest(tx, meeting, guest);
      return startSession(ctx, tx, { guest });
    });
  });
  const guest = result.me.guest!;
  ctx.pubsub.publish('GUEST_JOINED', guest.meeting.id, {
    guestId: guest.id,
    displayName: guest.displayName,
    organizationName: guest.organizationName,
    joinedAt: guest.createdAt,
  });
  return result;
}

/** Sends a guest away: their sessions end (open sockets close) and they leave the guest list; their positions stay. */
export function removeGuest({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, Guest, id, async (guest, tx) => {
    await authorizeManaging(ctx, guest.meeting);
    await endSessions(tx, { guest }, ctx.now());
  });
}

/** Guests joining, for the meeting's facilitators, for as long as they stay facilitators. */
export async function subscribeToJoins(ctx: Context, meetingId: string): Promise<AsyncIterable<GuestJoined>> {
  const meeting = await findOrFail(ctx.em, Meeting, meetingId, 'meetingId');
  await authorize(ctx, meetingPolicy, 'manage', meeting);
  return pipe(
    ctx.pubsub.subscribe('GUEST_JOINED', meetingId),
    whileMeetingAllows<GuestJoined>(ctx, 'manage', meetingId),
  );
}
