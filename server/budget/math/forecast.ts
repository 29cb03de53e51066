import { divRound } from './rational';

/**
 * Plan to date pro rata temporis: `annual · throughMonth / 12`, rounded. Month by month the
 * differences of these cumulative values add up to the annual plan exactly.
 */
export function planToDate(annualCents: number, throughMonth: number): number {
  assertMonth(throughMonth);
  return Number(divRound(BigInt(annualCents) * BigInt(throughMonth), 12n));
}

/** The plan of one month pro rata: what planToDate grows by in that month. */
export function planOfMonth(annualCents: number, month: number): number {
  return planToDate(annualCents, month) - (month === 1 ? 0 : planToDate(annualCents, month - 1));
}

/**
 * Year-end forecast from month-to-date actuals at the run rate so far:
 * `actualToDate · 12 / throughMonth`, rounded.
 */
export function yearEndForecast(actualToDateCents: number, throughMonth: number): number {
  assertMonth(throughMonth);
  return Number(divRound(BigInt(actualToDateCents) * 12n, BigInt(throughMonth)));
}

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month} is not 1–12`);
}
