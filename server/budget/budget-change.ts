/**
 * What a budget write changed. Every write service returns it beside its result, so the live
 * updates can publish one event per change from the service without loading anything again;
 * `regionIds` says whose views (and which pooled budgets' views) went stale.
 */
export interface BudgetChange {
  record: 'ServiceArea' | 'BudgetFigure' | 'CaseStatistics' | 'ProviderFunding' | 'Budget';
  action: 'CREATED' | 'UPDATED' | 'DELETED';
  ids: string[];
  regionIds: string[];
}

export interface Changed<T> {
  value: T;
  changes: BudgetChange[];
}

export function changed<T>(value: T, change: BudgetChange): Changed<T> {
  return { value, changes: [change] };
}
