import type { Cache } from '@urql/exchange-graphcache';
import { graphql, type ResultOf } from '../../api/graphql';
import type { PositionStateFragment } from './meeting-events.operations';

/**
 * Writing what live events carry into the normalised records the app's queries read: positions,
 * tables, the workshop (kept inside its meeting, having no id of its own) and list links.
 */

// A type alias, not an interface: graphcache's Entity wants an index signature.
export type Ref<T extends string> = { __typename: T; id: string };

export const positionRef = (id: string): Ref<'Position'> => ({ __typename: 'Position', id });
export const tableRef = (id: string): Ref<'WorkingTable'> => ({ __typename: 'WorkingTable', id });
export const meetingRef = (id: string): Ref<'Meeting'> => ({ __typename: 'Meeting', id });

/** The keys a cached list field links to, or null while no query has loaded it. */
export function linkedKeys(cache: Cache, parent: string | null | undefined, field: string): string[] | null {
  const keys = parent ? cache.resolve(parent, field) : null;
  return Array.isArray(keys) ? (keys as string[]) : null;
}

/** Rewrites a cached list link; a list no query has loaded stays unknown. */
export function editList(
  cache: Cache,
  parent: string | null | undefined,
  field: string,
  edit: (keys: string[]) => string[],
): void {
  const keys = linkedKeys(cache, parent, field);
  if (parent && keys) cache.link(parent, field, edit(keys));
}

export const without = (key: string | null) => (keys: string[]) => keys.filter((each) => each !== key);
export const withAppended = (key: string | null) => (keys: string[]) =>
  key === null || keys.includes(key) ? keys : [...keys, key];

const PositionRecord = graphql(`
  fragment PositionRecord on Position {
    __typename
    id
    text
    authorName
    author { __typename id }
    authorGuestId
    hidden
    version
    textVersion
    rank
    group { __typename id }
    table { __typename id }
  }
`);

const NewPositionRecord = graphql(`
  fragment NewPositionRecord on Position { __typename id members { __typename id } }
`);

type PositionState = ResultOf<typeof PositionStateFragment>;

/**
 * Writes a position as an event shows it and keeps the lists right: the positions of the
 * meeting's tables (it came or moved to one) and its group's members (it left one or joined one).
 */
export function writePosition(cache: Cache, meetingId: string, state: PositionState): void {
  const ref = positionRef(state.id);
  const key = cache.keyOfEntity(ref);
  const oldGroup = cache.resolve(ref, 'group') as string | null | undefined;
  if (cache.resolve(ref, 'members') === undefined) {
    cache.writeFragment(NewPositionRecord, { __typename: 'Position', id: state.id, members: [] });
  }
  cache.writeFragment(PositionRecord, {
    __typename: 'Position',
    id: state.id,
    text: state.text,
    authorName: state.authorName,
    author: state.authorId ? { __typename: 'Person', id: state.authorId } : null,
    authorGuestId: state.authorGuestId,
    hidden: state.hidden ?? false,
    version: state.version,
    textVersion: state.textVersion,
    rank: state.rank,
    group: state.groupId ? positionRef(state.groupId) : null,
    table: tableRef(state.tableId),
  });
  const newTable = cache.keyOfEntity(tableRef(state.tableId));
  for (const table of linkedKeys(cache, cache.keyOfEntity(meetingRef(meetingId)), 'workingTables') ?? []) {
    if (table !== newTable) editList(cache, table, 'positions', without(key));
  }
  editList(cache, newTable, 'positions', withAppended(key));
  const newGroup = state.groupId ? cache.keyOfEntity(positionRef(state.groupId)) : null;
  if (oldGroup && oldGroup !== newGroup) editList(cache, oldGroup, 'members', without(key));
  editList(cache, newGroup, 'members', withAppended(key));
}

/** The key of the workshop record inside a meeting, or null while no query has loaded it. */
export function workshopKey(cache: Cache, meetingId: string): string | null {
  const key = cache.resolve(meetingRef(meetingId), 'workshop');
  return typeof key === 'string' ? key : null;
}

const PositionRank = graphql(`fragment PositionRank on Position { __typename id rank }`);

export function writeRank(cache: Cache, id: string, rank: number | null): void {
  cache.writeFragment(PositionRank, { __typename: 'Position', id, rank });
}
