import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable, setMeetingRole } from '../support/factories';
import { liveGuests, meetingSeq } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

describe('only the facilitator facilitates', () => {
  let server: TestServer;
  let admin: SessionClient;
  let facilitator: SessionClient;
  let participant: SessionClient;
  let guest: SessionClient;
  let meetingId: string;
  let tableId: string;
  let positionIds: string[];

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
    meetingId = (await buildMeeting(admin)).id;
    const moderation = await signInAs(server, 'user', { name: 'Moderation' });
    const anna = await signInAs(server, 'user', { name: 'Anna' });
    await setMeetingRole(admin, meetingId, moderation.user.personId, 'FACILITATOR');
    await setMeetingRole(admin, meetingId, anna.user.personId, 'PARTICIPANT');
    facilitator = moderation;
    participant = anna;
    guest = await liveGuests(server, admin).session(meetingId, 'gast', 'Gast');
    tableId = (await buildTable(facilitator, meetingId)).id;
    positionIds = [
      (await buildPosition(participant, tableId, 'Eins')).id,
      (await buildPosition(guest, tableId, 'Zwei')).id,
    ];
  });
  afterAll(() => server.close());

  const steps = () =>
    [
      [`mutation ($m: ID!) { setPhase(meetingId: $m, phase: PRIORITISE) { phase } }`, { m: meetingId }],
      [`mutation ($m: ID!) { startTimer(meetingId: $m, seconds: 60) { phase } }`, { m: meetingId }],
      [
        `mutation ($m: ID!, $p: ID) { setSpotlight(meetingId: $m, positionId: $p) { phase } }`,
        { m: meetingId, p: positionIds[0] },
      ],
      [`mutation ($m: ID!) { setVoteVisibility(meetingId: $m, revealed: true) { phase } }`, { m: meetingId }],
      [`mutation ($t: ID!) { setTableLocked(tableId: $t, locked: true) { locked } }`, { t: tableId }],
      [`mutation ($t: ID!) { setVoteBudget(tableId: $t, dots: 3) { voteBudget } }`, { t: tableId }],
      [
        `mutation ($t: ID!, $ids: [ID!]!) { confirmTopFive(tableId: $t, positionIds: $ids) { id } }`,
        { t: tableId, ids: positionIds },
      ],
    ] as const;

  it('refuses every facilitation step of a participant or a guest, ranking the top five included, with FORBIDDEN', async () => {
    const seq = await meetingSeq(admin, meetingId);
    for (const client of [participant, guest]) {
      for (const [query, variables] of steps()) {
        const refusal = (await client.gql(query, variables)).errors?.[0]?.extensions;
        // A refusal by role, not by the state of the meeting (which would carry a reason).
        expect(refusal, query).toEqual({ code: 'FORBIDDEN' });
      }
    }
    expect(await meetingSeq(admin, meetingId)).toBe(seq);
  });

  it('refuses merging and separating positions by participants: arranging the table is for facilitators', async () => {
    const [group, member] = positionIds as [string, string];
    const merge = `mutation ($g: ID!, $ids: [ID!]!) { mergePositions(groupId: $g, positionIds: $ids) { id } }`;
    const separate = `mutation ($p: ID!) { separatePosition(positionId: $p) { id } }`;
    for (const client of [participant, guest]) {
      expect((await client.gql(merge, { g: group, ids: [member] })).errors?.[0]?.extensions).toEqual({
        code: 'FORBIDDEN',
      });
      expect((await client.gql(separate, { p: member })).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    }
  });

  it('lets the facilitator take the same steps', async () => {
    for (const [query, variables] of steps())
      expect((await facilitator.gql(query, variables)).errors, query).toBeUndefined();
  });
});
