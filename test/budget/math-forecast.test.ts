import { describe, expect, it } from 'vitest';
import { planOfMonth, planToDate, yearEndForecast } from '../../server/budget/math/forecast';

describe('plan pro rata and year-end forecast', () => {
  it('takes the plan pro rata temporis: Graz 22.9 million € through March is 5.725 million €', () => {
    expect(planToDate(2_290_000_000, 3)).toBe(572_500_000);
    expect(planToDate(2_290_000_000, 12)).toBe(2_290_000_000);
  });

  it('splits an annual plan into months that add up to it exactly', () => {
    // 100/12 per month: cumulative 8.3→8, 16.7→17, 25, 33.3→33, 41.7→42, 50, …
    const months = Array.from({ length: 12 }, (_, i) => planOfMonth(100, i + 1));
    expect(months).toEqual([8, 9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8]);
    expect(months.reduce((a, b) => a + b)).toBe(100);
  });

  it('forecasts the year at the run rate so far', () => {
    expect(yearEndForecast(450_000_000, 3)).toBe(1_800_000_000);
    expect(yearEndForecast(7, 5)).toBe(17); // 16.8
    expect(yearEndForecast(1_950_000_000, 12)).toBe(1_950_000_000);
  });

  it('refuses a month outside 1–12', () => {
    expect(() => planToDate(100, 0)).toThrow(RangeError);
    expect(() => yearEndForecast(100, 13)).toThrow(RangeError);
  });
});
