import type { Cache } from '@urql/exchange-graphcache';

/**
 * Drops every cached result of the named root query fields, optionally only those whose
 * arguments match, so the queries on screen that read them ask the server again. For lists
 * whose membership or order only the server can tell (filters, sorting, server-made text).
 */
export function invalidateQueryFields(
  cache: Cache,
  fieldNames: readonly string[],
  matches: (args: Record<string, unknown>) => boolean = () => true,
): void {
  for (const field of cache.inspectFields('Query')) {
    if (fieldNames.includes(field.fieldName) && matches(field.arguments ?? {})) {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

/** Next-step lists filtered by status or deadline: a status change can move a step in or out. */
export const TASK_LISTS = ['tasks', 'dueTasks'] as const;
