import type { EntityClass, EntityManager, FilterQuery, FindOneOptions } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses an id that cannot name a record before it reaches the database. */
export function assertId(id: string, field: string): void {
  if (!UUID.test(id)) throw new BadUserInputError(field, `${field} is not a valid id`);
}

/** Loads one record by id or refuses with NOT_FOUND (or BAD_USER_INPUT for a malformed id). */
export async function findOrFail<T extends { id: string }, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  field = 'id',
  options?: FindOneOptions<T, P>,
) {
  assertId(id, field);
  const found = await em.findOne(entity, { id } as FilterQuery<T>, options);
  if (!found) throw new NotFoundError(entity.name, id);
  return found;
}

/** Copies the fields a patch input actually carries; `undefined` means "leave as is". */
export function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * Resolves an optional id in a patch: undefined leaves the relation alone, null clears it,
 * an id must name an existing record.
 */
export async function findOptional<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string | null | undefined,
  field: string,
): Promise<T | null | undefined> {
  if (id === undefined || id === null) return id;
  return findOrFail(em, entity, id, field);
}

/** Deletes one record by id in its own transaction, once `authorize` let it through, and returns the id. */
export async function removeById<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  authorize: (record: T, tx: EntityManager) => Promise<void>,
) {
  return em.transactional(async (tx) => {
    const record = await findOrFail(tx, entity, id);
    await authorize(record, tx);
    tx.remove(record);
    return id;
  });
}
