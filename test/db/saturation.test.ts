import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { KnexTimeoutError } from 'knex';
import { describe, expect, it } from 'vitest';
import { saturationOf } from '../../server/db/saturation';
import { formatError, isInternal } from '../../server/graphql/format-error';

const ACQUIRE =
  'Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?';

function pgError(code: string, message: string) {
  return Object.assign(new Error(message), { code });
}

describe('saturationOf', () => {
  it("names knex's acquire timeout, raw or rewrapped by MikroORM", () => {
    expect(saturationOf(new KnexTimeoutError(ACQUIRE))).toBe('DATABASE_POOL_EXHAUSTED');
    expect(saturationOf(new DriverException(new KnexTimeoutError(ACQUIRE)))).toBe('DATABASE_POOL_EXHAUSTED');
  });

  it('names statement_timeout and lock_timeout cancellations', () => {
    expect(saturationOf(new DriverException(pgError('57014', 'canceling statement due to statement timeout')))).toBe(
      'DATABASE_STATEMENT_TIMEOUT',
    );
    expect(saturationOf(pgError('55P03', 'canceling statement due to lock timeout'))).toBe(
      'DATABASE_STATEMENT_TIMEOUT',
    );
  });

  it('finds the cause inside a GraphQL error and leaves every other error alone', () => {
    const wrapped = new GraphQLError('Context creation failed', { originalError: new KnexTimeoutError(ACQUIRE) });
    expect(saturationOf(wrapped)).toBe('DATABASE_POOL_EXHAUSTED');
    expect(saturationOf(pgError('23505', 'duplicate key'))).toBeNull();
    expect(saturationOf(new Error('connection refused'))).toBeNull();
    expect(saturationOf('Knex: Timeout acquiring a connection')).toBeNull();
  });
});

describe('formatError of a saturated database', () => {
  it('answers SERVICE_UNAVAILABLE, retryable, without internals; it is not an internal error', () => {
    const error = new GraphQLError(ACQUIRE, { path: ['createPosition'], originalError: new KnexTimeoutError(ACQUIRE) });
    expect(formatError({ ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'The database is busy; try again in a moment',
      locations: undefined,
      path: ['createPosition'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, reason: 'DATABASE_POOL_EXHAUSTED' },
    });
    expect(isInternal(error)).toBe(false);
  });
});
