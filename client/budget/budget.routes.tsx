import type { RouteObject } from 'react-router';

/**
 * The budget pages, loaded on demand: the charts (recharts) never weigh on the first page load.
 * `/budget?budget=…|region=…&area=…&year=…` and `/budget/report?budget=…|region=…&year=…&month=…`.
 */
export const budgetRoute: RouteObject = {
  path: 'budget',
  children: [
    { index: true, lazy: { Component: async () => (await import('./BudgetPage')).BudgetPage } },
    {
      path: 'report',
      lazy: { Component: async () => (await import('./ControllingReportPage')).ControllingReportPage },
    },
  ],
};
