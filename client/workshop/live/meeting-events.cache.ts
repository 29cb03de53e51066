import type { Cache, UpdateResolver } from '@urql/exchange-graphcache';
import { invalidateQueryFields, TASK_LISTS } from '../../api/cache-lists';
import { graphql, type ResultOf } from '../../api/graphql';
import {
  editList,
  linkedKeys,
  meetingRef,
  positionRef,
  tableRef,
  withAppended,
  without,
  workshopKey,
  writePosition,
  writeRank,
} from './cache-records';
import type { MeetingEventsSubscription } from './meeting-events.operations';

/**
 * Live events applied to the normalised cache, so that every query showing the meeting (board,
 * console, meeting page) follows without asking the server again. The meeting's cached
 * `eventSeq` says which events its records already show: older ones are skipped, which also
 * makes a replayed event harmless.
 */

export type MeetingEvent = ResultOf<typeof MeetingEventsSubscription>['meetingEvents'];
type EventOf<T extends MeetingEvent['__typename']> = Extract<MeetingEvent, { __typename: T }>;
type Appliers = { [T in MeetingEvent['__typename']]: (event: EventOf<T>, cache: Cache) => void };

const MeetingSeq = graphql(`fragment MeetingSeq on Meeting { __typename id eventSeq }`);

const MeetingRecord = graphql(`
  fragment MeetingRecord on Meeting {
    __typename id title description startsAt endsAt allDay place joinOpen closedAt publishedAt
  }
`);

const TableRecord = graphql(`
  fragment TableRecord on WorkingTable { __typename id kind title order locked voteBudget }
`);

const NewTableRecord = graphql(`
  fragment NewTableRecord on WorkingTable {
    __typename
    id
    positions { __typename id }
    totalDots
    tallies { __typename positionId dots }
    myVotes { __typename tableId budget used remaining dots { __typename positionId dots } }
  }
`);

const TableCapabilities = graphql(`
  fragment TableCapabilities on WorkingTable { __typename id viewerCan { __typename addPosition manage } }
`);

const MeetingCapabilities = graphql(`
  fragment MeetingCapabilities on Meeting { __typename id viewerCan { __typename manage workshop { __typename participate } } }
`);

/**
 * A new table's capabilities, as the working-table policy derives them from its meeting's
 * (`addPosition` is the meeting's `workshop.participate`, `manage` its `manage`), so that boards
 * need not ask again; left unknown (and so asked for) when the cache has none of the meeting.
 */
function writeNewTableCapabilities(cache: Cache, meetingId: string, tableId: string): void {
  const meeting = cache.readFragment(MeetingCapabilities, meetingRef(meetingId)) as ResultOf<
    typeof MeetingCapabilities
  > | null;
  if (!meeting) return;
  const { manage, workshop } = meeting.viewerCan;
  cache.writeFragment(TableCapabilities, {
    __typename: 'WorkingTable',
    id: tableId,
    viewerCan: { __typename: 'WorkingTableCapabilities', addPosition: workshop.participate, manage },
  });
}

const BalanceBudget = graphql(`
  fragment BalanceBudget on VoteBalance { __typename tableId budget remaining }
`);

const TableVotes = graphql(`
  fragment TableVotes on WorkingTable { __typename id totalDots tallies { __typename positionId dots } }
`);

const PositionHidden = graphql(`fragment PositionHidden on Position { __typename id hidden }`);

const PositionText = graphql(`fragment PositionText on Position { __typename id text textVersion }`);

const TaskRecord = graphql(`
  fragment TaskRecord on Task {
    __typename id ownerLabel items dueLabel dueDate status sourcePosition { __typename id }
  }
`);

const WorkshopPhase = graphql(`
  fragment WorkshopPhase on Meeting { __typename id workshop { __typename phase } }
`);
const WorkshopTimer = graphql(`
  fragment WorkshopTimer on Meeting {
    __typename id workshop { __typename timer { __typename status durationSeconds endsAt remainingMs serverNow } }
  }
`);
const WorkshopSpotlight = graphql(`
  fragment WorkshopSpotlight on Meeting { __typename id workshop { __typename spotlight { __typename id } } }
`);
const WorkshopVotes = graphql(`
  fragment WorkshopVotes on Meeting {
    __typename id workshop { __typename votesHidden votesRevealed votesVisible }
  }
`);

const ParticipantRecord = graphql(`
  fragment ParticipantRecord on ParticipantState { __typename id displayName tableId present }
`);

function tablesOf(cache: Cache, meetingId: string): string[] {
  return linkedKeys(cache, cache.keyOfEntity(meetingRef(meetingId)), 'workingTables') ?? [];
}

const appliers: Appliers = {
  PositionAdded: ({ meetingId, position }, cache) => writePosition(cache, meetingId, position),
  PositionMoved: ({ meetingId, position }, cache) => writePosition(cache, meetingId, position),
  PositionSeparated: ({ meetingId, position }, cache) => writePosition(cache, meetingId, position),
  PositionsMerged: ({ meetingId, group, members }, cache) => {
    writePosition(cache, meetingId, group);
    for (const member of members) writePosition(cache, meetingId, member);
  },
  PositionEdited: ({ positionId, text, textVersion }, cache) =>
    cache.writeFragment(PositionText, { __typename: 'Position', id: positionId, text, textVersion }),
  PositionRemoved: ({ positionId, tableId }, cache) => {
    const removed = positionRef(positionId);
    const key = cache.keyOfEntity(removed);
    editList(cache, cache.keyOfEntity(tableRef(tableId)), 'positions', without(key));
    editList(cache, cache.resolve(removed, 'group') as string | null, 'members', without(key));
    for (const member of linkedKeys(cache, key, 'members') ?? []) cache.link(member, 'group', null);
    cache.invalidate(removed);
  },
  // Every client keeps a hidden card marked; the board leaves it out for those who may not moderate it.
  PositionHiddenChanged: ({ meetingId, positionId, hidden, shown }, cache) => {
    if (shown) writePosition(cache, meetingId, shown);
    else cache.writeFragment(PositionHidden, { __typename: 'Position', id: positionId, hidden });
  },
  RanksChanged: ({ tableId, ranks }, cache) => {
    const rankOf = new Map(ranks.map((entry) => [entry.positionId, entry.rank]));
    for (const key of linkedKeys(cache, cache.keyOfEntity(tableRef(tableId)), 'positions') ?? []) {
      const id = cache.resolve(key, 'id') as string;
      if (!rankOf.has(id)) writeRank(cache, id, null);
    }
    for (const [id, rank] of rankOf) writeRank(cache, id, rank);
  },
  TableChanged: ({ meetingId, table }, cache) => {
    const key = cache.keyOfEntity(tableRef(table.id));
    if (cache.resolve(tableRef(table.id), 'positions') === undefined) {
      // A table just set up: nothing on it yet, all of the viewer's dots left.
      const budget = table.voteBudget;
      cache.writeFragment(NewTableRecord, {
        __typename: 'WorkingTable',
        id: table.id,
        positions: [],
        totalDots: 0,
        tallies: [],
        myVotes: { __typename: 'VoteBalance', tableId: table.id, budget, used: 0, remaining: budget, dots: [] },
      });
      writeNewTableCapabilities(cache, meetingId, table.id);
    }
    cache.writeFragment(TableRecord, { ...table, __typename: 'WorkingTable' });
    // The viewer's balance follows a new budget: what they gave stays given.
    const used = cache.resolve({ __typename: 'VoteBalance', tableId: table.id }, 'used');
    if (typeof used === 'number') {
      const budget = table.voteBudget;
      cache.writeFragment(BalanceBudget, {
        __typename: 'VoteBalance',
        tableId: table.id,
        budget,
        remaining: budget - used,
      });
    }
    const order = (each: string) => cache.resolve(each, 'order') as number;
    editList(cache, cache.keyOfEntity(meetingRef(meetingId)), 'workingTables', (keys) =>
      withAppended(key)(keys).sort((a, b) => order(a) - order(b)),
    );
  },
  TableRemoved: ({ meetingId, tableId }, cache) => {
    editList(
      cache,
      cache.keyOfEntity(meetingRef(meetingId)),
      'workingTables',
      without(cache.keyOfEntity(tableRef(tableId))),
    );
    cache.invalidate(tableRef(tableId));
  },
  PhaseChanged: ({ meetingId, phase }, cache) =>
    cache.writeFragment(WorkshopPhase, {
      __typename: 'Meeting',
      id: meetingId,
      workshop: { __typename: 'Workshop', phase },
    }),
  TimerChanged: ({ meetingId, timer }, cache) =>
    cache.writeFragment(WorkshopTimer, {
      __typename: 'Meeting',
      id: meetingId,
      workshop: { __typename: 'Workshop', timer: { ...timer, __typename: 'TimerState' } },
    }),
  SpotlightChanged: ({ meetingId, spotlightId }, cache) =>
    cache.writeFragment(WorkshopSpotlight, {
      __typename: 'Meeting',
      id: meetingId,
      workshop: { __typename: 'Workshop', spotlight: spotlightId ? positionRef(spotlightId) : null },
    }),
  // Tallies and the top-five proposal appear or vanish with visibility: only the server has them.
  VoteVisibilityChanged: ({ meetingId, votesHidden, votesRevealed }, cache) => {
    cache.writeFragment(WorkshopVotes, {
      __typename: 'Meeting',
      id: meetingId,
      workshop: { __typename: 'Workshop', votesHidden, votesRevealed, votesVisible: !votesHidden || votesRevealed },
    });
    for (const table of tablesOf(cache, meetingId)) {
      cache.invalidate(table, 'tallies');
      cache.invalidate(table, 'topFiveProposal');
    }
  },
  VotesChanged: ({ tableId, totalDots, tallies }, cache) => {
    cache.writeFragment(TableVotes, {
      __typename: 'WorkingTable',
      id: tableId,
      totalDots,
      tallies: tallies?.map((tally) => ({ ...tally, __typename: 'VoteTally' as const })) ?? null,
    });
    // The proposal, with its places and ties, is the server's to work out from the new dots.
    cache.invalidate(tableRef(tableId), 'topFiveProposal');
  },
  PresenceChanged: ({ meetingId, participant }, cache) => {
    cache.writeFragment(ParticipantRecord, { ...participant, __typename: 'ParticipantState' });
    const key = cache.keyOfEntity({ __typename: 'ParticipantState', id: participant.id });
    editList(cache, workshopKey(cache, meetingId), 'participants', withAppended(key));
  },
  TaskCreated: ({ meetingId, task }, cache) => {
    writeTask(cache, task);
    editList(cache, cache.keyOfEntity(meetingRef(meetingId)), 'tasks', withAppended(`Task:${task.id}`));
  },
  TaskUpdated: ({ task }, cache) => writeTask(cache, task),
  TaskRemoved: ({ meetingId, taskId }, cache) => {
    const task = { __typename: 'Task', id: taskId };
    editList(cache, cache.keyOfEntity(meetingRef(meetingId)), 'tasks', without(cache.keyOfEntity(task)));
    cache.invalidate(task);
    invalidateQueryFields(cache, TASK_LISTS);
  },
  MeetingChanged: ({ meeting }, cache) => {
    const closedBefore = cache.resolve(meetingRef(meeting.id), 'closedAt');
    cache.writeFragment(MeetingRecord, { ...meeting, __typename: 'Meeting' });
    if (closedBefore !== undefined && closedBefore !== meeting.closedAt) dropCapabilities(cache, meeting.id);
  },
};

/**
 * Closing or reopening a meeting changes what its participants may do there: the capabilities
 * of the meeting, its tables and their cards are the server's to answer anew.
 */
function dropCapabilities(cache: Cache, meetingId: string): void {
  cache.invalidate(meetingRef(meetingId), 'viewerCan');
  for (const table of tablesOf(cache, meetingId)) {
    cache.invalidate(table, 'viewerCan');
    for (const position of linkedKeys(cache, table, 'positions') ?? []) cache.invalidate(position, 'viewerCan');
  }
}

function writeTask(cache: Cache, { sourcePositionId, ...task }: EventOf<'TaskCreated'>['task']): void {
  cache.writeFragment(TaskRecord, {
    ...task,
    __typename: 'Task',
    sourcePosition: sourcePositionId ? positionRef(sourcePositionId) : null,
  });
  // Filtered next-step lists (overdue, due soon, done) are the server's to recompute.
  invalidateQueryFields(cache, TASK_LISTS);
}

/** Applies one event, unless the cached meeting already shows it (its eventSeq is as new). */
export function applyMeetingEvent(cache: Cache, event: MeetingEvent): void {
  const shown = cache.resolve(meetingRef(event.meetingId), 'eventSeq');
  if (typeof shown === 'number' && event.seq <= shown) return;
  (appliers[event.__typename] as (event: MeetingEvent, cache: Cache) => void)(event, cache);
  if (typeof shown === 'number') {
    cache.writeFragment(MeetingSeq, { __typename: 'Meeting', id: event.meetingId, eventSeq: event.seq });
  }
}

export const meetingEventUpdates = {
  meetingEvents: ((result, _args, cache) => applyMeetingEvent(cache, result.meetingEvents)) as UpdateResolver<{
    meetingEvents: MeetingEvent;
  }>,
};

/** Events, the states they carry and values without an id of their own live inside the result that holds them. */
export const MEETING_EVENT_EMBEDDED = [
  ...Object.keys(appliers),
  'PositionState',
  'TableState',
  'TaskState',
  'MeetingState',
  'RankEntry',
];
