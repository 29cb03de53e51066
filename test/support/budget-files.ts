import ExcelJS from 'exceljs';
import type { TestServer } from './server';

export interface ImportResponse {
  status: number;
  body: any;
}

/** Posts a file to the budget import as a browser form would. */
export async function uploadBudgetFile(
  server: TestServer,
  content: Buffer | string,
  { name = 'budget.csv', mode = 'commit', field = 'file' }: { name?: string; mode?: string; field?: string } = {},
): Promise<ImportResponse> {
  const form = new FormData();
  form.append(
    field,
    new Blob([new Uint8Array(typeof content === 'string' ? Buffer.from(content, 'utf8') : content)]),
    name,
  );
  const response = await fetch(`${server.url}/budget/import?mode=${mode}`, { method: 'POST', body: form });
  return { status: response.status, body: await response.json() };
}

/** Fetches an export; `params` become the query string. */
export async function downloadExport(server: TestServer, params: Record<string, string | number>) {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`${server.url}/budget/export?${query}`);
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

/** Stored figures of some regions, in a stable order, through the API. */
export async function storedFigures(server: TestServer, regionIds: string[]) {
  const { data } = await server.gql(
    `query ($ids: [ID!]) { budgetFigures(filter: { regionIds: $ids }) { region { name } area { code } year month kind amountCents source } }`,
    { ids: regionIds },
  );
  return data!.budgetFigures as any[];
}

export async function regionId(server: TestServer, name: string): Promise<string> {
  const { data } = await server.gql(`{ regions { id name } }`);
  const region = data!.regions.find((r: any) => r.name === name);
  if (!region) throw new Error(`no region ${name}`);
  return region.id;
}
