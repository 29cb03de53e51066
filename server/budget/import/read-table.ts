import { CsvError, parse } from 'csv-parse/sync';
import { LIMITS } from '../../../schema/limits';
import { restoreFormula } from '../spreadsheet-text';
import { assertCellText, tooManyRows, UnreadableFileError } from './file-limits';
import { readXlsx } from './xlsx/read-xlsx';

/** A cell as the importer sees it: text, a spreadsheet number or date, or nothing. */
export type Cell = string | number | Date | null;

export interface RawRow {
  /** The row number a person sees: the CSV line or the worksheet row. */
  number: number;
  cells: Cell[];
}

export interface RawTable {
  /** "CSV" or the worksheet's name. */
  name: string;
  rows: RawRow[];
}

export type FileFormat = 'csv' | 'xlsx';

/** Counts the data rows of a file as they are read (each table's first row is its header). */
export class RowCounter {
  private dataRows = 0;

  count(header: boolean): void {
    if (header) return;
    this.dataRows += 1;
    if (this.dataRows > LIMITS.importRows) throw tooManyRows();
  }
}

/** XLSX is a zip file; the old binary XLS is an OLE compound file, which is refused by name. */
export function sniffFormat(data: Buffer): FileFormat {
  if (data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new UnreadableFileError(
      'Das alte Excel-Format (.xls) wird nicht gelesen; bitte als .xlsx oder .csv speichern',
    );
  }
  return 'csv';
}

/**
 * The tables of an upload, within the import's limits (LIMITS.import…: rows, columns, cell length,
 * and for XLSX the unpacked size), and with no NUL or lone surrogate in any cell. Text that an
 * export neutralised as a would-be formula reads back as it was (spreadsheet-text.ts).
 */
export async function readTables(data: Buffer, format: FileFormat): Promise<RawTable[]> {
  const tables = format === 'xlsx' ? await readXlsx(data, new RowCounter()) : [readCsv(data)];
  return tables.map(({ name, rows }) => ({
    name,
    rows: rows.map(({ number, cells }) => ({
      number,
      cells: cells.map((cell) => (typeof cell === 'string' ? restoreFormula(cell) : cell)),
    })),
  }));
}

/**
 * CSV as Excel writes it in Germany: semicolons (or tabs, or commas) between fields, UTF-8 with
 * or without BOM, or Windows-1252 when the bytes are not UTF-8. The upload is at most
 * LIMITS.importFileBytes; parsing stops one row past the row limit.
 */
export function readCsv(data: Buffer): RawTable {
  const text = decode(data);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      to: LIMITS.importRows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError)
      throw new UnreadableFileError(`CSV nicht lesbar: ${error.message}`, (error as { lines?: number }).lines ?? null);
    throw error;
  }
  const counter = new RowCounter();
  return {
    name: 'CSV',
    rows: records.map(({ record, info }, index) => {
      counter.count(index === 0);
      return {
        number: info.lines,
        cells: record.map((cell, column) => {
          if (!cell) return null;
          assertCellText({ table: 'CSV', row: info.lines, column: column + 1 }, cell);
          return cell;
        }),
      };
    }),
  };
}

function decode(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** The separator the header line uses most: semicolon and tab win over comma, the decimal mark. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => header.split(d).length - 1;
  if (count(';') > 0 && count(';') >= count('\t')) return ';';
  if (count('\t') > 0) return '\t';
  return ',';
}
