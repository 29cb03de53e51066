import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { LIMITS } from '../../schema/limits';
import { assertId } from '../common/find';
import { BadUserInputError, NotFoundError } from '../errors';
import { Region } from '../regions/region.entity';
import type { BudgetData, YearRange } from './budget-data';
import { BudgetFigure } from './budget-figure.entity';
import { CaseStatistics } from './case-statistics.entity';
import { ProviderFunding } from './provider-funding.entity';
import { ServiceArea } from './service-area.entity';

export interface BudgetScope {
  regionIds: string[];
  areaIds?: string[] | null;
  fromYear?: number | null;
  toYear?: number | null;
  trendBase?: YearRange | null;
}

/** Finds every record `ids` names, in that order, or refuses with the first that is missing. */
export async function findAll<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  ids: string[],
  field: string,
): Promise<T[]> {
  for (const id of ids) assertId(id, field);
  const found = new Map(
    (await em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>)).map((r) => [r.id, r]),
  );
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw new NotFoundError(entity.name, missing);
  return [...new Set(ids)].flatMap((id) => found.get(id) ?? []);
}

export function assertPeriod(year: number, month: number): void {
  if (!Number.isInteger(year) || year < LIMITS.budgetYearMin || year > LIMITS.budgetYearMax) {
    throw new BadUserInputError('year', `year must be between ${LIMITS.budgetYearMin} and ${LIMITS.budgetYearMax}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new BadUserInputError('month', 'month must be 1–12');
}

export function assertYearRange(range: YearRange | null | undefined, field: string): void {
  if (range && range.toYear < range.fromYear)
    throw new BadUserInputError(`${field}.toYear`, 'toYear must not be before fromYear');
}

/**
 * Loads what a view or report of `scope` is computed from: one query per table, whatever the
 * number of regions, years and areas.
 */
export async function loadBudgetData(em: EntityManager, scope: BudgetScope): Promise<BudgetData> {
  assertYearRange(scope.trendBase, 'trendBase');
  const regions = await findAll(em, Region, scope.regionIds, 'regionIds');
  const areaFilter = scope.areaIds?.length ? await findAll(em, ServiceArea, scope.areaIds, 'areaIds') : null;
  const where = { region: { $in: regions }, ...(areaFilter ? { area: { $in: areaFilter } } : {}) };
  const figures = await em.find(BudgetFigure, where);
  const cases = await em.find(CaseStatistics, where);
  const funding = await em.find(ProviderFunding, { region: { $in: regions } }, { orderBy: { year: 'asc' } });
  const areas = await em.find(ServiceArea, {}, { orderBy: { order: 'asc', name: 'asc' } });
  return {
    regions,
    areaFilter,
    areas,
    facts: figures.map((f) => ({
      regionId: f.region.id,
      areaId: f.area?.id ?? null,
      year: f.year,
      month: f.month ?? null,
      kind: f.kind,
      cents: f.amountCents,
    })),
    cases: cases.map((c) => ({
      regionId: c.region.id,
      areaId: c.area?.id ?? null,
      year: c.year,
      month: c.month ?? null,
      cases: c.cases,
      medianCostCents: c.medianCostCents ?? null,
    })),
    funding,
    fromYear: scope.fromYear ?? null,
    toYear: scope.toYear ?? null,
    trendBase: scope.trendBase ?? null,
  };
}
