import { monthOfText } from '../../../schema/deadline';
import type { Parsed } from '../../../schema/german-number';

/**
 * The year and month of an import row. The month cell may hold a month number ("3", "03") or
 * name ("März", "Mrz."), read the way next steps' deadlines read them; a month of a year
 * ("03/2011", "3.2011", "2011-03"); or a date ("31.03.2011", "2011-03-31", a spreadsheet date).
 * A year it names must agree with the year column, or stands in for an empty one. Empty means
 * the whole year.
 */
export interface Period {
  year: number;
  month: number | null;
}

const PATTERNS: { pattern: RegExp; month: number; year?: number }[] = [
  { pattern: /^(\d{1,2})[./](\d{4})$/, month: 1, year: 2 },
  { pattern: /^(\d{4})-(\d{1,2})$/, month: 2, year: 1 },
  { pattern: /^\d{1,2}\.(\d{1,2})\.(\d{4})$/, month: 1, year: 2 },
  { pattern: /^(\d{4})-(\d{1,2})-\d{1,2}$/, month: 2, year: 1 },
];

export type PeriodCell = string | number | Date | null;

export function parsePeriod(yearCell: PeriodCell, monthCell: PeriodCell): Parsed<Period> {
  const month = parseMonth(monthCell);
  if (!month.ok) return month;
  const year = parseYear(yearCell);
  if (!year.ok) return year;
  const given = month.value.year;
  if (year.value !== null && given !== null && year.value !== given) {
    return { ok: false, message: `Monat „${String(monthCell)}“ liegt nicht im Jahr ${year.value}` };
  }
  const known = year.value ?? given;
  return known === null
    ? { ok: false, message: 'Jahr fehlt' }
    : { ok: true, value: { year: known, month: month.value.month } };
}

function parseYear(cell: PeriodCell): Parsed<number | null> {
  if (cell === null || cell === '') return { ok: true, value: null };
  const text = String(cell instanceof Date ? cell.getUTCFullYear() : cell).trim();
  return /^\d{4}$/.test(text)
    ? { ok: true, value: Number(text) }
    : { ok: false, message: `„${text}“ ist keine Jahreszahl` };
}

function parseMonth(cell: PeriodCell): Parsed<{ month: number | null; year: number | null }> {
  if (cell === null || cell === '') return { ok: true, value: { month: null, year: null } };
  if (cell instanceof Date) return { ok: true, value: { month: cell.getUTCMonth() + 1, year: cell.getUTCFullYear() } };
  const named = monthOfText(String(cell));
  if (named) return { ok: true, value: { month: named, year: null } };
  const text = String(cell).trim();
  for (const { pattern, month, year } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const m = Number(match[month]);
    if (m < 1 || m > 12) break;
    return { ok: true, value: { month: m, year: year ? Number(match[year]) : null } };
  }
  return { ok: false, message: `„${String(cell)}“ ist kein Monat (1–12, „März“, „03/2011“ oder ein Datum)` };
}
