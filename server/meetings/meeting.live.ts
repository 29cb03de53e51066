import { may } from '../auth/authorize';
import { whileAllowed } from '../auth/live-access';
import type { Context } from '../context';
import { UnauthenticatedError } from '../errors';
import { Meeting } from './meeting.entity';
import { meetingPolicy } from './meeting.policy';

/**
 * For subscriptions on one meeting: passes events on while the subscriber's session is valid and
 * may still `action` the meeting, and ends the subscription at the first event when that stops
 * (e.g. a participant removed, a facilitator demoted, the meeting deleted). Check at subscribe
 * time with `authorize` as usual; this covers the time after.
 */
export function whileMeetingAllows<T>(ctx: Context, action: 'read' | 'manage', meetingId: string) {
  const { viewer } = ctx;
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError();
  return whileAllowed<T>(() =>
    ctx.liveAccess.allows(viewer, `${action}-meeting:${meetingId}`, async (roles, em) => {
      const meeting = await em.findOne(Meeting, { id: meetingId });
      return meeting !== null && may({ roles }, meetingPolicy, action, meeting);
    }),
  );
}
