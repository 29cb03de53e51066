import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const UPDATE = `mutation ($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { text rank version } }`;
const DELETE = `mutation ($id: ID!) { deletePosition(id: $id) }`;

describe('who may write which part of a position', () => {
  let server: TestServer;
  let facilitator: SessionClient;
  let alice: Awaited<ReturnType<typeof signInAs>>;
  let bob: SessionClient;
  let meetingId: string;
  let tableId: string;

  beforeAll(async () => {
    server = await startTestServer();
    facilitator = await signInAs(server, 'admin');
    alice = await signInAs(server, 'user', { name: 'Alice Albers' });
    bob = await signInAs(server, 'user', { name: 'Bob Bauer' });
    meetingId = (await buildMeeting(facilitator)).id;
    for (const participant of [alice, bob]) {
      await setMeetingRole(facilitator, meetingId, (participant as typeof alice).user.personId, 'PARTICIPANT');
    }
    tableId = (await buildTable(facilitator, meetingId)).id;
  });
  afterAll(() => server.close());

  it('takes the author from the session, not from the input', async () => {
    const written = await alice.gql(
      `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { authorName author { name } } }`,
      {
        input: { tableId, text: 'Vom Fall zum Feld' },
      },
    );
    expect(written.data!.createPosition).toEqual({ authorName: 'Alice Albers', author: { name: 'Alice Albers' } });
    const claimed = await alice.gql(
      `mutation { createPosition(input: { tableId: "${tableId}", text: "x", authorName: "Bob" }) { id } }`,
    );
    expect(errorCode(claimed)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lets any participant edit the text, only facilitators rank or move it', async () => {
    const position = await buildPosition(alice, tableId, 'Sichere Finanzierung');
    const otherTable = await buildTable(facilitator, meetingId, { title: 'Kritik', kind: 'CRITICISM' });
    expect(
      (await bob.gql(UPDATE, { id: position.id, input: { text: 'Sichere Finanzierung!' } })).data!.updatePosition
        .version,
    ).toBe(2);
    for (const input of [{ rank: 1 }, { tableId: otherTable.id }, { order: 3 }, { text: 'Neu', rank: 2 }]) {
      expect(errorCode(await bob.gql(UPDATE, { id: position.id, input }))).toBe('FORBIDDEN');
    }
    expect((await facilitator.gql(UPDATE, { id: position.id, input: { rank: 1 } })).data!.updatePosition).toMatchObject(
      { rank: 1, version: 3 },
    );
  });

  it('lets authors delete their own positions, facilitators any', async () => {
    const alices = await buildPosition(alice, tableId, 'Von Alice');
    const bobs = await buildPosition(bob, tableId, 'Von Bob');
    expect(errorCode(await alice.gql(DELETE, { id: bobs.id }))).toBe('FORBIDDEN');
    expect((await alice.gql(DELETE, { id: alices.id })).data!.deletePosition).toBe(alices.id);
    expect((await facilitator.gql(DELETE, { id: bobs.id })).data!.deletePosition).toBe(bobs.id);
  });

  it('leaves participants only reading once the meeting is closed', async () => {
    const position = await buildPosition(alice, tableId, 'Vor Schluss geschrieben');
    await facilitator.gql(`mutation ($id: ID!) { updateMeeting(id: $id, input: { closed: true }) { id } }`, {
      id: meetingId,
    });
    expect(errorCode(await alice.gql(UPDATE, { id: position.id, input: { text: 'Nachträglich' } }))).toBe('FORBIDDEN');
    expect(errorCode(await alice.gql(DELETE, { id: position.id }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await alice.gql(`mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }`, {
          input: { tableId, text: 'Zu spät' },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect((await facilitator.gql(UPDATE, { id: position.id, input: { text: 'Redigiert' } })).errors).toBeUndefined();
    const read = await alice.gql(
      `query ($id: ID!) { meeting(id: $id) { closedAt workingTables { positions { text } } } }`,
      { id: meetingId },
    );
    expect(read.data!.meeting.closedAt).not.toBeNull();
  });
});
