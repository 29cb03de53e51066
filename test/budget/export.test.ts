import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RowCounter } from '../../server/budget/import/read-table';
import { readXlsx } from '../../server/budget/import/xlsx/read-xlsx';
import type { GqlClient, SessionClient } from '../support/auth';
import {
  budgetPeople,
  downloadExport,
  readXlsxRows,
  regionId,
  storedFigures,
  uploadBudgetFile,
} from '../support/budget-files';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const FIGURES = [
  'Region;Leistungsbereich;Jahr;Monat;Art;Betrag;Quelle',
  'Region 2;;2012;;Voranschlag;12.000.000,00;Haushaltsplan 2012/13',
  'Region 2;HZE_AMBULANT;2012;1;Ist;1.234.567,89;',
  'Region 2;HZE_AMBULANT;2012;2;Ist;0,07;"Buchung; korrigiert"',
  'Region 2;SOCIAL_SPACE_WORK;2012;;Ist;250.000,00;',
].join('\n');
const CASES = [
  'Region;Leistungsbereich;Jahr;Fälle;Ø Dauer (Tage);Median Kosten pro Fall',
  'Region 2;HZE_AMBULANT;2012;1.250;98,5;4.321,00',
].join('\n');

describe('exporting budget views', () => {
  let server: TestServer;
  let editor: SessionClient;
  let member: SessionClient;
  let outsider: SessionClient;
  let r2: string;
  let graz: string;
  /** Imports as the budget editor; exports as a committee member. */
  const upload = (content: Buffer | string, options?: Parameters<typeof uploadBudgetFile>[3]) =>
    uploadBudgetFile(server, editor, content, options);
  const download = (params: Record<string, string | number>) => downloadExport(server, member, params);

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    ({ editor, member, outsider } = await budgetPeople(server));
    r2 = await regionId(member, 'Region 2');
    graz = await regionId(member, 'Graz');
    expect((await upload(FIGURES)).body.committed).toBe(true);
    expect((await upload(CASES)).body.committed).toBe(true);
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('exports nothing to anonymous callers (401) and people in no committee (403)', async () => {
      const params = { view: 'figures', regionIds: r2 };
      for (const [sender, status, code] of [
        [null, 401, 'UNAUTHENTICATED'],
        [outsider, 403, 'FORBIDDEN'],
      ] as const) {
        const response = await downloadExport(server, sender, params);
        expect(response.status).toBe(status);
        expect(JSON.parse(response.body.toString())).toMatchObject({ errors: [{ extensions: { code } }] });
      }
    });

    it.each([
      [{ view: 'everything', regionIds: 'x' }, 400, 'view'],
      [{ view: 'years', format: 'pdf', regionIds: 'x' }, 400, 'format'],
      [{ view: 'years' }, 400, 'regionIds'],
      [{ view: 'years', regionIds: 'not-an-id' }, 400, 'regionIds'],
      [{ view: 'years', regionIds: '00000000-0000-4000-8000-000000000000' }, 404, undefined],
      [{ view: 'months', regionIds: 'R2' }, 400, 'year'],
      [{ view: 'controlling', regionIds: 'R2', year: 2012 }, 400, 'month'],
      [{ view: 'controlling', regionIds: 'R2', year: 2012, month: 13 }, 400, 'month'],
    ] as [Record<string, string | number>, number, string | undefined][])(
      'refuses %o with %i',
      async (params, status, field) => {
        const query = { ...params, ...(params.regionIds === 'R2' ? { regionIds: r2 } : {}) };
        const response = await download(query);
        expect(response.status).toBe(status);
        const body = JSON.parse(response.body.toString());
        expect(body.errors[0].extensions.field).toBe(field);
      },
    );
  });

  it('writes the figures as German CSV in the import format, and the file imports back unchanged', async () => {
    const before = await storedFigures(member, [r2]);
    const { status, headers, body } = await download({ view: 'figures', format: 'csv', regionIds: r2 });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename=planwerk-budgetzahlen.csv');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.subarray(3).toString('utf8').split('\r\n')).toEqual([
      'Region;Leistungsbereich;Jahr;Monat;Art;Betrag;Währung;Quelle',
      'Region 2;SOCIAL_SPACE_WORK;2012;;Ist;250.000,00;EUR;',
      'Region 2;;2012;;Voranschlag;12.000.000,00;EUR;Haushaltsplan 2012/13',
      'Region 2;HZE_AMBULANT;2012;1;Ist;1.234.567,89;EUR;',
      'Region 2;HZE_AMBULANT;2012;2;Ist;0,07;EUR;"Buchung; korrigiert"',
      '',
    ]);

    const preview = await upload(body, { mode: 'preview' });
    expect(preview.body.summary).toEqual({ CREATE: 0, UPDATE: 0, UNCHANGED: 4 });
    await deleteFigures(editor, r2);
    expect(await storedFigures(member, [r2])).toEqual([]);
    expect((await upload(body)).body).toMatchObject({ committed: true, summary: { CREATE: 4 } });
    expect(await storedFigures(member, [r2])).toEqual(before);
  });

  it('writes the figures as XLSX with euro numbers, and that file imports back unchanged too', async () => {
    const before = await storedFigures(member, [r2]);
    const { status, headers, body } = await download({ view: 'figures', format: 'xlsx', regionIds: r2 });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readXlsxRows(body);
    expect(rows[0]).toEqual(['Region', 'Leistungsbereich', 'Jahr', 'Monat', 'Art', 'Betrag', 'Währung', 'Quelle']);
    expect(rows[3]).toEqual(['Region 2', 'HZE_AMBULANT', 2012, 1, 'Ist', 1_234_567.89, 'EUR', null]);

    await deleteFigures(editor, r2);
    expect((await upload(body, { name: 'export.xlsx' })).body).toMatchObject({
      committed: true,
      summary: { CREATE: 4 },
    });
    expect(await storedFigures(member, [r2])).toEqual(before);
  });

  it('round-trips case counts as CSV', async () => {
    const { body } = await download({ view: 'cases', regionIds: r2 });
    expect(body.subarray(3).toString('utf8').split('\r\n')[1]).toBe(
      'Region 2;HZE_AMBULANT;2012;;1250;;;98,5;4.321,00;',
    );
    expect((await upload(body, { mode: 'preview' })).body.summary).toEqual({
      CREATE: 0,
      UPDATE: 0,
      UNCHANGED: 1,
    });
  });

  it('exports the Graz years with the saving of 6.7 million € (25.57 %) against the trend in 2011', async () => {
    const { body } = await download({ view: 'years', regionIds: graz });
    expect(body.subarray(3).toString('utf8').split('\r\n').slice(0, 3)).toEqual([
      'Jahr;Voranschlag;Istausgaben;Trend;Trendquelle;Ist − Voranschlag;Ist − Voranschlag (%);Einsparung ggü. Voranschlag;Einsparung ggü. Voranschlag (%);Einsparung ggü. Trend;Einsparung ggü. Trend (%)',
      '2010;22.900.000,00;21.500.000,00;24.200.000,00;angegeben;-1.400.000,00;-6,11;1.400.000,00;6,11;2.700.000,00;11,16',
      '2011;22.900.000,00;19.500.000,00;26.200.000,00;angegeben;-3.400.000,00;-14,85;3.400.000,00;14,85;6.700.000,00;25,57',
    ]);
  });

  it('exports the months, the controlling report and the key figures, as XLSX numbers with formats', async () => {
    const months = await readXlsxRows(
      (await download({ view: 'months', format: 'xlsx', regionIds: r2, year: 2012 })).body,
    );
    expect(months[1]).toEqual([2012, 1, 1_000_000, 1_234_567.89, 234_567.89, 0.2346, 1_000_000, 1_234_567.89]);

    const report = await readXlsxRows(
      (await download({ view: 'controlling', format: 'xlsx', regionIds: r2, year: 2012, month: 2 })).body,
    );
    expect(report.map((row) => row[0])).toEqual([
      'Leistungsbereich',
      'HzE ambulant',
      'Sozialräumliches Arbeiten',
      'Gesamt',
    ]);
    // Plan 12 M € pro rata for two months is 2 M €; actual 1,234,567.96 €; forecast six times that.
    expect(report[3]).toEqual([
      'Gesamt',
      12_000_000,
      2_000_000,
      1_234_567.96,
      -765_432.04,
      -0.3827,
      7_407_407.76,
      -4_592_592.24,
      -0.3827,
    ]);

    const keyFigures = await readXlsxRows(
      (await download({ view: 'keyFigures', format: 'xlsx', regionIds: r2, year: 2012 })).body,
    );
    // 1,250 cases in HzE ambulant: 1,234,567.96 € / 1,250 = 987.65 € per case; 1,250 × 4,321 € = 5,401,250 € allocated.
    expect(keyFigures).toEqual([
      ['Kennzahl', 'Betrag', 'Anteil', 'Anzahl'],
      ['Fälle', null, null, 1250],
      ['Ø Kosten pro Fall', 987.65, null, null],
      ['Anteil fallunspezifische Arbeit an den Gesamtausgaben', null, null, null],
      ['Anteil sozialräumliches Arbeiten an den Gesamtausgaben', null, 0.1684, null],
      ['Trägerbudget (Anteil am Sozialraumbudget)', null, null, null],
      ['Virtuelle Zuweisung (Fallzahl × Median)', 5_401_250, null, null],
      ['Istausgaben derselben Bereiche', 1_234_567.96, null, null],
      ['Ist − virtuelle Zuweisung', -4_166_682.04, -0.7714, null],
    ]);
  });
});

describe('exporting text a spreadsheet would run as a formula', () => {
  const SET_FIGURE = `mutation ($input: SetBudgetFigureInput!) { setBudgetFigure(input: $input) { id } }`;
  /** Sources as people could write them, each of which Excel or LibreOffice would take for a formula. */
  const HOSTILE = [
    "=cmd|' /C calc'!A0",
    '+49 30 90299-0',
    '-5 % Kürzung',
    '@SUMME(A1:A9)',
    '\'=HYPERLINK("http://evil.example")',
    'Haushaltsplan 2013',
  ];
  let server: TestServer;
  let editor: SessionClient;
  let member: SessionClient;
  let r3: string;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    ({ editor, member } = await budgetPeople(server));
    r3 = await regionId(member, 'Region 3');
    for (const [index, source] of HOSTILE.entries()) {
      const input = { regionId: r3, year: 2013, month: index + 1, kind: 'ACTUAL', amountCents: 100_00, source };
      expect((await editor.gql(SET_FIGURE, { input })).errors).toBeUndefined();
    }
  });
  afterAll(() => server.close());

  /** The Quelle column of an exported figures CSV, as a spreadsheet reads each cell. */
  const csvSources = (file: Buffer) =>
    (parse(file, { bom: true, delimiter: ';', from_line: 2 }) as string[][]).map((record) => record[7]);
  const exported = async (format: 'csv' | 'xlsx') =>
    (await downloadExport(server, member, { view: 'figures', format, regionIds: r3 })).body;

  it('puts an apostrophe before = + - @ (and before apostrophes ahead of them) in CSV, and reads the file back unchanged', async () => {
    const before = await storedFigures(member, [r3]);
    expect(csvSources(await exported('csv'))).toEqual([
      "'=cmd|' /C calc'!A0",
      "'+49 30 90299-0",
      "'-5 % Kürzung",
      "'@SUMME(A1:A9)",
      `''=HYPERLINK("http://evil.example")`,
      'Haushaltsplan 2013',
    ]);
    const file = await exported('csv');
    expect((await uploadBudgetFile(server, editor, file, { mode: 'preview' })).body.summary).toEqual({
      CREATE: 0,
      UPDATE: 0,
      UNCHANGED: HOSTILE.length,
    });
    await deleteFigures(editor, r3);
    expect((await uploadBudgetFile(server, editor, file)).body).toMatchObject({ committed: true });
    expect(await storedFigures(member, [r3])).toEqual(before);
  });

  it('does the same in XLSX, where amounts, negative ones too, stay numbers', async () => {
    const before = await storedFigures(member, [r3]);
    const file = await exported('xlsx');
    const rows = await readXlsxRows(file);
    expect(rows.slice(1).map((row) => row[7])).toEqual([
      "'=cmd|' /C calc'!A0",
      "'+49 30 90299-0",
      "'-5 % Kürzung",
      "'@SUMME(A1:A9)",
      `''=HYPERLINK("http://evil.example")`,
      'Haushaltsplan 2013',
    ]);
    expect(rows.slice(1).map((row) => row[5])).toEqual(HOSTILE.map(() => 100));
    await deleteFigures(editor, r3);
    expect((await uploadBudgetFile(server, editor, file, { name: 'export.xlsx' })).body).toMatchObject({
      committed: true,
    });
    expect(await storedFigures(member, [r3])).toEqual(before);

    const graz = await regionId(member, 'Graz');
    const years = await readXlsxRows(
      (await downloadExport(server, member, { view: 'years', format: 'xlsx', regionIds: graz })).body,
    );
    expect(years[1]?.slice(0, 6), 'a negative deviation is a number, not text').toEqual([
      2010,
      22_900_000,
      21_500_000,
      24_200_000,
      'angegeben',
      -1_400_000,
    ]);
  });

  it('neutralises a tab or carriage return at the start too', async () => {
    const r4 = await regionId(member, 'Region 4');
    for (const [month, source] of [
      [1, '\t=1+1'],
      [2, '\r=1+1'],
    ] as const) {
      const input = { regionId: r4, year: 2013, month, kind: 'ACTUAL', amountCents: 1, source };
      expect((await editor.gql(SET_FIGURE, { input })).errors).toBeUndefined();
    }
    const csvFile = (await downloadExport(server, member, { view: 'figures', regionIds: r4 })).body;
    expect(csvSources(csvFile)).toEqual(["'\t=1+1", "'\r=1+1"]);
    // Read by Planwerk's own reader: exceljs does not decode OOXML's _x000D_, which Excel does.
    const [sheet] = await readXlsx(
      (await downloadExport(server, member, { view: 'figures', format: 'xlsx', regionIds: r4 })).body,
      new RowCounter(),
    );
    expect(sheet!.rows.slice(1).map((row) => row.cells[7])).toEqual(["'\t=1+1", "'\r=1+1"]);
  });
});

async function deleteFigures(editor: GqlClient, regionId: string) {
  const { data } = await editor.gql(`query ($ids: [ID!]) { budgetFigures(filter: { regionIds: $ids }) { id } }`, {
    ids: [regionId],
  });
  for (const { id } of data!.budgetFigures)
    expect(errorCode(await editor.gql(`mutation ($id: ID!) { deleteBudgetFigure(id: $id) }`, { id }))).toBeUndefined();
}
