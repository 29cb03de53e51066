import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../support/auth';
import { buildMeeting, buildPosition, buildTable } from '../support/factories';
import { errorCode } from '../support/graphql';
import { followMeeting, type LiveGuests, meetingSeq, startLiveServer, waitFor, wsClient } from '../support/live';
import type { TestServer } from '../support/server';

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
const MEETING = `query ($id: ID!) { meeting(id: $id) { closedAt joinOpen workshop { phase } } }`;
const PARTICIPANTS = `query ($id: ID!) { meeting(id: $id) { workshop { participants { displayName tableId present } me { displayName } } } }`;

describe('facilitating a workshop', () => {
  let server: TestServer;
  let admin: SessionClient;
  let guests: LiveGuests;
  let clock = Date.parse('2012-10-19T10:00:00Z');
  let meetingId: string;
  let tableId: string;
  const workshop = async () =>
    (await admin.gql(`query ($id: ID!) { meeting(id: $id) { ${WORKSHOP} } }`, { id: meetingId })).data!.meeting
      .workshop;

  beforeAll(async () => {
    ({ server, admin, guests } = await startLiveServer({ now: () => new Date(clock) }));
    meetingId = (await buildMeeting(admin)).id;
    tableId = (await buildTable(admin, meetingId)).id;
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('refuses an unknown meeting with NOT_FOUND and an unknown phase with BAD_USER_INPUT', async () => {
      expect(errorCode(await admin.gql(SET_PHASE, { m: '00000000-0000-4000-8000-000000000000', phase: 'VOTE' }))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await admin.gql(SET_PHASE, { m: meetingId, phase: 'PARTY' }))).toBe('BAD_USER_INPUT');
      expect((await workshop()).phase).toBe('PREPARE');
    });

    it('refuses timers of 0 seconds or more than eight hours with BAD_USER_INPUT', async () => {
      for (const s of [0, -5, 8 * 3600 + 1]) {
        const response = await admin.gql(START, { m: meetingId, s });
        expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seconds' });
      }
      expect((await workshop()).timer.status).toBe('STOPPED');
    });

    it('refuses to pause a timer that is not running, or resume one that is not paused, with CONFLICT', async () => {
      expect(errorCode(await admin.gql(PAUSE, { m: meetingId }))).toBe('CONFLICT');
      expect(errorCode(await admin.gql(RESUME, { m: meetingId }))).toBe('CONFLICT');
    });

    it('refuses to spotlight a position of another meeting', async () => {
      const other = await buildMeeting(admin, { title: 'Andere Sitzung' });
      const foreign = await buildPosition(admin, (await buildTable(admin, other.id)).id);
      const response = await admin.gql(SPOTLIGHT, { m: meetingId, p: foreign.id });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionId' });
      expect((await workshop()).spotlight).toBeNull();
    });

    it('refuses position changes on a locked table with FORBIDDEN until it is unlocked', async () => {
      const position = await buildPosition(admin, tableId, 'Vorher');
      expect((await admin.gql(LOCK, { t: tableId, locked: true })).data!.setTableLocked.locked).toBe(true);
      const seq = await meetingSeq(admin, meetingId);
      const refused = [
        await admin.gql(ADD, { t: tableId, text: 'Neu' }),
        await admin.gql(`mutation ($id: ID!) { updatePosition(id: $id, input: { text: "Nachher" }) { id } }`, {
          id: position.id,
        }),
        await admin.gql(`mutation ($id: ID!) { deletePosition(id: $id) }`, { id: position.id }),
      ];
      for (const response of refused)
        expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TABLE_LOCKED' });
      expect(await meetingSeq(admin, meetingId)).toBe(seq);
      await admin.gql(LOCK, { t: tableId, locked: false });
      expect((await admin.gql(ADD, { t: tableId, text: 'Neu' })).errors).toBeUndefined();
    });

    it('refuses to sit someone at a table of another meeting, and a participant-less request with UNAUTHENTICATED', async () => {
      const other = await buildMeeting(admin, { title: 'Noch eine Sitzung' });
      const foreignTable = await buildTable(admin, other.id);
      const response = await guests.gql(meetingId, 'bert')(CHOOSE, { m: meetingId, t: foreignTable.id });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tableId' });
      expect(errorCode(await server.gql(CHOOSE, { m: meetingId, t: tableId }))).toBe('UNAUTHENTICATED');
      expect((await admin.gql(PARTICIPANTS, { id: meetingId })).data!.meeting.workshop.participants).toEqual([]);
    });
  });

  it('moves through the phases back and forth and tells everyone', async () => {
    const client = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
    for (const phase of ['COLLECT', 'GROUP', 'VOTE', 'GROUP', 'VOTE']) {
      expect((await admin.gql(SET_PHASE, { m: meetingId, phase })).data!.setPhase.phase).toBe(phase);
    }
    await waitFor(() => log.events.length >= 5, 'five phase changes');
    expect(log.events.map((e) => [e.phase, e.previousPhase])).toEqual([
      ['COLLECT', 'PREPARE'],
      ['GROUP', 'COLLECT'],
      ['VOTE', 'GROUP'],
      ['GROUP', 'VOTE'],
      ['VOTE', 'GROUP'],
    ]);
    await admin.gql(SET_PHASE, { m: meetingId, phase: 'COLLECT' });
    await client.dispose();
  });

  it('runs the timer in server time: start, pause, resume, stop', async () => {
    const client = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
    const started = (await admin.gql(START, { m: meetingId, s: 300 })).data!.startTimer.timer;
    expect(started).toEqual({
      status: 'RUNNING',
      endsAt: '2012-10-19T10:05:00.000Z',
      remainingMs: 300_000,
      serverNow: '2012-10-19T10:00:00.000Z',
    });
    clock += 90_000;
    expect((await workshop()).timer.remainingMs).toBe(210_000);
    expect((await admin.gql(PAUSE, { m: meetingId })).data!.pauseTimer.timer).toEqual({
      status: 'PAUSED',
      remainingMs: 210_000,
    });
    clock += 60_000;
    expect((await admin.gql(RESUME, { m: meetingId })).data!.resumeTimer.timer).toEqual({
      status: 'RUNNING',
      endsAt: '2012-10-19T10:06:00.000Z',
      remainingMs: 210_000,
    });
    expect((await admin.gql(STOP, { m: meetingId })).data!.stopTimer.timer).toEqual({
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
    const position = await buildPosition(admin, tableId, 'Im Mittelpunkt');
    const client = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
    expect((await admin.gql(SPOTLIGHT, { m: meetingId, p: position.id })).data!.setSpotlight.spotlight).toEqual({
      id: position.id,
    });
    expect((await admin.gql(SPOTLIGHT, { m: meetingId, p: null })).data!.setSpotlight.spotlight).toBeNull();
    await waitFor(() => log.events.length >= 2, 'two spotlight events');
    expect(log.events.map((e) => e.spotlightId)).toEqual([position.id, null]);
    await client.dispose();
  });

  it('shows who is present at which table, and lets them go after the grace period', async () => {
    const watcher = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(watcher, meetingId, await meetingSeq(admin, meetingId), { presence: true });
    // The watcher (an admin) counts as present too; this is about Anna.
    const presence = () =>
      log.events
        .filter((e) => e.__typename === 'PresenceChanged' && e.participant.displayName === 'Anna Amsel')
        .map((e) => e.participant);

    const anna = wsClient(server.wsUrl, (await guests.session(meetingId, 'anna', 'Anna Amsel')).token);
    const first = followMeeting(anna, meetingId, null);
    await waitFor(() => presence().length >= 1, 'Anna to be present');
    expect(presence()[0]).toMatchObject({ displayName: 'Anna Amsel', present: true, tableId: null });

    const chosen = await guests.gql(meetingId, 'anna')(CHOOSE, { m: meetingId, t: tableId });
    expect(chosen.data!.chooseTable).toEqual({ displayName: 'Anna Amsel', tableId, present: true });
    const participants = await guests.gql(meetingId, 'anna')(PARTICIPANTS, { id: meetingId });
    expect(participants.data!.meeting.workshop).toEqual({
      participants: expect.arrayContaining([{ displayName: 'Anna Amsel', tableId, present: true }]),
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

  it('closes the meeting with the CLOSED phase: participants then only read, facilitators still write', async () => {
    const anna = await guests.session(meetingId, 'anna');
    const client = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
    expect((await admin.gql(SET_PHASE, { m: meetingId, phase: 'CLOSED' })).data!.setPhase.phase).toBe('CLOSED');
    expect((await admin.gql(MEETING, { id: meetingId })).data!.meeting).toMatchObject({
      closedAt: expect.any(String),
      joinOpen: false,
      workshop: { phase: 'CLOSED' },
    });
    const seq = await meetingSeq(admin, meetingId);
    expect(errorCode(await anna.gql(ADD, { t: tableId, text: 'Zu spät' }))).toBe('FORBIDDEN');
    expect(await meetingSeq(admin, meetingId)).toBe(seq);
    expect((await admin.gql(ADD, { t: tableId, text: 'Nachgetragen' })).errors).toBeUndefined();

    // Any other phase opens the meeting again.
    expect((await admin.gql(SET_PHASE, { m: meetingId, phase: 'COLLECT' })).data!.setPhase.phase).toBe('COLLECT');
    expect((await admin.gql(MEETING, { id: meetingId })).data!.meeting.closedAt).toBeNull();
    expect((await anna.gql(ADD, { t: tableId, text: 'Wieder offen' })).errors).toBeUndefined();
    const kinds = [
      'MeetingChanged',
      'PhaseChanged',
      'PositionAdded',
      'MeetingChanged',
      'PhaseChanged',
      'PositionAdded',
    ];
    await waitFor(() => log.events.length >= kinds.length, 'the closing and reopening');
    expect(log.events.map((e) => e.__typename)).toEqual(kinds);
    expect(log.events.filter((e) => e.__typename === 'PhaseChanged').map((e) => [e.phase, e.previousPhase])).toEqual([
      ['CLOSED', 'COLLECT'],
      ['COLLECT', 'CLOSED'],
    ]);
    await client.dispose();
  });

  it('is closed, too, when the meeting is closed as a whole, and the stored phase returns when it opens', async () => {
    const client = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
    const close = (closed: boolean) =>
      admin.gql(`mutation ($id: ID!, $closed: Boolean) { updateMeeting(id: $id, input: { closed: $closed }) { id } }`, {
        id: meetingId,
        closed,
      });
    await close(true);
    expect((await admin.gql(MEETING, { id: meetingId })).data!.meeting.workshop.phase).toBe('CLOSED');
    await close(false);
    expect((await admin.gql(MEETING, { id: meetingId })).data!.meeting.workshop.phase).toBe('COLLECT');
    await waitFor(() => log.events.length >= 4, 'both changes');
    expect(log.events.map((e) => [e.__typename, e.phase ?? e.meeting?.closedAt ?? null])).toEqual([
      ['MeetingChanged', expect.any(String)],
      ['PhaseChanged', 'CLOSED'],
      ['MeetingChanged', null],
      ['PhaseChanged', 'COLLECT'],
    ]);
    await client.dispose();
  });
});
