import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';

/** The name of the transaction lock that serialises those who hand out orders of one sibling list. */
export function orderLockKey(tableName: string, scope: string): string {
  return `order:${tableName}:${scope}`;
}

/**
 * The `order` that puts a new record after its siblings; `scope` names the sibling list (the id
 * of the table or meeting they belong to). Call it inside the transaction that writes the record:
 * it holds a transaction lock on the list until commit, so concurrent writers count one after
 * another and never hand out the same order. An advisory lock rather than the parent's row lock:
 * it waits only on other order-takers, never on edits of the parent or on the meeting row that
 * every live transaction locks last, so it adds no lock cycle.
 */
export async function nextOrder<T extends { order: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  siblings: FilterQuery<T>,
  scope: string,
): Promise<number> {
  const key = orderLockKey(em.getMetadata().get(entity.name).tableName, scope);
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [key]);
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
