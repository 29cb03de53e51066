import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable } from '../support/factories';
import {
  followMeeting,
  meetingSeq,
  oneTo,
  positionsFromEvents,
  positionsOnServer,
  seqs,
  subscriptionError,
  wsClient,
} from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

const ADD = `mutation ($tableId: ID!, $text: String!) { createPosition(input: { tableId: $tableId, text: $text }) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { id } }`;
const DELETE = `mutation ($id: ID!) { deletePosition(id: $id) }`;

describe('meetingEvents: one ordered, resumable stream per meeting', () => {
  let server: TestServer;
  let admin: SessionClient;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
    client = wsClient(server.wsUrl, admin.token);
  });
  afterAll(async () => {
    await client.dispose();
    await server.close();
  });

  describe('refusals', () => {
    it('refuses an unknown meeting with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
      expect((await subscriptionError(client, '00000000-0000-4000-8000-000000000000', null)).extensions.code).toBe(
        'NOT_FOUND',
      );
      const malformed = await subscriptionError(client, 'nope', null);
      expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    });

    it('refuses an afterSeq beyond the last event or below 0 with BAD_USER_INPUT', async () => {
      const meeting = await buildMeeting(admin);
      await buildTable(admin, meeting.id);
      for (const afterSeq of [2, -1]) {
        const error = await subscriptionError(client, meeting.id, afterSeq);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'afterSeq' });
      }
    });
  });

  it('numbers the events of a meeting 1, 2, 3 … in the transaction that makes the change', async () => {
    const meeting = await buildMeeting(admin);
    const table = await buildTable(admin, meeting.id);
    const position = await buildPosition(admin, table.id, 'Gemeinsame Ziele');
    await admin.gql(UPDATE, { id: position.id, input: { text: 'Gemeinsame Ziele festlegen' } });
    await admin.gql(UPDATE, { id: position.id, input: { rank: 1 } });
    await admin.gql(DELETE, { id: position.id });
    expect(await meetingSeq(admin, meeting.id)).toBe(7);
    const log = followMeeting(client, meeting.id, 0);
    await log.untilSeq(7);
    expect(log.events.map((e) => e.__typename)).toEqual([
      'TableChanged',
      'PositionAdded',
      'PositionEdited',
      'PositionMoved',
      'RanksChanged',
      'PositionRemoved',
      'RanksChanged',
    ]);
    expect(seqs(log.all, 7)).toEqual(oneTo(7));
    log.stop();
  });

  it('switches from the replay to live events without gap or duplicate while others write', async () => {
    const meeting = await buildMeeting(admin);
    const table = await buildTable(admin, meeting.id);
    for (let i = 0; i < 30; i += 1) await admin.gql(ADD, { tableId: table.id, text: `Punkt ${i}` });
    // Writers keep going while the subscription replays and goes live.
    const writing = Promise.all(
      Array.from({ length: 4 }, async (_, writer) => {
        for (let i = 0; i < 15; i += 1)
          await admin.gql(ADD, { tableId: table.id, text: `Schreiber ${writer}, Punkt ${i}` });
      }),
    );
    const log = followMeeting(client, meeting.id, 0);
    await writing;
    await log.untilSeq(91);
    expect(seqs(log.all, 91)).toEqual(oneTo(91));
    log.stop();
  });

  it('lets a client that dropped its connection resume with afterSeq and end with exactly the server state', async () => {
    const meeting = await buildMeeting(admin);
    const tables = [
      await buildTable(admin, meeting.id),
      await buildTable(admin, meeting.id, { title: 'Kritik', kind: 'CRITICISM' }),
    ];
    const positions: string[] = [];
    for (let i = 0; i < 5; i += 1)
      positions.push((await admin.gql(ADD, { tableId: tables[0]!.id, text: `Punkt ${i}` })).data!.createPosition.id);

    const participant = wsClient(server.wsUrl, admin.token);
    const first = followMeeting(participant, meeting.id, 0);
    await first.untilSeq(7);
    await participant.dispose();
    const seen = first.all.length;

    // Fifty changes of every kind while the participant is away.
    for (let i = 0; i < 50; i += 1) {
      const pick = positions[i % positions.length]!;
      switch (i % 5) {
        case 0:
          positions.push(
            (await admin.gql(ADD, { tableId: tables[i % 2]!.id, text: `Neu ${i}` })).data!.createPosition.id,
          );
          break;
        case 1:
          await admin.gql(UPDATE, { id: pick, input: { text: `Überarbeitet ${i}` } });
          break;
        case 2:
          await admin.gql(UPDATE, { id: pick, input: { tableId: tables[(i + 1) % 2]!.id } });
          break;
        case 3:
          await admin.gql(UPDATE, { id: pick, input: { rank: null } });
          break;
        default:
          await admin.gql(DELETE, { id: positions.shift()! });
      }
    }
    const last = await meetingSeq(admin, meeting.id);
    expect(last - seen).toBeGreaterThanOrEqual(50);

    const again = wsClient(server.wsUrl, admin.token);
    const resumed = followMeeting(again, meeting.id, first.all.at(-1)!.seq);
    await resumed.untilSeq(last);
    const all = [...first.all, ...resumed.all];
    expect(seqs(all, last)).toEqual(oneTo(last));
    expect(positionsFromEvents(all)).toEqual(await positionsOnServer(admin, meeting.id));
    await again.dispose();
  });
});
