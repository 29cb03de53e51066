import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../client/auth/refusal';

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [{ message: 'for developers', extensions }] });

describe("a form's own words for the refusals it expects", () => {
  const own = {
    UNAUTHENTICATED: 'auth.signIn.wrongCredentials',
    'BAD_USER_INPUT:code': 'auth.join.unknownCode',
    'FORBIDDEN:TABLE_LOCKED': 'board.refusals.tableLocked',
  } as const;

  it('picks them by code and reason', () => {
    expect(refusalMessage(refusal({ code: 'FORBIDDEN', reason: 'TABLE_LOCKED' }), own).key).toBe(
      'board.refusals.tableLocked',
    );
    expect(refusalMessage(refusal({ code: 'FORBIDDEN', reason: 'WRONG_PHASE' }), own).key).toBe('errors.FORBIDDEN');
  });

  it('picks them by code, or by code and field', () => {
    expect(refusalMessage(refusal({ code: 'UNAUTHENTICATED' }), own).key).toBe('auth.signIn.wrongCredentials');
    expect(refusalMessage(refusal({ code: 'BAD_USER_INPUT', field: 'code' }), own).key).toBe('auth.join.unknownCode');
  });

  it('leaves everything else to the general messages, a wait included', () => {
    expect(refusalMessage(refusal({ code: 'BAD_USER_INPUT', field: 'displayName' }), own)).toEqual({
      key: 'errors.BAD_USER_INPUT_FIELD',
      values: { field: 'displayName' },
    });
    expect(refusalMessage(refusal({ code: 'RATE_LIMITED', retryAfterSeconds: 12 }), own)).toEqual({
      key: 'errors.RATE_LIMITED_RETRY',
      values: { seconds: 12 },
    });
  });
});
