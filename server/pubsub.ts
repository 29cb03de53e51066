import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import {
  createPubSub as createYogaPubSub,
  type PubSubEventTarget,
  type PubSub as YogaPubSub,
} from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { Env } from './env';
import type { Logger } from './logger';

/**
 * Topic → publish arguments: `[id, payload]` reaches the subscribers of that id (e.g. one
 * meeting), `[payload]` everyone. Each feature declares its topics in its `*.events.ts` by
 * augmenting this interface (`declare module '../pubsub'`), so no central list grows with features.
 * Payloads must survive JSON: with Redis they cross instances as JSON text (a Date arrives as its
 * ISO string, which the DateTime scalar serialises alike).
 */
export interface PubSubTopics {
  [topic: string]: [] | [unknown] | [string, unknown];
}

type PayloadOf<K extends string> = PubSubTopics[K] extends [string, infer P] ? P : never;

/** Yoga's typed pub/sub (what type-graphql takes), plus what the live feeds need on top. */
export interface PubSub extends YogaPubSub<PubSubTopics> {
  /**
   * Calls `listener` with every payload published on topic:id from the moment the returned
   * promise resolves (with Redis: once the server confirmed the subscription), which a
   * subscription's replay relies on. Resolves with the function that stops listening.
   */
  listen<K extends string>(topic: K, id: string, listener: (payload: PayloadOf<K>) => void): Promise<() => void>;
  close(): Promise<void>;
}

const channel = (topic: string, id: string) => `${topic}:${id}`;

function withListen(
  target: PubSubEventTarget<PubSubTopics>,
  confirm: (channel: string) => Promise<unknown>,
  close: () => Promise<void>,
): PubSub {
  return {
    ...createYogaPubSub<PubSubTopics>({ eventTarget: target }),
    listen: async (topic, id, listener) => {
      const name = channel(topic, id);
      const handler = (event: CustomEvent) => listener(event.detail);
      target.addEventListener(name, handler);
      await confirm(name);
      return () => target.removeEventListener(name, handler);
    },
    close,
  };
}

/**
 * Pub/sub of the server: in memory for one instance, through Redis (yoga's redis event target
 * over two ioredis clients, one of them in subscriber mode) when REDIS_URL is set, so that every
 * topic (live events, joins, access changes) reaches every instance. Publish only after the
 * transaction committed.
 */
export function createPubSub(env: Pick<Env, 'REDIS_URL'> = {}, logger?: Logger): PubSub {
  if (!env.REDIS_URL) {
    return withListen(
      new EventTarget() as PubSubEventTarget<PubSubTopics>,
      async () => {},
      async () => {},
    );
  }

  // Without an offline queue a publish during an outage fails at once instead of piling up:
  // live subscribers catch up from the event table when the next event shows them the gap.
  const publishClient = new Redis(env.REDIS_URL, { enableOfflineQueue: false });
  const subscribeClient = new Redis(env.REDIS_URL);
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (err) => logger?.warn({ err }, 'redis connection problem'));
  }
  const redis = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  const target: PubSubEventTarget<PubSubTopics> = {
    addEventListener: (name, listener) => redis.addEventListener(name, listener),
    removeEventListener: (name, listener) => redis.removeEventListener(name, listener),
    // The event target's own dispatch leaves a failed publish as an unhandled rejection.
    dispatchEvent: (event) => {
      const detail = event.detail === undefined ? '' : JSON.stringify(event.detail);
      publishClient
        .publish(event.type, detail)
        .catch((err) => logger?.warn({ err, channel: event.type }, 'not published'));
      return true;
    },
  } as PubSubEventTarget<PubSubTopics>;
  return withListen(
    target,
    // The event target subscribes without waiting; a second SUBSCRIBE on the same connection is
    // answered after the first, so awaiting it means the channel is live.
    (name) => subscribeClient.subscribe(name),
    async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  );
}
