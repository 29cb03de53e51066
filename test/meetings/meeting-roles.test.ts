import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/auth';
import { buildMeeting, buildPerson, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const ROLES = `query ($id: ID!) { meeting(id: $id) { roles { id role person { name } } } }`;
const SET = `mutation ($input: SetMeetingRoleInput!) { setMeetingRole(input: $input) { id role } }`;
const REMOVE = `mutation ($id: ID!) { removeMeetingRole(id: $id) }`;

describe('roles in a meeting: facilitators name co-facilitators and participants from the directory', () => {
  let server: TestServer;
  let facilitator: Awaited<ReturnType<typeof signInAs>>;
  let meetingId: string;
  let petra: { id: string; name: string };
  const roles = async () =>
    (await facilitator.gql(ROLES, { id: meetingId })).data!.meeting.roles.map(
      (r: { role: string; person: { name: string } }) => [r.person.name, r.role],
    );

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await signInAs(server, 'admin');
    facilitator = await signInAs(server, 'user', { name: 'Moderatorin' });
    // A member of a body may create meetings; she facilitates the one she creates.
    const committee = await admin.gql(
      `mutation { createCommittee(input: { name: "AG Süd", kind: WORKING_GROUP }) { id } }`,
    );
    await admin.gql(`mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`, {
      input: { committeeId: committee.data!.createCommittee.id, personId: facilitator.user.personId, role: 'MEMBER' },
    });
    meetingId = (await buildMeeting(facilitator)).id;
    petra = await buildPerson(server, 'Petra Kraus');
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('lets only facilitators name and remove: a participant gets FORBIDDEN', async () => {
      const participant = await signInAs(server, 'user', { name: 'Teilnehmer' });
      const role = await setMeetingRole(facilitator, meetingId, participant.user.personId, 'PARTICIPANT');
      const input = { meetingId, personId: petra.id, role: 'FACILITATOR' };
      expect(errorCode(await participant.gql(SET, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await participant.gql(REMOVE, { id: role.id }))).toBe('FORBIDDEN');
      expect(await roles()).toEqual([
        ['Moderatorin', 'FACILITATOR'],
        ['Teilnehmer', 'PARTICIPANT'],
      ]);
      await facilitator.gql(REMOVE, { id: role.id });
    });

    it('refuses an unknown person, meeting or role, and an invalid role', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(
        errorCode(await facilitator.gql(SET, { input: { meetingId, personId: missing, role: 'PARTICIPANT' } })),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(
          await facilitator.gql(SET, { input: { meetingId: missing, personId: petra.id, role: 'PARTICIPANT' } }),
        ),
      ).toBe('NOT_FOUND');
      expect(errorCode(await facilitator.gql(SET, { input: { meetingId, personId: petra.id, role: 'ADMIN' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await facilitator.gql(REMOVE, { id: missing }))).toBe('NOT_FOUND');
      expect(await roles()).toEqual([['Moderatorin', 'FACILITATOR']]);
    });

    it('keeps at least one facilitator: the last one can neither be removed nor made a participant', async () => {
      const [own] = (await facilitator.gql(ROLES, { id: meetingId })).data!.meeting.roles;
      const demote = await facilitator.gql(SET, {
        input: { meetingId, personId: facilitator.user.personId, role: 'PARTICIPANT' },
      });
      expect(errorCode(demote)).toBe('BAD_USER_INPUT');
      expect(demote.errors![0]!.extensions!.field).toBe('role');
      const remove = await facilitator.gql(REMOVE, { id: own.id });
      expect(errorCode(remove)).toBe('BAD_USER_INPUT');
      expect(remove.errors![0]!.extensions!.field).toBe('id');
      expect(await roles()).toEqual([['Moderatorin', 'FACILITATOR']]);
    });
  });

  it('names a co-facilitator and a participant, changes a role and removes one', async () => {
    const anna = await buildPerson(server, 'Anna Berg');
    const co = await setMeetingRole(facilitator, meetingId, petra.id, 'FACILITATOR');
    await setMeetingRole(facilitator, meetingId, anna.id, 'PARTICIPANT');
    expect(await roles()).toEqual([
      ['Moderatorin', 'FACILITATOR'],
      ['Petra Kraus', 'FACILITATOR'],
      ['Anna Berg', 'PARTICIPANT'],
    ]);
    await setMeetingRole(facilitator, meetingId, anna.id, 'FACILITATOR');
    await setMeetingRole(facilitator, meetingId, anna.id, 'PARTICIPANT');
    expect((await facilitator.gql(REMOVE, { id: co.id })).data!.removeMeetingRole).toBe(co.id);
    expect(await roles()).toEqual([
      ['Moderatorin', 'FACILITATOR'],
      ['Anna Berg', 'PARTICIPANT'],
    ]);
  });
});
