import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const CREATE = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id text version } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePositionInput!) {
  updatePosition(id: $id, input: $input) { id text version rank table { id } }
}`;
const DELETE = `mutation ($id: ID!) { deletePosition(id: $id) }`;
const TABLE = `query ($id: ID!) { meeting(id: $id) { workingTables { id positions { id text version rank } } } }`;

describe('positions on a working table', () => {
  let server: TestServer;
  let admin: SessionClient;
  let meetingId: string;
  let tableId: string;
  let otherTableId: string;

  const positionsOf = async () => {
    const { data } = await admin.gql(TABLE, { id: meetingId });
    return data!.meeting.workingTables.find((t: any) => t.id === tableId).positions;
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
    meetingId = (await buildMeeting(admin)).id;
    tableId = (await buildTable(admin, meetingId)).id;
    otherTableId = (await buildTable(admin, meetingId, { kind: 'CRITICISM', title: 'Kritik' })).id;
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    let positionId: string;
    beforeEach(async () => {
      positionId = (await buildPosition(admin, tableId, 'Sichere Finanzierung')).id;
    });

    it.each([
      ['an empty text', { text: '' }, 'text'],
      ['a blank text', { text: '   \n ' }, 'text'],
      ['a text of 5,000 characters', { text: 'x'.repeat(5_000) }, 'text'],
      ['a malformed table id', { text: 'Neu', tableId: 'not-an-id' }, 'tableId'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, input, field) => {
      const before = await positionsOf();
      const response = await admin.gql(CREATE, { input: { tableId, ...input } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(response.data).toBeNull();
      expect(await positionsOf()).toEqual(before);
    });

    it('accepts exactly 2,000 characters', async () => {
      const response = await admin.gql(CREATE, { input: { tableId, text: 'x'.repeat(2_000) } });
      expect(response.errors).toBeUndefined();
      await admin.gql(DELETE, { id: response.data!.createPosition.id });
    });

    it('refuses an unknown table with NOT_FOUND', async () => {
      const response = await admin.gql(CREATE, {
        input: { tableId: '00000000-0000-4000-8000-000000000000', text: 'Neu' },
      });
      expect(errorCode(response)).toBe('NOT_FOUND');
    });

    it('refuses an edit based on a stale version with CONFLICT and keeps the newer text', async () => {
      const first = await admin.gql(UPDATE, {
        id: positionId,
        input: { text: 'Sichere Finanzierung!', expectedVersion: 1 },
      });
      expect(first.data!.updatePosition.version).toBe(2);
      const stale = await admin.gql(UPDATE, { id: positionId, input: { text: 'Überschrieben', expectedVersion: 1 } });
      expect(errorCode(stale)).toBe('CONFLICT');
      const current = (await positionsOf()).find((p: any) => p.id === positionId);
      expect(current).toMatchObject({ text: 'Sichere Finanzierung!', version: 2 });
    });

    it('refuses an edit to an empty text and a rank outside 1–5', async () => {
      for (const input of [{ text: '' }, { rank: 6 }, { rank: 0 }]) {
        const response = await admin.gql(UPDATE, { id: positionId, input });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
      }
      expect((await positionsOf()).find((p: any) => p.id === positionId)).toMatchObject({ version: 1, rank: null });
    });

    it('refuses an unknown position with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
      expect(errorCode(await admin.gql(DELETE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      const malformed = await admin.gql(DELETE, { id: '42' });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors![0]!.extensions!.field).toBe('id');
    });

    it('refuses a rank another position of the table already holds with CONFLICT', async () => {
      const holder = await buildPosition(admin, tableId, 'Weniger Bürokratie');
      await admin.gql(UPDATE, { id: holder.id, input: { rank: 1 } });
      const response = await admin.gql(UPDATE, { id: positionId, input: { rank: 1 } });
      expect(errorCode(response)).toBe('CONFLICT');
      expect((await positionsOf()).find((p: any) => p.id === positionId).rank).toBeNull();
      await admin.gql(DELETE, { id: holder.id });
    });

    it('refuses a move to a table of another meeting', async () => {
      const foreignMeeting = await buildMeeting(admin, { title: 'Andere Sitzung' });
      const foreignTable = await buildTable(admin, foreignMeeting.id);
      const response = await admin.gql(UPDATE, { id: positionId, input: { tableId: foreignTable.id } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('tableId');
    });
  });

  it('creates a position with version 1, counts every change and deletes it', async () => {
    const created = await buildPosition(admin, tableId, 'Vom Fall zur Beziehung');
    expect(created).toMatchObject({ version: 1, rank: null });

    const edited = await admin.gql(UPDATE, {
      id: created.id,
      input: { text: 'Vom Fall zur Beziehung!', expectedVersion: 1 },
    });
    expect(edited.data!.updatePosition).toMatchObject({ text: 'Vom Fall zur Beziehung!', version: 2 });

    const ranked = await admin.gql(UPDATE, { id: created.id, input: { rank: 3, expectedVersion: 2 } });
    expect(ranked.data!.updatePosition).toMatchObject({ rank: 3, version: 3 });

    const moved = await admin.gql(UPDATE, { id: created.id, input: { tableId: otherTableId } });
    expect(moved.data!.updatePosition).toMatchObject({ rank: null, version: 4, table: { id: otherTableId } });

    expect((await admin.gql(DELETE, { id: created.id })).data!.deletePosition).toBe(created.id);
    expect(errorCode(await admin.gql(DELETE, { id: created.id }))).toBe('NOT_FOUND');
  });
});
