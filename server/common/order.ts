import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';

/** The `order` that puts a new record after its siblings. */
export async function nextOrder<T extends { order: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  siblings: FilterQuery<T>,
): Promise<number> {
  const last = await em.findOne(entity, siblings, { orderBy: { order: 'desc' } as never, fields: ['order'] as never });
  return last ? last.order + 1 : 0;
}
