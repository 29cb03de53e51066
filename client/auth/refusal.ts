import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeError, errorCode } from '../api/errors';

/**
 * The words a form has for the refusals it expects, by code, by code and field
 * (`BAD_USER_INPUT:code`) or by code and reason (`FORBIDDEN:TABLE_LOCKED`); anything else gets
 * the general message of `describeError`.
 */
export type Refusals = Partial<Record<string, ParseKeys>>;

export function refusalMessage(
  error: CombinedError,
  own: Refusals,
): { key: ParseKeys; values: Record<string, string | number> } {
  const general = describeError(error);
  const code = errorCode(error);
  const { field } = general.values;
  const reason = error.graphQLErrors[0]?.extensions.reason;
  const key =
    (field !== undefined && own[`${code}:${field}`]) ||
    (typeof reason === 'string' && own[`${code}:${reason}`]) ||
    own[code];
  return key ? { key, values: {} } : general;
}

export function useRefusalMessage(own: Refusals): (error: CombinedError) => string {
  const { t } = useTranslation();
  return (error) => {
    const { key, values } = refusalMessage(error, own);
    return t(key, values) as string;
  };
}
