import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../../server/people/person.entity';
import { signInAs } from '../support/auth';
import { buildMeeting, demoIds, openJoin, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { followMeeting, waitFor, wsClient } from '../support/live';
import { pdfPageTexts } from '../support/pdf';
import { startTestServer, type TestServer } from '../support/server';

const ATTENDEES = `query ($id: ID!) { meeting(id: $id) { attendees { id name organizationName source present person { name } } } }`;
const ADD = `mutation ($input: AddAttendeeInput!) { addAttendee(input: $input) { id name organizationName source present } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateAttendeeInput!) { updateAttendee(id: $id, input: $input) { id present } }`;
const REMOVE = `mutation ($id: ID!) { removeAttendee(id: $id) }`;
/** The meeting day; the server's clock stands at 10:30 in Berlin on it. */
const STARTS_AT = '2027-01-14T09:00:00Z';
const NOW = new Date('2027-01-14T09:30:00Z');

interface Attendee {
  id: string;
  name: string;
  organizationName: string | null;
  source: string;
  present: boolean;
}

describe('the attendance list', () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let facilitator: Awaited<ReturnType<typeof signInAs>>;
  let participant: Awaited<ReturnType<typeof signInAs>>;
  let meetingId: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const attendees = async (id = meetingId): Promise<Attendee[]> =>
    (await admin.gql(ATTENDEES, { id })).data!.meeting.attendees;
  const names = async (id = meetingId) => (await attendees(id)).map((a) => a.name);
  /** Whether the person shows as present in the meeting (asked as admin). */
  const present = async (client: Awaited<ReturnType<typeof signInAs>>, id: string) => {
    const { data } = await admin.gql(
      `query ($id: ID!) { meeting(id: $id) { workshop { participants { displayName present } } } }`,
      {
        id,
      },
    );
    const { name } = await server.db.orm.em.fork().findOneOrFail(Person, client.user.personId);
    return data!.meeting.workshop.participants.some(
      (p: { displayName: string; present: boolean }) => p.displayName === name && p.present,
    );
  };
  /**
   * Follows the meeting live, as the board does, until the server counts the person present
   * (their check-in comes first), then leaves and waits until they count as gone.
   */
  const openLive = async (client: Awaited<ReturnType<typeof signInAs>>, id: string) => {
    const socket = wsClient(server.wsUrl, client.token);
    const log = followMeeting(socket, id);
    await waitFor(() => present(client, id), 'being present');
    log.stop();
    await socket.dispose();
    await waitFor(async () => !(await present(client, id)), 'leaving');
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, now: () => NOW });
    admin = await signInAs(server, 'admin');
    ids = await demoIds(admin);
    facilitator = await signInAs(server, 'user', { name: 'Moderatorin', organizationId: ids.organization('JugA') });
    participant = await signInAs(server, 'user', {
      name: 'Oliver Teilnehmer',
      organizationId: ids.organization('JugA'),
    });
    meetingId = (await buildMeeting(admin, { title: 'Übergänge Kita – Grundschule', startsAt: STARTS_AT })).id;
    await setMeetingRole(admin, meetingId, facilitator.user.personId, 'FACILITATOR');
    await setMeetingRole(admin, meetingId, participant.user.personId, 'PARTICIPANT');
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('lets only facilitators keep the list: participants get FORBIDDEN', async () => {
      const paper = (await facilitator.gql(ADD, { input: { meetingId, name: 'Auf Papier' } })).data!.addAttendee;
      expect(errorCode(await participant.gql(ADD, { input: { meetingId, name: 'Ich auch' } }))).toBe('FORBIDDEN');
      expect(errorCode(await participant.gql(UPDATE, { id: paper.id, input: { present: false } }))).toBe('FORBIDDEN');
      expect(errorCode(await participant.gql(REMOVE, { id: paper.id }))).toBe('FORBIDDEN');
      expect(await attendees()).toMatchObject([{ name: 'Auf Papier', present: true }]);
      await facilitator.gql(REMOVE, { id: paper.id });
    });

    it('refuses a line without a name or person, an unknown person, meeting or line', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const cases = [
        [ADD, { input: { meetingId } }, 'BAD_USER_INPUT', 'name'],
        [ADD, { input: { meetingId, name: '  ' } }, 'BAD_USER_INPUT', 'name'],
        [ADD, { input: { meetingId, personId: missing } }, 'NOT_FOUND'],
        [ADD, { input: { meetingId: missing, name: 'Jemand' } }, 'NOT_FOUND'],
        [UPDATE, { id: missing, input: { present: false } }, 'NOT_FOUND'],
        [REMOVE, { id: missing }, 'NOT_FOUND'],
      ] as const;
      for (const [query, variables, code, field] of cases) {
        const response = await facilitator.gql(query, variables);
        expect(errorCode(response), JSON.stringify(variables)).toBe(code);
        if (field) expect(response.errors![0]!.extensions!.field).toBe(field);
      }
      expect(await attendees()).toEqual([]);
    });
  });

  it('checks in guests as they join by code, with the organisation they name', async () => {
    const code = await openJoin(facilitator, meetingId);
    const { errors } = await server.gql(
      `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token } }`,
      { input: { code, displayName: 'Petra Gast', organizationName: 'Nachbarschaftsheim Schöneberg' } },
    );
    expect(errors).toBeUndefined();
    expect(await attendees()).toMatchObject([
      { name: 'Petra Gast', organizationName: 'Nachbarschaftsheim Schöneberg', source: 'JOINED', present: true },
    ]);
  });

  it('checks in a signed-in participant who opens the meeting live on its day, once, with their organisation', async () => {
    await openLive(participant, meetingId);
    expect(await names()).toContain('Oliver Teilnehmer');
    await openLive(participant, meetingId);
    const oliver = (await attendees()).filter((a) => a.name === 'Oliver Teilnehmer');
    expect(oliver).toMatchObject([
      { source: 'OPENED', present: true, organizationName: expect.stringMatching(/Jugend/) },
    ]);
  });

  it('checks in nobody who opens the meeting on another day, or while it is closed', async () => {
    const later = (await buildMeeting(admin, { title: 'Im Februar', startsAt: '2027-02-01T09:00:00Z' })).id;
    const closed = (await buildMeeting(admin, { title: 'Geschlossen', startsAt: STARTS_AT })).id;
    await admin.gql(`mutation ($id: ID!) { updateMeeting(id: $id, input: { closed: true }) { id } }`, { id: closed });
    for (const id of [later, closed]) {
      await setMeetingRole(admin, id, participant.user.personId, 'PARTICIPANT');
      await openLive(participant, id);
    }
    await openLive(facilitator, meetingId);
    expect(await names()).toContain('Moderatorin');
    expect(await names(later)).toEqual([]);
    // An admin without a role in the meeting, looking in, is no attendee.
    await openLive(await signInAs(server, 'admin', { name: 'Aufsicht' }), meetingId);
    expect(await names()).not.toContain('Aufsicht');
    expect(await names(closed)).toEqual([]);
  });

  it('lets the facilitator add people from the directory or the paper list, correct a line and mark someone absent', async () => {
    const hinte = (await facilitator.gql(ADD, { input: { meetingId, personId: ids.person('Wolfgang Hinte') } })).data!
      .addAttendee;
    expect(hinte).toMatchObject({ name: 'Prof. Dr. Wolfgang Hinte', source: 'ADDED', present: true });
    const paper = (
      await facilitator.gql(ADD, { input: { meetingId, name: 'Anna Papier', organizationName: 'Kita Sonnenschein' } })
    ).data!.addAttendee;
    await facilitator.gql(UPDATE, { id: paper.id, input: { name: 'Anna Papiermann', organizationName: ' ' } });
    const oliver = (await attendees()).find((a) => a.name === 'Oliver Teilnehmer')!;
    await facilitator.gql(UPDATE, { id: oliver.id, input: { present: false } });

    // Opening the meeting again leaves someone marked absent absent.
    await openLive(participant, meetingId);
    await openLive(facilitator, meetingId);
    expect((await attendees()).find((a) => a.name === 'Oliver Teilnehmer')!.present).toBe(false);
    expect((await attendees()).find((a) => a.name === 'Anna Papiermann')!.organizationName).toBeNull();
    // Adding a listed person again marks them present rather than listing them twice.
    const again = await facilitator.gql(ADD, { input: { meetingId, personId: participant.user.personId } });
    expect(again.data!.addAttendee).toMatchObject({ id: oliver.id, present: true });
    await facilitator.gql(UPDATE, { id: oliver.id, input: { present: false } });
  });

  it('lists who was there by organisation as "Anwesend" in Markdown, HTML, Word and PDF', async () => {
    const download = (format: string) =>
      fetch(`${server.url}/meetings/${meetingId}/protocol.${format}`, { headers: facilitator.headers });
    const markdown = await (await download('md')).text();
    const present = markdown.slice(
      markdown.indexOf('## Anwesend'),
      markdown.indexOf('\n\n', markdown.indexOf('## Anwesend') + 13),
    );
    expect(present).toBe(
      [
        '## Anwesend',
        '',
        '- ISSAB Essen: Prof. Dr. Wolfgang Hinte',
        '- Jugendamt Steglitz-Zehlendorf: Moderatorin',
        '- Nachbarschaftsheim Schöneberg: Petra Gast',
        '- ohne Angabe der Organisation: Anna Papiermann',
      ].join('\n'),
    );
    expect(markdown).not.toContain('Oliver Teilnehmer');

    expect(await (await download('html')).text()).toContain('<li>Nachbarschaftsheim Schöneberg: Petra Gast</li>');
    const docx = await JSZip.loadAsync(await (await download('docx')).arrayBuffer());
    expect(await docx.file('word/document.xml')!.async('string')).toContain(
      'Nachbarschaftsheim Schöneberg: Petra Gast',
    );
    const pdf = (await pdfPageTexts(Buffer.from(await (await download('pdf')).arrayBuffer()))).join(' ');
    expect(pdf.replace(/\s+/g, ' ')).toContain('Nachbarschaftsheim Schöneberg: Petra Gast');
  }, 60_000);

  it('keeps a line when its guest is sent away, and a facilitator may take any line off', async () => {
    const [guest] = (
      await facilitator.gql(`query ($id: ID!) { meeting(id: $id) { guests { id } } }`, { id: meetingId })
    ).data!.meeting.guests;
    await facilitator.gql(`mutation ($id: ID!) { removeGuest(id: $id) }`, { id: guest.id });
    const petra = (await attendees()).find((a) => a.name === 'Petra Gast')!;
    expect((await facilitator.gql(REMOVE, { id: petra.id })).data!.removeAttendee).toBe(petra.id);
    expect(await names()).not.toContain('Petra Gast');
  });
});
