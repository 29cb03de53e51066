import { describe, expect, it } from 'vitest';
import { linearTrend } from '../../server/budget/math/trend';

const M = 1_000_000; // cents; 10,000 €

describe('linear least-squares trend', () => {
  // Five base years like Graz's 2005–2009. Centred on 2007: x = −2…2, Σx² = 10,
  // Σxy = −2·100 − 120 + 160 + 2·190 = 220, so slope = 22; mean y = 144;
  // intercept at year 0 = 144 − 22·2007 = −44,010.
  const base = [
    { year: 2005, cents: 100 * M },
    { year: 2006, cents: 120 * M },
    { year: 2007, cents: 150 * M },
    { year: 2008, cents: 160 * M },
    { year: 2009, cents: 190 * M },
  ];

  it('has the hand-computed slope and intercept', () => {
    const trend = linearTrend(base)!;
    expect(trend.baseYears).toEqual([2005, 2006, 2007, 2008, 2009]);
    expect(trend.slopeCentsPerYear).toBe(22 * M);
    expect(trend.interceptCents).toBe(-44_010 * M);
  });

  it('fits the base years and projects the later ones', () => {
    const trend = linearTrend(base)!;
    expect(trend.at(2007)).toBe(144 * M);
    expect(trend.at(2005)).toBe(100 * M);
    expect(trend.at(2010)).toBe(210 * M);
    expect(trend.at(2011)).toBe(232 * M);
  });

  it('does not depend on the order of the points', () => {
    expect(linearTrend([...base].reverse())!.at(2011)).toBe(232 * M);
  });

  it('rounds only the values it hands out, half away from zero', () => {
    // (2000, 0), (2001, 1), (2002, 1): slope 1/2, mean 2/3, so the line is 2/3 + (year − 2001)/2.
    const trend = linearTrend([
      { year: 2000, cents: 0 },
      { year: 2001, cents: 1 },
      { year: 2002, cents: 1 },
    ])!;
    expect(trend.slopeCentsPerYear).toBe(1); // 0.5
    expect(trend.interceptCents).toBe(-1000); // −999.83
    expect(trend.at(2000)).toBe(0); // 0.17
    expect(trend.at(2001)).toBe(1); // 0.67
    expect(trend.at(2003)).toBe(2); // 1.67
  });

  it('follows a falling line too', () => {
    const trend = linearTrend([
      { year: 2010, cents: 300 },
      { year: 2012, cents: 100 },
    ])!;
    expect(trend.slopeCentsPerYear).toBe(-100);
    expect(trend.at(2013)).toBe(0);
  });

  it('needs two years, and one amount per year', () => {
    expect(linearTrend([])).toBeNull();
    expect(linearTrend([{ year: 2009, cents: 5 }])).toBeNull();
    expect(() =>
      linearTrend([
        { year: 2009, cents: 5 },
        { year: 2009, cents: 6 },
      ]),
    ).toThrow(RangeError);
  });
});
