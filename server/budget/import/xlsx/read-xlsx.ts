import { LIMITS } from '../../../../schema/limits';
import { unescapeXstring } from '../../spreadsheet-text';
import { assertCellText, assertColumn, type CellPlace, UnreadableFileError, unpacksTooLarge } from '../file-limits';
import type { Cell, RawRow, RawTable, RowCounter } from '../read-table';
import { readWorkbook, StringItemText, type Workbook } from './workbook';
import { parseXmlPart } from './xml-part';
import { UNREADABLE_XLSX, ZipParts } from './zip-parts';

const unreadable = () => new UnreadableFileError(UNREADABLE_XLSX);

/** `C` in `C12`: the column's number, 1 for A. */
function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

/** Days since 1899-12-30 (or 1904-01-01) as a date at midnight UTC, as Excel means its serials. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25_569 + (date1904 ? 1_462 : 0)) * 86_400_000));
}

interface CellState {
  place: CellPlace;
  type: string;
  style: number;
  value: string;
  inValue: boolean;
}

/** The value a finished `<c>` holds, as the importer sees it. */
function cellValue(cell: CellState, inline: string, workbook: Workbook): Cell {
  const { type, value } = cell;
  const text = (raw: string): string | null => unescapeXstring(raw).trim() || null;
  switch (type) {
    case 's': {
      const shared = workbook.sharedStrings[Number(value)];
      if (shared === undefined) throw unreadable();
      return shared.trim() || null;
    }
    case 'inlineStr':
      return text(inline);
    case 'str':
    case 'e':
      return text(value);
    case 'b':
      return value === '1' ? 'true' : 'false';
    case 'd': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? text(value) : date;
    }
    default: {
      if (value.trim() === '') return null;
      const number = Number(value);
      if (!Number.isFinite(number)) throw unreadable();
      return workbook.dateStyles[cell.style] ? excelDate(number, workbook.date1904) : number;
    }
  }
}

/**
 * One worksheet's non-empty rows, read as the part inflates: each cell is checked against the
 * limits (column, length, characters) before it is kept, rows are counted as they end.
 */
async function readSheet(
  zip: ZipParts,
  workbook: Workbook,
  sheet: Workbook['sheets'][number],
  rows: RowCounter,
): Promise<RawTable> {
  const table: RawTable = { name: sheet.name, rows: [] };
  let row: (RawRow & { lastColumn: number }) | null = null;
  let cell: CellState | null = null;
  const inline = new StringItemText();
  let heldChars = 0;
  const found = await parseXmlPart(zip, sheet.part, {
    open: (name, attributes) => {
      if (name === 'row') {
        const number = attributes.r ? Number(attributes.r) : (table.rows.at(-1)?.number ?? 0) + 1;
        row = { number, cells: [], lastColumn: 0 };
      } else if (name === 'c' && row) {
        const column = attributes.r ? columnOf(attributes.r) : row.lastColumn + 1;
        if (column < 1) throw unreadable();
        row.lastColumn = column;
        const place = { table: sheet.name, row: row.number, column };
        cell = { place, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: '', inValue: false };
      } else if (cell) {
        if (name === 'v') cell.inValue = true;
        inline.open(name);
      }
    },
    text: (text) => {
      if (!cell) return;
      if (cell.inValue) {
        cell.value += text;
        if (cell.value.length > LIMITS.importCellChars) assertCellText(cell.place, cell.value);
      } else inline.add(text);
    },
    close: (name) => {
      if (name === 'c' && row && cell) {
        const value = cellValue(cell, inline.take(), workbook);
        if (typeof value === 'string') {
          assertCellText(cell.place, value);
          heldChars += value.length;
          if (heldChars > LIMITS.importUnpackedBytes) throw unpacksTooLarge();
        } else if (value !== null) assertColumn(cell.place);
        if (value !== null) row.cells[cell.place.column - 1] = value;
        cell = null;
      } else if (name === 'row' && row) {
        const cells = Array.from(row.cells, (value) => value ?? null);
        if (cells.some((value) => value !== null)) {
          rows.count(table.rows.length === 0);
          table.rows.push({ number: row.number, cells });
        }
        row = null;
      } else if (cell) {
        if (name === 'v') cell.inValue = false;
        inline.close(name);
      }
    },
  });
  if (!found) throw unreadable();
  return table;
}

/**
 * Reads an XLSX upload with bounded work and memory: yauzl unzips (the central directory, native
 * zlib), saxes parses each part as it inflates, and nothing is held that is not within the
 * limits — unpacked bytes, rows, columns, cell length.
 */
export async function readXlsx(data: Buffer, rows: RowCounter): Promise<RawTable[]> {
  const zip = await ZipParts.open(data);
  const workbook = await readWorkbook(zip);
  const tables: RawTable[] = [];
  for (const sheet of workbook.sheets) tables.push(await readSheet(zip, workbook, sheet, rows));
  return tables;
}
