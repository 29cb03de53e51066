import { planOfMonth, planToDate } from './forecast';
import { sumKnown } from './rational';

export type FigureKind = 'PLAN' | 'ACTUAL' | 'TREND_GIVEN';

/** A budget figure reduced to what the arithmetic needs. */
export interface FigureFact {
  regionId: string;
  /** null: the region as a whole, not broken down by service area. */
  areaId: string | null;
  year: number;
  /** null: the whole year. */
  month: number | null;
  kind: FigureKind;
  cents: number;
}

/** How one group of figures (one region, one area or the region-wide ones) answers a question. */
export type GroupRule = (group: FigureFact[]) => number | null;

/**
 * The rules that turn figures into one amount, so that no figure counts twice:
 * - per region, the region-wide figures (no area) answer first; only when they have no answer
 *   for the period are the service areas' answers summed;
 * - within a group, a whole-year figure wins over the sum of its months;
 * - a pooled budget sums its regions' answers.
 * A sum is null only when nothing at all is known.
 */
export function resolve(facts: FigureFact[], rule: GroupRule): number | null {
  return sumKnown([...groupBy(facts, (f) => f.regionId).values()].map((region) => resolveRegion(region, rule)));
}

function resolveRegion(facts: FigureFact[], rule: GroupRule): number | null {
  const regionWide = facts.filter((f) => f.areaId === null);
  const answer = regionWide.length ? rule(regionWide) : null;
  if (answer !== null) return answer;
  const byArea = groupBy(
    facts.filter((f) => f.areaId !== null),
    (f) => f.areaId,
  );
  return sumKnown([...byArea.values()].map(rule));
}

/** The year's amount: its whole-year figure, else the sum of its months. */
export function yearAmount(year: number): GroupRule {
  return (group) => {
    const inYear = group.filter((f) => f.year === year);
    return inYear.find((f) => f.month === null)?.cents ?? sumKnown(inYear.map((f) => f.cents));
  };
}

/** One month's amount: that month's figures only (a whole-year actual says nothing about a month). */
export function monthAmount(year: number, month: number): GroupRule {
  return (group) => sumKnown(group.filter((f) => f.year === year && f.month === month).map((f) => f.cents));
}

function hasMonths(group: FigureFact[], year: number): boolean {
  return group.some((f) => f.year === year && f.month !== null);
}

/**
 * A month's plan: the group's monthly plan figures when it has any that year (a month without
 * one plans 0), otherwise the whole-year plan pro rata (see forecast.ts).
 */
export function planMonth(year: number, month: number): GroupRule {
  return (group) => {
    if (hasMonths(group, year)) return monthAmount(year, month)(group) ?? 0;
    const annual = yearAmount(year)(group);
    return annual === null ? null : planOfMonth(annual, month);
  };
}

/** The plan from January through `month`, by the same rule as planMonth. */
export function planThrough(year: number, month: number): GroupRule {
  return (group) => {
    if (hasMonths(group, year)) return sumKnown(monthsThrough(month).map((m) => monthAmount(year, m)(group))) ?? 0;
    const annual = yearAmount(year)(group);
    return annual === null ? null : planToDate(annual, month);
  };
}

/**
 * Actuals from January through `month`: the sum of the monthly actuals; a whole-year actual
 * stands in only when the period is the full year.
 */
export function actualThrough(year: number, month: number): GroupRule {
  return (group) => {
    if (hasMonths(group, year)) return sumKnown(monthsThrough(month).map((m) => monthAmount(year, m)(group)));
    return month === 12 ? yearAmount(year)(group) : null;
  };
}

export function monthsThrough(month: number): number[] {
  return Array.from({ length: month }, (_, i) => i + 1);
}

export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
