/** A meeting as the board query returns it, and live events about it, for cache and hook tests. */

export const MEETING_ID = 'm-sz2';

export function boardPosition(id: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Position',
    id,
    text,
    authorName: 'Ingrid Krammer',
    author: null,
    authorGuestId: null,
    hidden: false,
    rank: null,
    version: 1,
    textVersion: 0,
    group: null,
    members: [],
    ...extra,
  };
}

function table(id: string, kind: string, title: string, order: number, texts: [string, string][]) {
  const positions = texts.map(([position, text]) =>
    boardPosition(position, text, { table: { __typename: 'WorkingTable', id } }),
  );
  return {
    __typename: 'WorkingTable',
    id,
    kind,
    title,
    order,
    locked: false,
    voteBudget: 5,
    totalDots: 0,
    tallies: [],
    myVotes: { __typename: 'VoteBalance', tableId: id, budget: 5, used: 0, remaining: 5, dots: [] },
    viewerCan: { __typename: 'WorkingTableCapabilities', addPosition: true, manage: false },
    positions,
  };
}

export function boardMeeting(eventSeq = 3) {
  return {
    __typename: 'Meeting',
    id: MEETING_ID,
    title: 'SZ² am 19.10.2012',
    eventSeq,
    closedAt: null,
    viewerCan: {
      __typename: 'MeetingCapabilities',
      manage: false,
      workshop: { __typename: 'WorkshopCapabilities', participate: true, vote: true, facilitate: false },
    },
    workshop: {
      __typename: 'Workshop',
      phase: 'COLLECT',
      votesVisible: true,
      timer: {
        __typename: 'TimerState',
        status: 'STOPPED',
        durationSeconds: null,
        endsAt: null,
        remainingMs: 0,
        serverNow: '2012-10-19T10:00:00.000Z',
      },
      spotlight: null,
      participants: [],
      me: null,
    },
    workingTables: [
      table('t-chancen', 'OPPORTUNITIES', 'Chancen', 1, [
        ['p-flex', 'Flexible Hilfen'],
        ['p-flex2', 'Flexiblere Hilfen'],
      ]),
      table('t-kritik', 'CRITICISM', 'Kritik', 2, [['p-cost', 'Kosten steigen']]),
    ],
  };
}

export function positionState(id: string, tableId: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'PositionState',
    id,
    tableId,
    text,
    authorName: 'Wolfgang Hinte',
    authorId: null,
    authorGuestId: null,
    hidden: false,
    version: 1,
    textVersion: 0,
    rank: null,
    order: 9,
    groupId: null,
    ...extra,
  };
}

/** A subscription result carrying one event. */
export function event(seq: number, typename: string, fields: Record<string, unknown>) {
  return {
    data: {
      meetingEvents: { __typename: typename, seq, meetingId: MEETING_ID, at: '2012-10-19T10:00:00.000Z', ...fields },
    },
  };
}
