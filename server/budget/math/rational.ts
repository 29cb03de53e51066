/**
 * Exact integer arithmetic for money and shares. Amounts are integer cents; every quotient is
 * computed on bigints and rounded once, half away from zero ("kaufmännisch gerundet"), so no
 * floating-point error can reach a figure.
 */

/** `numerator / denominator` rounded half away from zero. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** A share or change as the exact fraction it comes from, plus its rounded forms. */
export interface Ratio {
  numerator: number;
  denominator: number;
  /** Hundredths of a percent, rounded: 25.57 % is 2557. */
  basisPoints: number;
  /** Percent rounded to one decimal: 25.6. Only for display; compute with the fraction. */
  percent: number;
}

/**
 * `numerator / denominator` as a Ratio; null when the denominator is zero or the quotient is too
 * large to mean anything (beyond 2^53 basis points).
 */
export function ratio(numerator: number, denominator: number): Ratio | null {
  if (denominator === 0) return null;
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const basisPoints = Number(divRound(n * 10_000n, d));
  if (!Number.isSafeInteger(basisPoints)) return null;
  return { numerator, denominator, basisPoints, percent: Number(divRound(n * 1_000n, d)) / 10 };
}

/** A difference of two amounts and its size relative to the base it is measured against. */
export interface Deviation {
  amountCents: number;
  ratio: Ratio | null;
}

/** `amount` measured against `base` (e.g. a saving against the trend); null when either is unknown. */
export function deviation(amount: number | null, base: number | null): Deviation | null {
  if (amount === null || base === null) return null;
  return { amountCents: amount, ratio: ratio(amount, base) };
}

/** `value − base` measured against `base`, e.g. actual against plan. */
export function versus(value: number | null, base: number | null): Deviation | null {
  return deviation(minus(value, base), base);
}

/** Sum of the known values; null when none is known. */
export function sumKnown(values: Iterable<number | null>): number | null {
  let sum: number | null = null;
  for (const value of values) if (value !== null) sum = (sum ?? 0) + value;
  return sum;
}

export function minus(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}
