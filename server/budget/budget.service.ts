import type { EntityManager } from '@mikro-orm/postgresql';
import { definedFields, findOrFail } from '../common/find';
import { Region } from '../regions/region.entity';
import { Budget } from './budget.entity';
import type { CreateBudgetInput, UpdateBudgetInput, YearRangeInput } from './budget.inputs';
import { type Changed, changed } from './budget-change';
import { assertYearRange, findAll } from './budget-data.service';

function trendBaseFields(trendBase: YearRangeInput | null | undefined) {
  if (trendBase === undefined) return {};
  assertYearRange(trendBase, 'trendBase');
  return { trendBaseFromYear: trendBase?.fromYear ?? null, trendBaseToYear: trendBase?.toYear ?? null };
}

export async function createBudget({
  em,
  input,
}: {
  em: EntityManager;
  input: CreateBudgetInput;
}): Promise<Changed<Budget>> {
  return em.transactional(async (tx) => {
    const regions = await findAll(tx, Region, input.regionIds, 'regionIds');
    const budget = tx.create(Budget, {
      name: input.name,
      description: input.description,
      ...trendBaseFields(input.trendBase),
    });
    budget.regions.set(regions);
    return changed(budget, {
      record: 'Budget',
      action: 'CREATED',
      ids: [budget.id],
      regionIds: regions.map((r) => r.id),
    });
  });
}

export async function updateBudget({
  em,
  id,
  input,
}: {
  em: EntityManager;
  id: string;
  input: UpdateBudgetInput;
}): Promise<Changed<Budget>> {
  return em.transactional(async (tx) => {
    const budget = await findOrFail(tx, Budget, id, 'id', { populate: ['regions'] });
    const { regionIds, trendBase, ...fields } = input;
    tx.assign(budget, { ...definedFields(fields), ...trendBaseFields(trendBase) });
    if (regionIds) budget.regions.set(await findAll(tx, Region, regionIds, 'regionIds'));
    const regions = budget.regions.getItems().map((r) => r.id);
    return changed(budget, { record: 'Budget', action: 'UPDATED', ids: [id], regionIds: regions });
  });
}

export async function deleteBudget({ em, id }: { em: EntityManager; id: string }): Promise<Changed<string>> {
  return em.transactional(async (tx) => {
    const budget = await findOrFail(tx, Budget, id, 'id', { populate: ['regions'] });
    const regionIds = budget.regions.getItems().map((r) => r.id);
    tx.remove(budget);
    return changed(id, { record: 'Budget', action: 'DELETED', ids: [id], regionIds });
  });
}
