import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';

/** The `order` that puts a new record after its siblings. */
export async function nextOrder<T extends { order: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  siblings: FilterQuery<T>,
): Promise<number> {
  // find, not findOne: an empty filter (all records are siblings) is allowed there.
  const [last] = await em.find(entity, siblings, {
    orderBy: { order: 'desc' } as never,
    fields: ['order'] as never,
    limit: 1,
  });
  return last ? last.order + 1 : 0;
}

/**
 * The ids in their new order once `id` moved to place `to` (clamped to the list), the others
 * keeping their order; an unknown id leaves the list as it was.
 */
export function movedTo(ids: readonly string[], id: string, to: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const rest = ids.filter((each) => each !== id);
  rest.splice(Math.max(0, Math.min(to, rest.length)), 0, id);
  return rest;
}
