import type { BudgetMonthData, BudgetYearData } from './budget.operations';

/**
 * One bar group of a chart, a year or a month, in euros: a chart's axis needs plain numbers of
 * one unit, and euros read better on it than cents. The tables keep the cents.
 */
export interface ChartPoint {
  category: number;
  plan: number | null;
  actual: number | null;
  trend: number | null;
}

const euros = (cents: number | null | undefined): number | null => (cents == null ? null : cents / 100);

const hasFigures = (y: Pick<BudgetYearData, 'planCents' | 'actualCents' | 'trendCents'>) =>
  y.planCents != null || y.actualCents != null || y.trendCents != null;

/**
 * The years worth showing: the server also lists the trend base years, which have nothing to
 * show when their actuals are not stored (Graz states its trend, not the 2005–2009 actuals).
 */
export function shownYears<Y extends Pick<BudgetYearData, 'planCents' | 'actualCents' | 'trendCents'>>(
  years: readonly Y[],
): Y[] {
  return years.filter(hasFigures);
}

export function yearPoints(years: readonly BudgetYearData[]): ChartPoint[] {
  return shownYears(years).map((y) => ({
    category: y.year,
    plan: euros(y.planCents),
    actual: euros(y.actualCents),
    trend: euros(y.trendCents),
  }));
}

export function monthPoints(months: readonly BudgetMonthData[]): ChartPoint[] {
  return months.map((m) => ({
    category: m.month,
    plan: euros(m.planCents),
    actual: euros(m.actualCents),
    trend: null,
  }));
}

/** The year to open with: the latest with actual spend, else the latest with a plan, else any. */
export function defaultYear(years: readonly BudgetYearData[]): number | null {
  const latest = (list: readonly BudgetYearData[]) =>
    list.reduce<number | null>((max, y) => Math.max(max ?? y.year, y.year), null);
  return (
    latest(years.filter((y) => y.actualCents != null)) ??
    latest(years.filter((y) => y.planCents != null)) ??
    latest(shownYears(years))
  );
}
