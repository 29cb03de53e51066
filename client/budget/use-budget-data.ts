import { type AnyVariables, type TypedDocumentNode, useQuery } from 'urql';
import {
  PooledBudgetQuery,
  PooledControllingReportQuery,
  RegionBudgetQuery,
  RegionControllingReportQuery,
} from './budget.operations';
import type { BudgetScope } from './budget-selection';

interface Operation<Data, Variables extends AnyVariables> {
  query: TypedDocumentNode<Data, Variables>;
  variables: Variables;
}

/**
 * One query for a whole view, asked of a region or of a budget (its regions pooled). Others
 * change budget figures meanwhile (imports, edits), so it shows what is cached at once and asks
 * the server every time; live budget events (issue 4) only need to call `refetch`.
 */
function useScopedQuery<
  RegionData,
  PooledData,
  RegionVariables extends AnyVariables,
  PooledVariables extends AnyVariables,
>(scope: BudgetScope, region: Operation<RegionData, RegionVariables>, pooled: Operation<PooledData, PooledVariables>) {
  const [regionResult, refetchRegion] = useQuery({
    ...region,
    pause: scope.kind !== 'region',
    requestPolicy: 'cache-and-network',
  });
  const [pooledResult, refetchPooled] = useQuery({
    ...pooled,
    pause: scope.kind !== 'budget',
    requestPolicy: 'cache-and-network',
  });
  const result = scope.kind === 'budget' ? pooledResult : regionResult;
  return {
    region: scope.kind === 'region' ? regionResult.data : undefined,
    pooled: scope.kind === 'budget' ? pooledResult.data : undefined,
    error: result.error,
    fetching: result.fetching,
    refetch: () => (scope.kind === 'budget' ? refetchPooled : refetchRegion)({ requestPolicy: 'network-only' }),
  };
}

/** The budget page's view: years, and the chosen year's months and key figures. */
export function useBudgetView(scope: BudgetScope, areaIds: readonly string[], year: number | null) {
  const variables = {
    areaIds: areaIds.length ? [...areaIds] : undefined,
    year: year ?? undefined,
    withYear: year !== null,
  };
  const { region, pooled, ...result } = useScopedQuery(
    scope,
    { query: RegionBudgetQuery, variables: { ...variables, regionId: scope.id } },
    { query: PooledBudgetQuery, variables: { ...variables, budgetId: scope.id } },
  );
  return { ...result, view: pooled?.budget.view ?? region?.budgetView };
}

/** The monthly controlling report of a region or a budget. */
export function useControllingReport(scope: BudgetScope, year: number, month: number) {
  const { region, pooled, ...result } = useScopedQuery(
    scope,
    { query: RegionControllingReportQuery, variables: { regionId: scope.id, year, month } },
    { query: PooledControllingReportQuery, variables: { budgetId: scope.id, year, month } },
  );
  return { ...result, report: pooled?.budget.controllingReport ?? region?.controllingReport };
}
