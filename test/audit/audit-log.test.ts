import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsGuest, type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable, openJoin, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const LOG = `query ($filter: AuditFilter) {
  auditLog(filter: $filter) { actorName actorAccountId actorGuestId action entityName entityId meetingId changes { field before after } }
}`;

describe('the audit log', () => {
  let server: TestServer;
  let admin: SessionClient;
  let facilitator: Awaited<ReturnType<typeof signInAs>>;
  let meetingId: string;
  let otherMeetingId: string;
  let tableId: string;
  const log = async (client: SessionClient, filter: object = {}) =>
    (await client.gql(LOG, { filter })).data!.auditLog as any[];

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin', { name: 'Admin' });
    facilitator = await signInAs(server, 'user', { name: 'Reinhard Hoffmann' });
    meetingId = (await buildMeeting(admin, { title: 'Sitzung SZ²' })).id;
    otherMeetingId = (await buildMeeting(admin, { title: 'Andere Sitzung' })).id;
    await setMeetingRole(admin, meetingId, facilitator.user.personId, 'FACILITATOR');
    tableId = (await buildTable(facilitator, meetingId)).id;
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it("refuses anonymous visitors and guests, and other meetings' trails to facilitators", async () => {
      expect(errorCode(await server.gql(LOG))).toBe('UNAUTHENTICATED');
      expect(errorCode(await (await joinAsGuest(server, await openJoin(facilitator, meetingId))).gql(LOG))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await facilitator.gql(LOG, { filter: { meetingId: otherMeetingId } }))).toBe('FORBIDDEN');
    });

    it('shows users who facilitate nothing an empty trail', async () => {
      expect(await log(await signInAs(server, 'user'))).toEqual([]);
    });

    it('writes nothing for a change whose transaction failed', async () => {
      const other = await signInAs(server, 'user');
      const before = (await log(admin, { entityName: 'Account' })).length;
      const response = await admin.gql(
        `mutation ($id: ID!, $email: String!) { updateAccount(id: $id, input: { email: $email }) { id } }`,
        {
          id: other.user.accountId,
          email: facilitator.user.email,
        },
      );
      expect(errorCode(response)).toBe('CONFLICT');
      expect((await log(admin, { entityName: 'Account' })).length).toBe(before);
    });
  });

  it('records who changed which fields of a position from what to what', async () => {
    const position = await buildPosition(facilitator, tableId, 'Gemeinsame Ziele');
    await facilitator.gql(
      `mutation ($id: ID!) { updatePosition(id: $id, input: { text: "Gemeinsame Ziele und Verantwortung", rank: 1 }) { id } }`,
      {
        id: position.id,
      },
    );
    await facilitator.gql(`mutation ($id: ID!) { deletePosition(id: $id) }`, { id: position.id });

    const [deleted, updated, created] = await log(facilitator, { entityId: position.id });
    expect(created).toMatchObject({
      action: 'CREATE',
      entityName: 'Position',
      actorName: 'Reinhard Hoffmann',
      meetingId,
    });
    expect(created.actorAccountId).toBe(facilitator.user.accountId);
    expect(updated.changes).toEqual([
      { field: 'rank', before: null, after: '1' },
      { field: 'text', before: '"Gemeinsame Ziele"', after: '"Gemeinsame Ziele und Verantwortung"' },
    ]);
    expect(deleted.action).toBe('DELETE');
    expect(deleted.changes).toContainEqual({
      field: 'text',
      before: '"Gemeinsame Ziele und Verantwortung"',
      after: null,
    });
  });

  it("names guests by their display name and lists their changes for the meeting's facilitators", async () => {
    const guest = await joinAsGuest(server, await openJoin(facilitator, meetingId), 'Frau Schmidt');
    const written = await guest.gql(
      `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }`,
      {
        input: { tableId, text: 'Mehr Prävention' },
      },
    );
    const [entry] = await log(facilitator, { meetingId, entityId: written.data!.createPosition.id });
    expect(entry).toMatchObject({ action: 'CREATE', actorName: 'Frau Schmidt', actorAccountId: null });
    expect(entry.actorGuestId).toBeTruthy();
    const joined = (await log(facilitator, { meetingId, entityName: 'Guest' })).map(
      (e: any) => e.changes.find((c: any) => c.field === 'displayName').after,
    );
    expect(joined).toContain('"Frau Schmidt"');
  });

  it('never shows secrets and leaves out bookkeeping', async () => {
    const invited = await admin.gql(
      `mutation { inviteAccount(input: { email: "geheim@test.example", name: "Geheim" }) { token account { id } } }`,
    );
    const { token, account } = invited.data!.inviteAccount;
    await server.gql(
      `mutation ($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { token } }`,
      {
        input: { token, password: 'ganz-geheimes-passwort' },
      },
    );
    const entries = await log(admin);
    const text = JSON.stringify(entries);
    expect(text).not.toContain(token);
    expect(text).not.toContain('argon2');
    const passwordSet = entries.find((e: any) => e.entityId === account.id && e.action === 'UPDATE');
    expect(passwordSet.changes).toEqual([{ field: 'passwordHash', before: null, after: '"[redacted]"' }]);
    expect(text).not.toContain('lastSeenAt');
    expect(text).not.toContain('updatedAt');
  });

  it('gives admins everything, newest first, filtered and limited as asked', async () => {
    const all = await log(admin, { limit: 500 });
    expect(all.map((e: any) => e.meetingId)).toContain(otherMeetingId);
    expect((await log(admin, { limit: 2 })).length).toBe(2);
    expect(errorCode(await admin.gql(LOG, { filter: { limit: 0 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await admin.gql(LOG, { filter: { limit: 501 } }))).toBe('BAD_USER_INPUT');
    const mine = await log(facilitator, { limit: 500 });
    expect(mine.every((e: any) => e.meetingId === meetingId)).toBe(true);
  });
});
