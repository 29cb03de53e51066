import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWebSocketClient, type Client as WebSocketClient } from 'graphql-ws/client';
import { Client, type CombinedError, fetchExchange, mapExchange, type Operation, subscriptionExchange } from 'urql';
import { cacheConfig } from './cache';
import type { ConnectionStatusStore } from './connection-status';
import { retryDelay } from './reconnect';

/** How often the client pings the server, and how long it waits for the pong before reconnecting. */
const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;

/** The server closes a socket with this code when its session is missing or has ended (README "Signing in"). */
const CLOSE_SESSION_ENDED = 4401;

export interface PlanwerkClientOptions {
  location: Pick<Location, 'protocol' | 'host'>;
  /** Told how the live link fares; it outlives the clients of successive sessions. */
  connection: ConnectionStatusStore;
  /** Every refusal of every operation passes here: the one place that reacts to a lost session. */
  onError: (error: CombinedError, operation: Operation) => void;
  /** The server closed the live link because the session ended (signed out elsewhere, revoked, expired). */
  onSessionEnded: () => void;
}

export interface PlanwerkClient {
  client: Client;
  /**
   * Opens the live link and keeps it open, reconnecting, until the returned function closes it.
   * Only with a session: the server closes anonymous sockets at once.
   */
  goLive: () => () => void;
}

/** The API lives on the page's own origin: served by the server in production, proxied by Vite in development. */
function webSocketUrl({ protocol, host }: Pick<Location, 'protocol' | 'host'>): string {
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** A graphql-ws client that connects at once and keeps reconnecting, reporting its state to `connection`. */
function openLiveLink({ location, connection, onSessionEnded }: PlanwerkClientOptions): WebSocketClient {
  let socket: WebSocket | undefined;
  let pongTimeout: ReturnType<typeof setTimeout> | undefined;
  return createWebSocketClient({
    url: webSocketUrl(location),
    lazy: false,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries, Math.random()))),
    // Called only for close codes graphql-ws deems fatal: retrying would not help.
    onNonLazyError: (error) => {
      connection.setLink('failed');
      if ((error as Partial<CloseEvent>).code === CLOSE_SESSION_ENDED) onSessionEnded();
    },
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
}

/**
 * The urql client of one session: graphcache (normalised, optimistic, see cache.ts), queries and
 * mutations over HTTP, subscriptions over graphql-ws. A new session gets a new client, so no
 * cached data outlives the session that was allowed to read it.
 */
export function createPlanwerkClient(options: PlanwerkClientOptions): PlanwerkClient {
  let webSocket: WebSocketClient | undefined;
  const live = () => {
    webSocket ??= openLiveLink(options);
    return webSocket;
  };

  const client = new Client({
    url: '/graphql',
    // The session is an httpOnly cookie on this same origin; nothing else is needed here.
    fetchOptions: { credentials: 'same-origin' },
    // urql sends queries as GET by default; Apollo's CSRF prevention refuses a GET without a
    // preflight header, and nothing here gains from HTTP caching, so everything is a POST.
    preferGetMethod: false,
    exchanges: [
      mapExchange({ onError: options.onError }),
      cacheExchange(cacheConfig),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: live().subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });

  return {
    client,
    goLive: () => {
      live();
      return () => {
        void webSocket?.dispose();
        webSocket = undefined;
      };
    },
  };
}
