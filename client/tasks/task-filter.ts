import type { VariablesOf } from '../api/graphql';
import { addDays } from '../i18n/format';
import type { TasksQuery } from './task.operations';

type TaskFilter = NonNullable<VariablesOf<typeof TasksQuery>['filter']>;

export const TASK_VIEWS = ['open', 'due', 'dueSoon', 'overdue', 'done', 'all'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

/** What the next-steps page shows; kept in the address so a selection can be shared as a link. */
export interface TaskSelection {
  view: TaskView;
  ownerId: string | null;
  meetingId: string | null;
}

export const DEFAULT_VIEW: TaskView = 'open';

/** "Due soon" looks this many days ahead. */
export const DUE_SOON_DAYS = 30;

/**
 * The "due / overdue" view is the server's `dueTasks` of one owner (a person with their bodies,
 * a committee, an organisation), looking as far ahead as the deadline notifications do.
 */
export const DUE_WITHIN_DAYS = 7;

function isView(value: string | null): value is TaskView {
  return TASK_VIEWS.includes(value as TaskView);
}

export function readSelection(params: URLSearchParams): TaskSelection {
  const view = params.get('view');
  return {
    view: isView(view) ? view : DEFAULT_VIEW,
    ownerId: params.get('owner') || null,
    meetingId: params.get('meeting') || null,
  };
}

/** The address parameters for a selection, leaving out what is the default anyway. */
export function selectionParams({ view, ownerId, meetingId }: TaskSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (view !== DEFAULT_VIEW) params.set('view', view);
  if (ownerId) params.set('owner', ownerId);
  if (meetingId) params.set('meeting', meetingId);
  return params;
}

const PENDING = ['OPEN', 'IN_PROGRESS'] as const;

const VIEW_FILTERS: Record<Exclude<TaskView, 'due'>, (today: string) => TaskFilter> = {
  open: () => ({ status: [...PENDING] }),
  // Still pending, not yet overdue, and due within the next DUE_SOON_DAYS days.
  dueSoon: (today) => ({ status: [...PENDING], overdue: false, dueBefore: addDays(today, DUE_SOON_DAYS) }),
  overdue: () => ({ overdue: true }),
  done: () => ({ status: ['DONE'] }),
  all: () => ({}),
};

/** The `tasks` filter for a selection on `today` (`YYYY-MM-DD`, Berlin); null for the due view, which asks `dueTasks`. */
export function taskFilter({ view, ownerId, meetingId }: TaskSelection, today: string): TaskFilter | null {
  if (view === 'due') return null;
  return {
    ...VIEW_FILTERS[view](today),
    ...(ownerId && { ownerId }),
    ...(meetingId && { meetingId }),
  };
}
