import { findOptional, findOrFail } from '../common/find';
import { Region } from '../regions/region.entity';
import { authorizeBudgetRead, type BudgetContext, budgetWrite } from './budget-access';
import { type Changed, changed } from './budget-change';
import { BudgetFigure } from './budget-figure.entity';
import type { BudgetFigureFilter, SetBudgetFigureInput } from './budget-figure.inputs';
import { deleteRegionRecord, listFilter, regionChange, upsert } from './budget-records';
import { ServiceArea } from './service-area.entity';

export async function listBudgetFigures({ ctx, filter }: { ctx: BudgetContext; filter: BudgetFigureFilter }) {
  await authorizeBudgetRead(ctx);
  return ctx.em.find(
    BudgetFigure,
    { ...listFilter(filter), ...(filter.kinds?.length ? { kind: { $in: filter.kinds } } : {}) },
    { orderBy: { year: 'asc', month: 'asc nulls first', kind: 'asc', area: { order: 'asc nulls first' }, id: 'asc' } },
  );
}

/** Creates the figure of its region, area, year, month and kind, or replaces its amount and source. */
export async function setBudgetFigure({
  ctx,
  input,
}: {
  ctx: BudgetContext;
  input: SetBudgetFigureInput;
}): Promise<Changed<BudgetFigure>> {
  return budgetWrite(ctx, async (tx) => {
    const region = await findOrFail(tx, Region, input.regionId, 'regionId');
    const area = (await findOptional(tx, ServiceArea, input.areaId, 'areaId')) ?? null;
    const key = { region, area, year: input.year, month: input.month ?? null, kind: input.kind };
    const { record, action } = await upsert(tx, BudgetFigure, key, {
      ...key,
      amountCents: input.amountCents,
      source: input.source ?? null,
    });
    return changed(record, regionChange('BudgetFigure', action, record.id, region));
  });
}

export function deleteBudgetFigure({ ctx, id }: { ctx: BudgetContext; id: string }) {
  return deleteRegionRecord(ctx, BudgetFigure, 'BudgetFigure', id);
}
