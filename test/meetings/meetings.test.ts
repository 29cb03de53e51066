import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { addMember, buildMeeting, buildPosition, buildTable, demoIds, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const MEETING = `query ($id: ID!) { meeting(id: $id) {
  title place startsAt endsAt allDay hostCommittee { shortName } protocolAuthor { name }
  invitations { guest note invitee { __typename ... on Organization { name } ... on Person { name } } }
  contributions { title speakerName order }
  workingTables { title kind order positions { text } }
} }`;

describe('meetings with their programme and working tables', () => {
  let server: TestServer;
  let admin: SessionClient;
  /** A member of SZ², so she may create meetings; each one she creates she facilitates. */
  let facilitator: Awaited<ReturnType<typeof signInAs>>;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const meeting = async (id: string) => (await facilitator.gql(MEETING, { id })).data?.meeting;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    admin = await signInAs(server, 'admin');
    facilitator = await signInAs(server, 'user', { name: 'Moderatorin' });
    ids = await demoIds(facilitator);
    await addMember(admin, ids.committee('SZ²'), facilitator.user.personId);
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('refuses a meeting without a title, with an invalid date or ending before it starts', async () => {
      const create = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
      const cases = [
        [{ title: '', startsAt: '2013-03-01T09:00:00Z' }, 'title'],
        [{ title: 'SZ² Sitzung', startsAt: '2013-03-01T09:00:00Z', endsAt: '2013-03-01T08:00:00Z' }, 'endsAt'],
      ] as const;
      for (const [input, field] of cases) {
        const response = await facilitator.gql(create, { input });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0]!.extensions!.field).toBe(field);
      }
      expect(errorCode(await facilitator.gql(create, { input: { title: 'x', startsAt: 'morgen' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect((await admin.gql(`{ meetings { id } }`)).data!.meetings).toHaveLength(1);
    });

    it('refuses a host committee that does not exist and a second invitation of the same party', async () => {
      const { id } = await buildMeeting(facilitator);
      const badHost = await facilitator.gql(
        `mutation ($id: ID!) { updateMeeting(id: $id, input: { hostCommitteeId: "00000000-0000-4000-8000-000000000000" }) { id } }`,
        { id },
      );
      expect(errorCode(badHost)).toBe('NOT_FOUND');
      const invite = `mutation ($input: InviteInput!) { invite(input: $input) { id } }`;
      const input = { meetingId: id, inviteeId: ids.organization('Jugendamt Mitte'), guest: true };
      expect((await facilitator.gql(invite, { input })).errors).toBeUndefined();
      expect(errorCode(await facilitator.gql(invite, { input }))).toBe('CONFLICT');
      expect((await meeting(id)).invitations).toHaveLength(1);
      expect((await meeting(id)).hostCommittee).toBeNull();
    });

    it('lets only its facilitators change a meeting: a participant gets FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
      const { id } = await buildMeeting(facilitator, { place: 'Rathaus Zehlendorf' });
      const participant = await signInAs(server, 'user', { name: 'Teilnehmer' });
      await setMeetingRole(facilitator, id, participant.user.personId, 'PARTICIPANT');
      const move = `mutation ($id: ID!) { updateMeeting(id: $id, input: { place: "Rathaus Steglitz" }) { id } }`;
      expect(errorCode(await participant.gql(move, { id }))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(move, { id }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await participant.gql(`mutation ($id: ID!) { deleteMeeting(id: $id) }`, { id }))).toBe(
        'FORBIDDEN',
      );
      expect((await participant.gql(MEETING, { id })).data!.meeting).toMatchObject({
        place: 'Rathaus Zehlendorf',
        workingTables: [],
      });
    });
  });

  it('plans a meeting: host, author, invitees, programme and tables', async () => {
    const { id } = await buildMeeting(facilitator, {
      title: 'SZ² – Positionierung',
      place: 'Rathaus Zehlendorf',
      hostCommitteeId: ids.committee('SZ²'),
      protocolAuthorId: ids.person('Reinhard Hoffmann'),
    });
    await facilitator.gql(`mutation ($input: InviteInput!) { invite(input: $input) { id } }`, {
      input: { meetingId: id, inviteeId: ids.person('Wolfgang Hinte'), note: 'Fachliche Begleitung' },
    });
    const contribution = `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id order } }`;
    const first = await facilitator.gql(contribution, {
      input: { meetingId: id, title: 'Begrüßung', speakerName: 'Reinhard Hoffmann' },
    });
    await facilitator.gql(contribution, {
      input: {
        meetingId: id,
        title: 'Stand der Vorüberlegungen',
        speakerName: 'Oliver Schruoffenegger',
        speakerId: ids.person('Oliver Schruoffenegger'),
      },
    });
    await facilitator.gql(
      `mutation ($id: ID!) { updateContribution(id: $id, input: { title: "Begrüßung und Einführung" }) { id } }`,
      {
        id: first.data!.createContribution.id,
      },
    );
    await buildTable(facilitator, id, { kind: 'REALISATION', title: 'Konkretion – Realisierung' });
    const custom = await buildTable(facilitator, id, { kind: 'CUSTOM', title: 'Offene Fragen' });
    await buildPosition(facilitator, custom.id, 'Wer vertritt die Schulen?');

    expect(await meeting(id)).toMatchObject({
      title: 'SZ² – Positionierung',
      place: 'Rathaus Zehlendorf',
      allDay: false,
      hostCommittee: { shortName: 'SZ²' },
      protocolAuthor: { name: 'Reinhard Hoffmann' },
      invitations: [
        { guest: false, note: 'Fachliche Begleitung', invitee: { __typename: 'Person', name: 'Wolfgang Hinte' } },
      ],
      contributions: [
        { title: 'Begrüßung und Einführung', order: 0 },
        { title: 'Stand der Vorüberlegungen', order: 1 },
      ],
      workingTables: [
        { title: 'Konkretion – Realisierung', kind: 'REALISATION', order: 0, positions: [] },
        { title: 'Offene Fragen', kind: 'CUSTOM', order: 1, positions: [{ text: 'Wer vertritt die Schulen?' }] },
      ],
    });
  });

  it('renames and removes a table, and deleting a meeting removes its programme and tables', async () => {
    const { id } = await buildMeeting(facilitator);
    const table = await buildTable(facilitator, id);
    await buildPosition(facilitator, table.id);
    const renamed = await facilitator.gql(
      `mutation ($id: ID!) { updateWorkingTable(id: $id, input: { title: "Chancen und Möglichkeiten" }) { title } }`,
      { id: table.id },
    );
    expect(renamed.data!.updateWorkingTable.title).toBe('Chancen und Möglichkeiten');
    expect(
      (await facilitator.gql(`mutation ($id: ID!) { deleteWorkingTable(id: $id) }`, { id: table.id })).data!
        .deleteWorkingTable,
    ).toBe(table.id);
    expect((await meeting(id)).workingTables).toEqual([]);

    await buildTable(facilitator, id);
    expect((await facilitator.gql(`mutation ($id: ID!) { deleteMeeting(id: $id) }`, { id })).data!.deleteMeeting).toBe(
      id,
    );
    expect(errorCode(await facilitator.gql(MEETING, { id }))).toBe('NOT_FOUND');
  });
});
