import type { Orm } from '../db/orm';
import type { Env } from '../env';
import type { Logger } from '../logger';
import { type Bus, createBus } from '../pubsub';
import { type EventStore, eventStore } from './event-store';
import { KeyedBatches } from './keyed-batches';
import type { EventPublisher } from './live-transaction';
import type { LiveEvent } from './meeting-event.type';
import { MeetingFeeds } from './meeting-feed';
import { Presence } from './presence';

/** The topics of live meetings: one channel per meeting carrying its events. */
export type LiveTopics = { MEETING_EVENT: [meetingId: string, event: LiveEvent] };

export interface LiveSettings {
  presenceGraceMs: number;
  presenceHeartbeatMs: number;
  /** How often an active feed looks for events whose publish got lost. */
  healIntervalMs: number;
  /** Undelivered events after which a slow subscriber's stream ends (it may resume with afterSeq). */
  maxLag: number;
}

export interface LiveRuntime extends EventPublisher {
  bus: Bus<LiveTopics>;
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
  settings: overrides = {},
}: {
  env: Env;
  orm: Orm;
  logger: Logger;
  settings?: Partial<LiveSettings>;
}): LiveRuntime {
  const settings: LiveSettings = {
    presenceGraceMs: env.LIVE_PRESENCE_GRACE_MS,
    presenceHeartbeatMs: 15_000,
    healIntervalMs: 5_000,
    maxLag: 5_000,
    ...overrides,
  };
  const bus = createBus<LiveTopics>(env, logger);
  const store = eventStore(orm);
  const publisher: EventPublisher = {
    publish: (events) => {
      for (const event of events) bus.publish('MEETING_EVENT', event.meetingId, event);
    },
  };
  const feeds = new MeetingFeeds({
    store,
    listen: (meetingId, listener) => bus.listen('MEETING_EVENT', meetingId, listener),
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
    bus,
    batches: new KeyedBatches(),
    store,
    feeds,
    presence,
    settings,
    close: async () => {
      await presence.close();
      feeds.close();
      await bus.close();
    },
  };
}
