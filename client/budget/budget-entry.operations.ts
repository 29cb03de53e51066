import { graphql, type ResultOf } from '../api/graphql';

// Figures and case counts as stored, for entering and correcting them by hand.

const AreaFields = graphql(`
  fragment EntryArea on ServiceArea @_unmask { id code name builtIn order }
`);

export const BudgetFigureRow = graphql(
  `
  fragment BudgetFigureRow on BudgetFigure @_unmask {
    id year month kind amountCents source region { id name } area { ...EntryArea }
  }
`,
  [AreaFields],
);

export const CaseStatisticsRow = graphql(
  `
  fragment CaseStatisticsRow on CaseStatistics @_unmask {
    id year month cases closedCases minorsServed averageDurationDays medianCostCents source
    region { id name } area { ...EntryArea }
  }
`,
  [AreaFields],
);

/** The figures and case counts of some regions in one year. */
export const BudgetRecordsQuery = graphql(
  `
  query BudgetRecords($regionIds: [ID!]!, $year: Int!) {
    budgetFigures(filter: { regionIds: $regionIds, year: $year }) { ...BudgetFigureRow }
    caseStatistics(filter: { regionIds: $regionIds, year: $year }) { ...CaseStatisticsRow }
  }
`,
  [BudgetFigureRow, CaseStatisticsRow],
);

export const SetBudgetFigureMutation = graphql(
  `
  mutation SetBudgetFigure($input: SetBudgetFigureInput!) {
    setBudgetFigure(input: $input) { ...BudgetFigureRow }
  }
`,
  [BudgetFigureRow],
);

export const DeleteBudgetFigureMutation = graphql(`
  mutation DeleteBudgetFigure($id: ID!) {
    deleteBudgetFigure(id: $id)
  }
`);

export const SetCaseStatisticsMutation = graphql(
  `
  mutation SetCaseStatistics($input: SetCaseStatisticsInput!) {
    setCaseStatistics(input: $input) { ...CaseStatisticsRow }
  }
`,
  [CaseStatisticsRow],
);

export const DeleteCaseStatisticsMutation = graphql(`
  mutation DeleteCaseStatistics($id: ID!) {
    deleteCaseStatistics(id: $id)
  }
`);

export type FigureRow = ResultOf<typeof BudgetFigureRow>;
export type CaseRow = ResultOf<typeof CaseStatisticsRow>;
export type FigureKind = FigureRow['kind'];
export type EntryArea = ResultOf<typeof AreaFields>;
