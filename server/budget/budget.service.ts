import { definedFields, findOrFail } from '../common/find';
import { Region } from '../regions/region.entity';
import { Budget } from './budget.entity';
import type { CreateBudgetInput, UpdateBudgetInput, YearRangeInput } from './budget.inputs';
import { type BudgetContext, budgetWrite } from './budget-access';
import { type Changed, changed } from './budget-change';
import { assertYearRange, findAll } from './budget-data.service';

function trendBaseFields(trendBase: YearRangeInput | null | undefined) {
  if (trendBase === undefined) return {};
  assertYearRange(trendBase, 'trendBase');
  return { trendBaseFromYear: trendBase?.fromYear ?? null, trendBaseToYear: trendBase?.toYear ?? null };
}

export async function createBudget({
  ctx,
  input,
}: {
  ctx: BudgetContext;
  input: CreateBudgetInput;
}): Promise<Changed<Budget>> {
  return budgetWrite(ctx, async (tx) => {
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
  ctx,
  id,
  input,
}: {
  ctx: BudgetContext;
  id: string;
  input: UpdateBudgetInput;
}): Promise<Changed<Budget>> {
  return budgetWrite(ctx, async (tx) => {
    const budget = await findOrFail(tx, Budget, id, 'id', { populate: ['regions'] });
    const { regionIds, trendBase, ...fields } = input;
    tx.assign(budget, { ...definedFields(fields), ...trendBaseFields(trendBase) });
    if (regionIds) budget.regions.set(await findAll(tx, Region, regionIds, 'regionIds'));
    const regions = budget.regions.getItems().map((r) => r.id);
    return changed(budget, { record: 'Budget', action: 'UPDATED', ids: [id], regionIds: regions });
  });
}

export async function deleteBudget({ ctx, id }: { ctx: BudgetContext; id: string }): Promise<Changed<string>> {
  return budgetWrite(ctx, async (tx) => {
    const budget = await findOrFail(tx, Budget, id, 'id', { populate: ['regions'] });
    const regionIds = budget.regions.getItems().map((r) => r.id);
    tx.remove(budget);
    return changed(id, { record: 'Budget', action: 'DELETED', ids: [id], regionIds });
  });
}
