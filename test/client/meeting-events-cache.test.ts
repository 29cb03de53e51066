import { describe, expect, it } from 'vitest';
import { BoardQuery, CastVotesMutation, CreatePositionMutation } from '../../client/workshop/board.operations';
import { MeetingEventsSubscription } from '../../client/workshop/live/meeting-events.operations';
import { boardMeeting, boardPosition, event, MEETING_ID, positionState } from './support/board-fixture';
import { type Body, clientWithLive, deferred, until, watch } from './support/fake-api';

type Board = NonNullable<ReturnType<ReturnType<typeof watchBoard>['latest']>>['meeting'];

function watchBoard(client: ReturnType<typeof clientWithLive>['client']) {
  return watch(client.query(BoardQuery, { id: MEETING_ID }));
}

const texts = (meeting: Board | undefined, tableId: string) =>
  meeting?.workingTables.find((table) => table.id === tableId)?.positions.map((position) => position.text);

/** A board on screen and the meeting's events flowing into the same cache. */
async function liveBoard(eventSeq = 3) {
  const api = clientWithLive(['Board', () => ({ data: { meeting: boardMeeting(eventSeq) } })]);
  const board = watchBoard(api.client);
  await until(() => board.latest() !== undefined);
  api.client.subscription(MeetingEventsSubscription, { meetingId: MEETING_ID, afterSeq: eventSeq }).subscribe(() => {});
  return { ...api, meeting: () => board.latest()?.meeting };
}

describe('live events in the cache', () => {
  it('shows a card written elsewhere on its table, once, without asking the server again', async () => {
    const { push, meeting, requests } = await liveBoard();
    push(event(4, 'PositionAdded', { position: positionState('p-new', 't-kritik', 'Zu wenig Personal') }));
    await until(() => texts(meeting(), 't-kritik')?.length === 2);
    push(event(4, 'PositionAdded', { position: positionState('p-new', 't-kritik', 'Zu wenig Personal') }));
    expect(texts(meeting(), 't-kritik')).toEqual(['Kosten steigen', 'Zu wenig Personal']);
    expect(meeting()?.eventSeq).toBe(4);
    expect(requests).toEqual(['Board']);
  });

  it('skips events the query already showed', async () => {
    const { push, meeting } = await liveBoard(5);
    push(event(5, 'PositionAdded', { position: positionState('p-old', 't-kritik', 'Schon gezeigt') }));
    push(event(6, 'PhaseChanged', { phase: 'GROUP', previousPhase: 'COLLECT' }));
    await until(() => meeting()?.workshop.phase === 'GROUP');
    expect(texts(meeting(), 't-kritik')).toEqual(['Kosten steigen']);
  });

  it('moves a card between tables and takes new text and ranks', async () => {
    const { push, meeting } = await liveBoard();
    push(
      event(4, 'PositionMoved', { position: positionState('p-cost', 't-chancen', 'Kosten steigen', { version: 2 }) }),
    );
    push(
      event(5, 'PositionEdited', {
        positionId: 'p-cost',
        tableId: 't-chancen',
        update: '',
        text: 'Kosten sinken',
        textVersion: 1,
      }),
    );
    push(
      event(6, 'RanksChanged', {
        tableId: 't-chancen',
        ranks: [{ __typename: 'RankEntry', positionId: 'p-cost', rank: 1 }],
      }),
    );
    await until(() => meeting()?.eventSeq === 6);
    expect(texts(meeting(), 't-kritik')).toEqual([]);
    const chancen = meeting()?.workingTables[0]?.positions;
    expect(chancen?.map((position) => [position.text, position.rank, position.version])).toEqual([
      ['Flexible Hilfen', null, 1],
      ['Flexiblere Hilfen', null, 1],
      ['Kosten sinken', 1, 2],
    ]);
  });

  it('groups merged cards and lets them stand alone again when the group card is removed', async () => {
    const { push, meeting } = await liveBoard();
    push(
      event(4, 'PositionsMerged', {
        group: positionState('p-flex', 't-chancen', 'Flexible Hilfen', { version: 2 }),
        members: [positionState('p-flex2', 't-chancen', 'Flexiblere Hilfen', { groupId: 'p-flex', version: 2 })],
      }),
    );
    await until(() => meeting()?.workingTables[0]?.positions[1]?.group?.id === 'p-flex');
    expect(meeting()?.workingTables[0]?.positions[0]?.members).toMatchObject([{ id: 'p-flex2' }]);

    push(event(5, 'PositionRemoved', { positionId: 'p-flex', tableId: 't-chancen' }));
    await until(() => texts(meeting(), 't-chancen')?.length === 1);
    expect(meeting()?.workingTables[0]?.positions[0]).toMatchObject({ id: 'p-flex2', group: null });
  });

  it('marks a card hidden and shown again, and brings back one a viewer never had', async () => {
    const { push, meeting, requests } = await liveBoard();
    push(event(4, 'PositionHiddenChanged', { positionId: 'p-cost', tableId: 't-kritik', hidden: true, shown: null }));
    await until(() => meeting()?.eventSeq === 4);
    expect(meeting()?.workingTables[1]?.positions[0]).toMatchObject({ id: 'p-cost', hidden: true });
    const shown = positionState('p-hidden', 't-kritik', 'Wieder da', { hidden: false });
    push(event(5, 'PositionHiddenChanged', { positionId: 'p-hidden', tableId: 't-kritik', hidden: false, shown }));
    await until(() => texts(meeting(), 't-kritik')?.length === 2);
    expect(texts(meeting(), 't-kritik')).toEqual(['Kosten steigen', 'Wieder da']);
    expect(requests).toEqual(['Board']);
  });

  it('follows phase, timer, spotlight, votes, presence and new tables', async () => {
    const { push, meeting, requests } = await liveBoard();
    const timer = {
      status: 'RUNNING',
      durationSeconds: 600,
      endsAt: '2012-10-19T10:10:00.000Z',
      remainingMs: 600_000,
      serverNow: '2012-10-19T10:00:00.000Z',
    };
    push(event(4, 'PhaseChanged', { phase: 'VOTE', previousPhase: 'COLLECT' }));
    push(event(5, 'TimerChanged', { timer: { __typename: 'TimerState', ...timer } }));
    push(event(6, 'SpotlightChanged', { spotlightId: 'p-cost' }));
    push(
      event(7, 'VotesChanged', {
        tableId: 't-kritik',
        totalDots: 3,
        tallies: [{ __typename: 'VoteTally', positionId: 'p-cost', dots: 3 }],
      }),
    );
    push(
      event(8, 'PresenceChanged', {
        participant: {
          __typename: 'ParticipantState',
          id: 'g-1',
          displayName: 'Gast',
          tableId: 't-kritik',
          present: true,
        },
      }),
    );
    push(
      event(9, 'TableChanged', {
        table: {
          __typename: 'TableState',
          id: 't-eigen',
          kind: 'CUSTOM',
          title: 'Schule',
          order: 3,
          locked: true,
          voteBudget: 3,
        },
      }),
    );
    const table = { __typename: 'TableState', kind: 'CRITICISM', title: 'Kritik', order: 2, locked: false };
    push(event(10, 'TableChanged', { table: { ...table, id: 't-kritik', voteBudget: 3 } }));
    await until(() => meeting()?.eventSeq === 10);
    const shown = meeting();
    expect(requests).toEqual(['Board']);
    expect(shown?.workshop).toMatchObject({ phase: 'VOTE', timer, spotlight: { id: 'p-cost' } });
    expect(shown?.workshop.participants).toEqual([
      { id: 'g-1', displayName: 'Gast', tableId: 't-kritik', present: true },
    ]);
    expect(shown?.workingTables[1]).toMatchObject({
      totalDots: 3,
      tallies: [{ positionId: 'p-cost', dots: 3 }],
      voteBudget: 3,
      myVotes: { budget: 3, used: 0, remaining: 3 },
    });
    expect(shown?.workingTables.map((table) => [table.title, table.locked])).toEqual([
      ['Chancen', false],
      ['Kritik', false],
      ['Schule', true],
    ]);
  });
});

describe('capabilities after live events', () => {
  const meetingState = (closedAt: string | null) => ({
    __typename: 'MeetingState',
    id: MEETING_ID,
    title: 'SZ² am 19.10.2012',
    description: null,
    startsAt: '2012-10-19T08:00:00.000Z',
    endsAt: null,
    allDay: false,
    place: null,
    joinOpen: false,
    closedAt,
    publishedAt: null,
  });

  it('asks the server again what the viewer may do once the meeting closes', async () => {
    const { push, meeting, requests } = await liveBoard();
    push(event(4, 'MeetingChanged', { meeting: meetingState(null) }));
    await until(() => meeting()?.eventSeq === 4);
    expect(requests).toEqual(['Board']);
    push(event(5, 'MeetingChanged', { meeting: meetingState('2012-10-19T16:00:00.000Z') }));
    await until(() => requests.length === 2);
    expect(requests).toEqual(['Board', 'Board']);
  });

  it("gives a new table its meeting's capabilities without asking again", async () => {
    const { push, meeting, requests } = await liveBoard();
    const table = { __typename: 'TableState', kind: 'CUSTOM', title: 'Schule', order: 3, locked: false, voteBudget: 3 };
    push(event(4, 'TableChanged', { table: { ...table, id: 't-eigen' } }));
    await until(() => meeting()?.workingTables.length === 3);
    expect(meeting()?.workingTables[2]?.viewerCan).toEqual({ addPosition: true, manage: false });
    expect(requests).toEqual(['Board']);
  });
});

describe('optimistic workshop changes', () => {
  it('shows a new card at once and keeps the one the server made', async () => {
    const answer = deferred<Body>();
    const api = clientWithLive(
      ['Board', () => ({ data: { meeting: boardMeeting() } })],
      ['CreatePosition', () => answer.promise],
    );
    const board = watchBoard(api.client);
    await until(() => board.latest() !== undefined);
    const created = api.client.mutation(CreatePositionMutation, { tableId: 't-kritik', text: 'Neu' }).toPromise();
    await until(() => texts(board.latest()?.meeting, 't-kritik')?.length === 2);
    answer.resolve({
      data: {
        createPosition: boardPosition('p-made', 'Neu', { table: { __typename: 'WorkingTable', id: 't-kritik' } }),
      },
    });
    await created;
    await until(() => board.latest()?.meeting.workingTables[1]?.positions[1]?.id === 'p-made');
    expect(texts(board.latest()?.meeting, 't-kritik')).toEqual(['Kosten steigen', 'Neu']);
  });

  it('spends a dot at once and gives it back when the server refuses', async () => {
    const answer = deferred<Body>();
    const api = clientWithLive(
      ['Board', () => ({ data: { meeting: boardMeeting() } })],
      ['CastVotes', () => answer.promise],
    );
    const board = watchBoard(api.client);
    const remaining = () => board.latest()?.meeting.workingTables[0]?.myVotes?.remaining;
    await until(() => remaining() === 5);
    const cast = api.client.mutation(CastVotesMutation, { positionId: 'p-flex', dots: 2 }).toPromise();
    await until(() => remaining() === 3);
    expect(board.latest()?.meeting.workingTables[0]?.myVotes?.dots).toMatchObject([{ positionId: 'p-flex', dots: 2 }]);
    answer.resolve({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'WRONG_PHASE' } }] });
    expect((await cast).error?.graphQLErrors[0]?.extensions.reason).toBe('WRONG_PHASE');
    await until(() => remaining() === 5);
  });
});
