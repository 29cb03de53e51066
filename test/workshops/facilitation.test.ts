import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildPosition, buildTable } from '../support/factories';
import { errorCode } from '../support/graphql';
import { followMeeting, meetingSeq, participantGql, waitFor, wsClient } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

const WORKSHOP = `workshop { phase votesHidden votesRevealed timer { status durationSeconds endsAt remainingMs serverNow } spotlight { id } }`;
const SET_PHASE = `mutation ($m: ID!, $phase: WorkshopPhase!) { setPhase(meetingId: $m, phase: $phase) { phase } }`;
const START = `mutation ($m: ID!, $s: Int!) { startTimer(meetingId: $m, seconds: $s) { timer { status endsAt remainingMs serverNow } } }`;
const PAUSE = `mutation ($m: ID!) { pauseTimer(meetingId: $m) { timer { status remainingMs } } }`;
const RESUME = `mutation ($m: ID!) { resumeTimer(meetingId: $m) { timer { status endsAt remainingMs } } }`;
const STOP = `mutation ($m: ID!) { stopTimer(meetingId: $m) { timer { status remainingMs } } }`;
const SPOTLIGHT = `mutation ($m: ID!, $p: ID) { setSpotlight(meetingId: $m, positionId: $p) { spotlight { id } } }`;
const LOCK = `mutation ($t: ID!, $locked: Boolean!) { setTableLocked(tableId: $t, locked: $locked) { locked } }`;
const ADD = `mutation ($t: ID!, $text: String!) { createPosition(input: { tableId: $t, text: $text }) { id } }`;
const CHOOSE = `mutation ($m: ID!, $t: ID) { chooseTable(meetingId: $m, tableId: $t) { displayName tableId present } }`;
const PARTICIPANTS = `query ($id: ID!) { meeting(id: $id) { workshop { participants { displayName tableId present } me { displayName } } } }`;

describe('facilitating a workshop', () => {
  let server: TestServer;
  let clock = Date.parse('2012-10-19T10:00:00Z');
  let meetingId: string;
  let tableId: string;
  const workshop = async () =>
    (await server.gql(`query ($id: ID!) { meeting(id: $id) { ${WORKSHOP} } }`, { id: meetingId })).data!.meeting
      .workshop;

  beforeAll(async () => {
    server = await startTestServer({ now: () => new Date(clock) });
    meetingId = (await buildMeeting(server)).id;
    tableId = (await buildTable(server, meetingId)).id;
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('refuses an unknown meeting with NOT_FOUND and an unknown phase with BAD_USER_INPUT', async () => {
      expect(errorCode(await server.gql(SET_PHASE, { m: '00000000-0000-4000-8000-000000000000', phase: 'VOTE' }))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await server.gql(SET_PHASE, { m: meetingId, phase: 'PARTY' }))).toBe('BAD_USER_INPUT');
      expect((await workshop()).phase).toBe('PREPARE');
    });

    it('refuses timers of 0 seconds or more than eight hours with BAD_USER_INPUT', async () => {
      for (const s of [0, -5, 8 * 3600 + 1]) {
        const response = await server.gql(START, { m: meetingId, s });
        expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seconds' });
      }
      expect((await workshop()).timer.status).toBe('STOPPED');
    });

    it('refuses to pause a timer that is not running, or resume one that is not paused, with CONFLICT', async () => {
      expect(errorCode(await server.gql(PAUSE, { m: meetingId }))).toBe('CONFLICT');
      expect(errorCode(await server.gql(RESUME, { m: meetingId }))).toBe('CONFLICT');
    });

    it('refuses to spotlight a position of another meeting', async () => {
      const other = await buildMeeting(server, { title: 'Andere Sitzung' });
      const foreign = await buildPosition(server, (await buildTable(server, other.id)).id);
      const response = await server.gql(SPOTLIGHT, { m: meetingId, p: foreign.id });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionId' });
      expect((await workshop()).spotlight).toBeNull();
    });

    it('refuses position changes on a locked table with FORBIDDEN until it is unlocked', async () => {
      const position = await buildPosition(server, tableId, 'Vorher');
      expect((await server.gql(LOCK, { t: tableId, locked: true })).data!.setTableLocked.locked).toBe(true);
      const seq = await meetingSeq(server, meetingId);
      const refused = [
        await server.gql(ADD, { t: tableId, text: 'Neu' }),
        await server.gql(`mutation ($id: ID!) { updatePosition(id: $id, input: { text: "Nachher" }) { id } }`, {
          id: position.id,
        }),
        await server.gql(`mutation ($id: ID!) { deletePosition(id: $id) }`, { id: position.id }),
      ];
      for (const response of refused)
        expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TABLE_LOCKED' });
      expect(await meetingSeq(server, meetingId)).toBe(seq);
      await server.gql(LOCK, { t: tableId, locked: false });
      expect((await server.gql(ADD, { t: tableId, text: 'Neu' })).errors).toBeUndefined();
    });

    it('refuses to sit someone at a table of another meeting, and a participant-less request with UNAUTHENTICATED', async () => {
      const other = await buildMeeting(server, { title: 'Noch eine Sitzung' });
      const foreignTable = await buildTable(server, other.id);
      const response = await participantGql(server, 'bert')(CHOOSE, { m: meetingId, t: foreignTable.id });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tableId' });
      expect(errorCode(await server.gql(CHOOSE, { m: meetingId, t: tableId }))).toBe('UNAUTHENTICATED');
      expect((await server.gql(PARTICIPANTS, { id: meetingId })).data!.meeting.workshop.participants).toEqual([]);
    });
  });

  it('moves through the phases back and forth and tells everyone', async () => {
    const client = wsClient(server.wsUrl);
    const log = followMeeting(client, meetingId, await meetingSeq(server, meetingId));
    for (const phase of ['COLLECT', 'GROUP', 'VOTE', 'GROUP', 'VOTE']) {
      expect((await server.gql(SET_PHASE, { m: meetingId, phase })).data!.setPhase.phase).toBe(phase);
    }
    await waitFor(() => log.events.length >= 5, 'five phase changes');
    expect(log.events.map((e) => [e.phase, e.previousPhase])).toEqual([
      ['COLLECT', 'PREPARE'],
      ['GROUP', 'COLLECT'],
      ['VOTE', 'GROUP'],
      ['GROUP', 'VOTE'],
      ['VOTE', 'GROUP'],
    ]);
    await server.gql(SET_PHASE, { m: meetingId, phase: 'COLLECT' });
    await client.dispose();
  });

  it('runs the timer in server time: start, pause, resume, stop', async () => {
    const client = wsClient(server.wsUrl);
    const log = followMeeting(client, meetingId, await meetingSeq(server, meetingId));
    const started = (await server.gql(START, { m: meetingId, s: 300 })).data!.startTimer.timer;
    expect(started).toEqual({
      status: 'RUNNING',
      endsAt: '2012-10-19T10:05:00.000Z',
      remainingMs: 300_000,
      serverNow: '2012-10-19T10:00:00.000Z',
    });
    clock += 90_000;
    expect((await workshop()).timer.remainingMs).toBe(210_000);
    expect((await server.gql(PAUSE, { m: meetingId })).data!.pauseTimer.timer).toEqual({
      status: 'PAUSED',
      remainingMs: 210_000,
    });
    clock += 60_000;
    expect((await server.gql(RESUME, { m: meetingId })).data!.resumeTimer.timer).toEqual({
      status: 'RUNNING',
      endsAt: '2012-10-19T10:06:00.000Z',
      remainingMs: 210_000,
    });
    expect((await server.gql(STOP, { m: meetingId })).data!.stopTimer.timer).toEqual({
      status: 'STOPPED',
      remainingMs: 0,
    });
    await waitFor(() => log.events.length >= 4, 'four timer events');
    expect(log.events.map((e) => e.timer.status)).toEqual(['RUNNING', 'PAUSED', 'RUNNING', 'STOPPED']);
    expect(log.events[0]!.timer).toMatchObject({
      endsAt: '2012-10-19T10:05:00.000Z',
      serverNow: '2012-10-19T10:00:00.000Z',
    });
    await client.dispose();
  });

  it('puts a position in the spotlight for everyone and takes it out again', async () => {
    const position = await buildPosition(server, tableId, 'Im Mittelpunkt');
    const client = wsClient(server.wsUrl);
    const log = followMeeting(client, meetingId, await meetingSeq(server, meetingId));
    expect((await server.gql(SPOTLIGHT, { m: meetingId, p: position.id })).data!.setSpotlight.spotlight).toEqual({
      id: position.id,
    });
    expect((await server.gql(SPOTLIGHT, { m: meetingId, p: null })).data!.setSpotlight.spotlight).toBeNull();
    await waitFor(() => log.events.length >= 2, 'two spotlight events');
    expect(log.events.map((e) => e.spotlightId)).toEqual([position.id, null]);
    await client.dispose();
  });

  it('shows who is present at which table, and lets them go after the grace period', async () => {
    const watcher = wsClient(server.wsUrl);
    const log = followMeeting(watcher, meetingId, await meetingSeq(server, meetingId));
    const presence = () => log.events.filter((e) => e.__typename === 'PresenceChanged').map((e) => e.participant);

    const anna = wsClient(server.wsUrl, { participant: 'anna', displayName: 'Anna Amsel' });
    const first = followMeeting(anna, meetingId, null);
    await waitFor(() => presence().length >= 1, 'Anna to be present');
    expect(presence()[0]).toMatchObject({ displayName: 'Anna Amsel', present: true, tableId: null });

    const chosen = await participantGql(server, 'anna')(CHOOSE, { m: meetingId, t: tableId });
    expect(chosen.data!.chooseTable).toEqual({ displayName: 'Anna Amsel', tableId, present: true });
    const participants = await participantGql(server, 'anna')(PARTICIPANTS, { id: meetingId });
    expect(participants.data!.meeting.workshop).toEqual({
      participants: [{ displayName: 'Anna Amsel', tableId, present: true }],
      me: { displayName: 'Anna Amsel' },
    });

    // Dropping and taking up the subscription within the grace period is no departure.
    first.stop();
    followMeeting(anna, meetingId, null);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(presence().map((p) => p.present)).toEqual([true, true]);

    await anna.dispose();
    await waitFor(() => presence().length >= 3, 'Anna to leave');
    expect(presence()[2]).toMatchObject({ displayName: 'Anna Amsel', tableId, present: false });
    await watcher.dispose();
  });

  it('keeps a closed meeting as it is', async () => {
    await server.gql(SET_PHASE, { m: meetingId, phase: 'CLOSED' });
    const response = await server.gql(ADD, { t: tableId, text: 'Zu spät' });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MEETING_CLOSED' });
    await server.gql(SET_PHASE, { m: meetingId, phase: 'COLLECT' });
  });
});
