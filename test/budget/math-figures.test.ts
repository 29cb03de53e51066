import { describe, expect, it } from 'vitest';
import {
  actualThrough,
  type FigureFact,
  monthAmount,
  planMonth,
  planThrough,
  resolve,
  yearAmount,
} from '../../server/budget/math/figures';

function fact(fields: Partial<FigureFact> & Pick<FigureFact, 'cents'>): FigureFact {
  return { regionId: 'r1', areaId: null, year: 2011, month: null, kind: 'ACTUAL', ...fields };
}

describe('resolving figures into one amount', () => {
  it('lets a region-wide figure win over the sum of the service areas', () => {
    const facts = [fact({ cents: 1000 }), fact({ areaId: 'a', cents: 300 }), fact({ areaId: 'b', cents: 500 })];
    expect(resolve(facts, yearAmount(2011))).toBe(1000);
  });

  it('sums the service areas when the region has no figure of its own', () => {
    const facts = [fact({ areaId: 'a', cents: 300 }), fact({ areaId: 'b', cents: 500 })];
    expect(resolve(facts, yearAmount(2011))).toBe(800);
  });

  it('lets a whole-year figure win over the sum of its months', () => {
    const months = [fact({ month: 1, cents: 100 }), fact({ month: 2, cents: 50 })];
    expect(resolve([...months, fact({ cents: 1000 })], yearAmount(2011))).toBe(1000);
    expect(resolve(months, yearAmount(2011))).toBe(150);
  });

  it('sums the regions of a pooled budget', () => {
    const facts = [
      fact({ cents: 1000 }),
      fact({ regionId: 'r2', areaId: 'a', cents: 300 }),
      fact({ regionId: 'r2', areaId: 'b', cents: 500 }),
    ];
    expect(resolve(facts, yearAmount(2011))).toBe(1800);
  });

  it('knows nothing of a year without figures', () => {
    expect(resolve([fact({ cents: 1000 })], yearAmount(2012))).toBeNull();
    expect(resolve([], yearAmount(2011))).toBeNull();
  });

  it('reads a month from monthly figures only, falling back to the areas when the region has none', () => {
    const facts = [
      fact({ cents: 1000 }),
      fact({ areaId: 'a', month: 1, cents: 70 }),
      fact({ areaId: 'b', month: 1, cents: 30 }),
    ];
    expect(resolve(facts, monthAmount(2011, 1))).toBe(100);
    expect(resolve([fact({ cents: 1000 })], monthAmount(2011, 1))).toBeNull();
  });
});

describe('plans by month and actuals to date', () => {
  const annualPlan = fact({ kind: 'PLAN', cents: 1200 });

  it('spreads an annual plan pro rata', () => {
    expect(resolve([annualPlan], planMonth(2011, 2))).toBe(100);
    expect(resolve([annualPlan], planThrough(2011, 3))).toBe(300);
  });

  it('uses monthly plans when the year has any, a month without one planning 0', () => {
    const monthly = [fact({ kind: 'PLAN', month: 1, cents: 300 }), fact({ kind: 'PLAN', month: 3, cents: 200 })];
    expect(resolve(monthly, planMonth(2011, 1))).toBe(300);
    expect(resolve(monthly, planMonth(2011, 2))).toBe(0);
    expect(resolve(monthly, planThrough(2011, 3))).toBe(500);
  });

  it('adds monthly actuals through the month, and takes a whole-year actual only for the full year', () => {
    const monthly = [fact({ month: 1, cents: 100 }), fact({ month: 2, cents: 50 }), fact({ month: 4, cents: 10 })];
    expect(resolve(monthly, actualThrough(2011, 3))).toBe(150);
    expect(resolve([fact({ cents: 1950 })], actualThrough(2011, 12))).toBe(1950);
    expect(resolve([fact({ cents: 1950 })], actualThrough(2011, 6))).toBeNull();
  });
});
