import { describe, expect, it } from 'vitest';
import { deviation, divRound, ratio, sumKnown } from '../../server/budget/math/rational';

describe('divRound: integer division rounded half away from zero', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [5n, -2n, -3n],
    [7n, 3n, 2n],
    [-7n, 3n, -2n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [0n, 9n, 0n],
  ])('%i / %i = %i', (n, d, expected) => {
    expect(divRound(n, d)).toBe(expected);
  });

  it('refuses a zero denominator', () => {
    expect(() => divRound(1n, 0n)).toThrow(RangeError);
  });
});

describe('ratio: exact fraction, basis points and percent to one decimal', () => {
  it('Graz 2011, saving against trend: 6.7 of 26.2 million € is 25.6 % (2557 basis points)', () => {
    expect(ratio(670_000_000, 2_620_000_000)).toEqual({
      numerator: 670_000_000,
      denominator: 2_620_000_000,
      basisPoints: 2557,
      percent: 25.6,
    });
  });

  it.each([
    [1, 3, 3333, 33.3],
    [2, 3, 6667, 66.7],
    [-1, 8, -1250, -12.5],
    // Graz 2010, actual against plan: (21.5 − 22.9) / 22.9 = −6.113 %
    [-140_000_000, 2_290_000_000, -611, -6.1],
    // Graz 2011, actual against plan: (19.5 − 22.9) / 22.9 = −14.847 %
    [-340_000_000, 2_290_000_000, -1485, -14.8],
  ])('%i / %i = %i bp = %f %', (n, d, basisPoints, percent) => {
    expect(ratio(n, d)).toMatchObject({ basisPoints, percent });
  });

  it('is unknown for a zero denominator', () => {
    expect(ratio(5, 0)).toBeNull();
  });
});

describe('deviation and sums of known values', () => {
  it('measures an amount against a base, and is unknown when either is', () => {
    expect(deviation(270_000_000, 2_420_000_000)).toEqual({
      amountCents: 270_000_000,
      ratio: { numerator: 270_000_000, denominator: 2_420_000_000, basisPoints: 1116, percent: 11.2 },
    });
    expect(deviation(null, 100)).toBeNull();
    expect(deviation(5, null)).toBeNull();
  });

  it('sums what is known and says null only when nothing is', () => {
    expect(sumKnown([1, null, 2])).toBe(3);
    expect(sumKnown([null, null])).toBeNull();
    expect(sumKnown([])).toBeNull();
  });
});
