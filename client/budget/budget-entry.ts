import { parseCents, parseCount, parseScaled } from '../../schema/german-number';
import { LIMITS } from '../../schema/limits';

/**
 * Amounts and counts typed into the budget forms, read the way the import reads its cells
 * (schema/german-number.ts): German notation, "1.234.567,89". Ok with the value, or not.
 */
export type Entered<T> = { ok: true; value: T } | { ok: false };

/** Euros in German notation as integer cents, within what one figure may be. */
export function readAmount(text: string): Entered<number> {
  const parsed = parseCents(text);
  return parsed.ok && parsed.value <= LIMITS.amountCents ? parsed : { ok: false };
}

/** A whole number of cases ("1.234"), within the limit. */
export function readCount(text: string): Entered<number> {
  const parsed = parseCount(text);
  return parsed.ok && parsed.value <= LIMITS.cases ? parsed : { ok: false };
}

/** Days with at most one decimal ("123,5"). */
export function readDays(text: string): Entered<number> {
  const parsed = parseScaled(text, 1);
  return parsed.ok && parsed.value <= 999_990 ? { ok: true, value: parsed.value / 10 } : { ok: false };
}

/** An optional field: empty is null, anything else must read. */
export function readOptional<T>(text: string, read: (text: string) => Entered<T>): Entered<T | null> {
  return text.trim() === '' ? { ok: true, value: null } : read(text);
}

const GERMAN_CENTS = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const GERMAN_DAYS = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Cents as the forms take them back: "1.234.567,89". */
export function centsText(cents: number): string {
  return GERMAN_CENTS.format(cents / 100);
}

/** Days as the forms take them back: "123,5". */
export function daysText(days: number): string {
  return GERMAN_DAYS.format(days);
}

/** A record's key as the API takes it, or not ok for a year outside what the API keeps. */
export function readKey(key: { regionId: string; areaId: string; year: string; month: string }): Entered<{
  regionId: string;
  areaId: string | null;
  year: number;
  month: number | null;
}> {
  const year = Number(key.year);
  if (!/^\d{4}$/.test(key.year.trim()) || year < LIMITS.budgetYearMin || year > LIMITS.budgetYearMax)
    return { ok: false };
  return {
    ok: true,
    value: { regionId: key.regionId, areaId: key.areaId || null, year, month: key.month ? Number(key.month) : null },
  };
}
