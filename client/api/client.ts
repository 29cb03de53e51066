import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWebSocketClient } from 'graphql-ws/client';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { cacheConfig } from './cache';
import { type ConnectionStatusStore, createConnectionStatusStore } from './connection-status';
import { retryDelay } from './reconnect';

/** How often the client pings the server, and how long it waits for the pong before reconnecting. */
const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;

export interface PlanwerkClient {
  client: Client;
  connection: ConnectionStatusStore;
}

/** The API lives on the page's own origin: served by the server in production, proxied by Vite in development. */
function webSocketUrl({ protocol, host }: Pick<Location, 'protocol' | 'host'>): string {
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * The app's one urql client: graphcache (normalised, optimistic, see cache.ts), queries and
 * mutations over HTTP, subscriptions over graphql-ws. The socket opens at once and keeps
 * reconnecting, so the connection status shows whether live updates can reach this page.
 */
export function createPlanwerkClient(
  location: Pick<Location, 'protocol' | 'host'>,
  browserOnline: boolean,
): PlanwerkClient {
  const connection = createConnectionStatusStore(browserOnline);
  let socket: WebSocket | undefined;
  let pongTimeout: ReturnType<typeof setTimeout> | undefined;

  const webSocket = createWebSocketClient({
    url: webSocketUrl(location),
    lazy: false,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries, Math.random()))),
    // Called only for close codes graphql-ws deems fatal (a protocol error): retrying would not help.
    onNonLazyError: () => connection.setLink('failed'),
    on: {
      connecting: () => connection.setLink('connecting'),
      opened: (opened) => {
        socket = opened as WebSocket;
      },
      connected: () => connection.setLink('open'),
      closed: () => {
        clearTimeout(pongTimeout);
        connection.setLink('closed');
      },
      // A socket whose network vanished stays "open" for minutes; a missing pong ends it sooner.
      ping: (received) => {
        if (received) return;
        pongTimeout = setTimeout(() => {
          if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Pong timeout');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimeout);
      },
    },
  });

  const client = new Client({
    url: '/graphql',
    // Sessions (issue 3) are an httpOnly cookie on this same origin; nothing else is needed here.
    fetchOptions: { credentials: 'same-origin' },
    // urql sends queries as GET by default; Apollo's CSRF prevention refuses a GET without a
    // preflight header, and nothing here gains from HTTP caching, so everything is a POST.
    preferGetMethod: false,
    exchanges: [
      cacheExchange(cacheConfig),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: webSocket.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, connection };
}
