/**
 * A table to export, independent of the file format: each column says what its values are, so
 * the CSV writer can spell them the German way and the XLSX writer can store real numbers
 * with a number format.
 */
export type ColumnType =
  /** Free text. */
  | 'text'
  /** Whole numbers: years, months, counts. */
  | 'integer'
  /** Integer euro cents, written as euros. */
  | 'cents'
  /** Integer basis points, written as percent. */
  | 'percent'
  /** Days with one decimal. */
  | 'decimal';

export interface SheetColumn {
  header: string;
  type: ColumnType;
}

export type SheetValue = string | number | null;

export interface Sheet {
  /** The worksheet's name and the file name's stem. */
  name: string;
  columns: SheetColumn[];
  rows: SheetValue[][];
}

export const text = (header: string): SheetColumn => ({ header, type: 'text' });
export const integer = (header: string): SheetColumn => ({ header, type: 'integer' });
export const cents = (header: string): SheetColumn => ({ header, type: 'cents' });
export const percent = (header: string): SheetColumn => ({ header, type: 'percent' });
export const decimal = (header: string): SheetColumn => ({ header, type: 'decimal' });
