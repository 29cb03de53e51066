import { describe, expect, it } from 'vitest';
import type { BudgetMonthData, BudgetYearData } from '../../client/budget/budget.operations';
import { defaultYear, monthPoints, shownYears, yearPoints } from '../../client/budget/budget-chart-data';

function year(values: Partial<BudgetYearData> & { year: number }): BudgetYearData {
  return {
    planCents: null,
    actualCents: null,
    trendCents: null,
    trendSource: null,
    actualVsPlan: null,
    savingAgainstPlan: null,
    savingAgainstTrend: null,
    ...values,
  };
}

// Graz as the API sends it with the budget's trend base 2005–2009, whose actuals are not stored.
const GRAZ = [
  ...[2005, 2006, 2007, 2008, 2009].map((y) => year({ year: y })),
  year({
    year: 2010,
    planCents: 2_290_000_000,
    actualCents: 2_150_000_000,
    trendCents: 2_420_000_000,
    trendSource: 'GIVEN',
  }),
  year({
    year: 2011,
    planCents: 2_290_000_000,
    actualCents: 1_950_000_000,
    trendCents: 2_620_000_000,
    trendSource: 'GIVEN',
  }),
];

describe('budget chart data', () => {
  it('leaves out years with nothing to show and charts the rest in euros', () => {
    expect(shownYears(GRAZ).map((y) => y.year)).toEqual([2010, 2011]);
    expect(yearPoints(GRAZ)).toEqual([
      { category: 2010, plan: 22_900_000, actual: 21_500_000, trend: 24_200_000 },
      { category: 2011, plan: 22_900_000, actual: 19_500_000, trend: 26_200_000 },
    ]);
  });

  it('charts months with their gaps', () => {
    const months = [
      { month: 1, planCents: 190_833_333, actualCents: 150_000_012 },
      { month: 2, planCents: 190_833_333, actualCents: null },
    ] as BudgetMonthData[];
    expect(monthPoints(months)).toEqual([
      { category: 1, plan: 1_908_333.33, actual: 1_500_000.12, trend: null },
      { category: 2, plan: 1_908_333.33, actual: null, trend: null },
    ]);
  });

  it('opens the latest year with actual spend, else with a plan, else with any figure', () => {
    expect(defaultYear(GRAZ)).toBe(2011);
    const planned = [...GRAZ, year({ year: 2013, planCents: 1 })];
    expect(defaultYear(planned)).toBe(2011);
    expect(defaultYear([year({ year: 2013, planCents: 1 }), year({ year: 2014 })])).toBe(2013);
    expect(defaultYear([year({ year: 2009 }), year({ year: 2015, trendCents: 1 })])).toBe(2015);
    expect(defaultYear([year({ year: 2009 })])).toBeNull();
    expect(defaultYear([])).toBeNull();
  });
});
