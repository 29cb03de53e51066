import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../../schema/join-code';
import { Guest } from '../../server/auth/guest.entity';
import { joinAsGuest, type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const OPEN = `mutation ($id: ID!, $newCode: Boolean) { openMeetingJoin(meetingId: $id, newCode: $newCode) { joinCode joinOpen } }`;
const CLOSE = `mutation ($id: ID!) { closeMeetingJoin(meetingId: $id) { joinCode joinOpen } }`;
const JOIN = `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token me { kind guest { id displayName organizationName meeting { id } } } } }`;
const CREATE_POSITION = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id authorName author { name } } }`;

describe('guests joining a meeting by code', () => {
  let server: TestServer;
  let facilitator: SessionClient;
  let meetingId: string;
  let tableId: string;
  let code: string;
  const guestCount = () => server.db.orm.em.fork().count(Guest);
  const join = (joinCode: string, displayName = 'Frau Gast') =>
    server.gql(JOIN, { input: { code: joinCode, displayName } });

  beforeAll(async () => {
    server = await startTestServer();
    facilitator = await signInAs(server, 'admin');
    meetingId = (await buildMeeting(facilitator, { title: 'Workshop Sozialraumbudget' })).id;
    tableId = (await buildTable(facilitator, meetingId)).id;
    code = (await facilitator.gql(OPEN, { id: meetingId })).data!.openMeetingJoin.joinCode;
  });
  afterAll(() => server.close());

  it('gives an open meeting a six-character code without look-alike characters, shown to facilitators only', async () => {
    expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(code).not.toMatch(/[01OIL]/);
    const guest = await joinAsGuest(server, code);
    const { data } = await guest.gql(`query ($id: ID!) { meeting(id: $id) { joinCode joinOpen } }`, { id: meetingId });
    expect(data!.meeting).toEqual({ joinCode: null, joinOpen: true });
  });

  describe('refusals, which let nobody in', () => {
    it.each([
      ['a wrong code', 'ZZZZZZ'],
      ['a code with characters no code has', 'O0I1L!'],
      ['an empty code', ''],
    ])('refuses %s with BAD_USER_INPUT on the code', async (_case, wrong) => {
      const before = await guestCount();
      const response = await join(wrong);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('code');
      expect(await guestCount()).toBe(before);
    });

    it('refuses a blank display name', async () => {
      const response = await join(code, '   ');
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('displayName');
    });
  });

  it('lets a guest in with the code as typed, to read and write in that meeting only', async () => {
    const joined = await join(` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `, 'Frau Schmidt');
    expect(joined.data!.joinMeeting.me).toMatchObject({
      kind: 'GUEST',
      guest: { displayName: 'Frau Schmidt', meeting: { id: meetingId } },
    });
    const guest = await joinAsGuest(server, code, 'Herr Weber');

    const { data } = await guest.gql(`{ meetings { id } }`);
    expect(data!.meetings).toEqual([{ id: meetingId }]);
    const otherMeeting = await buildMeeting(facilitator, { title: 'Andere Sitzung' });
    expect(errorCode(await guest.gql(`query ($id: ID!) { meeting(id: $id) { id } }`, { id: otherMeeting.id }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await guest.gql(`{ people { id } }`))).toBe('FORBIDDEN');

    const written = await guest.gql(CREATE_POSITION, { input: { tableId, text: 'Mehr Zeit für Beziehungsarbeit' } });
    expect(written.data!.createPosition).toMatchObject({ authorName: 'Herr Weber', author: null });
    const othersPosition = await buildPosition(facilitator, tableId, 'Gemeinsame Ziele');
    expect(
      errorCode(await guest.gql(`mutation ($id: ID!) { deletePosition(id: $id) }`, { id: othersPosition.id })),
    ).toBe('FORBIDDEN');
    expect(
      (await guest.gql(`mutation ($id: ID!) { deletePosition(id: $id) }`, { id: written.data!.createPosition.id }))
        .errors,
    ).toBeUndefined();
  });

  it('refuses the old code after rotating and any code after closing; guests already in stay', async () => {
    const guest = await joinAsGuest(server, code, 'Vorher da');
    const rotated = (await facilitator.gql(OPEN, { id: meetingId, newCode: true })).data!.openMeetingJoin.joinCode;
    expect(rotated).not.toBe(code);
    expect(errorCode(await join(code))).toBe('BAD_USER_INPUT');
    expect((await join(rotated)).errors).toBeUndefined();

    expect((await facilitator.gql(CLOSE, { id: meetingId })).data!.closeMeetingJoin.joinOpen).toBe(false);
    expect(errorCode(await join(rotated))).toBe('BAD_USER_INPUT');
    expect((await guest.gql(`{ me { kind } }`)).data!.me.kind).toBe('GUEST');
    code = (await facilitator.gql(OPEN, { id: meetingId })).data!.openMeetingJoin.joinCode;
    expect(code).toBe(rotated);
  });

  it('lets guests read but no longer write once the meeting is closed', async () => {
    const guest = await joinAsGuest(server, code, 'Spät dran');
    await facilitator.gql(
      `mutation ($id: ID!) { updateMeeting(id: $id, input: { closed: true }) { closedAt joinOpen } }`,
      { id: meetingId },
    );
    expect(errorCode(await guest.gql(CREATE_POSITION, { input: { tableId, text: 'Noch ein Punkt' } }))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await guest.gql(`query ($id: ID!) { meeting(id: $id) { closedAt joinOpen } }`, { id: meetingId })).data!.meeting
        .joinOpen,
    ).toBe(false);
    expect(
      (await facilitator.gql(CREATE_POSITION, { input: { tableId, text: 'Nachtrag der Moderation' } })).errors,
    ).toBeUndefined();
    await facilitator.gql(`mutation ($id: ID!) { updateMeeting(id: $id, input: { closed: false }) { closedAt } }`, {
      id: meetingId,
    });
  });

  it("ends a removed guest's session and keeps their positions", async () => {
    await facilitator.gql(OPEN, { id: meetingId });
    const guest = await joinAsGuest(server, code, 'Geht gleich');
    const guestId = (await guest.gql(`{ me { guest { id } } }`)).data!.me.guest.id;
    const position = (await guest.gql(CREATE_POSITION, { input: { tableId, text: 'Bleibt stehen' } })).data!
      .createPosition;
    const listed = await facilitator.gql(`query ($id: ID!) { meeting(id: $id) { guests { id displayName } } }`, {
      id: meetingId,
    });
    expect(listed.data!.meeting.guests.map((g: any) => g.id)).toContain(guestId);

    expect(
      (await facilitator.gql(`mutation ($id: ID!) { removeGuest(id: $id) }`, { id: guestId })).errors,
    ).toBeUndefined();
    expect(errorCode(await guest.gql(`{ meetings { id } }`))).toBe('UNAUTHENTICATED');
    const table = await facilitator.gql(
      `query ($id: ID!) { meeting(id: $id) { workingTables { positions { id authorName } } } }`,
      { id: meetingId },
    );
    expect(table.data!.meeting.workingTables[0].positions).toContainEqual({
      id: position.id,
      authorName: 'Geht gleich',
    });
  });
});
