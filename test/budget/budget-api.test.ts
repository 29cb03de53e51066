import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../support/auth';
import { budgetPeople, regionId, storedFigures } from '../support/budget-files';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const M = 100_000_000; // cents in a million €
/** Millions of euros as cents; the test's own decimal literals are rounded, the server computes exactly. */
const mio = (millions: number) => Math.round(millions * M);
const SET_FIGURE = `mutation ($input: SetBudgetFigureInput!) { setBudgetFigure(input: $input) { id amountCents source area { code } region { name } } }`;
const RATIO = 'basisPoints percent';

describe('budget records and views through GraphQL', () => {
  let server: TestServer;
  let editor: SessionClient;
  let member: SessionClient;
  let outsider: SessionClient;
  let r1: string;
  let r2: string;
  const area: Record<string, string> = {};

  const setFigure = async (input: Record<string, unknown>) => {
    const response = await editor.gql(SET_FIGURE, { input });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.setBudgetFigure;
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    ({ editor, member, outsider } = await budgetPeople(server));
    r1 = await regionId(member, 'Region 1');
    r2 = await regionId(member, 'Region 2');
    const { data } = await member.gql(`{ serviceAreas { id code } }`);
    for (const a of data!.serviceAreas) area[a.code] = a.id;
  });
  afterAll(() => server.close());

  it('has the standard service areas, in order and built in', async () => {
    const { data } = await member.gql(`{ serviceAreas { code name builtIn order } }`);
    expect(data!.serviceAreas.map((a: any) => a.code)).toEqual([
      'HZE_AMBULANT',
      'HZE_STATIONAER',
      'NON_CASE_SPECIFIC',
      'SOCIAL_SPACE_WORK',
      'CENTRAL_SERVICES',
      'YOUTH_WORK',
      'SCHOOL_SOCIAL_WORK',
      'OTHER',
    ]);
    expect(data!.serviceAreas.every((a: any) => a.builtIn)).toBe(true);
  });

  describe('refusals, which change nothing', () => {
    const READS: [string, string, () => Record<string, unknown>][] = [
      ['serviceAreas', `{ serviceAreas { id } }`, () => ({})],
      ['budgetFigures', `{ budgetFigures { id } }`, () => ({})],
      ['caseStatistics', `{ caseStatistics { id } }`, () => ({})],
      ['providerFunding', `{ providerFunding { id } }`, () => ({})],
      ['budgets', `{ budgets { id } }`, () => ({})],
      [
        'budgetView',
        `query ($ids: [ID!]!) { budgetView(input: { regionIds: $ids }) { years { year } } }`,
        () => ({ ids: [r1] }),
      ],
      [
        'controllingReport',
        `query ($id: ID!) { controllingReport(regionId: $id, year: 2011, month: 3) { total { actualToDateCents } } }`,
        () => ({ id: r1 }),
      ],
    ];

    it.each(READS)('refuses %s to anonymous callers and to people in no committee', async (_name, query, variables) => {
      expect(errorCode(await server.gql(query, variables()))).toBe('UNAUTHENTICATED');
      const refused = await outsider.gql(query, variables());
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    });

    it('refuses a budget by id and its view to people in no committee', async () => {
      const graz = (await member.gql(`{ budgets { id } }`)).data!.budgets[0].id;
      const refused = await outsider.gql(`query ($id: ID!) { budget(id: $id) { name view { years { year } } } }`, {
        id: graz,
      });
      expect(errorCode(refused)).toBe('FORBIDDEN');
    });

    it('refuses writes to members (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
      const input = { regionId: r1, year: 2011, kind: 'ACTUAL', amountCents: 5 };
      expect(errorCode(await member.gql(SET_FIGURE, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(SET_FIGURE, { input }))).toBe('UNAUTHENTICATED');
      expect(await storedFigures(member, [r1])).toEqual([]);
    });

    it.each([
      ['a negative amount', { amountCents: -1 }, 'amountCents'],
      ['more than 10 billion €', { amountCents: 1_000_000_000_001 }, 'amountCents'],
      ['month 13', { month: 13 }, 'month'],
      ['month 0', { month: 0 }, 'month'],
      ['year 1800', { year: 1800 }, 'year'],
      ['a malformed area id', { areaId: 'HZE' }, 'areaId'],
      ['a malformed region id', { regionId: 'Region 1' }, 'regionId'],
    ])('refuses a figure with %s', async (_case, fields, field) => {
      const response = await editor.gql(SET_FIGURE, {
        input: { regionId: r1, year: 2011, kind: 'ACTUAL', amountCents: 5, ...fields },
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(await storedFigures(member, [r1])).toEqual([]);
    });

    it('refuses an unknown region or area with NOT_FOUND and an unknown kind as bad input', async () => {
      const nobody = '00000000-0000-4000-8000-000000000000';
      for (const fields of [{ regionId: nobody }, { areaId: nobody }]) {
        const response = await editor.gql(SET_FIGURE, {
          input: { regionId: r1, year: 2011, kind: 'ACTUAL', amountCents: 5, ...fields },
        });
        expect(errorCode(response)).toBe('NOT_FOUND');
      }
      const kind = await editor.gql(SET_FIGURE, {
        input: { regionId: r1, year: 2011, kind: 'FORECAST', amountCents: 5 },
      });
      expect(errorCode(kind)).toBe('BAD_USER_INPUT');
      expect(await storedFigures(member, [r1])).toEqual([]);
    });

    it('refuses a malformed or taken area code, and deleting a standard area', async () => {
      const create = `mutation ($input: CreateServiceAreaInput!) { createServiceArea(input: $input) { id } }`;
      const malformed = await editor.gql(create, { input: { code: 'Familien zentren', name: 'Familienzentren' } });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors![0]!.extensions!.field).toBe('code');
      expect(errorCode(await editor.gql(create, { input: { code: 'HZE_AMBULANT', name: 'Doppelt' } }))).toBe(
        'CONFLICT',
      );
      const standard = await editor.gql(`mutation ($id: ID!) { deleteServiceArea(id: $id) }`, { id: area.OTHER });
      expect(errorCode(standard)).toBe('BAD_USER_INPUT');
      expect((await member.gql(`{ serviceAreas { code } }`)).data!.serviceAreas).toHaveLength(8);
    });

    it('refuses a funded-positions range running backwards and a share above 100 %', async () => {
      const set = `mutation ($input: SetProviderFundingInput!) { setProviderFunding(input: $input) { id } }`;
      const backwards = await editor.gql(set, {
        input: { regionId: r1, year: 2011, fundedPositionsMin: 22, fundedPositionsMax: 9 },
      });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(backwards.errors![0]!.extensions!.field).toBe('fundedPositionsMax');
      const share = await editor.gql(set, {
        input: { regionId: r1, year: 2011, providerBudgetShareBasisPoints: 10_001 },
      });
      expect(errorCode(share)).toBe('BAD_USER_INPUT');
      expect((await member.gql(`{ providerFunding { id } }`)).data!.providerFunding).toHaveLength(1); // Graz only
    });

    it('refuses a budget without regions, with an unknown one, or with a trend base running backwards', async () => {
      const create = `mutation ($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`;
      expect(errorCode(await editor.gql(create, { input: { name: 'Leer', regionIds: [] } }))).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await editor.gql(create, { input: { name: 'X', regionIds: ['00000000-0000-4000-8000-000000000000'] } }),
        ),
      ).toBe('NOT_FOUND');
      const backwards = await editor.gql(create, {
        input: { name: 'X', regionIds: [r1], trendBase: { fromYear: 2009, toYear: 2005 } },
      });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect((await member.gql(`{ budgets { name } }`)).data!.budgets).toEqual([{ name: 'Sozialraumbudget Graz' }]);
    });
  });

  describe('with five years of actuals, a plan and three months of 2011 for Region 1', () => {
    beforeAll(async () => {
      // Actuals 2005–2009 of 10, 12, 15, 16, 19 million €: slope 2.2 million € a year, 14.4 million € in 2007.
      for (const [year, millions] of [
        [2005, 10],
        [2006, 12],
        [2007, 15],
        [2008, 16],
        [2009, 19],
      ] as const) {
        await setFigure({ regionId: r1, year, kind: 'ACTUAL', amountCents: millions * M });
      }
      await setFigure({ regionId: r1, year: 2011, kind: 'PLAN', amountCents: 24 * M, source: 'Haushaltsplan' });
      await setFigure({ regionId: r1, areaId: area.HZE_AMBULANT, year: 2011, kind: 'PLAN', amountCents: 12 * M });
      await setFigure({ regionId: r1, areaId: area.SOCIAL_SPACE_WORK, year: 2011, kind: 'PLAN', amountCents: 6 * M });
      for (const [month, hze] of [
        [1, 1.0],
        [2, 1.2],
        [3, 0.8],
      ] as const) {
        await setFigure({
          regionId: r1,
          areaId: area.HZE_AMBULANT,
          year: 2011,
          month,
          kind: 'ACTUAL',
          amountCents: mio(hze),
        });
        await setFigure({
          regionId: r1,
          areaId: area.SOCIAL_SPACE_WORK,
          year: 2011,
          month,
          kind: 'ACTUAL',
          amountCents: mio(0.5),
        });
      }
      await setFigure({
        regionId: r1,
        areaId: area.NON_CASE_SPECIFIC,
        year: 2011,
        month: 3,
        kind: 'ACTUAL',
        amountCents: mio(0.3),
      });
      await editor.gql(`mutation ($input: SetCaseStatisticsInput!) { setCaseStatistics(input: $input) { id } }`, {
        input: { regionId: r1, areaId: area.HZE_AMBULANT, year: 2011, cases: 100, medianCostCents: 2_500_000 },
      });
      await setFigure({ regionId: r2, year: 2011, kind: 'PLAN', amountCents: 6 * M });
      await setFigure({ regionId: r2, year: 2011, kind: 'ACTUAL', amountCents: 5 * M });
      const funding = `mutation ($input: SetProviderFundingInput!) { setProviderFunding(input: $input) { id } }`;
      await editor.gql(funding, {
        input: { regionId: r1, year: 2011, providerBudgetShareBasisPoints: 2000, fundedPositionsMin: 12 },
      });
      await editor.gql(funding, { input: { regionId: r2, year: 2011, providerBudgetShareBasisPoints: 3000 } });
    });

    it('replaces a figure set again for the same region, area, year, month and kind', async () => {
      const first = await setFigure({ regionId: r2, year: 2012, kind: 'PLAN', amountCents: 1, source: 'Entwurf' });
      const second = await setFigure({ regionId: r2, year: 2012, kind: 'PLAN', amountCents: 2 });
      expect(second).toMatchObject({
        id: first.id,
        amountCents: 2,
        source: null,
        area: null,
        region: { name: 'Region 2' },
      });
      expect(await editor.gql(`mutation ($id: ID!) { deleteBudgetFigure(id: $id) }`, { id: first.id })).toMatchObject({
        data: { deleteBudgetFigure: first.id },
      });
    });

    it('computes the least-squares trend of 2005–2009 and projects it to 2011: 23.2 million €', async () => {
      const { data, errors } = await member.gql(
        `query ($input: BudgetViewInput!) { budgetView(input: $input) {
          trend { baseYears slopeCentsPerYear interceptCents }
          years { year planCents actualCents trendCents trendSource savingAgainstTrend { amountCents ratio { ${RATIO} } } }
        } }`,
        { input: { regionIds: [r1], trendBase: { fromYear: 2005, toYear: 2009 } } },
      );
      expect(errors).toBeUndefined();
      expect(data!.budgetView.trend).toEqual({
        baseYears: [2005, 2006, 2007, 2008, 2009],
        slopeCentsPerYear: mio(2.2),
        interceptCents: -4401 * M,
      });
      const years = data!.budgetView.years;
      expect(years.map((y: any) => [y.year, y.actualCents, y.trendCents])).toEqual([
        [2005, 10 * M, 10 * M],
        [2006, 12 * M, mio(12.2)],
        [2007, 15 * M, mio(14.4)],
        [2008, 16 * M, mio(16.6)],
        [2009, 19 * M, mio(18.8)],
        // 2011: the region-wide plan; the actuals summed over the areas (3.0 + 1.5 + 0.3 million €).
        [2011, mio(4.8), mio(23.2)],
      ]);
      expect(years[5]).toMatchObject({
        planCents: 24 * M,
        trendSource: 'COMPUTED',
        savingAgainstTrend: { amountCents: mio(18.4), ratio: { basisPoints: 7931, percent: 79.3 } },
      });
    });

    it('spreads the annual plan over the months and compares the actuals month by month', async () => {
      const { data } = await member.gql(
        `query ($input: BudgetViewInput!) { budgetView(input: $input) {
          months(year: 2011) { month planCents actualCents planToDateCents actualToDateCents actualVsPlan { amountCents ratio { ${RATIO} } } }
        } }`,
        { input: { regionIds: [r1] } },
      );
      const months = data!.budgetView.months;
      expect(
        months
          .slice(0, 4)
          .map((m: any) => [m.month, m.planCents, m.actualCents, m.planToDateCents, m.actualToDateCents]),
      ).toEqual([
        [1, 2 * M, mio(1.5), 2 * M, mio(1.5)],
        [2, 2 * M, mio(1.7), 4 * M, mio(3.2)],
        [3, 2 * M, mio(1.6), 6 * M, mio(4.8)],
        [4, 2 * M, null, 8 * M, mio(4.8)],
      ]);
      expect(months[0].actualVsPlan).toEqual({ amountCents: -mio(0.5), ratio: { basisPoints: -2500, percent: -25 } });
    });

    it('gives the key figures of the first quarter: shares of spend, cost per case, allocation, provider share', async () => {
      const { data } = await member.gql(
        `query ($input: BudgetViewInput!) { budgetView(input: $input) { keyFigures(year: 2011, throughMonth: 3) {
          cases averageCostPerCaseCents
          nonCaseSpecificShare { ${RATIO} } socialSpaceWorkShare { ${RATIO} } providerBudgetShare { ${RATIO} }
          virtualAllocation { allocationCents actualCents actualVsAllocation { amountCents ratio { ${RATIO} } } }
          providerFunding { fundedPositionsMin fundedPositionsMax }
        } } }`,
        { input: { regionIds: [r1] } },
      );
      expect(data!.budgetView.keyFigures).toEqual({
        cases: 100,
        averageCostPerCaseCents: 3_000_000, // 3.0 million € HzE ambulant / 100 cases
        nonCaseSpecificShare: { basisPoints: 625, percent: 6.3 }, // 0.3 / 4.8 = 6.25 %
        socialSpaceWorkShare: { basisPoints: 3125, percent: 31.3 }, // 1.5 / 4.8 = 31.25 %
        providerBudgetShare: { basisPoints: 2000, percent: 20 },
        virtualAllocation: {
          allocationCents: mio(2.5), // 100 × 25,000 €
          actualCents: 3 * M,
          actualVsAllocation: { amountCents: mio(0.5), ratio: { basisPoints: 2000, percent: 20 } },
        },
        providerFunding: [{ fundedPositionsMin: 12, fundedPositionsMax: 12 }],
      });
    });

    it('reports March 2011 per service area: plan pro rata, actual to date, year-end forecast', async () => {
      const { data } = await member.gql(
        `query ($id: ID!) { controllingReport(regionId: $id, year: 2011, month: 3) {
          rows { area { code } annualPlanCents planToDateCents actualToDateCents forecastCents monthsWithActuals }
          total { annualPlanCents planToDateCents actualToDateCents forecastCents
            actualVsPlanToDate { amountCents ratio { ${RATIO} } } forecastVsPlan { amountCents ratio { ${RATIO} } } }
        } }`,
        { id: r1 },
      );
      const report = data!.controllingReport;
      expect(
        report.rows.map((r: any) => [
          r.area.code,
          r.annualPlanCents,
          r.planToDateCents,
          r.actualToDateCents,
          r.forecastCents,
          r.monthsWithActuals,
        ]),
      ).toEqual([
        ['HZE_AMBULANT', 12 * M, 3 * M, 3 * M, 12 * M, [1, 2, 3]],
        ['NON_CASE_SPECIFIC', null, null, mio(0.3), mio(1.2), [3]],
        ['SOCIAL_SPACE_WORK', 6 * M, mio(1.5), mio(1.5), 6 * M, [1, 2, 3]],
      ]);
      expect(report.total).toEqual({
        annualPlanCents: 24 * M,
        planToDateCents: 6 * M,
        actualToDateCents: mio(4.8),
        forecastCents: mio(19.2),
        actualVsPlanToDate: { amountCents: -mio(1.2), ratio: { basisPoints: -2000, percent: -20 } },
        forecastVsPlan: { amountCents: -mio(4.8), ratio: { basisPoints: -2000, percent: -20 } },
      });
    });

    it('limits a view to service areas, leaving the region-wide figures out', async () => {
      const { data } = await member.gql(
        `query ($input: BudgetViewInput!) { budgetView(input: $input) { areas { code } years { year planCents actualCents } } }`,
        { input: { regionIds: [r1], areaIds: [area.HZE_AMBULANT] } },
      );
      expect(data!.budgetView).toEqual({
        areas: [{ code: 'HZE_AMBULANT' }],
        years: [{ year: 2011, planCents: 12 * M, actualCents: 3 * M }],
      });
    });

    it('pools two regions: sums per year, provider share weighted by plan, and each region alone', async () => {
      const { data } = await member.gql(
        `query ($input: BudgetViewInput!) { budgetView(input: $input) {
          years { year planCents actualCents }
          keyFigures(year: 2011) { providerBudgetShare { numerator denominator ${RATIO} } }
          byRegion { regions { name } years { year planCents actualCents } }
        } }`,
        { input: { regionIds: [r1, r2], fromYear: 2011 } },
      );
      const view = data!.budgetView;
      expect(view.years).toEqual([{ year: 2011, planCents: 30 * M, actualCents: mio(9.8) }]);
      // (20 % · 24 M + 30 % · 6 M) / 30 M = 22 %
      expect(view.keyFigures.providerBudgetShare).toEqual({
        numerator: 2000 * 24 * M + 3000 * 6 * M,
        denominator: 10_000 * 30 * M,
        basisPoints: 2200,
        percent: 22,
      });
      expect(view.byRegion).toEqual([
        { regions: [{ name: 'Region 1' }], years: [{ year: 2011, planCents: 24 * M, actualCents: mio(4.8) }] },
        { regions: [{ name: 'Region 2' }], years: [{ year: 2011, planCents: 6 * M, actualCents: 5 * M }] },
      ]);
    });

    it('keeps a budget of regions with its trend base, and changes and deletes it', async () => {
      const created = await editor.gql(
        `mutation ($input: CreateBudgetInput!) { createBudget(input: $input) { id name regions { name } view { trend { slopeCentsPerYear } } } }`,
        {
          input: {
            name: 'Sozialraumbudget Steglitz-Zehlendorf',
            regionIds: [r1, r2],
            trendBase: { fromYear: 2005, toYear: 2009 },
          },
        },
      );
      const budget = created.data!.createBudget;
      expect(budget).toMatchObject({
        regions: [{ name: 'Region 1' }, { name: 'Region 2' }],
        view: { trend: { slopeCentsPerYear: mio(2.2) } },
      });
      const report = await member.gql(
        `query ($id: ID!) { budget(id: $id) { controllingReport(year: 2011, month: 3) { total { actualToDateCents } } } }`,
        {
          id: budget.id,
        },
      );
      expect(report.data!.budget.controllingReport.total.actualToDateCents).toBe(mio(4.8));

      const updated = await editor.gql(
        `mutation ($id: ID!, $input: UpdateBudgetInput!) { updateBudget(id: $id, input: $input) { regions { name } trendBaseFromYear view { trend { slopeCentsPerYear } } } }`,
        { id: budget.id, input: { regionIds: [r2], trendBase: null } },
      );
      expect(updated.data!.updateBudget).toEqual({
        regions: [{ name: 'Region 2' }],
        trendBaseFromYear: null,
        view: { trend: null },
      });
      expect(
        (await editor.gql(`mutation ($id: ID!) { deleteBudget(id: $id) }`, { id: budget.id })).data!.deleteBudget,
      ).toBe(budget.id);
      expect(errorCode(await member.gql(`query ($id: ID!) { budget(id: $id) { id } }`, { id: budget.id }))).toBe(
        'NOT_FOUND',
      );
    });

    it('adds, renames and deletes a custom service area, but not while figures use it', async () => {
      const created = await editor.gql(
        `mutation { createServiceArea(input: { code: "FAMILY_CENTRES", name: "Familienzentren" }) { id builtIn order } }`,
      );
      const custom = created.data!.createServiceArea;
      expect(custom).toMatchObject({ builtIn: false, order: 8 });
      const renamed = await editor.gql(
        `mutation ($id: ID!) { updateServiceArea(id: $id, input: { name: "Familienzentren (neu)" }) { name } }`,
        { id: custom.id },
      );
      expect(renamed.data!.updateServiceArea.name).toBe('Familienzentren (neu)');
      const areaInUse = async () =>
        (await editor.gql(`{ serviceAreas { id inUse } }`)).data!.serviceAreas.find((a: any) => a.id === custom.id)
          .inUse;
      expect(await areaInUse()).toBe(false);
      const figure = await setFigure({ regionId: r2, areaId: custom.id, year: 2011, kind: 'PLAN', amountCents: 1 });
      expect(await areaInUse(), 'said before anyone tries to delete it').toBe(true);
      const inUse = await editor.gql(`mutation ($id: ID!) { deleteServiceArea(id: $id) }`, { id: custom.id });
      expect(errorCode(inUse)).toBe('CONFLICT');
      await editor.gql(`mutation ($id: ID!) { deleteBudgetFigure(id: $id) }`, { id: figure.id });
      expect(await areaInUse()).toBe(false);
      expect(
        (await editor.gql(`mutation ($id: ID!) { deleteServiceArea(id: $id) }`, { id: custom.id })).data!
          .deleteServiceArea,
      ).toBe(custom.id);
    });
  });
});
