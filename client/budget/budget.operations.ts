import { graphql, type ResultOf } from '../api/graphql';

// The budget's values have no identity of their own (years, ratios, key figures), so their
// fragments are unmasked: the pages and the pure functions beside them read them directly.

const RatioFields = graphql(`
  fragment BudgetRatio on Ratio @_unmask { numerator denominator basisPoints percent }
`);

const DeviationFields = graphql(
  `
  fragment BudgetDeviation on Deviation @_unmask { amountCents ratio { ...BudgetRatio } }
`,
  [RatioFields],
);

export const KeyFiguresFields = graphql(
  `
  fragment BudgetKeyFigureValues on BudgetKeyFigures @_unmask {
    year
    throughMonth
    cases
    averageCostPerCaseCents
    nonCaseSpecificShare { ...BudgetRatio }
    socialSpaceWorkShare { ...BudgetRatio }
    providerBudgetShare { ...BudgetRatio }
    providerFunding { id year fundedPositionsMin fundedPositionsMax region { id name } }
    virtualAllocation { allocationCents actualCents actualVsAllocation { ...BudgetDeviation } }
  }
`,
  [RatioFields, DeviationFields],
);

const YearFields = graphql(
  `
  fragment BudgetYearValues on BudgetYear @_unmask {
    year
    planCents
    actualCents
    trendCents
    trendSource
    actualVsPlan { ...BudgetDeviation }
    savingAgainstPlan { ...BudgetDeviation }
    savingAgainstTrend { ...BudgetDeviation }
  }
`,
  [DeviationFields],
);

/**
 * Everything the budget page shows of one view. The year's months and key figures come only
 * once a year is chosen (`$withYear`); `$year` has a default so the document stays valid without one.
 */
const ViewFields = graphql(
  `
  fragment BudgetViewValues on BudgetView @_unmask {
    regions { id name }
    trend { baseYears }
    years { ...BudgetYearValues }
    months(year: $year) @include(if: $withYear) {
      month planCents actualCents planToDateCents actualToDateCents actualVsPlan { ...BudgetDeviation }
    }
    keyFigures(year: $year) @include(if: $withYear) { ...BudgetKeyFigureValues }
    byRegion { regions { id name } years { ...BudgetYearValues } }
  }
`,
  [YearFields, DeviationFields, KeyFiguresFields],
);

/** What can be chosen: budgets (pooled regions), single regions, service areas. */
export const BudgetScopesQuery = graphql(`
  query BudgetScopes {
    budgets { id name description trendBaseFromYear trendBaseToYear regions { id name } }
    regions { id name kind }
    serviceAreas { id code name builtIn order }
  }
`);

/** The view of one region. */
export const RegionBudgetQuery = graphql(
  `
  query RegionBudget($regionId: ID!, $areaIds: [ID!], $year: Int = 0, $withYear: Boolean!) {
    budgetView(input: { regionIds: [$regionId], areaIds: $areaIds }) { ...BudgetViewValues }
  }
`,
  [ViewFields],
);

/** The view of a budget: its regions pooled, its trend base. */
export const PooledBudgetQuery = graphql(
  `
  query PooledBudget($budgetId: ID!, $areaIds: [ID!], $year: Int = 0, $withYear: Boolean!) {
    budget(id: $budgetId) {
      id
      name
      description
      view(options: { areaIds: $areaIds }) { ...BudgetViewValues }
    }
  }
`,
  [ViewFields],
);

const ReportRowFields = graphql(
  `
  fragment ControllingRowValues on ControllingRow @_unmask {
    area { id code name }
    annualPlanCents
    planToDateCents
    actualToDateCents
    actualVsPlanToDate { ...BudgetDeviation }
    forecastCents
    forecastVsPlan { ...BudgetDeviation }
    monthsWithActuals
  }
`,
  [DeviationFields],
);

const ReportFields = graphql(
  `
  fragment ControllingReportValues on ControllingReport @_unmask {
    year
    throughMonth
    regions { id name }
    rows { ...ControllingRowValues }
    total { ...ControllingRowValues }
    keyFigures { ...BudgetKeyFigureValues }
  }
`,
  [ReportRowFields, KeyFiguresFields],
);

export const RegionControllingReportQuery = graphql(
  `
  query RegionControllingReport($regionId: ID!, $year: Int!, $month: Int!) {
    controllingReport(regionId: $regionId, year: $year, month: $month) { ...ControllingReportValues }
  }
`,
  [ReportFields],
);

export const PooledControllingReportQuery = graphql(
  `
  query PooledControllingReport($budgetId: ID!, $year: Int!, $month: Int!) {
    budget(id: $budgetId) { id name controllingReport(year: $year, month: $month) { ...ControllingReportValues } }
  }
`,
  [ReportFields],
);

export type BudgetViewData = ResultOf<typeof ViewFields>;
export type BudgetYearData = ResultOf<typeof YearFields>;
export type BudgetMonthData = NonNullable<BudgetViewData['months']>[number];
export type KeyFiguresData = ResultOf<typeof KeyFiguresFields>;
export type RatioData = ResultOf<typeof RatioFields>;
export type DeviationData = ResultOf<typeof DeviationFields>;
export type ControllingReportData = ResultOf<typeof ReportFields>;
export type ControllingRowData = ResultOf<typeof ReportRowFields>;
export type ServiceAreaData = ResultOf<typeof BudgetScopesQuery>['serviceAreas'][number];
