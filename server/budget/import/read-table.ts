import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

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

export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly row: number | null = null,
  ) {
    super(message);
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

export async function readTables(data: Buffer, format: FileFormat): Promise<RawTable[]> {
  return format === 'xlsx' ? readXlsx(data) : [readCsv(data)];
}

/**
 * CSV as Excel writes it in Germany: semicolons (or tabs, or commas) between fields, UTF-8 with
 * or without BOM, or Windows-1252 when the bytes are not UTF-8.
 */
export function readCsv(data: Buffer): RawTable {
  const text = decode(data);
  try {
    const records = parse(text, {
      delimiter: delimiterOf(text),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return {
      name: 'CSV',
      rows: records.map(({ record, info }) => ({ number: info.lines, cells: record.map((c) => c || null) })),
    };
  } catch (error) {
    if (error instanceof CsvError)
      throw new UnreadableFileError(`CSV nicht lesbar: ${error.message}`, (error as { lines?: number }).lines ?? null);
    throw error;
  }
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

async function readXlsx(data: Buffer): Promise<RawTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); at run time it takes a Node Buffer.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableFileError('XLSX-Datei nicht lesbar');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: RawRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellValue(cell.value);
      });
      const filled = Array.from(cells, (c) => c ?? null);
      if (filled.some((c) => c !== null)) rows.push({ number, cells: filled });
    });
    return { name: sheet.name, rows };
  });
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'boolean') return String(value);
  if ('formula' in value || 'sharedFormula' in value)
    return value.result === undefined ? null : cellValue(value.result as ExcelJS.CellValue);
  if ('richText' in value)
    return (
      value.richText
        .map((part) => part.text)
        .join('')
        .trim() || null
    );
  if ('text' in value) return String(value.text).trim() || null;
  if ('error' in value) return String(value.error);
  return null;
}
