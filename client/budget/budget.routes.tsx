import type { RouteObject } from 'react-router';

/**
 * The budget pages, loaded on demand: the charts (recharts) never weigh on the first page load.
 * `/budget?budget=…|region=…&area=…&year=…`, `/budget/report?budget=…|region=…&year=…&month=…`, and
 * `/budget/setup` for budgets, regions and service areas.
 */
export const budgetRoute: RouteObject = {
  path: 'budget',
  children: [
    { index: true, lazy: { Component: async () => (await import('./BudgetPage')).BudgetPage } },
    {
      path: 'setup',
      lazy: { Component: async () => (await import('./BudgetSetupPage')).BudgetSetupPage },
    },
    {
      path: 'report',
      lazy: { Component: async () => (await import('./ControllingReportPage')).ControllingReportPage },
    },
  ],
};
