import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/auth';
import { buildMeeting, demoIds, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const INVITEES = `query ($id: ID!) { meeting(id: $id) { invitations { id guest note
  invitee { __typename ... on Committee { shortName } ... on Organization { name } ... on Person { name } } } } }`;
const INVITE = `mutation ($input: InviteInput!) { invite(input: $input) { id } }`;
const REMOVE = `mutation ($id: ID!) { removeInvitation(id: $id) }`;

describe('invitations: bodies, organisations and people', () => {
  let server: TestServer;
  let facilitator: Awaited<ReturnType<typeof signInAs>>;
  let meetingId: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const invitees = async () =>
    (await facilitator.gql(INVITEES, { id: meetingId })).data!.meeting.invitations.map(
      (i: { invitee: { shortName?: string; name?: string } }) => i.invitee.shortName ?? i.invitee.name,
    );

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    const admin = await signInAs(server, 'admin');
    facilitator = await signInAs(server, 'user', { name: 'Moderatorin' });
    meetingId = (await buildMeeting(admin)).id;
    await setMeetingRole(admin, meetingId, facilitator.user.personId, 'FACILITATOR');
    ids = await demoIds(admin);
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('lets only facilitators invite and uninvite: a participant gets FORBIDDEN', async () => {
      const participant = await signInAs(server, 'user', { name: 'Teilnehmer' });
      await setMeetingRole(facilitator, meetingId, participant.user.personId, 'PARTICIPANT');
      const input = { meetingId, inviteeId: ids.committee('AG') };
      expect(errorCode(await participant.gql(INVITE, { input }))).toBe('FORBIDDEN');
      const { data } = await facilitator.gql(INVITE, { input });
      expect(errorCode(await participant.gql(REMOVE, { id: data!.invite.id }))).toBe('FORBIDDEN');
      expect(await invitees()).toEqual(['AG']);
      await facilitator.gql(REMOVE, { id: data!.invite.id });
    });

    it('refuses an unknown or malformed invitee, an unknown invitation and a second invitation of the same party', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await facilitator.gql(INVITE, { input: { meetingId, inviteeId: missing } }))).toBe('NOT_FOUND');
      const malformed = await facilitator.gql(INVITE, { input: { meetingId, inviteeId: 'AG' } });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors![0]!.extensions!.field).toBe('inviteeId');
      expect(errorCode(await facilitator.gql(REMOVE, { id: missing }))).toBe('NOT_FOUND');
      const input = { meetingId, inviteeId: ids.person('Wolfgang Hinte') };
      const first = await facilitator.gql(INVITE, { input });
      expect(errorCode(await facilitator.gql(INVITE, { input }))).toBe('CONFLICT');
      expect(await invitees()).toEqual(['Wolfgang Hinte']);
      await facilitator.gql(REMOVE, { id: first.data!.invite.id });
    });
  });

  it('invites a body, an organisation as guests with a note, and a person, in that order, and uninvites one', async () => {
    await facilitator.gql(INVITE, { input: { meetingId, inviteeId: ids.committee('SZ²') } });
    const guests = await facilitator.gql(INVITE, {
      input: { meetingId, inviteeId: ids.organization('Jugendamt Mitte'), guest: true, note: 'Jugendamtsleitung' },
    });
    await facilitator.gql(INVITE, { input: { meetingId, inviteeId: ids.person('Wolfgang Hinte') } });
    expect((await facilitator.gql(INVITEES, { id: meetingId })).data!.meeting.invitations[1]).toMatchObject({
      guest: true,
      note: 'Jugendamtsleitung',
    });
    expect(await invitees()).toEqual(['SZ²', 'Jugendamt Mitte', 'Wolfgang Hinte']);
    expect((await facilitator.gql(REMOVE, { id: guests.data!.invite.id })).data!.removeInvitation).toBe(
      guests.data!.invite.id,
    );
    expect(await invitees()).toEqual(['SZ²', 'Wolfgang Hinte']);
  });
});
