import { may } from '../auth/authorize';
import { type LiveCheck, whileAllowed } from '../auth/live-access';
import type { Context } from '../context';
import { UnauthenticatedError } from '../errors';
import { Meeting } from './meeting.entity';
import { meetingPolicy } from './meeting.policy';

/**
 * Whether the subscriber's session is still valid and may still `action` the meeting, asked
 * anew for each event of a subscription. LiveAccess answers from its per-session cache (one map
 * lookup) until access-relevant data changes, so a busy meeting costs no query per event.
 */
export function meetingAllows(
  ctx: Context,
  action: 'read' | 'manage',
  meetingId: string,
): () => boolean | Promise<boolean> {
  const { viewer } = ctx;
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError();
  const key = `${action}-meeting:${meetingId}`;
  const check: LiveCheck = async (roles, em) => {
    const meeting = await em.findOne(Meeting, { id: meetingId });
    return meeting !== null && may({ roles }, meetingPolicy, action, meeting);
  };
  return () => ctx.liveAccess.allows(viewer, key, check);
}

/**
 * For subscriptions on one meeting: passes events on while the subscriber's session is valid and
 * may still `action` the meeting, and ends the subscription at the first event when that stops
 * (e.g. a participant removed, a facilitator demoted, the meeting deleted). Check at subscribe
 * time with `authorize` as usual; this covers the time after.
 */
export function whileMeetingAllows<T>(ctx: Context, action: 'read' | 'manage', meetingId: string) {
  return whileAllowed<T>(meetingAllows(ctx, action, meetingId));
}
