import type { CombinedError } from 'urql';
import { isMissingRecord } from '../api/errors';
import { ErrorNotice } from '../ui/ErrorNotice';
import { NotFound } from './NotFound';

/** A page whose query failed: the not-found page for an address that leads nowhere, the refusal otherwise. */
export function PageError({ error }: { error: CombinedError }) {
  return isMissingRecord(error) ? <NotFound /> : <ErrorNotice error={error} />;
}
