import { afterEach, describe, expect, it } from 'vitest';
import type { EventStore } from '../../server/live/event-store';
import type { LiveEvent } from '../../server/live/meeting-event.type';
import { MeetingFeeds } from '../../server/live/meeting-feed';
import { meetingStream } from '../../server/live/meeting-stream';
import { createLogger } from '../../server/logger';
import { waitFor } from '../support/live';

const MEETING = 'meeting-1';

/** The event table and the pub/sub of one meeting, in memory, with a hand on every publish. */
function fakeLive() {
  const table: LiveEvent[] = [];
  const listeners = new Set<(event: LiveEvent) => void>();
  let reads = 0;
  const store: EventStore = {
    currentSeq: async () => table.length,
    readAfter: async (_meetingId, afterSeq, limit) => {
      reads += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return table.filter((event) => event.seq > afterSeq).slice(0, limit);
    },
  };
  const feeds = new MeetingFeeds({
    store,
    listen: async (_meetingId, listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    healIntervalMs: 20,
    logger: createLogger('silent'),
  });
  return {
    store,
    feeds,
    get reads() {
      return reads;
    },
    /** Commits the next event; returns it without publishing. */
    commit(): LiveEvent {
      const event = { type: 'PositionAdded', seq: table.length + 1, meetingId: MEETING, at: new Date().toISOString() };
      table.push(event);
      return event;
    },
    publish(event: LiveEvent) {
      for (const listener of listeners) listener(event);
    },
  };
}

function received(live: ReturnType<typeof fakeLive>) {
  const seqs: number[] = [];
  const { feed, detach } = live.feeds.attach(MEETING, (event) => seqs.push(event.seq));
  return { seqs, feed, detach };
}

describe('the live feed of a meeting', () => {
  let live: ReturnType<typeof fakeLive>;
  afterEach(() => live.feeds.close());

  it('delivers early publishes in seq order and drops repeated ones', async () => {
    live = fakeLive();
    const { seqs, feed } = received(live);
    await feed.ready;
    const [one, two, three] = [live.commit(), live.commit(), live.commit()];
    live.publish(two!);
    live.publish(one!);
    live.publish(one!);
    live.publish(three!);
    live.publish(two!);
    await waitFor(() => seqs.length >= 3, 'three events');
    expect(seqs).toEqual([1, 2, 3]);
  });

  it('reads a lost publish from the table as soon as a later one shows the gap', async () => {
    live = fakeLive();
    const { seqs, feed } = received(live);
    await feed.ready;
    live.commit();
    const two = live.commit();
    live.publish(two);
    await waitFor(() => seqs.length >= 2, 'the gap to be filled');
    expect(seqs).toEqual([1, 2]);
  });

  it('finds a lost last publish when it compares itself with the table', async () => {
    live = fakeLive();
    const { seqs, feed } = received(live);
    await feed.ready;
    live.commit();
    await waitFor(() => seqs.length >= 1, 'the heal to find the event');
    expect(seqs).toEqual([1]);
  });

  it('starts after what was committed before it listened', async () => {
    live = fakeLive();
    live.commit();
    live.commit();
    const { seqs, feed } = received(live);
    await feed.ready;
    live.publish(live.commit());
    await waitFor(() => seqs.length >= 1, 'the live event');
    expect(seqs).toEqual([3]);
  });
});

describe("a subscriber's stream", () => {
  let live: ReturnType<typeof fakeLive>;
  afterEach(() => live.feeds.close());

  const open = (afterSeq: number | null, maxLag = 1_000) =>
    meetingStream({
      feeds: live.feeds,
      store: live.store,
      meetingId: MEETING,
      afterSeq,
      maxLag,
    });

  async function take(stream: AsyncIterator<LiveEvent>, count: number): Promise<number[]> {
    const seqs: number[] = [];
    while (seqs.length < count) seqs.push(((await stream.next()).value as LiveEvent).seq);
    return seqs;
  }

  it('replays what is stored, then goes live, with no gap and no duplicate across the switch', async () => {
    live = fakeLive();
    for (let i = 0; i < 1_200; i += 1) live.commit();
    const stream = open(100);
    // Commits and publishes while the replay reads its pages.
    for (let i = 0; i < 50; i += 1) {
      live.publish(live.commit());
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await take(stream, 1_150)).toEqual(Array.from({ length: 1_150 }, (_, i) => 101 + i));
    live.publish(live.commit());
    expect(await take(stream, 1)).toEqual([1_251]);
    await stream.return!();
  });

  it('ends with CONFLICT when the subscriber falls too far behind', async () => {
    live = fakeLive();
    const stream = open(null, 3);
    await new Promise((resolve) => setTimeout(resolve, 10));
    for (let i = 0; i < 5; i += 1) live.publish(live.commit());
    await expect(stream.next()).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'SUBSCRIBER_TOO_SLOW' },
    });
  });

  it('lets go of the feed when the subscriber leaves', async () => {
    live = fakeLive();
    const stream = open(null);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await stream.return!();
    const { feed } = received(live);
    await feed.ready;
    expect(feed.listenerCount).toBe(1);
  });
});
