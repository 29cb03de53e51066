import { describe, expect, it } from 'vitest';
import { keyFigures, providerBudgetShare, virtualAllocation } from '../../server/budget/math/key-figures';

// Two service areas: 40 outpatient cases (median 5,000 €, spent 240,000 €) and
// 10 residential cases (median 40,000 €, spent 460,000 €).
const scopes = [
  { cases: 40, medianCostCents: 500_000, actualCents: 24_000_000 },
  { cases: 10, medianCostCents: 4_000_000, actualCents: 46_000_000 },
];

describe('key figures', () => {
  it('averages the cost per case over the areas that count cases: 700,000 € / 50 = 14,000 €', () => {
    const figures = keyFigures({
      totalActualCents: 100_000_000,
      nonCaseSpecificActualCents: 12_500_000,
      socialSpaceWorkActualCents: 20_000_000,
      caseScopes: scopes,
      providerShares: [],
    });
    expect(figures.cases).toBe(50);
    expect(figures.averageCostPerCaseCents).toBe(1_400_000);
    expect(figures.nonCaseSpecificShare).toMatchObject({ basisPoints: 1250, percent: 12.5 });
    expect(figures.socialSpaceWorkShare).toMatchObject({ basisPoints: 2000, percent: 20 });
    expect(figures.providerBudgetShare).toBeNull();
  });

  it('leaves what it cannot know unknown', () => {
    const figures = keyFigures({
      totalActualCents: null,
      nonCaseSpecificActualCents: 5,
      socialSpaceWorkActualCents: null,
      caseScopes: [{ cases: 3, medianCostCents: null, actualCents: null }],
      providerShares: [{ basisPoints: null, baseCents: 100 }],
    });
    expect(figures).toEqual({
      cases: 3,
      averageCostPerCaseCents: null,
      nonCaseSpecificShare: null,
      socialSpaceWorkShare: null,
      providerBudgetShare: null,
      virtualAllocation: null,
    });
  });

  it('allocates cases × median: 40 × 5,000 € + 10 × 40,000 € = 600,000 €, 100,000 € (16.7 %) below what was spent', () => {
    expect(virtualAllocation(scopes)).toEqual({
      allocationCents: 60_000_000,
      actualCents: 70_000_000,
      actualVsAllocation: {
        amountCents: 10_000_000,
        ratio: { numerator: 10_000_000, denominator: 60_000_000, basisPoints: 1667, percent: 16.7 },
      },
    });
    expect(virtualAllocation([{ cases: 4, medianCostCents: null, actualCents: 5 }])).toBeNull();
  });

  it("gives one region's provider share as it is: Graz 22 %", () => {
    expect(providerBudgetShare([{ basisPoints: 2200, baseCents: null }])).toEqual({
      numerator: 2200,
      denominator: 10_000,
      basisPoints: 2200,
      percent: 22,
    });
  });

  it('pools provider shares weighted by plan: (22 % · 22.9 M + 30 % · 10 M) / 32.9 M = 24.4 %', () => {
    const pooled = providerBudgetShare([
      { basisPoints: 2200, baseCents: 2_290_000_000 },
      { basisPoints: 3000, baseCents: 1_000_000_000 },
    ]);
    expect(pooled).toEqual({
      numerator: 8_038_000_000_000,
      denominator: 32_900_000_000_000,
      basisPoints: 2443,
      percent: 24.4,
    });
    expect(
      providerBudgetShare([
        { basisPoints: 2200, baseCents: 5 },
        { basisPoints: 3000, baseCents: null },
      ]),
    ).toBeNull();
  });
});
