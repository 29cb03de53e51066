import type { Cache, KeyingConfig, OptimisticMutationResolver, UpdateResolver } from '@urql/exchange-graphcache';
import {
  editList,
  linkedKeys,
  positionRef,
  type Ref,
  tableRef,
  withAppended,
  without,
  workshopKey,
  writeRank,
} from './live/cache-records';
import { MEETING_EVENT_EMBEDDED, meetingEventUpdates } from './live/meeting-events.cache';

/**
 * Cache rules of the live workshop: how its records are keyed, the live events (see
 * live/meeting-events.cache.ts), and the optimistic answers to writing a card, voting and
 * ranking, rolled back by graphcache when the server refuses.
 */

const EMBEDDED = [
  ...MEETING_EVENT_EMBEDDED,
  // The workshop has no id: it lives inside its meeting, where events write it too.
  'Workshop',
  'TimerState',
  'VoteTally',
  'TopFiveProposal',
  'PlacedPosition',
  'TopFiveTie',
  'PositionDoc',
  'PositionText',
];

export const workshopKeys: KeyingConfig = {
  ...Object.fromEntries(EMBEDDED.map((typename) => [typename, () => null])),
  // The viewer's own dots on a table: one balance per table within a session's cache.
  VoteBalance: (balance) => (typeof balance.tableId === 'string' ? balance.tableId : null),
};

type Tally = { __typename: 'VoteTally'; positionId: string; dots: number };
type Balance = {
  __typename: 'VoteBalance';
  tableId: string;
  budget: number;
  used: number;
  remaining: number;
  dots: Tally[];
};

const tableIdOf = (cache: Cache, positionId: string): string | null => {
  const table = cache.resolve(positionRef(positionId), 'table');
  return typeof table === 'string' ? (cache.resolve(table, 'id') as string) : null;
};

/** The balance after giving `dots` to a position, from the one cached for its table. */
export function balanceAfter(cache: Cache, positionId: string, dots: number): Balance | null {
  const tableId = tableIdOf(cache, positionId);
  if (!tableId) return null;
  const balance = { __typename: 'VoteBalance', tableId } as const;
  const budget =
    (cache.resolve(balance, 'budget') as number | null) ?? (cache.resolve(tableRef(tableId), 'voteBudget') as number);
  const given = ((cache.resolve(balance, 'dots') as string[] | null) ?? []).map((key) => ({
    __typename: 'VoteTally' as const,
    positionId: cache.resolve(key, 'positionId') as string,
    dots: cache.resolve(key, 'dots') as number,
  }));
  const others = given.filter((tally) => tally.positionId !== positionId);
  const next = dots > 0 ? [...others, { __typename: 'VoteTally' as const, positionId, dots }] : others;
  const used = next.reduce((sum, tally) => sum + tally.dots, 0);
  return { ...balance, budget, used, remaining: budget - used, dots: next };
}

let optimisticCount = 0;

const optimistic = {
  createPosition: (args: { input: { tableId: string; text: string } }) => ({
    __typename: 'Position',
    id: `optimistic-${++optimisticCount}`,
    text: args.input.text,
    rank: null,
    version: 0,
    textVersion: 0,
    authorName: null,
    author: null,
    authorGuestId: null,
    hidden: false,
    group: null,
    members: [],
    table: tableRef(args.input.tableId),
  }),
  castVotes: (args: { positionId: string; dots: number }, cache: Cache) =>
    balanceAfter(cache, args.positionId, args.dots),
  confirmTopFive: (args: { tableId: string }) => tableRef(args.tableId),
} satisfies Record<string, OptimisticMutationResolver<any, any>>;

const createPosition: UpdateResolver<{ createPosition: Ref<'Position'> & { table: Ref<'WorkingTable'> } }> = (
  result,
  _args,
  cache,
) => {
  const created = result.createPosition;
  editList(cache, cache.keyOfEntity(created.table), 'positions', withAppended(cache.keyOfEntity(created)));
};

// The PositionRemoved and PositionAdded events say the same to everyone; this screen need not wait for them.
const deletePosition: UpdateResolver<{ deletePosition: string }> = (result, _args, cache) => {
  const removed = positionRef(result.deletePosition);
  const key = cache.keyOfEntity(removed);
  editList(cache, cache.resolve(removed, 'table') as string | null, 'positions', without(key));
};

const restorePosition: UpdateResolver<{ restorePosition: Ref<'Position'> & { table: Ref<'WorkingTable'> } }> = (
  result,
  _args,
  cache,
) => {
  const restored = result.restorePosition;
  editList(cache, cache.keyOfEntity(restored.table), 'positions', withAppended(cache.keyOfEntity(restored)));
};

const castVotes: UpdateResolver<{ castVotes: Balance | null }> = (result, _args, cache) => {
  const balance = result.castVotes;
  if (balance) cache.link(tableRef(balance.tableId), 'myVotes', balance);
};

// Ranks 1–5 in the confirmed order; the RanksChanged event says the same for everyone else.
const confirmTopFive: UpdateResolver<unknown, { tableId: string; positionIds: string[] }> = (_result, args, cache) => {
  for (const key of linkedKeys(cache, cache.keyOfEntity(tableRef(args.tableId)), 'positions') ?? []) {
    const id = cache.resolve(key, 'id') as string;
    const index = args.positionIds.indexOf(id);
    writeRank(cache, id, index < 0 ? null : index + 1);
  }
};

const chooseTable: UpdateResolver<{ chooseTable: Ref<'ParticipantState'> }, { meetingId: string }> = (
  result,
  args,
  cache,
) => {
  const workshop = workshopKey(cache, args.meetingId);
  if (!workshop) return;
  cache.link(workshop, 'me', result.chooseTable);
  editList(cache, workshop, 'participants', withAppended(cache.keyOfEntity(result.chooseTable)));
};

export const workshopCache = {
  keys: workshopKeys,
  optimistic,
  updates: {
    Mutation: { createPosition, deletePosition, restorePosition, castVotes, confirmTopFive, chooseTable },
    Subscription: meetingEventUpdates,
  },
};
