import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../spreadsheet-text';
import type { ColumnType, Sheet, SheetValue } from './sheet';

/**
 * CSV the way German Excel opens it directly: semicolons, comma decimals, thousands dots, and a
 * UTF-8 byte order mark so umlauts survive; text that a spreadsheet would take for a formula is
 * neutralised (spreadsheet-text.ts). The importer reads exactly this back.
 */
export function writeCsv(sheet: Sheet): Buffer {
  const body = stringify(
    [
      sheet.columns.map((c) => c.header),
      ...sheet.rows.map((row) => row.map((v, i) => spell(v, sheet.columns[i]?.type ?? 'text'))),
    ],
    {
      delimiter: ';',
      record_delimiter: '\r\n',
    },
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
}

function spell(value: SheetValue, type: ColumnType): string {
  if (value === null) return '';
  if (typeof value === 'string') return neutraliseFormula(value);
  switch (type) {
    case 'cents':
    case 'percent':
      return germanHundredths(value);
    case 'decimal':
      return String(value).replace('.', ',');
    default:
      return String(value);
  }
}

/** An integer count of hundredths (cents, basis points) as "1.234.567,89", without floating point. */
export function germanHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const digits = String(Math.abs(hundredths)).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, '.');
  return `${sign}${whole},${digits.slice(-2)}`;
}
