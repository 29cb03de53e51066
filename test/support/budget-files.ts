import ExcelJS from 'exceljs';
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
