import ExcelJS from 'exceljs';
import type { ColumnType, Sheet, SheetValue } from './sheet';

const FORMATS: Partial<Record<ColumnType, string>> = {
  cents: '#,##0.00 "€"',
  percent: '0.00 %',
  decimal: '0.0',
};

/** One worksheet with a bold header, real numbers in euros and fractions, and formats to show them. */
export async function writeXlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planwerk';
  const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
  worksheet.columns = sheet.columns.map((column) => ({
    header: column.header,
    width: Math.max(12, column.header.length + 2),
    style: FORMATS[column.type] ? { numFmt: FORMATS[column.type] } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows)
    worksheet.addRow(row.map((value, i) => cellValue(value, sheet.columns[i]?.type ?? 'text')));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Cents become euros and basis points fractions: what a spreadsheet computes with. */
function cellValue(value: SheetValue, type: ColumnType): SheetValue {
  if (typeof value !== 'number') return value;
  if (type === 'cents') return value / 100;
  if (type === 'percent') return value / 10_000;
  return value;
}
