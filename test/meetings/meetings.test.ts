import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildPosition, buildTable, demoIds } from '../support/factories';
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
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const meeting = async (id: string) => (await server.gql(MEETING, { id })).data?.meeting;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    ids = await demoIds(server);
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
        const response = await server.gql(create, { input });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0]!.extensions!.field).toBe(field);
      }
      expect(errorCode(await server.gql(create, { input: { title: 'x', startsAt: 'morgen' } }))).toBe('BAD_USER_INPUT');
      expect((await server.gql(`{ meetings { id } }`)).data!.meetings).toHaveLength(1);
    });

    it('refuses a host committee that does not exist and a second invitation of the same party', async () => {
      const { id } = await buildMeeting(server);
      const badHost = await server.gql(`mutation ($id: ID!) { updateMeeting(id: $id, input: { hostCommitteeId: "00000000-0000-4000-8000-000000000000" }) { id } }`, { id });
      expect(errorCode(badHost)).toBe('NOT_FOUND');
      const invite = `mutation ($input: InviteInput!) { invite(input: $input) { id } }`;
      const input = { meetingId: id, inviteeId: ids.organization('Jugendamt Mitte'), guest: true };
      expect((await server.gql(invite, { input })).errors).toBeUndefined();
      expect(errorCode(await server.gql(invite, { input }))).toBe('CONFLICT');
      expect((await meeting(id)).invitations).toHaveLength(1);
      expect((await meeting(id)).hostCommittee).toBeNull();
    });
  });

  it('plans a meeting: host, author, invitees, programme and tables', async () => {
    const { id } = await buildMeeting(server, {
      title: 'SZ² – Positionierung',
      place: 'Rathaus Zehlendorf',
      hostCommitteeId: ids.committee('SZ²'),
      protocolAuthorId: ids.person('Reinhard Hoffmann'),
    });
    await server.gql(`mutation ($input: InviteInput!) { invite(input: $input) { id } }`, {
      input: { meetingId: id, inviteeId: ids.person('Wolfgang Hinte'), note: 'Fachliche Begleitung' },
    });
    const contribution = `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id order } }`;
    const first = await server.gql(contribution, { input: { meetingId: id, title: 'Begrüßung', speakerName: 'Reinhard Hoffmann' } });
    await server.gql(contribution, {
      input: { meetingId: id, title: 'Stand der Vorüberlegungen', speakerName: 'Oliver Schruoffenegger', speakerId: ids.person('Oliver Schruoffenegger') },
    });
    await server.gql(`mutation ($id: ID!) { updateContribution(id: $id, input: { title: "Begrüßung und Einführung" }) { id } }`, {
      id: first.data!.createContribution.id,
    });
    await buildTable(server, id, { kind: 'REALISATION', title: 'Konkretion – Realisierung' });
    const custom = await buildTable(server, id, { kind: 'CUSTOM', title: 'Offene Fragen' });
    await buildPosition(server, custom.id, 'Wer vertritt die Schulen?');

    expect(await meeting(id)).toMatchObject({
      title: 'SZ² – Positionierung',
      place: 'Rathaus Zehlendorf',
      allDay: false,
      hostCommittee: { shortName: 'SZ²' },
      protocolAuthor: { name: 'Reinhard Hoffmann' },
      invitations: [{ guest: false, note: 'Fachliche Begleitung', invitee: { __typename: 'Person', name: 'Wolfgang Hinte' } }],
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
    const { id } = await buildMeeting(server);
    const table = await buildTable(server, id);
    await buildPosition(server, table.id);
    const renamed = await server.gql(`mutation ($id: ID!) { updateWorkingTable(id: $id, input: { title: "Chancen und Möglichkeiten" }) { title } }`, { id: table.id });
    expect(renamed.data!.updateWorkingTable.title).toBe('Chancen und Möglichkeiten');
    expect((await server.gql(`mutation ($id: ID!) { deleteWorkingTable(id: $id) }`, { id: table.id })).data!.deleteWorkingTable).toBe(table.id);
    expect((await meeting(id)).workingTables).toEqual([]);

    await buildTable(server, id);
    expect((await server.gql(`mutation ($id: ID!) { deleteMeeting(id: $id) }`, { id })).data!.deleteMeeting).toBe(id);
    expect(errorCode(await server.gql(MEETING, { id }))).toBe('NOT_FOUND');
  });
});
