import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BudgetFigure } from '../../server/budget/budget-figure.entity';
import { loadDemoData } from '../../server/seed/load-demo-data';
import { readDemoAccounts, readSeedData } from '../../server/seed/seed-data';
import type { SessionClient } from '../support/auth';
import { budgetPeople, regionId } from '../support/budget-files';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const RATIO = 'numerator denominator basisPoints percent';
const DEVIATION = `amountCents ratio { ${RATIO} }`;
const YEARS = /* GraphQL */ `
  query GrazYears($input: BudgetViewInput!) {
    budgetView(input: $input) {
      regions { name kind }
      trend { slopeCentsPerYear }
      years {
        year planCents actualCents trendCents trendSource computedTrendCents
        actualVsPlan { ${DEVIATION} }
        savingAgainstPlan { ${DEVIATION} }
        savingAgainstTrend { ${DEVIATION} }
      }
      keyFigures(year: 2011) {
        providerBudgetShare { ${RATIO} }
        providerFunding { year fundedPositionsMin fundedPositionsMax source providerBudgetShare { percent } }
        averageCostPerCaseCents virtualAllocation { allocationCents }
      }
    }
  }
`;
const REPORT = /* GraphQL */ `
  query Report($regionId: ID!, $year: Int!, $month: Int!) {
    controllingReport(regionId: $regionId, year: $year, month: $month) {
      year throughMonth
      rows { area { code } }
      total {
        area { code } annualPlanCents planToDateCents actualToDateCents forecastCents monthsWithActuals
        actualVsPlanToDate { ${DEVIATION} }
        forecastVsPlan { ${DEVIATION} }
      }
      keyFigures { throughMonth providerBudgetShare { percent } }
    }
  }
`;

describe('the Graz figures of the protocol', () => {
  let server: TestServer;
  let member: SessionClient;
  let grazId: string;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    ({ member } = await budgetPeople(server));
    grazId = await regionId(member, 'Graz');
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('shows the figures to nobody anonymous', async () => {
      expect(errorCode(await server.gql(YEARS, { input: { regionIds: [grazId] } }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await server.gql(REPORT, { regionId: grazId, year: 2011, month: 12 }))).toBe('UNAUTHENTICATED');
    });

    it('refuses an unknown region with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
      const unknown = await member.gql(YEARS, { input: { regionIds: ['00000000-0000-4000-8000-000000000000'] } });
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const malformed = await member.gql(YEARS, { input: { regionIds: ['graz'] } });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors![0]!.extensions!.field).toBe('regionIds');
    });

    it('refuses an empty view, a trend base running backwards, and a report month outside 1–12', async () => {
      expect(errorCode(await member.gql(YEARS, { input: { regionIds: [] } }))).toBe('BAD_USER_INPUT');
      const backwards = await member.gql(YEARS, {
        input: { regionIds: [grazId], trendBase: { fromYear: 2009, toYear: 2005 } },
      });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(backwards.errors![0]!.extensions!.field).toBe('trendBase.toYear');
      for (const month of [0, 13]) {
        const report = await member.gql(REPORT, { regionId: grazId, year: 2011, month });
        expect(errorCode(report)).toBe('BAD_USER_INPUT');
        expect(report.errors![0]!.extensions!.field).toBe('month');
      }
    });
  });

  it('shows 2010 and 2011 with trend, plan and actual as the protocol states them', async () => {
    const { data, errors } = await member.gql(YEARS, { input: { regionIds: [grazId] } });
    expect(errors).toBeUndefined();
    const view = data!.budgetView;
    expect(view.regions).toEqual([{ name: 'Graz', kind: 'CITY' }]);
    expect(view.trend).toBeNull();
    expect(view.years.map((y: any) => [y.year, y.trendCents, y.planCents, y.actualCents, y.trendSource])).toEqual([
      [2010, 2_420_000_000, 2_290_000_000, 2_150_000_000, 'GIVEN'],
      [2011, 2_620_000_000, 2_290_000_000, 1_950_000_000, 'GIVEN'],
    ]);
  });

  it('saves 6.7 million € against the trend in 2011, 25.6 % of it', async () => {
    const { data } = await member.gql(YEARS, { input: { regionIds: [grazId] } });
    const y2011 = data!.budgetView.years[1];
    expect(y2011.savingAgainstTrend).toEqual({
      amountCents: 670_000_000,
      ratio: { numerator: 670_000_000, denominator: 2_620_000_000, basisPoints: 2557, percent: 25.6 },
    });
    expect(y2011.savingAgainstPlan).toMatchObject({ amountCents: 340_000_000, ratio: { percent: 14.8 } });
    expect(y2011.actualVsPlan).toMatchObject({
      amountCents: -340_000_000,
      ratio: { basisPoints: -1485, percent: -14.8 },
    });
  });

  it('saves 2.7 million € (11.2 %) against the trend in 2010 and spends 6.1 % below plan', async () => {
    const { data } = await member.gql(YEARS, { input: { regionIds: [grazId] } });
    const y2010 = data!.budgetView.years[0];
    expect(y2010.savingAgainstTrend).toMatchObject({
      amountCents: 270_000_000,
      ratio: { basisPoints: 1116, percent: 11.2 },
    });
    expect(y2010.actualVsPlan).toMatchObject({
      amountCents: -140_000_000,
      ratio: { basisPoints: -611, percent: -6.1 },
    });
  });

  it('gives the providers 22 % of the 2011 budget and 9–22 funded positions per social space, citing slide 10', async () => {
    const { data } = await member.gql(YEARS, { input: { regionIds: [grazId] } });
    const figures = data!.budgetView.keyFigures;
    expect(figures.providerBudgetShare).toEqual({
      numerator: 2200,
      denominator: 10_000,
      basisPoints: 2200,
      percent: 22,
    });
    expect(figures.providerFunding).toHaveLength(1);
    expect(figures.providerFunding[0]).toMatchObject({
      year: 2011,
      fundedPositionsMin: 9,
      fundedPositionsMax: 22,
      providerBudgetShare: { percent: 22 },
    });
    expect(figures.providerFunding[0].source).toContain('Folie „10. Sozialraumbudget 2011“');
    // The protocol gives no case counts for Graz, so nothing is computed from them.
    expect(figures.averageCostPerCaseCents).toBeNull();
    expect(figures.virtualAllocation).toBeNull();
  });

  it('marks every figure with the protocol, the slide and Mag. Ingrid Krammer, quoting it', async () => {
    const { data } = await member.gql(
      `query ($ids: [ID!]) { budgetFigures(filter: { regionIds: $ids }) { year kind currency source } }`,
      {
        ids: [grazId],
      },
    );
    expect(data!.budgetFigures).toHaveLength(6);
    for (const figure of data!.budgetFigures) {
      expect(figure.currency).toBe('EUR');
      expect(figure.source).toContain('vom 19.10.2012');
      expect(figure.source).toContain('Mag. Ingrid Krammer');
      expect(figure.source).toContain('11. Budgetäre Entwicklung seit Sozialraum‐Budget');
    }
    expect(data!.budgetFigures.find((f: any) => f.year === 2011 && f.kind === 'TREND_GIVEN').source).toContain(
      '„Jahr 2011: Trend 26,2 mio €',
    );
  });

  it('pools the same figures in the budget "Sozialraumbudget Graz" with its trend base 2005–2009', async () => {
    const { data, errors } = await member.gql(`{
      budgets { name trendBaseFromYear trendBaseToYear regions { name }
        view { years { year savingAgainstTrend { amountCents ratio { percent } } } byRegion { regions { name } years { year } } } }
    }`);
    expect(errors).toBeUndefined();
    const [budget] = data!.budgets;
    expect(budget).toMatchObject({
      name: 'Sozialraumbudget Graz',
      trendBaseFromYear: 2005,
      trendBaseToYear: 2009,
      regions: [{ name: 'Graz' }],
    });
    expect(budget.view.years[1]).toEqual({
      year: 2011,
      savingAgainstTrend: { amountCents: 670_000_000, ratio: { percent: 25.6 } },
    });
    expect(budget.view.byRegion).toEqual([{ regions: [{ name: 'Graz' }], years: [{ year: 2010 }, { year: 2011 }] }]);
  });

  it('reports December 2011: 19.5 of 22.9 million € spent, forecast 3.4 million € (14.8 %) below plan', async () => {
    const { data, errors } = await member.gql(REPORT, { regionId: grazId, year: 2011, month: 12 });
    expect(errors).toBeUndefined();
    const report = data!.controllingReport;
    expect(report.rows).toEqual([]);
    expect(report.total).toMatchObject({
      area: null,
      annualPlanCents: 2_290_000_000,
      planToDateCents: 2_290_000_000,
      actualToDateCents: 1_950_000_000,
      forecastCents: 1_950_000_000,
      monthsWithActuals: [],
      forecastVsPlan: { amountCents: -340_000_000, ratio: { percent: -14.8 } },
    });
    expect(report.keyFigures).toEqual({ throughMonth: 12, providerBudgetShare: { percent: 22 } });
  });

  it('has no actuals to date in June 2011, since Graz gave only whole-year figures', async () => {
    const { data } = await member.gql(REPORT, { regionId: grazId, year: 2011, month: 6 });
    expect(data!.controllingReport.total).toMatchObject({
      planToDateCents: 1_145_000_000,
      actualToDateCents: null,
      forecastCents: null,
      actualVsPlanToDate: null,
    });
  });

  it('is loaded only into an empty database: seeding again changes nothing', async () => {
    const em = server.db.orm.em.fork();
    const before = await em.count(BudgetFigure);
    expect(await loadDemoData(server.db.orm.em.fork(), await readSeedData(), await readDemoAccounts())).toBe(false);
    expect(await em.count(BudgetFigure)).toBe(before);
  });
});
