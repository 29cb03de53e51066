import { divRound } from './rational';

export interface YearAmount {
  year: number;
  cents: number;
}

/**
 * A straight line fitted by least squares through yearly amounts ("lineare Trendberechnung"):
 * amount(year) = intercept + slope · year, with
 *   slope     = (n·Σxy − Σx·Σy) / (n·Σx² − (Σx)²)
 *   intercept = (Σy·Σx² − Σx·Σxy) / (n·Σx² − (Σx)²)
 * All sums are exact bigints; only the value handed out is rounded to whole cents.
 */
export interface LinearTrend {
  baseYears: number[];
  /** Cents per year, rounded. */
  slopeCentsPerYear: number;
  /** The line's value at year 0, rounded; with the slope it states the line. */
  interceptCents: number;
  /** The line's value in `year`, rounded to a cent: the fitted value for a base year, a projection after. */
  at: (year: number) => number;
}

/** The trend through `points` (one amount per year); null with fewer than two years. */
export function linearTrend(points: YearAmount[]): LinearTrend | null {
  const years = new Set(points.map((p) => p.year));
  if (years.size !== points.length) throw new RangeError('a trend takes one amount per year');
  if (points.length < 2) return null;
  const n = BigInt(points.length);
  let sx = 0n;
  let sy = 0n;
  let sxx = 0n;
  let sxy = 0n;
  for (const { year, cents } of points) {
    const x = BigInt(year);
    const y = BigInt(cents);
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const denominator = n * sxx - sx * sx;
  const slope = n * sxy - sx * sy;
  const intercept = sy * sxx - sx * sxy;
  return {
    baseYears: points.map((p) => p.year).sort((a, b) => a - b),
    slopeCentsPerYear: Number(divRound(slope, denominator)),
    interceptCents: Number(divRound(intercept, denominator)),
    at: (year) => Number(divRound(intercept + BigInt(year) * slope, denominator)),
  };
}
