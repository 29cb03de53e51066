import type { WebSocket } from 'ws';

/**
 * Every code this server's WebSockets close with, each with its one fixed reason (README "Signing
 * in"). Reasons never carry an error's message: that named the database's address once.
 */
export const CLOSE = {
  GOING_AWAY: 1001,
  MESSAGE_TOO_BIG: 1009,
  BAD_REQUEST: 4400,
  UNAUTHORIZED: 4401,
  FORBIDDEN: 4403,
  SUBPROTOCOL_NOT_ACCEPTABLE: 4406,
  INIT_TIMEOUT: 4408,
  SUBSCRIBER_EXISTS: 4409,
  TOO_MANY_CONNECTIONS: 4429,
  INTERNAL_ERROR: 4500,
} as const;

const REASONS: Record<number, string> = {
  1001: 'Going away',
  1002: 'Protocol error',
  1007: 'Invalid message data',
  1009: 'Message too big',
  4400: 'Invalid message',
  4401: 'No valid session, or the session ended',
  4403: 'Forbidden',
  4406: 'Subprotocol not acceptable',
  4408: 'Connection initialisation timeout',
  4409: 'Subscription id already in use',
  4429: 'Too many connections for this session',
  4500: 'Internal server error',
};

/**
 * Makes every close of `socket` (ours, graphql-ws's, ws's own) carry the fixed reason of its code,
 * whatever reason the caller passed; a code not in the table gets "Closed".
 */
export function fixCloseReasons(socket: WebSocket): void {
  const close = socket.close.bind(socket);
  socket.close = (code?: number) => close(code, code === undefined ? undefined : (REASONS[code] ?? 'Closed'));
}
