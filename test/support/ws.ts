import type { FormattedExecutionResult } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from './server';

/** A graphql-ws client as a non-browser client uses it: the session token in connectionParams, no retries. */
export function wsClient(
  server: TestServer,
  token?: string,
  options: { headers?: Record<string, string> } = {},
): Client {
  const { headers } = options;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: server.wsUrl,
    webSocketImpl: headers ? HeaderWebSocket : WebSocket,
    connectionParams: token ? { token } : undefined,
    retryAttempts: 0,
    lazy: true,
  });
}

export interface Subscription {
  /** The next result; `done` when the server completed the subscription. Rejects with the close event when the socket closed. */
  next: () => Promise<IteratorResult<FormattedExecutionResult<Record<string, unknown>, unknown>>>;
  dispose: () => Promise<void>;
}

export function subscribe(client: Client, query: string, variables?: Record<string, unknown>): Subscription {
  const iterator = client.iterate({ query, variables });
  return {
    next: () => iterator.next(),
    dispose: async () => {
      await iterator.return?.();
      await client.dispose();
    },
  };
}

/** The close code a rejected `next()` carries (a CloseEvent from the socket), if any. */
export function closeCode(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? Number((error as { code: unknown }).code)
    : undefined;
}

const pause = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms));

/**
 * The subscription's first result, or its refusal. Once subscribed the server registers the
 * subscription on its own schedule, so `trigger` runs again every 100 ms until an event arrives,
 * at most `attempts` times.
 */
export async function firstResult(subscription: Subscription, trigger: () => Promise<unknown>, attempts = 50) {
  const next = subscription.next();
  next.catch(() => {});
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const settled = await Promise.race([
      next.then(
        () => true,
        () => true,
      ),
      pause(attempt === 0 ? 0 : 100),
    ]);
    if (settled) return next;
    await trigger();
  }
  throw new Error(`no result after ${attempts} triggers`);
}
