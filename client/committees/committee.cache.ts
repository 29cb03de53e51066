import type { UpdateResolver } from '@urql/exchange-graphcache';
import { invalidateQueryFields, TASK_LISTS } from '../api/cache-lists';

/**
 * Cache rules for creating and deleting committees: the list of committees (and every tree and
 * choice made from it) is asked again; a deleted committee takes its next steps along.
 */
const createCommittee: UpdateResolver = (_result, _args, cache) => invalidateQueryFields(cache, ['committees']);

const deleteCommittee: UpdateResolver<{ deleteCommittee: string }> = (result, _args, cache) => {
  cache.invalidate({ __typename: 'Committee', id: result.deleteCommittee });
  invalidateQueryFields(cache, ['committees', ...TASK_LISTS]);
};

export const committeeUpdates = { createCommittee, deleteCommittee } satisfies Record<string, UpdateResolver<any, any>>;
