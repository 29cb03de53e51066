import type { Orm } from '../db/orm';
import type { Env } from '../env';
import type { Logger } from '../logger';
import type { PubSub } from '../pubsub';
import { type EventStore, eventStore } from './event-store';
import { KeyedBatches } from './keyed-batches';
import type { EventPublisher } from './live-transaction';
import type { LiveEvent } from './meeting-event.type';
import { MeetingFeeds } from './meeting-feed';
import { Presence } from './presence';

declare module '../pubsub' {
  interface PubSubTopics {
    /** Per meeting id: its live events, after their transaction committed. */
    MEETING_EVENT: [string, LiveEvent];
  }
}

export interface LiveSettings {
  presenceGraceMs: number;
  presenceHeartbeatMs: number;
  /** How often an active feed looks for events whose publish got lost. */
  healIntervalMs: number;
  /** Undelivered events after which a slow subscriber's stream ends (it may resume with afterSeq). */
  maxLag: number;
}

export interface LiveRuntime extends EventPublisher {
  /** Group commit of writes that contend for one row (co-edits of a position). */
  batches: KeyedBatches;
  store: EventStore;
  feeds: MeetingFeeds;
  presence: Presence;
  settings: LiveSettings;
  close: () => Promise<void>;
}

export function createLiveRuntime({
  env,
  orm,
  logger,
  pubsub,
  settings: overrides = {},
}: {
  env: Env;
  orm: Orm;
  logger: Logger;
  /** The app's pub/sub (through Redis when REDIS_URL is set); the runtime does not close it. */
  pubsub: PubSub;
  settings?: Partial<LiveSettings>;
}): LiveRuntime {
  const settings: LiveSettings = {
    presenceGraceMs: env.LIVE_PRESENCE_GRACE_MS,
    presenceHeartbeatMs: 15_000,
    healIntervalMs: 5_000,
    maxLag: 5_000,
    ...overrides,
  };
  const store = eventStore(orm);
  const publisher: EventPublisher = {
    publish: (events) => {
      for (const event of events) pubsub.publish('MEETING_EVENT', event.meetingId, event);
    },
  };
  const feeds = new MeetingFeeds({
    store,
    listen: (meetingId, listener) => pubsub.listen('MEETING_EVENT', meetingId, listener),
    healIntervalMs: settings.healIntervalMs,
    logger,
  });
  const presence = new Presence({
    orm,
    publisher,
    logger,
    graceMs: settings.presenceGraceMs,
    heartbeatMs: settings.presenceHeartbeatMs,
  });
  return {
    ...publisher,
    batches: new KeyedBatches(),
    store,
    feeds,
    presence,
    settings,
    close: async () => {
      await presence.close();
      feeds.close();
    },
  };
}
