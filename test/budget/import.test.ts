import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../support/auth';
import { budgetPeople, buildXlsx, regionId, storedFigures, uploadBudgetFile } from '../support/budget-files';
import { startTestServer, type TestServer } from '../support/server';

const HEADER = 'Region;Leistungsbereich;Jahr;Monat;Art;Betrag;Quelle';

describe('importing budget figures and case counts', () => {
  let server: TestServer;
  let editor: SessionClient;
  let member: SessionClient;
  let r1: string;
  let r2: string;
  let r3: string;
  /** Uploads as the budget editor. */
  const upload = (content: Buffer | string, options?: Parameters<typeof uploadBudgetFile>[3]) =>
    uploadBudgetFile(server, editor, content, options);

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    ({ editor, member } = await budgetPeople(server));
    r1 = await regionId(member, 'Region 1');
    r2 = await regionId(member, 'Region 2');
    r3 = await regionId(member, 'Region 3');
  });
  afterAll(() => server.close());

  describe('refusals, which store nothing', () => {
    const GOOD = `${HEADER}\nRegion 1;;2012;;Voranschlag;1.000,00;\n`;

    it('refuses to import, even to preview, for anonymous callers (401) and people without the grant (403)', async () => {
      for (const mode of ['preview', 'commit']) {
        const anonymous = await uploadBudgetFile(server, null, GOOD, { mode });
        expect(anonymous).toMatchObject({
          status: 401,
          body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
        });
        const refused = await uploadBudgetFile(server, member, GOOD, { mode });
        expect(refused).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
        expect(refused.body.rows).toBeUndefined();
      }
      const huge = await uploadBudgetFile(server, null, Buffer.alloc(5 * 1024 * 1024 + 1, 0x41));
      expect(huge.status).toBe(401);
      expect(await storedFigures(member, [r1])).toEqual([]);
    });

    it('rejects a CSV with bad rows with a row-by-row report and keeps even its good rows out', async () => {
      const csv = [
        HEADER,
        'Region 1;HZE_AMBULANT;2012;1;Ist;1.000,00;gut',
        'Region 9;;2012;;Ist;5,00;',
        'Region 1;;2012;13;Ist;5,00;',
        'Region 1;;2012;;Prognose;5,00;',
        'Region 1;;2012;;Ist;21.5;',
        'Region 1;;2012;;Ist;-3,00;',
        'Region 1;Familienzentren;2012;;Ist;1,00;',
        'Region 1;HZE_AMBULANT;2012;1;Ist;2.000,00;doppelt',
        'Region 1;;;;Ist;1,00;',
      ].join('\n');
      const { status, body } = await upload(csv);
      expect(status).toBe(422);
      expect(body).toMatchObject({ mode: 'commit', format: 'csv', committed: false, rows: [], problemCount: 8 });
      expect(body.problems).toEqual([
        { table: 'CSV', row: 3, column: 'Region', message: 'Region „Region 9“ gibt es nicht' },
        {
          table: 'CSV',
          row: 4,
          column: 'Monat',
          message: '„13“ ist kein Monat (1–12, „März“, „03/2011“ oder ein Datum)',
        },
        {
          table: 'CSV',
          row: 5,
          column: 'Art',
          message: '„Prognose“ ist keine Art; erwartet: Voranschlag, Ist oder Trend',
        },
        {
          table: 'CSV',
          row: 6,
          column: 'Betrag',
          message: '„21.5“: Zahl im deutschen Zahlenformat erwartet, z. B. 1.234.567,89',
        },
        { table: 'CSV', row: 7, column: 'Betrag', message: 'darf nicht negativ sein' },
        {
          table: 'CSV',
          row: 8,
          column: 'Leistungsbereich',
          message:
            'Leistungsbereich „Familienzentren“ gibt es nicht; erst anlegen oder Code angeben (z. B. HZE_AMBULANT)',
        },
        { table: 'CSV', row: 9, column: null, message: 'derselbe Datensatz wie Zeile 2' },
        { table: 'CSV', row: 10, column: 'Jahr', message: 'Jahr fehlt' },
      ]);
      expect(await storedFigures(member, [r1])).toEqual([]);
    });

    it('rejects unknown and missing columns in the header row', async () => {
      const { status, body } = await upload('Region;Jahr;Betrag;Quele\nRegion 1;2012;1,00;x\n');
      expect(status).toBe(422);
      expect(body.problems).toEqual([
        {
          table: 'CSV',
          row: 1,
          column: 'Quele',
          message: expect.stringMatching(/^unbekannte Spalte; erwartet: Region, Leistungsbereich/),
        },
        { table: 'CSV', row: 1, column: 'Art', message: 'Pflichtspalte fehlt' },
      ]);
      const neither = await upload('Region;Jahr\nRegion 1;2012\n');
      expect(neither.body.problems).toEqual([
        { table: 'CSV', row: 1, column: null, message: 'Kopfzeile ohne Spalte „Betrag“ oder „Fälle“' },
      ]);
    });

    it('rejects an XLSX with a bad row on one of its sheets, and stores neither sheet', async () => {
      const xlsx = await buildXlsx({
        Budgetzahlen: [
          ['Region', 'Jahr', 'Art', 'Betrag'],
          ['Region 1', 2012, 'Ist', 1500.5],
        ],
        Fallzahlen: [
          ['Region', 'Jahr', 'Fälle', 'Median Kosten pro Fall'],
          ['Region 1', 2012, 12.5, 100],
        ],
      });
      const { status, body } = await upload(xlsx, { name: 'budget.xlsx' });
      expect(status).toBe(422);
      expect(body.format).toBe('xlsx');
      expect(body.problems).toEqual([
        { table: 'Fallzahlen', row: 2, column: 'Fälle', message: '„12,5“ muss eine ganze Zahl sein' },
      ]);
      expect(await storedFigures(member, [r1])).toEqual([]);
    });

    it('refuses what is no import: no multipart body, no file, an old XLS, a bad mode, too large a file', async () => {
      const plain = await fetch(`${server.url}/budget/import`, {
        method: 'POST',
        body: 'Region;Jahr',
        headers: { ...editor.headers, 'content-type': 'text/csv' },
      });
      expect(plain.status).toBe(400);
      expect(await plain.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] });

      const wrongField = await upload(`${HEADER}\n`, { field: 'upload' });
      expect(wrongField).toMatchObject({
        status: 400,
        body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] },
      });

      const badMode = await upload(`${HEADER}\n`, { mode: 'now' });
      expect(badMode).toMatchObject({
        status: 400,
        body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'mode' } }] },
      });

      const xls = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), {
        name: 'alt.xls',
      });
      expect(xls.status).toBe(422);
      expect(xls.body.problems[0].message).toMatch(/\.xls\) wird nicht gelesen/);

      const huge = await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41));
      expect(huge).toMatchObject({
        status: 413,
        body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] },
      });
      expect(await storedFigures(member, [r1])).toEqual([]);
    });
  });

  it('previews a good CSV row by row without storing it, then commits it in one go', async () => {
    const csv = [
      HEADER,
      'Region 1;HZE_AMBULANT;2012;1;Ist;21.500.000,00;Kämmerei',
      'Region 1;HZE_AMBULANT;2012;2;Ist;1.234,5;',
      'Region 1;;2012;;Voranschlag;€ 1.500;',
      'Region 1;Fallunspezifische Arbeit;2012;März;Ist;"1.000.000,01";',
      'Region 1;SOCIAL_SPACE_WORK;2012;30.04.2012;Ist;19500000;',
      'Region 1;;2011;;Trend;26 200 000,00 €;',
    ].join('\r\n');
    const preview = await upload(csv, { mode: 'preview' });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      mode: 'preview',
      committed: false,
      tables: [{ name: 'CSV', kind: 'FIGURES', rows: 6 }],
      summary: { CREATE: 6, UPDATE: 0, UNCHANGED: 0 },
      problems: [],
    });
    expect(preview.body.rows[0]).toEqual({ table: 'CSV', row: 2, record: 'BudgetFigure', action: 'CREATE' });
    expect(await storedFigures(member, [r1])).toEqual([]);

    const commit = await upload(csv);
    expect(commit).toMatchObject({ status: 200, body: { committed: true, summary: { CREATE: 6 } } });
    const stored = (await storedFigures(member, [r1])).map((f) => [
      f.area?.code ?? null,
      f.year,
      f.month,
      f.kind,
      f.amountCents,
    ]);
    expect(stored).toEqual([
      [null, 2011, null, 'TREND_GIVEN', 2_620_000_000],
      [null, 2012, null, 'PLAN', 150_000],
      ['HZE_AMBULANT', 2012, 1, 'ACTUAL', 2_150_000_000],
      ['HZE_AMBULANT', 2012, 2, 'ACTUAL', 123_450],
      ['NON_CASE_SPECIFIC', 2012, 3, 'ACTUAL', 100_000_001],
      ['SOCIAL_SPACE_WORK', 2012, 4, 'ACTUAL', 1_950_000_000],
    ]);

    const again = await upload(csv.replace('1.234,5;', '1.234,6;'));
    expect(again.body.summary).toEqual({ CREATE: 0, UPDATE: 1, UNCHANGED: 5 });
    expect((await storedFigures(member, [r1])).find((f) => f.month === 2).amountCents).toBe(123_460);
  });

  it('reads a Windows-1252 CSV from German Excel, with umlauts in area names and tabs or commas as separators', async () => {
    const latin1 = Buffer.from(
      `Region;Leistungsbereich;Jahr;Art;Betrag\r\nRegion 2;HzE stationär;2012;Ist;7.000,00\r\n`,
      'latin1',
    );
    expect((await upload(latin1)).body).toMatchObject({ committed: true, summary: { CREATE: 1 } });
    const tabs = 'Region\tJahr\tArt\tBetrag\nRegion 2\t2013\tIst\t1.234,56\n';
    expect((await upload(tabs)).body).toMatchObject({ committed: true });
    const commas = 'Region,Jahr,Art,Betrag\nRegion 2,2014,Ist,"2.000,50"\n';
    expect((await upload(commas)).body).toMatchObject({ committed: true });
    expect((await storedFigures(member, [r2])).map((f) => [f.area?.code ?? null, f.year, f.amountCents])).toEqual([
      ['HZE_STATIONAER', 2012, 700_000],
      [null, 2013, 123_456],
      [null, 2014, 200_050],
    ]);
  });

  it('commits an XLSX with figures and case counts: numbers, dates and German text cells', async () => {
    const xlsx = await buildXlsx({
      Budgetzahlen: [
        ['Region', 'Leistungsbereich', 'Jahr', 'Monat', 'Art', 'Betrag', 'Währung'],
        ['Region 3', 'HZE_AMBULANT', 2012, new Date(Date.UTC(2012, 2, 31)), 'Ist', 21_500_000, 'EUR'],
        ['Region 3', 'HZE_AMBULANT', 2012, 4, 'Istausgaben', '1.234,50', '€'],
        ['Region 3', null, 2012, null, 'Voranschlag', 0.1 + 0.2, null],
      ],
      Fallzahlen: [
        [
          'Region',
          'Leistungsbereich',
          'Jahr',
          'Fälle',
          'Abgeschlossene Fälle',
          'Ø Dauer (Tage)',
          'Median Kosten pro Fall',
        ],
        ['Region 3', 'HZE_AMBULANT', 2012, '1.234', 17, '123,5', '5.000,00'],
      ],
    });
    const { status, body } = await upload(xlsx, { name: 'budget.xlsx' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      format: 'xlsx',
      committed: true,
      tables: [
        { name: 'Budgetzahlen', kind: 'FIGURES', rows: 3 },
        { name: 'Fallzahlen', kind: 'CASES', rows: 1 },
      ],
      summary: { CREATE: 4 },
    });
    expect((await storedFigures(member, [r3])).map((f) => [f.year, f.month, f.kind, f.amountCents])).toEqual([
      [2012, null, 'PLAN', 30],
      [2012, 3, 'ACTUAL', 2_150_000_000],
      [2012, 4, 'ACTUAL', 123_450],
    ]);
    const { data } = await member.gql(
      `query ($ids: [ID!]) {
      caseStatistics(filter: { regionIds: $ids }) { area { code } year month cases closedCases minorsServed averageDurationDays medianCostCents }
    }`,
      { ids: [r3] },
    );
    expect(data!.caseStatistics).toEqual([
      {
        area: { code: 'HZE_AMBULANT' },
        year: 2012,
        month: null,
        cases: 1234,
        closedCases: 17,
        minorsServed: null,
        averageDurationDays: 123.5,
        medianCostCents: 500_000,
      },
    ]);
  });

  it('reads the example of the README', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(readme)![1]!;
    const { status, body } = await upload(example, { mode: 'preview' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ problems: [], rows: [{ row: 2 }, { row: 3 }, { row: 4 }] });
  });
});
