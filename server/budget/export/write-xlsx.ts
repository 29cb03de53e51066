import { buffer } from 'node:stream/consumers';
import yazl from 'yazl';
import { escapeXstring, neutraliseFormula } from '../spreadsheet-text';
import type { ColumnType, Sheet, SheetValue } from './sheet';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/** Cell styles of styles.xml by index: 0 plain, 1 the bold header, then one per number format. */
const STYLE = { header: 1, cents: 2, percent: 3, decimal: 4 } as const;
const NUMBER_FORMATS = [
  { id: 164, code: '#,##0.00 "€"' },
  { id: 165, code: '0.00 %' },
  { id: 166, code: '0.0' },
];

const STYLES = `${DECLARATION}<styleSheet xmlns="${MAIN}">\
<numFmts count="${NUMBER_FORMATS.length}">${NUMBER_FORMATS.map(({ id, code }) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
${NUMBER_FORMATS.map(({ id }) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const CONTENT_TYPES = `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>`;

const PACKAGE_RELATIONSHIPS = `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">\
<Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELATIONSHIPS = `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">\
<Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="${OFFICE_RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`;

const workbook = (name: string) =>
  `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELATIONSHIPS}">\
<sheets><sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

/** `A` for the first column, `AA` for the 27th. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const textCell = (ref: string, text: string, style = 0) =>
  `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(escapeXstring(text))}</t></is></c>`;

/** Cents become euros and basis points fractions: what a spreadsheet computes with. */
function cell(ref: string, value: SheetValue, type: ColumnType): string {
  if (value === null) return '';
  if (typeof value === 'string') return textCell(ref, neutraliseFormula(value));
  if (type === 'cents') return `<c r="${ref}" s="${STYLE.cents}"><v>${value / 100}</v></c>`;
  if (type === 'percent') return `<c r="${ref}" s="${STYLE.percent}"><v>${value / 10_000}</v></c>`;
  if (type === 'decimal') return `<c r="${ref}" s="${STYLE.decimal}"><v>${value}</v></c>`;
  return `<c r="${ref}"><v>${value}</v></c>`;
}

function worksheet(sheet: Sheet): string {
  const widths = sheet.columns.map(
    (column, i) =>
      `<col min="${i + 1}" max="${i + 1}" width="${Math.max(12, column.header.length + 2)}" customWidth="1"/>`,
  );
  const header = sheet.columns.map((column, i) => textCell(`${columnName(i)}1`, column.header, STYLE.header));
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((value, i) => cell(`${columnName(i)}${r + 2}`, value, sheet.columns[i]?.type ?? 'text'));
    return `<row r="${r + 2}">${cells.join('')}</row>`;
  });
  return `${DECLARATION}<worksheet xmlns="${MAIN}"><cols>${widths.join('')}</cols>\
<sheetData><row r="1">${header.join('')}</row>${rows.join('')}</sheetData></worksheet>`;
}

/**
 * One worksheet with a bold header, real numbers in euros and fractions, and formats to show them;
 * text a spreadsheet would take for a formula is neutralised (spreadsheet-text.ts). The five parts
 * of such a workbook are written here and zipped by yazl, the writing half of the yauzl that reads
 * uploads: a writer library (exceljs, unmaintained since 2023) is not needed for one sheet of
 * plain cells.
 */
export async function writeXlsx(sheet: Sheet): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const parts: [string, string][] = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELATIONSHIPS],
    ['xl/workbook.xml', workbook(sheet.name.slice(0, 31))],
    ['xl/_rels/workbook.xml.rels', WORKBOOK_RELATIONSHIPS],
    ['xl/styles.xml', STYLES],
    ['xl/worksheets/sheet1.xml', worksheet(sheet)],
  ];
  for (const [name, xml] of parts) zip.addBuffer(Buffer.from(xml, 'utf8'), name);
  zip.end();
  return buffer(zip.outputStream);
}
