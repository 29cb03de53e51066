import type { EntityManager } from '@mikro-orm/postgresql';
import { definedFields, findOrFail } from '../common/find';
import { BadUserInputError, ConflictError } from '../errors';
import { authorizeBudgetRead, type BudgetContext, budgetWrite } from './budget-access';
import { type Changed, changed } from './budget-change';
import { BudgetFigure } from './budget-figure.entity';
import { CaseStatistics } from './case-statistics.entity';
import { ServiceArea } from './service-area.entity';
import type { CreateServiceAreaInput, UpdateServiceAreaInput } from './service-area.inputs';

export async function listServiceAreas({ ctx }: { ctx: BudgetContext }) {
  await authorizeBudgetRead(ctx);
  return ctx.em.find(ServiceArea, {}, { orderBy: { order: 'asc', name: 'asc' } });
}

export async function createServiceArea({
  ctx,
  input,
}: {
  ctx: BudgetContext;
  input: CreateServiceAreaInput;
}): Promise<Changed<ServiceArea>> {
  return budgetWrite(ctx, async (tx) => {
    if (await tx.count(ServiceArea, { code: input.code }))
      throw new ConflictError(`service area ${input.code} exists already`);
    const order = input.order ?? (await tx.count(ServiceArea));
    const area = tx.create(ServiceArea, { code: input.code, name: input.name, order });
    return changed(area, { record: 'ServiceArea', action: 'CREATED', ids: [area.id], regionIds: [] });
  });
}

/** Renames or reorders an area; the views of every region with figures in it change their labels. */
export async function updateServiceArea({
  ctx,
  id,
  input,
}: {
  ctx: BudgetContext;
  id: string;
  input: UpdateServiceAreaInput;
}): Promise<Changed<ServiceArea>> {
  return budgetWrite(ctx, async (tx) => {
    const area = tx.assign(await findOrFail(tx, ServiceArea, id), definedFields(input));
    return changed(area, {
      record: 'ServiceArea',
      action: 'UPDATED',
      ids: [id],
      regionIds: await regionsUsing(tx, area),
    });
  });
}

/** Deletes a custom area that nothing refers to; the standard areas stay. */
export async function deleteServiceArea({ ctx, id }: { ctx: BudgetContext; id: string }): Promise<Changed<string>> {
  return budgetWrite(ctx, async (tx) => {
    const area = await findOrFail(tx, ServiceArea, id);
    if (area.builtIn)
      throw new BadUserInputError('id', `${area.code} is a standard service area and cannot be deleted`);
    if ((await regionsUsing(tx, area)).length)
      throw new ConflictError(`service area ${area.code} still has figures or case counts`);
    tx.remove(area);
    return changed(id, { record: 'ServiceArea', action: 'DELETED', ids: [id], regionIds: [] });
  });
}

/** The regions with figures or case counts in the area; while there are any, the area is not deleted. */
export async function regionsUsing(tx: EntityManager, area: ServiceArea): Promise<string[]> {
  const figures = await tx.find(BudgetFigure, { area }, { fields: ['region'] });
  const cases = await tx.find(CaseStatistics, { area }, { fields: ['region'] });
  return [...new Set([...figures, ...cases].map((record) => record.region.id))];
}
