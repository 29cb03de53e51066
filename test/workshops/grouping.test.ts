import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../support/auth';
import { buildMeeting, buildPosition, buildTable, demoIds } from '../support/factories';
import { followMeeting, type LiveGuests, meetingSeq, startLiveServer, waitFor, wsClient } from '../support/live';
import type { TestServer } from '../support/server';

const MERGE = `mutation ($g: ID!, $ids: [ID!]!) { mergePositions(groupId: $g, positionIds: $ids) { id members { id text } } }`;
const SEPARATE = `mutation ($p: ID!) { separatePosition(positionId: $p) { id group { id } } }`;
const VOTE = `mutation ($p: ID!, $dots: Int!) { castVotes(positionId: $p, dots: $dots) { used } }`;
const SET_PHASE = `mutation ($m: ID!, $phase: WorkshopPhase!) { setPhase(meetingId: $m, phase: $phase) { phase } }`;
const TO_TASK = `mutation ($input: CreateTaskFromPositionInput!) { createTaskFromPosition(input: $input) {
  items dueLabel dueDate meeting { id } sourcePosition { id } owner { ... on Organization { shortName } } } }`;
const BOARD = `query ($id: ID!) { meeting(id: $id) { workingTables { id tallies { positionId dots } positions { id text rank group { id } } } } }`;

describe('merging duplicates and turning positions into next steps', () => {
  let server: TestServer;
  let admin: SessionClient;
  let guests: LiveGuests;
  let meetingId: string;
  let tableId: string;
  const board = async () =>
    (await admin.gql(BOARD, { id: meetingId })).data!.meeting.workingTables.find((t: any) => t.id === tableId);

  beforeAll(async () => {
    ({ server, admin, guests } = await startLiveServer({ demo: true }));
    meetingId = (await buildMeeting(admin)).id;
    tableId = (await buildTable(admin, meetingId)).id;
    await admin.gql(`mutation ($m: ID!) { setVoteVisibility(meetingId: $m, hidden: false) { votesVisible } }`, {
      m: meetingId,
    });
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it.each([
      ['no other position', (g: string) => ({ g, ids: [] })],
      ['the group itself', (g: string) => ({ g, ids: [g] })],
      ['a position twice', (g: string, p: string) => ({ g, ids: [p, p] })],
      ['an unknown position', (g: string) => ({ g, ids: ['00000000-0000-4000-8000-000000000000'] })],
    ])('refuses to merge %s with BAD_USER_INPUT', async (_case, variables) => {
      const group = await buildPosition(admin, tableId, 'Gruppe');
      const other = await buildPosition(admin, tableId, 'Andere');
      const before = await board();
      const response = await admin.gql(MERGE, variables(group.id, other.id));
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionIds' });
      expect(await board()).toEqual(before);
    });

    it('refuses to merge positions of another table, or into a merged position', async () => {
      const other = await buildTable(admin, meetingId, { kind: 'CRITICISM', title: 'Kritik' });
      const group = await buildPosition(admin, tableId, 'Hier');
      const foreign = await buildPosition(admin, other.id, 'Dort');
      expect((await admin.gql(MERGE, { g: group.id, ids: [foreign.id] })).errors![0]!.extensions!.field).toBe(
        'positionIds',
      );
      const member = await buildPosition(admin, tableId, 'Mitglied');
      await admin.gql(MERGE, { g: group.id, ids: [member.id] });
      const third = await buildPosition(admin, tableId, 'Dritte');
      expect((await admin.gql(MERGE, { g: member.id, ids: [third.id] })).errors![0]!.extensions!.field).toBe('groupId');
      expect((await admin.gql(SEPARATE, { p: third.id })).errors![0]!.extensions!.field).toBe('positionId');
    });

    it('refuses a merge or separation based on a stale version with CONFLICT', async () => {
      const group = await buildPosition(admin, tableId, 'Gruppe');
      const member = await buildPosition(admin, tableId, 'Mitglied');
      await admin.gql(`mutation ($id: ID!) { updatePosition(id: $id, input: { order: 99 }) { version } }`, {
        id: member.id,
      });
      const stale = await admin.gql(
        `mutation ($g: ID!, $ids: [ID!]!) { mergePositions(groupId: $g, positionIds: $ids, expectedVersions: [1]) { id } }`,
        {
          g: group.id,
          ids: [member.id],
        },
      );
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await board()).positions.find((p: any) => p.id === member.id).group).toBeNull();
      await admin.gql(
        `mutation ($g: ID!, $ids: [ID!]!) { mergePositions(groupId: $g, positionIds: $ids, expectedVersions: [2]) { id } }`,
        {
          g: group.id,
          ids: [member.id],
        },
      );
      const separate = await admin.gql(
        `mutation ($p: ID!) { separatePosition(positionId: $p, expectedVersion: 2) { id } }`,
        { p: member.id },
      );
      expect(separate.errors![0]!.extensions!.code).toBe('CONFLICT');
    });

    it('refuses votes for a merged position and next steps from a table that is not REALISATION', async () => {
      await admin.gql(SET_PHASE, { m: meetingId, phase: 'VOTE' });
      const group = await buildPosition(admin, tableId, 'Kopf');
      const member = await buildPosition(admin, tableId, 'Glied');
      await admin.gql(MERGE, { g: group.id, ids: [member.id] });
      const vote = await guests.gql(meetingId, 'anna')(VOTE, { p: member.id, dots: 1 });
      expect(vote.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionId' });
      await admin.gql(SET_PHASE, { m: meetingId, phase: 'GROUP' });
      const ids = await demoIds(admin);
      const task = await admin.gql(TO_TASK, { input: { positionId: group.id, ownerId: ids.organization('JugA') } });
      expect(task.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionId' });
    });
  });

  it('merges duplicates keeping every text, moving their dots to the group and clearing their ranks', async () => {
    const [a, b, c, d] = [
      await buildPosition(admin, tableId, 'Mehr Kooperation'),
      await buildPosition(admin, tableId, 'Kooperation stärken'),
      await buildPosition(admin, tableId, 'Zusammenarbeit'),
      await buildPosition(admin, tableId, 'Gemeinsam handeln'),
    ];
    await admin.gql(`mutation ($id: ID!) { updatePosition(id: $id, input: { rank: 5 }) { id } }`, { id: b!.id });
    await admin.gql(SET_PHASE, { m: meetingId, phase: 'VOTE' });
    const anna = guests.gql(meetingId, 'anna');
    await anna(VOTE, { p: a!.id, dots: 1 });
    await anna(VOTE, { p: b!.id, dots: 2 });
    await guests.gql(meetingId, 'bert')(VOTE, { p: c!.id, dots: 1 });
    await admin.gql(SET_PHASE, { m: meetingId, phase: 'GROUP' });
    await admin.gql(MERGE, { g: c!.id, ids: [d!.id] });

    const client = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
    const merged = (await admin.gql(MERGE, { g: a!.id, ids: [b!.id, c!.id] })).data!.mergePositions;
    expect(merged.members.map((m: any) => m.text).sort()).toEqual([
      'Gemeinsam handeln',
      'Kooperation stärken',
      'Zusammenarbeit',
    ]);

    const after = await board();
    const byId = new Map(after.positions.map((p: any) => [p.id, p]));
    expect([b, c, d].map((p) => (byId.get(p!.id) as any).group)).toEqual([{ id: a!.id }, { id: a!.id }, { id: a!.id }]);
    expect((byId.get(b!.id) as any).rank).toBeNull();
    expect(after.tallies).toContainEqual({ positionId: a!.id, dots: 4 });
    await waitFor(() => log.events.length >= 3, 'the merge events');
    expect(log.events.map((e) => e.__typename)).toEqual(['PositionsMerged', 'VotesChanged', 'RanksChanged']);

    expect((await admin.gql(SEPARATE, { p: d!.id })).data!.separatePosition.group).toBeNull();
    await client.dispose();
  });

  it('turns a REALISATION position into a next step in one mutation and tells the meeting', async () => {
    const realisation = await buildTable(admin, meetingId, {
      kind: 'REALISATION',
      title: 'Konkretion – Realisierung',
    });
    const position = await buildPosition(admin, realisation.id, 'Kennzahlen für die Sozialräume abstimmen');
    const ids = await demoIds(admin);
    const client = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
    const task = await admin.gql(TO_TASK, {
      input: { positionId: position.id, ownerId: ids.organization('JugA'), dueLabel: 'Ostern 2013' },
    });
    expect(task.data!.createTaskFromPosition).toEqual({
      items: ['Kennzahlen für die Sozialräume abstimmen'],
      dueLabel: 'Ostern 2013',
      dueDate: '2013-03-31',
      meeting: { id: meetingId },
      sourcePosition: { id: position.id },
      owner: { shortName: 'JugA' },
    });
    await waitFor(() => log.events.length >= 1, 'the task event');
    expect(log.events[0]).toMatchObject({
      __typename: 'TaskCreated',
      task: { sourcePositionId: position.id, dueLabel: 'Ostern 2013' },
    });
    await client.dispose();
  });
});
