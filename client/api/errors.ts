import type { CombinedError } from 'urql';
import { ERROR_CODES, type ErrorCode } from '../../schema/error-codes';

/** A code, a code with the detail its extensions add, or no answer from the server at all. */
export type ErrorKind =
  | ErrorCode
  | 'BAD_USER_INPUT_FIELD'
  | 'RATE_LIMITED_RETRY'
  | 'RATE_LIMITED_RETRY_MINUTES'
  | 'NETWORK';

/** Waits longer than this read better in minutes (a lockout lasts 15 of them). */
const MAX_WAIT_IN_SECONDS = 90;

/** A message for people: an i18n key under `errors.` and the values it interpolates. */
export interface UserMessage {
  key: `errors.${ErrorKind}`;
  values: Record<string, string | number>;
}

function isKnownCode(code: unknown): code is ErrorCode {
  return ERROR_CODES.includes(code as ErrorCode);
}

/**
 * The code of a refused operation: `NETWORK` when no server answered, INTERNAL_SERVER_ERROR for
 * a code this client does not know. Read from `extensions.code`, never from the message text,
 * which is written for developers and may change.
 */
export function errorCode(error: CombinedError): ErrorCode | 'NETWORK' {
  const [first] = error.graphQLErrors;
  if (!first) return 'NETWORK';
  const { code } = first.extensions;
  return isKnownCode(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * The only place that decides what a refused operation means for the user: its code (see
 * `errorCode`) and the extensions that code documents.
 */
export function describeError(error: CombinedError): UserMessage {
  const code = errorCode(error);
  if (code === 'NETWORK') return { key: 'errors.NETWORK', values: {} };
  const { field, retryAfterSeconds } = error.graphQLErrors[0]?.extensions ?? {};
  if (code === 'BAD_USER_INPUT' && typeof field === 'string')
    return { key: 'errors.BAD_USER_INPUT_FIELD', values: { field } };
  if (code === 'RATE_LIMITED' && typeof retryAfterSeconds === 'number') {
    return retryAfterSeconds > MAX_WAIT_IN_SECONDS
      ? { key: 'errors.RATE_LIMITED_RETRY_MINUTES', values: { count: Math.ceil(retryAfterSeconds / 60) } }
      : { key: 'errors.RATE_LIMITED_RETRY', values: { seconds: retryAfterSeconds } };
  }
  return { key: `errors.${code}`, values: {} };
}

/** Arguments that name the record a page shows: a refusal on them means the address leads nowhere. */
const PAGE_ARGUMENTS: readonly unknown[] = ['id', 'meetingId'];

/** Whether a page's query failed because what its address names does not exist (or cannot, a malformed id). */
export function isMissingRecord(error: CombinedError): boolean {
  const code = errorCode(error);
  const field = error.graphQLErrors[0]?.extensions.field;
  return code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && PAGE_ARGUMENTS.includes(field));
}
