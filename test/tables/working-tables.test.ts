import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingEventRecord } from '../../server/live/meeting-event.entity';
import { type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const CREATE = `mutation ($input: CreateWorkingTableInput!) {
  createWorkingTable(input: $input) { id kind title order voteBudget }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateWorkingTableInput!) {
  updateWorkingTable(id: $id, input: $input) { id title order voteBudget }
}`;
const DELETE = `mutation ($id: ID!) { deleteWorkingTable(id: $id) }`;
const TABLES = `query ($id: ID!) {
  meeting(id: $id) { workingTables { id kind title order voteBudget positions { id } viewerCan { manage } } }
}`;

describe('setting up working tables', () => {
  let server: TestServer;
  let facilitator: Awaited<ReturnType<typeof signInAs>>;
  let participant: Awaited<ReturnType<typeof signInAs>>;
  let meetingId: string;

  const tables = async (client: SessionClient = facilitator) =>
    (await client.gql(TABLES, { id: meetingId })).data!.meeting.workingTables as any[];
  const events = async (type: string) =>
    server.db.orm.em.fork().find(MeetingEventRecord, { meeting: meetingId, type }, { orderBy: { seq: 'asc' } });

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await signInAs(server, 'admin');
    facilitator = await signInAs(server, 'user', { name: 'Moderatorin' });
    participant = await signInAs(server, 'user', { name: 'Teilnehmer' });
    meetingId = (await buildMeeting(admin)).id;
    await setMeetingRole(admin, meetingId, facilitator.user.personId, 'FACILITATOR');
    await setMeetingRole(admin, meetingId, participant.user.personId, 'PARTICIPANT');
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it.each([
      ['a blank title', { kind: 'CUSTOM', title: '  ' }, 'title'],
      ['a title of 500 characters', { kind: 'CUSTOM', title: 'x'.repeat(500) }, 'title'],
      ['a vote budget above 100', { kind: 'CUSTOM', title: 'Themen', voteBudget: 101 }, 'voteBudget'],
      ['a negative vote budget', { kind: 'CUSTOM', title: 'Themen', voteBudget: -1 }, 'voteBudget'],
      ['a negative place', { kind: 'CUSTOM', title: 'Themen', order: -1 }, 'order'],
      ['a malformed meeting id', { kind: 'CUSTOM', title: 'Themen', meetingId: 'x' }, 'meetingId'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, input, field) => {
      const before = await tables();
      const response = await facilitator.gql(CREATE, { input: { meetingId, ...input } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(await tables()).toEqual(before);
    });

    it('refuses a participant with FORBIDDEN, and an unknown meeting or table with NOT_FOUND', async () => {
      const table = await buildTable(facilitator, meetingId, { title: 'Vorhanden' });
      const before = await tables();
      expect(errorCode(await participant.gql(CREATE, { input: { meetingId, kind: 'CUSTOM', title: 'X' } }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await participant.gql(UPDATE, { id: table.id, input: { title: 'Umbenannt' } }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await participant.gql(DELETE, { id: table.id }))).toBe('FORBIDDEN');
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(
        errorCode(await facilitator.gql(CREATE, { input: { meetingId: unknown, kind: 'CUSTOM', title: 'X' } })),
      ).toBe('NOT_FOUND');
      expect(errorCode(await facilitator.gql(UPDATE, { id: unknown, input: { title: 'X' } }))).toBe('NOT_FOUND');
      expect(errorCode(await facilitator.gql(DELETE, { id: unknown }))).toBe('NOT_FOUND');
      const renamed = await facilitator.gql(UPDATE, { id: table.id, input: { voteBudget: 500 } });
      expect(renamed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'voteBudget' });
      expect(await tables()).toEqual(before);
      await facilitator.gql(DELETE, { id: table.id });
    });

    it('tells a participant they may not manage a table, and a facilitator that they may', async () => {
      const table = await buildTable(facilitator, meetingId, { title: 'Fragen' });
      expect((await tables(participant)).find((t) => t.id === table.id).viewerCan.manage).toBe(false);
      expect((await tables()).find((t) => t.id === table.id).viewerCan.manage).toBe(true);
      await facilitator.gql(DELETE, { id: table.id });
    });
  });

  it('adds a custom table with its vote budget, renames it, reorders, and removes a table with its cards', async () => {
    const chancen = await buildTable(facilitator, meetingId, { title: 'Chancen' });
    const kritik = await buildTable(facilitator, meetingId, { kind: 'CRITICISM', title: 'Kritik' });
    const custom = (
      await facilitator.gql(CREATE, { input: { meetingId, kind: 'CUSTOM', title: 'Offene Fragen', voteBudget: 3 } })
    ).data!.createWorkingTable;
    expect(custom).toMatchObject({ kind: 'CUSTOM', title: 'Offene Fragen', voteBudget: 3 });
    expect((await tables()).map((t) => t.title)).toEqual(['Chancen', 'Kritik', 'Offene Fragen']);

    const renamed = await facilitator.gql(UPDATE, { id: custom.id, input: { title: 'Fragen', voteBudget: 0 } });
    expect(renamed.data!.updateWorkingTable).toMatchObject({ title: 'Fragen', voteBudget: 0 });

    const moved = await facilitator.gql(UPDATE, { id: custom.id, input: { order: 0 } });
    expect(moved.errors).toBeUndefined();
    expect((await tables()).map((t) => [t.title, t.order])).toEqual([
      ['Fragen', 0],
      ['Chancen', 1],
      ['Kritik', 2],
    ]);
    // Everyone's board follows: each table whose place changed is told.
    const changed = (await events('TableChanged')).slice(-3).map((e: any) => e.payload.table.title);
    expect(changed.sort()).toEqual(['Chancen', 'Fragen', 'Kritik']);

    const inserted = (await facilitator.gql(CREATE, { input: { meetingId, kind: 'CUSTOM', title: 'Ideen', order: 1 } }))
      .data!.createWorkingTable;
    expect(inserted.order).toBe(1);
    expect((await tables()).map((t) => t.title)).toEqual(['Fragen', 'Ideen', 'Chancen', 'Kritik']);

    await buildPosition(participant, kritik.id, 'Zu wenig Zeit');
    expect((await facilitator.gql(DELETE, { id: kritik.id })).data!.deleteWorkingTable).toBe(kritik.id);
    expect((await events('TableRemoved')).at(-1)!.payload).toEqual({ tableId: kritik.id });
    expect((await tables()).map((t) => t.title)).toEqual(['Fragen', 'Ideen', 'Chancen']);
    for (const table of [chancen, custom, inserted]) await facilitator.gql(DELETE, { id: table.id });
  });
});
