import { authorize } from '../auth/authorize';
import { findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError, ForbiddenError } from '../errors';
import { checkInOnOpening } from '../meetings/attendee.service';
import { Meeting } from '../meetings/meeting.entity';
import type { EventQueue } from './event-queue';
import { livePolicy, mayStillReceive, participantKey, participantName } from './live.policy';
import type { LiveEvent } from './meeting-event.type';
import { meetingStream } from './meeting-stream';

/**
 * Opens a subscriber's stream of a meeting's events and counts the subscription as the caller's
 * presence until it ends (whoever may follow a meeting takes part in it).
 */
export async function openMeetingEvents({
  ctx,
  meetingId,
  afterSeq,
}: {
  ctx: Context;
  meetingId: string;
  afterSeq: number | null | undefined;
}): Promise<AsyncIterableIterator<LiveEvent>> {
  const meeting = await findOrFail(ctx.em, Meeting, meetingId, 'meetingId');
  await authorize(ctx, livePolicy, 'follow', meeting);
  if (afterSeq !== null && afterSeq !== undefined && (afterSeq < 0 || afterSeq > meeting.eventSeq)) {
    throw new BadUserInputError(
      'afterSeq',
      `afterSeq must lie between 0 and the meeting's last event (${meeting.eventSeq}); reload the meeting and subscribe with its eventSeq`,
    );
  }
  const { live } = ctx;
  const stream = meetingStream({
    feeds: live.feeds,
    store: live.store,
    meetingId,
    afterSeq: afterSeq ?? null,
    maxLag: live.settings.maxLag,
  });
  // Before presence counts them: whoever is seen present at the meeting is on its attendance list.
  await checkInOnOpening(ctx, meeting).catch((err) => ctx.logger.warn({ err, meetingId }, 'could not check in'));
  const key = participantKey(ctx);
  if (key) {
    const connection = live.presence.connect(meetingId, key, participantName(ctx));
    connection.catch((err) => ctx.logger.warn({ err, meetingId }, 'could not record presence'));
    stream.onEnd(() => void connection.then((id) => live.presence.disconnect(id)).catch(() => {}));
  }
  return whileAllowed(stream, mayStillReceive(ctx, meetingId));
}

/**
 * Passes each event on only after asking `allowed`; the first refusal ends the subscription with
 * FORBIDDEN. Asked as the subscriber pulls, so the order stays and a slow answer holds back only
 * this subscriber. Promise chains rather than async functions: this runs per subscriber and
 * event, and a cached answer then costs no extra promise.
 */
function whileAllowed(
  stream: EventQueue<LiveEvent>,
  allowed: () => boolean | Promise<boolean>,
): AsyncIterableIterator<LiveEvent> {
  const refuse = async (): Promise<never> => {
    await stream.return();
    throw new ForbiddenError('You may no longer follow this meeting');
  };
  const pass = (step: IteratorResult<LiveEvent>): IteratorResult<LiveEvent> | Promise<IteratorResult<LiveEvent>> => {
    if (step.done) return step;
    const answer = allowed();
    if (answer === true) return step;
    if (answer === false) return refuse();
    return answer.then((yes) => (yes ? step : refuse()));
  };
  return {
    next: () => stream.next().then(pass),
    return: () => stream.return(),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
