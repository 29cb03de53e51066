import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildMeeting, buildPosition, buildTable } from '../support/factories';
import { meetingSeq, participantGql } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

// Until access control decides who facilitates, live.policy.ts lets everyone. This spec pins that
// every facilitation step asks canFacilitate and refuses with FORBIDDEN when it says no; when
// access lands, the mock gives way to real roles (a facilitator and a plain participant).
vi.mock('../../server/live/live.policy', async (importOriginal) => {
  const policy = await importOriginal<typeof import('../../server/live/live.policy')>();
  return {
    ...policy,
    canFacilitate: async (ctx: Parameters<typeof policy.canFacilitate>[0]) => policy.participantKey(ctx) === 'moderation',
  };
});

describe('only the facilitator facilitates', () => {
  let server: TestServer;
  let meetingId: string;
  let tableId: string;
  let positionIds: string[];

  beforeAll(async () => {
    server = await startTestServer();
    meetingId = (await buildMeeting(server)).id;
    tableId = (await buildTable(server, meetingId)).id;
    positionIds = [
      (await buildPosition(server, tableId, 'Eins')).id,
      (await buildPosition(server, tableId, 'Zwei')).id,
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

  it('refuses every facilitation step of a participant, ranking the top five included, with FORBIDDEN', async () => {
    const participant = participantGql(server, 'anna');
    const seq = await meetingSeq(server, meetingId);
    for (const [query, variables] of steps()) {
      const refusal = (await participant(query, variables)).errors?.[0]?.extensions;
      // A refusal by role, not by the state of the meeting (which would carry a reason).
      expect(refusal, query).toEqual({ code: 'FORBIDDEN' });
    }
    expect(await meetingSeq(server, meetingId)).toBe(seq);
  });

  it('lets the facilitator take the same steps', async () => {
    const facilitator = participantGql(server, 'moderation');
    for (const [query, variables] of steps())
      expect((await facilitator(query, variables)).errors, query).toBeUndefined();
  });
});
