import type { KeyingConfig } from '@urql/exchange-graphcache';

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
