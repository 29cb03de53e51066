/** Why the database could not serve a request in time. */
export type Saturation = 'DATABASE_POOL_EXHAUSTED' | 'DATABASE_STATEMENT_TIMEOUT';

// knex raises KnexTimeoutError; MikroORM may rewrap it as a DriverException that keeps the message only.
const ACQUIRE_TIMEOUT = /^Knex: Timeout acquiring a connection/;
// query_canceled (statement_timeout) and lock_not_available (lock_timeout).
const CANCELLED = new Set(['57014', '55P03']);

/**
 * Tells a saturated database from a fault: no connection came free within the acquire timeout,
 * or a statement ran into statement_timeout (or lock_timeout). Both pass once load drops, so
 * clients may retry. Null when the error is about something else.
 */
export function saturationOf(error: unknown): Saturation | null {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 4; depth += 1) {
    if (cause.name === 'KnexTimeoutError' || ACQUIRE_TIMEOUT.test(cause.message)) return 'DATABASE_POOL_EXHAUSTED';
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && CANCELLED.has(code)) return 'DATABASE_STATEMENT_TIMEOUT';
    cause = (cause as { originalError?: unknown; cause?: unknown }).originalError ?? cause.cause;
  }
  return null;
}
