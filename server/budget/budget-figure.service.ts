import type { EntityManager } from '@mikro-orm/postgresql';
import { findOptional, findOrFail } from '../common/find';
import { Region } from '../regions/region.entity';
import { type Changed, changed } from './budget-change';
import { BudgetFigure } from './budget-figure.entity';
import type { BudgetFigureFilter, SetBudgetFigureInput } from './budget-figure.inputs';
import { deleteRegionRecord, listFilter, regionChange, upsert } from './budget-records';
import { ServiceArea } from './service-area.entity';

export async function listBudgetFigures({ em, filter }: { em: EntityManager; filter: BudgetFigureFilter }) {
  return em.find(
    BudgetFigure,
    { ...listFilter(filter), ...(filter.kinds?.length ? { kind: { $in: filter.kinds } } : {}) },
    { orderBy: { year: 'asc', month: 'asc nulls first', kind: 'asc', area: { order: 'asc nulls first' }, id: 'asc' } },
  );
}

/** Creates the figure of its region, area, year, month and kind, or replaces its amount and source. */
export async function setBudgetFigure({
  em,
  input,
}: {
  em: EntityManager;
  input: SetBudgetFigureInput;
}): Promise<Changed<BudgetFigure>> {
  return em.transactional(async (tx) => {
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

export function deleteBudgetFigure({ em, id }: { em: EntityManager; id: string }) {
  return deleteRegionRecord(em, BudgetFigure, 'BudgetFigure', id);
}
