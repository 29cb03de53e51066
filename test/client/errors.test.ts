import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../client/api/errors';
import de from '../../client/i18n/de.json';
import en from '../../client/i18n/en.json';
import { ERROR_CODES } from '../../schema/error-codes';

function refusal(extensions: Record<string, unknown>, message = 'a message written for developers') {
  return new CombinedError({ graphQLErrors: [{ message, extensions }] });
}

describe('error code → user message', () => {
  it('maps every documented code to its own message', () => {
    for (const code of ERROR_CODES) {
      expect(describeError(refusal({ code }))).toEqual({ key: `errors.${code}`, values: {} });
    }
  });

  it('passes on the details a code documents', () => {
    expect(describeError(refusal({ code: 'BAD_USER_INPUT', field: 'input.role' }))).toEqual({
      key: 'errors.BAD_USER_INPUT_FIELD',
      values: { field: 'input.role' },
    });
    expect(describeError(refusal({ code: 'RATE_LIMITED', retryAfterSeconds: 30 }))).toEqual({
      key: 'errors.RATE_LIMITED_RETRY',
      values: { seconds: 30 },
    });
    // A lockout of 15 minutes reads better in minutes.
    expect(describeError(refusal({ code: 'RATE_LIMITED', retryAfterSeconds: 899 }))).toEqual({
      key: 'errors.RATE_LIMITED_RETRY_MINUTES',
      values: { count: 15 },
    });
  });

  it('never reads the message: the same text with another code means another thing', () => {
    const message = 'Sign in or join a meeting first';
    expect(describeError(refusal({ code: 'FORBIDDEN' }, message)).key).toBe('errors.FORBIDDEN');
    expect(describeError(refusal({}, message)).key).toBe('errors.INTERNAL_SERVER_ERROR');
    expect(describeError(refusal({ code: 'SOMETHING_NEW' }, message)).key).toBe('errors.INTERNAL_SERVER_ERROR');
  });

  it('tells a server that cannot be reached apart from one that refused', () => {
    expect(describeError(new CombinedError({ networkError: new TypeError('Failed to fetch') })).key).toBe(
      'errors.NETWORK',
    );
  });

  it('has every message in German and English', () => {
    expect(Object.keys(en.errors).sort()).toEqual(Object.keys(de.errors).sort());
  });
});
