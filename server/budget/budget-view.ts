import type { BudgetData } from './budget-data';
import {
  actualThrough,
  type FigureFact,
  type FigureKind,
  type GroupRule,
  groupBy,
  monthAmount,
  monthsThrough,
  planMonth,
  planThrough,
  resolve,
  yearAmount,
} from './math/figures';
import { type CaseScope, type KeyFigures, keyFigures } from './math/key-figures';
import { type Deviation, deviation, minus, versus } from './math/rational';
import { type LinearTrend, linearTrend } from './math/trend';
import type { ProviderFunding } from './provider-funding.entity';
import type { StandardAreaCode } from './service-area.entity';

/**
 * The figures of a budget view, computed from its data: pure functions over BudgetData, so the
 * resolvers and the exports show the same numbers.
 */

export enum TrendSource {
  /** A TREND_GIVEN figure, as the source stated it. */
  GIVEN = 'GIVEN',
  /** The least-squares line through the actuals of the trend base years. */
  COMPUTED = 'COMPUTED',
}

export interface BudgetYearValues {
  year: number;
  planCents: number | null;
  actualCents: number | null;
  trendCents: number | null;
  trendSource: TrendSource | null;
  computedTrendCents: number | null;
  actualVsPlan: Deviation | null;
  savingAgainstPlan: Deviation | null;
  savingAgainstTrend: Deviation | null;
}

export interface BudgetMonthValues {
  year: number;
  month: number;
  planCents: number | null;
  actualCents: number | null;
  actualVsPlan: Deviation | null;
  planToDateCents: number | null;
  actualToDateCents: number | null;
}

export interface Period {
  year: number;
  /** Year to date through this month; none: the whole year. */
  throughMonth?: number | null;
}

export interface KeyFigureValues extends KeyFigures {
  year: number;
  throughMonth: number | null;
  providerFunding: ProviderFunding[];
}

export function amount(data: BudgetData, kind: FigureKind, rule: GroupRule, facts = data.facts): number | null {
  return resolve(
    facts.filter((f) => f.kind === kind),
    rule,
  );
}

/** The same data for one of its regions alone. */
export function regionSlice(data: BudgetData, regionId: string): BudgetData {
  return {
    ...data,
    regions: data.regions.filter((r) => r.id === regionId),
    facts: data.facts.filter((f) => f.regionId === regionId),
    cases: data.cases.filter((c) => c.regionId === regionId),
    funding: data.funding.filter((f) => f.region.id === regionId),
  };
}

/** The trend computed from the actuals of the trend base years, when at least two are known. */
export function computedTrend(data: BudgetData): LinearTrend | null {
  if (!data.trendBase) return null;
  const points = [];
  for (let year = data.trendBase.fromYear; year <= data.trendBase.toYear; year++) {
    const cents = amount(data, 'ACTUAL', yearAmount(year));
    if (cents !== null) points.push({ year, cents });
  }
  return linearTrend(points);
}

/** The years with any figure within the view's range (base years of a computed trend have actuals). */
export function viewYears(data: BudgetData): number[] {
  return [...new Set(data.facts.map((f) => f.year))]
    .filter((y) => (data.fromYear ?? -Infinity) <= y && y <= (data.toYear ?? Infinity))
    .sort((a, b) => a - b);
}

/**
 * Per year: plan, actual, trend (a given trend figure wins over the computed one, since it is
 * what the source stated), and
 *   actualVsPlan       = actual − plan, relative to plan
 *   savingAgainstPlan  = plan − actual, relative to plan
 *   savingAgainstTrend = trend − actual, relative to trend.
 */
export function budgetYears(data: BudgetData): BudgetYearValues[] {
  const trend = computedTrend(data);
  return viewYears(data).map((year) => {
    const planCents = amount(data, 'PLAN', yearAmount(year));
    const actualCents = amount(data, 'ACTUAL', yearAmount(year));
    const givenTrend = amount(data, 'TREND_GIVEN', yearAmount(year));
    const computedTrendCents = trend ? trend.at(year) : null;
    const trendCents = givenTrend ?? computedTrendCents;
    return {
      year,
      planCents,
      actualCents,
      trendCents,
      trendSource: givenTrend !== null ? TrendSource.GIVEN : computedTrendCents !== null ? TrendSource.COMPUTED : null,
      computedTrendCents,
      actualVsPlan: versus(actualCents, planCents),
      savingAgainstPlan: deviation(minus(planCents, actualCents), planCents),
      savingAgainstTrend: deviation(minus(trendCents, actualCents), trendCents),
    };
  });
}

/** The twelve months of a year: plan (monthly figures, else pro rata), actual, and both to date. */
export function budgetMonths(data: BudgetData, year: number): BudgetMonthValues[] {
  return monthsThrough(12).map((month) => {
    const planCents = amount(data, 'PLAN', planMonth(year, month));
    const actualCents = amount(data, 'ACTUAL', monthAmount(year, month));
    return {
      year,
      month,
      planCents,
      actualCents,
      actualVsPlan: versus(actualCents, planCents),
      planToDateCents: amount(data, 'PLAN', planThrough(year, month)),
      actualToDateCents: amount(data, 'ACTUAL', actualThrough(year, month)),
    };
  });
}

export function actualRule({ year, throughMonth }: Period): GroupRule {
  return throughMonth ? actualThrough(year, throughMonth) : yearAmount(year);
}

/** The key figures of a period; spend shares and cost per case relate to the actuals of that period. */
export function budgetKeyFigures(data: BudgetData, period: Period): KeyFigureValues {
  const rule = actualRule(period);
  const actualOfArea = (code: StandardAreaCode) => {
    const area = data.areas.find((a) => a.code === code);
    return area
      ? amount(
          data,
          'ACTUAL',
          rule,
          data.facts.filter((f) => f.areaId === area.id),
        )
      : null;
  };
  const funding = data.funding.filter((f) => f.year === period.year);
  return {
    year: period.year,
    throughMonth: period.throughMonth ?? null,
    providerFunding: funding,
    ...keyFigures({
      totalActualCents: amount(data, 'ACTUAL', rule),
      nonCaseSpecificActualCents: actualOfArea('NON_CASE_SPECIFIC'),
      socialSpaceWorkActualCents: actualOfArea('SOCIAL_SPACE_WORK'),
      caseScopes: caseScopes(data, period),
      providerShares: data.regions.map((region) => ({
        basisPoints: funding.find((f) => f.region.id === region.id)?.providerBudgetShareBasisPoints ?? null,
        baseCents: amount(data, 'PLAN', yearAmount(period.year), regionFacts(data, region.id)),
      })),
    }),
  };
}

function regionFacts(data: BudgetData, regionId: string): FigureFact[] {
  return data.facts.filter((f) => f.regionId === regionId);
}

/**
 * Pairs case counts with the spend of the same scope: per region, its region-wide counts with
 * its total actual, or else each service area's counts with that area's actual. For a period
 * through a month, that month's counts are used where there are any, else the year's.
 */
export function caseScopes(data: BudgetData, period: Period): CaseScope[] {
  const rule = actualRule(period);
  const scopes: CaseScope[] = [];
  for (const [regionId, regionCases] of groupBy(data.cases, (c) => c.regionId)) {
    const inPeriod = [
      ...groupBy(
        regionCases.filter((c) => c.year === period.year),
        (c) => c.areaId,
      ).values(),
    ]
      .map(
        (records) =>
          (period.throughMonth && records.find((c) => c.month === period.throughMonth)) ||
          records.find((c) => c.month === null),
      )
      .filter((c) => c !== undefined);
    const regionWide = inPeriod.find((c) => c.areaId === null);
    const counted = regionWide ? [regionWide] : inPeriod;
    for (const c of counted) {
      const facts = regionFacts(data, regionId).filter((f) => c.areaId === null || f.areaId === c.areaId);
      scopes.push({
        cases: c.cases,
        medianCostCents: c.medianCostCents,
        actualCents: amount(data, 'ACTUAL', rule, facts),
      });
    }
  }
  return scopes;
}
