import type { RouteObject } from 'react-router';
import { budgetRoute } from '../budget/budget.routes';
import { Loading } from '../ui/Loading';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

/**
 * Every page loads on demand, so the first download is the shell alone; the workshop board
 * brings Yjs with it.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    HydrateFallback: Loading,
    children: [
      { index: true, lazy: { Component: async () => (await import('../auth/StartPage')).StartPage } },
      { path: 'sign-in', lazy: { Component: async () => (await import('../auth/SignInPage')).SignInPage } },
      { path: 'join/:code?', lazy: { Component: async () => (await import('../auth/JoinPage')).JoinPage } },
      {
        path: 'invitation/:token',
        lazy: { Component: async () => (await import('../auth/InvitationPage')).InvitationPage },
      },
      {
        path: 'meetings/new',
        lazy: { Component: async () => (await import('../meetings/NewMeetingPage')).NewMeetingPage },
      },
      {
        path: 'meetings/templates',
        lazy: { Component: async () => (await import('../meetings/TemplatesPage')).TemplatesPage },
      },
      {
        path: 'meetings/:meetingId',
        lazy: { Component: async () => (await import('../meetings/MeetingPage')).MeetingPage },
      },
      {
        path: 'meetings/:meetingId/board',
        lazy: { Component: async () => (await import('../workshop/BoardPage')).BoardPage },
      },
      {
        path: 'meetings/:meetingId/protocol',
        lazy: { Component: async () => (await import('../protocols/ProtocolPage')).ProtocolPage },
      },
      {
        path: 'meetings/:meetingId/console',
        lazy: { Component: async () => (await import('../workshop/console/ConsolePage')).ConsolePage },
      },
      {
        path: 'meetings/import',
        lazy: { Component: async () => (await import('../protocols/ProtocolImportPage')).ProtocolImportPage },
      },
      { path: 'tasks', lazy: { Component: async () => (await import('../tasks/TasksPage')).TasksPage } },
      {
        path: 'committees',
        lazy: { Component: async () => (await import('../committees/CommitteesPage')).CommitteesPage },
      },
      budgetRoute,
      { path: 'accounts', lazy: { Component: async () => (await import('../accounts/AccountsPage')).AccountsPage } },
      {
        path: 'notifications',
        lazy: { Component: async () => (await import('../notifications/NotificationsPage')).NotificationsPage },
      },
      { path: '*', Component: NotFound },
    ],
  },
];
