import { definePolicy } from '../auth/authorize';
import { capabilitiesOf } from '../auth/capabilities';
import type { Context } from '../context';
import { UnauthenticatedError } from '../errors';
import type { Meeting } from '../meetings/meeting.entity';
import { meetingAllows } from '../meetings/meeting.live';
import { meetingPolicy, writesIn } from '../meetings/meeting.policy';

/**
 * Who may do what in a live meeting, asked as `authorize(ctx, livePolicy, action, subject)`. The
 * rules are those of the meetings policy; domain rules (phases, locked tables,
 * vote budgets) are not permissions and are enforced by the services regardless of these.
 */
export const livePolicy = definePolicy('workshop', {
  /** Follow its events and read co-editing state: whoever may read the meeting, its guests included. */
  follow: meetingPolicy.rules.read,
  /** Choose a table: participants while the meeting is open (guests included), facilitators always. */
  participate: (roles, meeting: Meeting) => writesIn(roles, meeting),
  /** Give dots: the same (the VOTE phase and the budget are checked by the vote service). */
  vote: (roles, meeting: Meeting) => writesIn(roles, meeting),
  /** Phases, timer, spotlight, table locks, vote budgets and visibility, top five: its facilitators. */
  facilitate: meetingPolicy.rules.manage,
  /** Turn a position into a next step of its meeting: the task rule for steps of a meeting, its facilitators. */
  createTask: meetingPolicy.rules.manage,
});

/**
 * Asked before every event a subscriber gets: whether their session is still valid and may
 * still read the meeting. Cheap: LiveAccess answers from its per-session cache, which access
 * changes (a removed participant, a revoked session) clear. False ends the subscription.
 */
export function mayStillReceive(ctx: Context, meetingId: string): () => boolean | Promise<boolean> {
  return meetingAllows(ctx, 'read', meetingId);
}

/**
 * Who the caller is as a participant of a live meeting: votes, table choice and presence hang on
 * it. A signed-in person is the same participant in every session; a guest is their guest record.
 */
export function participantKey(ctx: Context): string | null {
  const { viewer } = ctx;
  if (viewer.kind === 'user') return `user:${viewer.personId}`;
  if (viewer.kind === 'guest') return `guest:${viewer.guestId}`;
  return null;
}

/** The name others see for the caller: the person's name, or the display name a guest joined with. */
export function participantName(ctx: Context): string | null {
  const { viewer } = ctx;
  if (viewer.kind === 'user') return viewer.name;
  if (viewer.kind === 'guest') return viewer.displayName;
  return null;
}

/** The participant key, or UNAUTHENTICATED for operations that need one (votes, tables). */
export function requireParticipantKey(ctx: Context): string {
  const key = participantKey(ctx);
  if (!key) throw new UnauthenticatedError();
  return key;
}

export const WorkshopCapabilities = capabilitiesOf(livePolicy);
