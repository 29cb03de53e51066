import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { Env } from './env';
import type { Logger } from './logger';

/** A topic map: every topic carries an id (e.g. the meeting) and a JSON-serialisable payload. */
export type Topics = { [topic: string]: [id: string, payload: unknown] };

type TopicName<T extends Topics> = Extract<keyof T, string>;

export interface Bus<T extends Topics> {
  /** The same channels as yoga's PubSub, which type-graphql takes at schema build. */
  pubSub: PubSub<T>;
  publish<K extends TopicName<T>>(topic: K, id: T[K][0], payload: T[K][1]): void;
  /**
   * Calls `listener` with every payload published on topic:id from the moment the returned
   * promise resolves (with Redis: once the server confirmed the subscription). Resolves with the
   * function that stops listening.
   */
  listen<K extends TopicName<T>>(topic: K, id: T[K][0], listener: (payload: T[K][1]) => void): Promise<() => void>;
  close: () => Promise<void>;
}

const channel = (topic: string, id: string) => `${topic}:${id}`;

/**
 * Pub/sub for live events: in memory for one instance, through Redis (yoga's redis event target
 * over two ioredis clients, one of them in subscriber mode) when REDIS_URL is set.
 */
export function createBus<T extends Topics>(env: Pick<Env, 'REDIS_URL'>, logger: Logger): Bus<T> {
  if (!env.REDIS_URL) {
    const target = new EventTarget() as PubSubEventTarget<T>;
    const pubSub = createPubSub<T>({ eventTarget: target });
    return {
      pubSub,
      publish: (topic, id, payload) => pubSub.publish(topic, ...([id, payload] as unknown as T[typeof topic])),
      listen: async (topic, id, listener) => {
        const handler = (event: Event) => listener((event as CustomEvent).detail);
        target.addEventListener(channel(topic, id), handler);
        return () => target.removeEventListener(channel(topic, id), handler);
      },
      close: async () => {},
    };
  }

  // Without an offline queue a publish during an outage fails at once instead of piling up:
  // subscribers catch up from the event table when the next event shows them the gap.
  const publishClient = new Redis(env.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false });
  const subscribeClient = new Redis(env.REDIS_URL);
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (err) => logger.warn({ err }, 'redis connection problem'));
  }
  const target = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient }) as PubSubEventTarget<T>;
  return {
    pubSub: createPubSub<T>({ eventTarget: target }),
    publish: (topic, id, payload) => {
      publishClient.publish(channel(topic, id), JSON.stringify(payload)).catch((err) => {
        logger.warn({ err, topic, id }, 'live event not published; subscribers will read it from the database');
      });
    },
    listen: async (topic, id, listener) => {
      const name = channel(topic, id);
      const handler = (event: Event) => listener((event as CustomEvent).detail);
      target.addEventListener(name, handler);
      // The event target subscribes without waiting; a second SUBSCRIBE on the same connection is
      // answered after the first, so awaiting it means the channel is live.
      await subscribeClient.subscribe(name);
      return () => target.removeEventListener(name, handler);
    },
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
