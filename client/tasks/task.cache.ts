import type { UpdateResolver } from '@urql/exchange-graphcache';
import { invalidateQueryFields, TASK_LISTS } from '../api/cache-lists';

/**
 * Cache rules for creating and removing next steps by hand. Which filtered lists a step belongs
 * to only the server can tell, so the lists are asked again; a meeting's own list of steps too.
 */
const createTask: UpdateResolver<{ createTask: { meeting: { id: string } | null } }> = (result, _args, cache) => {
  invalidateQueryFields(cache, TASK_LISTS);
  const { meeting } = result.createTask;
  if (meeting) cache.invalidate({ __typename: 'Meeting', id: meeting.id }, 'tasks');
};

const deleteTask: UpdateResolver<{ deleteTask: string }> = (result, _args, cache) => {
  // Every list that held it, the meeting's included, now misses a record and asks again.
  cache.invalidate({ __typename: 'Task', id: result.deleteTask });
  invalidateQueryFields(cache, TASK_LISTS);
};

export const taskUpdates = { createTask, deleteTask } satisfies Record<string, UpdateResolver<any, any>>;
