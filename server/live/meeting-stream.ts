import { ConflictError } from '../errors';
import { EventQueue } from './event-queue';
import type { EventStore } from './event-store';
import type { LiveEvent } from './meeting-event.type';
import { EVENT_PAGE, type MeetingFeeds } from './meeting-feed';

export interface StreamOptions {
  feeds: MeetingFeeds;
  store: EventStore;
  meetingId: string;
  /** Replay every stored event after this seq first; null: only what happens from now on. */
  afterSeq: number | null;
  /** How many undelivered events a subscriber may lag behind before its stream ends. */
  maxLag: number;
}

/**
 * One subscriber's events of a meeting: the stored ones after `afterSeq`, then the live ones,
 * with no gap and no duplicate across the switch. It listens to the live feed before it reads the
 * backlog, holds back what arrives meanwhile, and then skips what the backlog already had.
 */
export function meetingStream(options: StreamOptions): EventQueue<LiveEvent> {
  const { feeds, store, meetingId, afterSeq } = options;
  const queue = new EventQueue<LiveEvent>(
    options.maxLag,
    () =>
      new ConflictError('This subscriber fell too far behind the meeting; subscribe again with afterSeq', {
        reason: 'SUBSCRIBER_TOO_SLOW',
      }),
  );
  let last = afterSeq ?? 0;
  let held: LiveEvent[] | null = [];
  const { feed, detach } = feeds.attach(meetingId, (event) => {
    if (held) held.push(event);
    else forward(event);
  });
  queue.onEnd(detach);

  function forward(event: LiveEvent): void {
    if (event.seq <= last) return;
    last = event.seq;
    queue.push(event);
  }

  async function replay(): Promise<void> {
    await feed.ready;
    if (afterSeq !== null) {
      for (;;) {
        const page = await store.readAfter(meetingId, last, EVENT_PAGE);
        for (const event of page) forward(event);
        if (page.length < EVENT_PAGE || queue.ended) break;
        await queue.whenDrained();
      }
    }
    const arrived = held ?? [];
    held = null;
    for (const event of arrived) forward(event);
  }
  replay().catch((err) => queue.fail(err));
  return queue;
}
