import type { EntityClass, EntityData, EntityManager, FilterQuery, RequiredEntityData } from '@mikro-orm/postgresql';
import { assertId, findOrFail } from '../common/find';
import type { Region } from '../regions/region.entity';
import { type BudgetContext, budgetWrite } from './budget-access';
import { type BudgetChange, type Changed, changed } from './budget-change';

type RegionRecord = { id: string; region: { id: string } };

/** Creates the record of `key` or updates it; the one write path of every "set" mutation. */
export async function upsert<T extends object>(
  tx: EntityManager,
  entity: EntityClass<T>,
  key: FilterQuery<T>,
  data: EntityData<T>,
): Promise<{ record: T; action: 'CREATED' | 'UPDATED' }> {
  const existing: T | null = await tx.findOne(entity, key);
  if (existing) {
    tx.assign(existing, data as never);
    return { record: existing, action: 'UPDATED' };
  }
  return { record: tx.create(entity, data as RequiredEntityData<T>), action: 'CREATED' };
}

/** Deletes one record of a region's budget data and says whose views changed. */
export async function deleteRegionRecord<T extends RegionRecord>(
  ctx: BudgetContext,
  entity: EntityClass<T>,
  record: BudgetChange['record'],
  id: string,
): Promise<Changed<string>> {
  return budgetWrite(ctx, async (tx) => {
    const found = await findOrFail(tx, entity, id);
    tx.remove(found);
    return changed(id, { record, action: 'DELETED', ids: [id], regionIds: [found.region.id] });
  });
}

export function assertIds(ids: string[] | null | undefined, field: string): void {
  for (const id of ids ?? []) assertId(id, field);
}

/** The filter of a list query: by regions, areas (an empty list is no filter) and year. */
export function listFilter(filter: { regionIds?: string[] | null; areaIds?: string[] | null; year?: number | null }) {
  assertIds(filter.regionIds, 'regionIds');
  assertIds(filter.areaIds, 'areaIds');
  return {
    ...(filter.regionIds?.length ? { region: { $in: filter.regionIds } } : {}),
    ...(filter.areaIds?.length ? { area: { $in: filter.areaIds } } : {}),
    ...(filter.year ? { year: filter.year } : {}),
  };
}

export function regionChange(
  record: BudgetChange['record'],
  action: BudgetChange['action'],
  id: string,
  region: Region,
): BudgetChange {
  return { record, action, ids: [id], regionIds: [region.id] };
}
