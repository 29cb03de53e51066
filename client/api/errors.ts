import type { CombinedError } from 'urql';
import { ERROR_CODES, type ErrorCode } from '../../schema/error-codes';

/** A code, a code with the detail its extensions add, or no answer from the server at all. */
export type ErrorKind = ErrorCode | 'BAD_USER_INPUT_FIELD' | 'RATE_LIMITED_RETRY' | 'NETWORK';

/** A message for people: an i18n key under `errors.` and the values it interpolates. */
export interface UserMessage {
  key: `errors.${ErrorKind}`;
  values: Record<string, string | number>;
}

function isKnownCode(code: unknown): code is ErrorCode {
  return ERROR_CODES.includes(code as ErrorCode);
}

/**
 * The only place that decides what a refused operation means for the user. It reads
 * `extensions.code` (and the extensions a code documents) and never the message text, which
 * is written for developers and may change.
 */
export function describeError(error: CombinedError): UserMessage {
  const [first] = error.graphQLErrors;
  if (!first) return { key: 'errors.NETWORK', values: {} };
  const { code, field, retryAfterSeconds } = first.extensions as Record<string, unknown>;
  if (!isKnownCode(code)) return { key: 'errors.INTERNAL_SERVER_ERROR', values: {} };
  if (code === 'BAD_USER_INPUT' && typeof field === 'string')
    return { key: 'errors.BAD_USER_INPUT_FIELD', values: { field } };
  if (code === 'RATE_LIMITED' && typeof retryAfterSeconds === 'number') {
    return { key: 'errors.RATE_LIMITED_RETRY', values: { seconds: retryAfterSeconds } };
  }
  return { key: `errors.${code}`, values: {} };
}
