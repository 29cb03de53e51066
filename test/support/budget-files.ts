import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { Grant } from '../../server/auth/account.entity';
import { type GqlClient, type SessionClient, signInAs } from './auth';
import { addMember, buildCommittee } from './factories';
import type { TestServer } from './server';

/**
 * Who budget specs act as: a budget editor writes, a member of a committee reads, and someone
 * signed in who is neither (an outsider) is refused both.
 */
export async function budgetPeople(server: TestServer) {
  const admin = await signInAs(server, 'admin', { name: 'Administration' });
  const editor = await signInAs(server, 'user', { name: 'Haushaltsreferat', grants: [Grant.BUDGET_EDITOR] });
  const member = await signInAs(server, 'user', { name: 'Mitglied der AG' });
  await addMember(admin, (await buildCommittee(admin, { name: 'AG Haushalt' })).id, member.user.personId);
  const outsider = await signInAs(server, 'user', { name: 'Ohne Gremium' });
  return { editor, member, outsider };
}

/** The session a plain HTTP request carries; none for an anonymous one. */
type Sender = Pick<SessionClient, 'headers'> | null;

export interface ImportResponse {
  status: number;
  body: any;
}

/** Posts a file to the budget import as a browser form would. */
export async function uploadBudgetFile(
  server: TestServer,
  sender: Sender,
  content: Buffer | string,
  { name = 'budget.csv', mode = 'commit', field = 'file' }: { name?: string; mode?: string; field?: string } = {},
): Promise<ImportResponse> {
  const form = new FormData();
  form.append(
    field,
    new Blob([new Uint8Array(typeof content === 'string' ? Buffer.from(content, 'utf8') : content)]),
    name,
  );
  const response = await fetch(`${server.url}/budget/import?mode=${mode}`, {
    method: 'POST',
    body: form,
    headers: sender?.headers,
  });
  return { status: response.status, body: await response.json() };
}

/** Fetches an export; `params` become the query string. */
export async function downloadExport(server: TestServer, sender: Sender, params: Record<string, string | number>) {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`${server.url}/budget/export?${query}`, { headers: sender?.headers });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body };
}

/** An XLSX workbook with one worksheet per entry, rows as given (the first is the header). */
export async function buildXlsx(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of the first worksheet of an XLSX file, as plain values; empty cells are null. */
export async function readXlsxRows(data: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => values[i + 1] ?? null));
  });
  return rows;
}

/** Stored figures of some regions, in a stable order, through the API (as someone who may read them). */
export async function storedFigures(reader: GqlClient, regionIds: string[]) {
  const { data, errors } = await reader.gql(
    `query ($ids: [ID!]) { budgetFigures(filter: { regionIds: $ids }) { region { name } area { code } year month kind amountCents source } }`,
    { ids: regionIds },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.budgetFigures as any[];
}

export async function regionId(client: GqlClient, name: string): Promise<string> {
  const { data } = await client.gql(`{ regions { id name } }`);
  const region = data!.regions.find((r: any) => r.name === name);
  if (!region) throw new Error(`no region ${name}`);
  return region.id;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `A` for the first column, `AA` for the 27th. */
const columnLetters = (index: number): string =>
  (index >= 26 ? columnLetters(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

/** One worksheet's XML, as Excel writes it: rows of inline-string or number cells, each with its reference. */
export function sheetXml(rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null, ref: string) =>
    value === null
      ? ''
      : typeof value === 'number'
        ? `<c r="${ref}"><v>${value}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  const row = (values: (string | number | null)[], r: number) =>
    `<row r="${r}">${values.map((value, i) => cell(value, `${columnLetters(i)}${r}`)).join('')}</row>`;
  return `<worksheet xmlns="${MAIN}"><sheetData>${rows.map((values, i) => row(values, i + 1)).join('')}</sheetData></worksheet>`;
}

/**
 * An XLSX assembled part by part, for files no spreadsheet program would write: one worksheet
 * (its XML given whole, or streamed) and, if given, shared strings.
 */
export async function xlsxParts({
  sheet,
  sharedStrings,
}: {
  sheet: string | Readable;
  sharedStrings?: string | Readable;
}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const add = (content: string | Readable, name: string) =>
    typeof content === 'string' ? zip.addBuffer(Buffer.from(content), name) : zip.addReadStream(content, name);
  add(
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    '_rels/.rels',
  );
  add(
    `<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets><sheet name="Budgetzahlen" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/workbook.xml',
  );
  add(
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${OFFICE}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/_rels/workbook.xml.rels',
  );
  add(sheet, 'xl/worksheets/sheet1.xml');
  if (sharedStrings) add(sharedStrings, 'xl/sharedStrings.xml');
  zip.end();
  return buffer(zip.outputStream);
}

/** `count` bytes of `text` repeated, as a stream: a part far larger than the test would hold. */
export function repeated(prefix: string, text: string, count: number, suffix: string): Readable {
  const chunk = text.repeat(Math.ceil((1024 * 1024) / text.length));
  return Readable.from(
    (function* () {
      yield prefix;
      for (let written = 0; written < count; written += chunk.length) yield chunk;
      yield suffix;
    })(),
  );
}

/** The zip with the sizes of part `name` declared as `size` bytes, in its local header and the central directory. */
export function understate(zip: Buffer, name: string, size: number): Buffer {
  const patched = Buffer.from(zip);
  for (const [signature, nameLength, sizeAt, nameAt] of [
    [0x04034b50, 26, 22, 30],
    [0x02014b50, 28, 24, 46],
  ] as const) {
    for (let at = patched.indexOf(Buffer.from(new Uint32Array([signature]).buffer)); at !== -1; ) {
      const length = patched.readUInt16LE(at + nameLength);
      if (patched.toString('utf8', at + nameAt, at + nameAt + length) === name)
        patched.writeUInt32LE(size, at + sizeAt);
      at = patched.indexOf(Buffer.from(new Uint32Array([signature]).buffer), at + 4);
    }
  }
  return patched;
}
