import { findOrFail } from '../common/find';
import { BadUserInputError } from '../errors';
import { Region } from '../regions/region.entity';
import { authorizeBudgetRead, type BudgetContext, budgetWrite } from './budget-access';
import { type Changed, changed } from './budget-change';
import { deleteRegionRecord, listFilter, regionChange, upsert } from './budget-records';
import { ProviderFunding } from './provider-funding.entity';
import type { SetProviderFundingInput } from './provider-funding.inputs';

export async function listProviderFunding({
  ctx,
  regionIds,
  year,
}: {
  ctx: BudgetContext;
  regionIds?: string[] | null;
  year?: number | null;
}) {
  await authorizeBudgetRead(ctx);
  return ctx.em.find(ProviderFunding, listFilter({ regionIds, year }), { orderBy: { year: 'asc', createdAt: 'asc' } });
}

/** Sets a region's provider share and funded positions for a year; one number of positions is a range of one. */
export async function setProviderFunding({
  ctx,
  input,
}: {
  ctx: BudgetContext;
  input: SetProviderFundingInput;
}): Promise<Changed<ProviderFunding>> {
  return budgetWrite(ctx, async (tx) => {
    const min = input.fundedPositionsMin ?? null;
    const max = input.fundedPositionsMax ?? min;
    if (min === null && max !== null)
      throw new BadUserInputError('fundedPositionsMin', 'give the lower end of the range too');
    if (min !== null && max !== null && max < min) {
      throw new BadUserInputError('fundedPositionsMax', 'the upper end must not be below the lower end');
    }
    const region = await findOrFail(tx, Region, input.regionId, 'regionId');
    const key = { region, year: input.year };
    const { record, action } = await upsert(tx, ProviderFunding, key, {
      ...key,
      providerBudgetShareBasisPoints: input.providerBudgetShareBasisPoints ?? null,
      fundedPositionsMin: min,
      fundedPositionsMax: max,
      source: input.source ?? null,
    });
    return changed(record, regionChange('ProviderFunding', action, record.id, region));
  });
}

export function deleteProviderFunding({ ctx, id }: { ctx: BudgetContext; id: string }) {
  return deleteRegionRecord(ctx, ProviderFunding, 'ProviderFunding', id);
}
