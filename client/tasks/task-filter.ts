import type { VariablesOf } from '../api/graphql';
import { addDays } from '../i18n/format';
import type { TasksQuery } from './task.operations';

type TaskFilter = NonNullable<VariablesOf<typeof TasksQuery>['filter']>;

export const TASK_VIEWS = ['open', 'due', 'dueSoon', 'overdue', 'done', 'all'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

/** Owner choices that stand for the viewer: their own steps, and those of their bodies. */
export const MINE = 'mine';
export const MY_BODIES = 'my-bodies';

/** What the next-steps page shows; kept in the address so a selection can be shared as a link. */
export interface TaskSelection {
  view: TaskView;
  /** An owner's id, MINE or MY_BODIES. */
  ownerId: string | null;
  meetingId: string | null;
}

/** Who "mine" and "my bodies" mean: the viewer's person and the committees they belong to. */
export interface ViewerScope {
  personId: string;
  bodyIds: string[];
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

/** "Mine" and "my bodies" without a viewer (or bodies) to stand for mean no one: an empty list. */
function ownerFilter(ownerId: string | null, scope: ViewerScope | null): TaskFilter {
  if (ownerId === MINE) return { ownerIds: scope ? [scope.personId] : [] };
  if (ownerId === MY_BODIES) return { ownerIds: scope?.bodyIds ?? [] };
  return ownerId ? { ownerId } : {};
}

/**
 * The `tasks` filter for a selection on `today` (`YYYY-MM-DD`, Berlin), with `scope` for the
 * viewer's choices; null for the due view, which asks `dueTasks`.
 */
export function taskFilter(
  { view, ownerId, meetingId }: TaskSelection,
  today: string,
  scope: ViewerScope | null = null,
): TaskFilter | null {
  if (view === 'due') return null;
  return {
    ...VIEW_FILTERS[view](today),
    ...ownerFilter(ownerId, scope),
    ...(meetingId && { meetingId }),
  };
}

/** Whose deadlines the due view shows, as its hint says. */
export type DueScope = 'owner' | 'viewer' | 'mine' | 'myBodies' | 'none';

function dueScopeOf(ownerId: string | null, personId: string | null): DueScope {
  if (!personId) return 'none';
  if (ownerId === MINE) return 'mine';
  if (ownerId === MY_BODIES) return 'myBodies';
  return ownerId ? 'owner' : 'viewer';
}

export interface DueSelection {
  scope: DueScope;
  /** The owner to ask `dueTasks` for; null for the viewer's own list. */
  ownerId: string | null;
  /** Whether a step of the answer, by its owner's and meeting's ids, belongs to the selection. */
  keeps: (ownerId: string, meetingId: string | null) => boolean;
}

/**
 * The due view's question to `dueTasks`: a chosen owner's list, or the viewer's own (their
 * steps and their bodies', which "mine" and "my bodies" split). Without a person (guests)
 * there is nothing to ask: they own no steps and may look up no one's.
 */
export function dueSelection({ ownerId, meetingId }: TaskSelection, personId: string | null): DueSelection {
  const scope = dueScopeOf(ownerId, personId);
  return {
    scope,
    ownerId: scope === 'owner' ? ownerId : null,
    keeps: (owner, meeting) =>
      (!meetingId || meeting === meetingId) &&
      (scope !== 'mine' || owner === personId) &&
      (scope !== 'myBodies' || owner !== personId),
  };
}
