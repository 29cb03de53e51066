import { type Deviation, divRound, type Ratio, ratio, sumKnown, versus } from './rational';

/** Case counts of one scope (a region as a whole, or one service area of it) for a period. */
export interface CaseScope {
  cases: number;
  medianCostCents: number | null;
  /** The actual spend of the same scope and period. */
  actualCents: number | null;
}

export interface ProviderShare {
  /** null: the region has no share on record for the year. */
  basisPoints: number | null;
  /** The social-space budget the share is of: the region's plan for the year. */
  baseCents: number | null;
}

export interface KeyFigureInput {
  totalActualCents: number | null;
  nonCaseSpecificActualCents: number | null;
  socialSpaceWorkActualCents: number | null;
  caseScopes: CaseScope[];
  providerShares: ProviderShare[];
}

export interface VirtualAllocation {
  /** Σ cases × median cost per case, over the scopes that have a median. */
  allocationCents: number;
  /** Actual spend of those same scopes. */
  actualCents: number | null;
  /** actual − allocation, relative to the allocation. */
  actualVsAllocation: Deviation | null;
}

/** The key figures ("Kennzahlen") the Graz controlling names, for one period. */
export interface KeyFigures {
  cases: number | null;
  /** Σ actual / Σ cases over the scopes that count cases, rounded to a cent. */
  averageCostPerCaseCents: number | null;
  /** Actual spend on non-case-specific work / total actual spend. */
  nonCaseSpecificShare: Ratio | null;
  /** Actual spend on social-space work / total actual spend. */
  socialSpaceWorkShare: Ratio | null;
  /** The providers' share of the social-space budget (pooled: weighted by each region's plan). */
  providerBudgetShare: Ratio | null;
  virtualAllocation: VirtualAllocation | null;
}

export function keyFigures(input: KeyFigureInput): KeyFigures {
  const { totalActualCents: total } = input;
  return {
    cases: sumKnown(input.caseScopes.map((s) => s.cases)),
    averageCostPerCaseCents: averageCostPerCase(input.caseScopes),
    nonCaseSpecificShare: share(input.nonCaseSpecificActualCents, total),
    socialSpaceWorkShare: share(input.socialSpaceWorkActualCents, total),
    providerBudgetShare: providerBudgetShare(input.providerShares),
    virtualAllocation: virtualAllocation(input.caseScopes),
  };
}

function share(part: number | null, total: number | null): Ratio | null {
  return part === null || total === null ? null : ratio(part, total);
}

export function averageCostPerCase(scopes: CaseScope[]): number | null {
  const counted = scopes.filter((s) => s.actualCents !== null);
  const cases = sumKnown(counted.map((s) => s.cases));
  const actual = sumKnown(counted.map((s) => s.actualCents));
  if (!cases || actual === null) return null;
  return Number(divRound(BigInt(actual), BigInt(cases)));
}

/** Virtual allocation ("Fallzahl × Median"), compared with what the same scopes actually spent. */
export function virtualAllocation(scopes: CaseScope[]): VirtualAllocation | null {
  const priced = scopes.filter((s) => s.medianCostCents !== null);
  if (!priced.length) return null;
  const allocationCents = priced.reduce((sum, s) => sum + s.cases * (s.medianCostCents ?? 0), 0);
  const actualCents = sumKnown(priced.map((s) => s.actualCents));
  return { allocationCents, actualCents, actualVsAllocation: versus(actualCents, allocationCents) };
}

/**
 * One region: its share as given. Several: Σ(share × plan) / Σ plan, i.e. all provider budgets
 * over all social-space budgets; unknown when a region lacks its share or its plan.
 */
export function providerBudgetShare(shares: ProviderShare[]): Ratio | null {
  const [only] = shares;
  if (!only || only.basisPoints === null) return null;
  if (shares.length === 1) return ratio(only.basisPoints, 10_000);
  let numerator = 0;
  let denominator = 0;
  for (const { basisPoints, baseCents } of shares) {
    if (basisPoints === null || baseCents === null) return null;
    numerator += basisPoints * baseCents;
    denominator += 10_000 * baseCents;
  }
  return Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator) ? ratio(numerator, denominator) : null;
}
