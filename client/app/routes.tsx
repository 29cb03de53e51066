import type { RouteObject } from 'react-router';
import { budgetRoute } from '../budget/budget.routes';
import { Loading } from '../ui/Loading';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

/**
 * Every page loads on demand, so the first download is the shell alone. Sign-in and join
 * (issue 3) and the workshop board and console (issue 4) become further children here.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    HydrateFallback: Loading,
    children: [
      { index: true, lazy: { Component: async () => (await import('../meetings/MeetingsPage')).MeetingsPage } },
      {
        path: 'meetings/:meetingId',
        lazy: { Component: async () => (await import('../meetings/MeetingPage')).MeetingPage },
      },
      { path: 'tasks', lazy: { Component: async () => (await import('../tasks/TasksPage')).TasksPage } },
      {
        path: 'committees',
        lazy: { Component: async () => (await import('../committees/CommitteesPage')).CommitteesPage },
      },
      budgetRoute,
      { path: '*', Component: NotFound },
    ],
  },
];
