import { createPubSub as createYogaPubSub, type PubSub as YogaPubSub } from '@graphql-yoga/subscription';

/**
 * Topic → publish arguments: `[id, payload]` reaches the subscribers of that id (e.g. one
 * meeting), `[payload]` everyone. Each feature declares its topics in its `*.events.ts` by
 * augmenting this interface (`declare module '../pubsub'`), so no central list grows with features.
 */
export interface PubSubTopics {
  [topic: string]: [] | [unknown] | [string, unknown];
}

export type PubSub = YogaPubSub<PubSubTopics>;

/** In-memory pub/sub of one server process. Publish only after the transaction committed. */
export function createPubSub(): PubSub {
  return createYogaPubSub<PubSubTopics>();
}
