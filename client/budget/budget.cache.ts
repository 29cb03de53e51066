import type { KeyingConfig, UpdateResolver } from '@urql/exchange-graphcache';
import { invalidateQueryFields } from '../api/cache-lists';

/**
 * The budget's computed values (views, years, months, ratios, reports) have no identity of their
 * own: graphcache keeps them inside the query or budget they belong to, and a refetch replaces
 * them there. Saying so here also keeps graphcache from warning about their missing ids.
 */
const EMBEDDED = [
  'BudgetView',
  'BudgetYear',
  'BudgetMonth',
  'BudgetKeyFigures',
  'TrendLine',
  'Ratio',
  'Deviation',
  'VirtualAllocation',
  'ControllingReport',
  'ControllingRow',
] as const;

export const budgetKeys: KeyingConfig = Object.fromEntries(EMBEDDED.map((typename) => [typename, () => null]));

/** Drops the cached results of these root fields, and the record a deletion names, so what shows them asks again. */
const refreshing =
  (fields: readonly string[], deleted?: string): UpdateResolver<Record<string, unknown>> =>
  (result, _args, cache) => {
    if (deleted) cache.invalidate({ __typename: deleted, id: result[`delete${deleted}`] as string });
    invalidateQueryFields(cache, fields);
  };

const RECORDS = ['budgetFigures', 'caseStatistics'] as const;
const SCOPES = ['budgets', 'regions', 'serviceAreas'] as const;

/**
 * Budget data entered by hand: the lists of stored figures and case counts, and the scopes the
 * pages choose from, are asked again after a change. The computed views are the page's to
 * refetch (as after an import), since only the server can tell what a figure changed there.
 */
export const budgetUpdates = {
  setBudgetFigure: refreshing(RECORDS),
  deleteBudgetFigure: refreshing(RECORDS, 'BudgetFigure'),
  setCaseStatistics: refreshing(RECORDS),
  deleteCaseStatistics: refreshing(RECORDS, 'CaseStatistics'),
  createBudget: refreshing(SCOPES),
  deleteBudget: refreshing(SCOPES, 'Budget'),
  createRegion: refreshing(SCOPES),
  deleteRegion: refreshing(SCOPES, 'Region'),
  createServiceArea: refreshing(SCOPES),
  deleteServiceArea: refreshing(SCOPES, 'ServiceArea'),
} satisfies Record<string, UpdateResolver<any, any>>;
