import { findOptional, findOrFail } from '../common/find';
import { Region } from '../regions/region.entity';
import { authorizeBudgetRead, type BudgetContext, budgetWrite } from './budget-access';
import { type Changed, changed } from './budget-change';
import { deleteRegionRecord, listFilter, regionChange, upsert } from './budget-records';
import { CaseStatistics } from './case-statistics.entity';
import type { CaseStatisticsFilter, SetCaseStatisticsInput } from './case-statistics.inputs';
import { ServiceArea } from './service-area.entity';

export async function listCaseStatistics({ ctx, filter }: { ctx: BudgetContext; filter: CaseStatisticsFilter }) {
  await authorizeBudgetRead(ctx);
  return ctx.em.find(CaseStatistics, listFilter(filter), {
    orderBy: { year: 'asc', month: 'asc nulls first', area: { order: 'asc nulls first' }, id: 'asc' },
  });
}

/** Creates the case counts of their region, area, year and month, or replaces them. */
export async function setCaseStatistics({
  ctx,
  input,
}: {
  ctx: BudgetContext;
  input: SetCaseStatisticsInput;
}): Promise<Changed<CaseStatistics>> {
  return budgetWrite(ctx, async (tx) => {
    const region = await findOrFail(tx, Region, input.regionId, 'regionId');
    const area = (await findOptional(tx, ServiceArea, input.areaId, 'areaId')) ?? null;
    const key = { region, area, year: input.year, month: input.month ?? null };
    const { record, action } = await upsert(tx, CaseStatistics, key, { ...key, ...caseCounts(input) });
    return changed(record, regionChange('CaseStatistics', action, record.id, region));
  });
}

/** The counts of a record; what is left out is unknown, not kept from before. */
export function caseCounts(input: Omit<SetCaseStatisticsInput, 'regionId' | 'areaId' | 'year' | 'month'>) {
  return {
    cases: input.cases,
    closedCases: input.closedCases ?? null,
    minorsServed: input.minorsServed ?? null,
    averageDurationDays: input.averageDurationDays ?? null,
    medianCostCents: input.medianCostCents ?? null,
    source: input.source ?? null,
  };
}

export function deleteCaseStatistics({ ctx, id }: { ctx: BudgetContext; id: string }) {
  return deleteRegionRecord(ctx, CaseStatistics, 'CaseStatistics', id);
}
