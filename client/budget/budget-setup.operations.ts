import { graphql, type ResultOf } from '../api/graphql';

// The budgets, regions and service areas the figures are kept by, for those who keep them.

const BudgetFields = graphql(`
  fragment SetupBudget on Budget @_unmask {
    id name description trendBaseFromYear trendBaseToYear regions { id name }
  }
`);

const RegionFields = graphql(`
  fragment SetupRegion on Region @_unmask { id name kind parent { id name } inUse }
`);

const AreaFields = graphql(`
  fragment SetupArea on ServiceArea @_unmask { id code name builtIn order inUse }
`);

export const BudgetSetupQuery = graphql(
  `
  query BudgetSetup {
    budgets { ...SetupBudget }
    regions { ...SetupRegion }
    serviceAreas { ...SetupArea }
  }
`,
  [BudgetFields, RegionFields, AreaFields],
);

export const CreateBudgetMutation = graphql(
  `
  mutation CreateBudget($input: CreateBudgetInput!) { createBudget(input: $input) { ...SetupBudget } }
`,
  [BudgetFields],
);

export const UpdateBudgetMutation = graphql(
  `
  mutation UpdateBudget($id: ID!, $input: UpdateBudgetInput!) { updateBudget(id: $id, input: $input) { ...SetupBudget } }
`,
  [BudgetFields],
);

export const DeleteBudgetMutation = graphql(`
  mutation DeleteBudget($id: ID!) { deleteBudget(id: $id) }
`);

export const CreateRegionMutation = graphql(
  `
  mutation CreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { ...SetupRegion } }
`,
  [RegionFields],
);

export const UpdateRegionMutation = graphql(
  `
  mutation UpdateRegion($id: ID!, $input: UpdateRegionInput!) { updateRegion(id: $id, input: $input) { ...SetupRegion } }
`,
  [RegionFields],
);

export const DeleteRegionMutation = graphql(`
  mutation DeleteRegion($id: ID!) { deleteRegion(id: $id) }
`);

export const CreateServiceAreaMutation = graphql(
  `
  mutation CreateServiceArea($input: CreateServiceAreaInput!) { createServiceArea(input: $input) { ...SetupArea } }
`,
  [AreaFields],
);

export const UpdateServiceAreaMutation = graphql(
  `
  mutation UpdateServiceArea($id: ID!, $input: UpdateServiceAreaInput!) {
    updateServiceArea(id: $id, input: $input) { ...SetupArea }
  }
`,
  [AreaFields],
);

export const DeleteServiceAreaMutation = graphql(`
  mutation DeleteServiceArea($id: ID!) { deleteServiceArea(id: $id) }
`);

export type SetupData = ResultOf<typeof BudgetSetupQuery>;
export type SetupBudget = ResultOf<typeof BudgetFields>;
export type SetupRegion = ResultOf<typeof RegionFields>;
export type SetupArea = ResultOf<typeof AreaFields>;
