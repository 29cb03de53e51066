/**
 * The `extensions.code` values every refused operation carries (GUIDE.md "Errors users and
 * clients can rely on"). Shared by server and client like the limits: the server throws them,
 * the client turns them into messages, and neither reads the message text.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  /** The database is saturated (no connection free in time, or a statement timed out); retryable. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
