import type { Cache, CacheExchangeOpts, UpdateResolver } from '@urql/exchange-graphcache';
import { budgetKeys, budgetUpdates } from '../budget/budget.cache';
import { committeeUpdates } from '../committees/committee.cache';
import { meetingKeys, meetingUpdates } from '../meetings/meeting.cache';
import { taskUpdates } from '../tasks/task.cache';
import { workshopCache } from '../workshop/workshop.cache';
import { invalidateQueryFields, TASK_LISTS } from './cache-lists';
import { followUpKeys, followUpUpdates } from './follow-up-cache';
import type { EnumOf } from './graphql';
import { introspection } from './introspection';

type TaskStatus = EnumOf<'TaskStatus'>;
type MembershipRole = EnumOf<'MembershipRole'>;

/** Steps that still need doing; only these can be overdue. */
const PENDING: readonly TaskStatus[] = ['OPEN', 'IN_PROGRESS'];

// A type alias, not an interface: graphcache's Entity wants an index signature.
type Ref<T extends string> = { __typename: T; id: string };

/** What the viewer may do (`viewerCan`) belongs to the record that carries it: stored inside it. */
const capabilityKeys = Object.fromEntries(
  introspection.__schema.types
    .filter((type) => type.name.endsWith('Capabilities'))
    .map((type) => [type.name, () => null]),
);

const membershipRef = (id: string): Ref<'Membership'> => ({ __typename: 'Membership', id });

/** The memberships a committee shows, or null when no loaded query holds them yet. */
function committeeMemberships(cache: Cache, committee: string | null): string[] | null {
  const links = committee ? cache.resolve(committee, 'memberships') : null;
  return Array.isArray(links) ? (links as string[]) : null;
}

const addMembership: UpdateResolver<{ addMembership: Ref<'Membership'> & { committee: Ref<'Committee'> } }> = (
  result,
  _args,
  cache,
) => {
  const committee = cache.keyOfEntity(result.addMembership.committee);
  const memberships = committeeMemberships(cache, committee);
  const added = cache.keyOfEntity(result.addMembership);
  if (committee && memberships && added && !memberships.includes(added)) {
    cache.link(committee, 'memberships', [...memberships, added]);
  }
};

const removeMembership: UpdateResolver<{ removeMembership: string }> = (result, _args, cache) => {
  const removed = membershipRef(result.removeMembership);
  const removedKey = cache.keyOfEntity(removed);
  const committee = cache.resolve(removed, 'committee') as string | null | undefined;
  const memberships = committeeMemberships(cache, committee ?? null);
  if (committee && memberships) {
    cache.link(
      committee,
      'memberships',
      memberships.filter((key) => key !== removedKey),
    );
  }
  cache.invalidate(removed);
};

// A step whose status changed may now belong to other filtered lists (overdue, done, due soon),
// which only the server can tell: drop every cached task list so the visible one refetches.
// Not while optimistic: the refetch would race the mutation and bring back the old status.
const updateTask: UpdateResolver = (_result, _args, cache, info) => {
  if (!info.optimistic) invalidateQueryFields(cache, TASK_LISTS);
};

/**
 * Normalised-cache configuration beside the client: every Planwerk type is keyed by its `id`
 * (graphcache's default); the schema lets it match the Party union's members exactly and
 * return partial results; mutations keep lists and optimistic state right. An optimistic layer is dropped when the server answers, so a
 * refused change rolls back by itself; the caller shows the refusal.
 */
export const cacheConfig = {
  schema: introspection,
  // Who is signed in, and a new session, belong to no record: stored inside their parent query or mutation.
  keys: {
    Me: () => null,
    SessionResult: () => null,
    ...capabilityKeys,
    ...budgetKeys,
    ...followUpKeys,
    ...meetingKeys,
    ...workshopCache.keys,
  },
  updates: {
    Mutation: {
      addMembership,
      removeMembership,
      updateTask,
      ...taskUpdates,
      ...committeeUpdates,
      ...budgetUpdates,
      ...followUpUpdates,
      ...meetingUpdates,
      ...workshopCache.updates.Mutation,
    },
    Subscription: workshopCache.updates.Subscription,
  },
  optimistic: {
    ...workshopCache.optimistic,
    updateTask: (args: { id: string; input: { status?: TaskStatus } }, cache) => {
      const task: Ref<'Task'> = { __typename: 'Task', id: args.id };
      const status = args.input.status ?? (cache.resolve(task, 'status') as TaskStatus);
      // Whether a reopened step is overdue depends on the server's today: keep what it said last.
      const pending = PENDING.includes(status);
      return {
        ...task,
        status,
        overdue: pending ? (cache.resolve(task, 'overdue') as boolean) : false,
        daysOverdue: pending ? (cache.resolve(task, 'daysOverdue') as number | null) : null,
      };
    },
    updateMembership: (
      args: { id: string; input: { role?: MembershipRole; since?: string | null; until?: string | null } },
      cache,
    ) => {
      const membership = membershipRef(args.id);
      const day = (field: 'since' | 'until') =>
        args.input[field] !== undefined ? args.input[field] : (cache.resolve(membership, field) as string | null);
      return {
        ...membership,
        role: args.input.role ?? (cache.resolve(membership, 'role') as MembershipRole),
        since: day('since'),
        until: day('until'),
      };
    },
  },
} satisfies Partial<CacheExchangeOpts>;
