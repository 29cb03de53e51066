/**
 * Numbers as German spreadsheets write them: "21.500.000,00", "1.234,5", "19500000", with an
 * optional "€"/"EUR" and spaces. A comma is the decimal separator; dots only group thousands
 * (in threes), so "1.500" is one thousand five hundred, and "21.5" is refused rather than
 * guessed. Numbers from spreadsheet cells arrive as JavaScript numbers and are read through
 * their 15 significant digits, which is all a spreadsheet keeps. Everything is turned into a
 * scaled integer without floating-point arithmetic.
 *
 * Shared by the budget import (server) and the budget forms (client); the messages are the
 * import report's, in German, so the forms say it in the interface language themselves.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const PLAIN = /^\d+$/;
const FORMAT_HINT = 'im deutschen Zahlenformat erwartet, z. B. 1.234.567,89';

/** A non-negative decimal as an integer in units of 10^-decimals (cents for decimals = 2). */
export function parseScaled(value: string | number, decimals: number): Parsed<number> {
  const text = typeof value === 'number' ? fromSpreadsheetNumber(value) : normalise(value);
  if (text === null) return { ok: false, message: `„${value}“ ist keine endliche Zahl` };
  // Messages quote a spreadsheet number the German way, as the person sees it in the cell.
  const shown = typeof value === 'number' ? text : value;
  if (text.startsWith('-')) return { ok: false, message: 'darf nicht negativ sein' };
  const [whole = '', fraction = '', ...rest] = text.split(',');
  const integerPart = GROUPED.test(whole) ? whole.replaceAll('.', '') : PLAIN.test(whole) ? whole : null;
  if (rest.length || integerPart === null || (text.includes(',') && !/^\d+$/.test(fraction))) {
    return { ok: false, message: `„${shown}“: Zahl ${FORMAT_HINT}` };
  }
  if (fraction.length > decimals) {
    const message = decimals === 0 ? 'muss eine ganze Zahl sein' : `hat mehr als ${decimals} Nachkommastellen`;
    return { ok: false, message: `„${shown}“ ${message}` };
  }
  const scaled = BigInt(integerPart + fraction.padEnd(decimals, '0'));
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, message: `„${shown}“ ist zu groß` };
  return { ok: true, value: Number(scaled) };
}

/** An amount in euros as integer cents. */
export function parseCents(value: string | number): Parsed<number> {
  return parseScaled(value, 2);
}

/** A whole number, thousands dots allowed: "1.234". */
export function parseCount(value: string | number): Parsed<number> {
  return parseScaled(value, 0);
}

function normalise(text: string): string {
  return text
    .replace(/€|\bEUR\b/gi, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\+/, '');
}

/** A spreadsheet number in the German notation parseScaled reads, or null for NaN and infinities. */
function fromSpreadsheetNumber(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const [mantissa = '', exponent = '0'] = value.toPrecision(15).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const padded = point > digits.length ? digits.padEnd(point, '0') : point < 0 ? '0'.repeat(-point) + digits : digits;
  const at = Math.max(point, 0);
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const decimals = padded.slice(at).replace(/0+$/, '');
  return `${negative ? '-' : ''}${integer}${decimals ? `,${decimals}` : ''}`;
}
