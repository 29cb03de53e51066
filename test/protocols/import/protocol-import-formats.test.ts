import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsGuest, type SessionClient, signInDemo } from '../../support/auth';
import { demoIds, demoMeetingId, openJoin } from '../../support/factories';
import { errorCode } from '../../support/graphql';
import { startTestServer, type TestServer } from '../../support/server';

const PREVIEW = `query ($text: String!) {
  previewProtocolImport(text: $text) {
    title date place authorName authorId hostCommitteeId
    attendees { name organizationName }
    contributions { title speakerName affiliation summary }
    workingTables { kind title positions topFive }
    tasks { ownerLabel ownerId items dueLabel dueDate }
  }
}`;
const IMPORT = `mutation ($draft: ProtocolDraftInput, $text: String) { importProtocol(draft: $draft, text: $text) { id } }`;
const MEETING = `query ($id: ID!) {
  meeting(id: $id) {
    title startsAt allDay place protocolFootnote viewerRole
    protocolAuthor { name } hostCommittee { id }
    attendees { name organizationName source }
    contributions { title speakerName affiliation summary }
    workingTables { kind title positions { text rank } }
    tasks { ownerLabel items dueLabel dueDate owner { __typename ... on Committee { id } ... on Organization { id } } }
  }
}`;
const PROTOCOL = `query ($meetingId: ID!) { meetingProtocol(meetingId: $meetingId, format: MARKDOWN) }`;
const COUNTS = `{ meetings { id } people { id } }`;

/** A plain protocol as a youth office writes it: head lines, attendance, a tab-separated next-steps table. */
const PLAIN = [
  'Sitzung der AG nach § 78 SGB VIII',
  'am 14.01.2027 in der Villa Mittelhof',
  'Protokoll: Erika Beispiel',
  '',
  'Anwesend:',
  'Jugendamt: Ada Muster, Bo Beispiel',
  'Cem Zeta (Kita-Verbund Süd)',
  '',
  'Kritik',
  '1. Zu wenig Zeit',
  '2. Unklare Zuständigkeit',
  '',
  'Nächste Schritte',
  'Wer\tWas\tBis wann',
  'JugA\tTräger einladen\tEnde Januar 2027',
  'AG\tKonzept schreiben\tnach den Winterferien',
].join('\n');

type Meeting = Record<string, any>;

/** A meeting as its records, in an order the database does not decide. */
function records(meeting: Meeting): Meeting {
  return {
    ...meeting,
    viewerRole: undefined,
    // How someone came onto the list (joined, added) is no part of the protocol.
    attendees: meeting.attendees
      .map(({ name, organizationName }: Meeting) => ({ name, organizationName }))
      .sort((a: Meeting, b: Meeting) => a.name.localeCompare(b.name)),
  };
}

describe('importing protocols as people write them, and as Planwerk exports them', () => {
  let server: TestServer;
  let admin: SessionClient;
  /** The demo facilitator: he facilitates the demo meeting and belongs to no committee, so he may create meetings. */
  let facilitator: SessionClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let demoId: string;
  const counts = async () => {
    const { data } = await admin.gql(COUNTS);
    return { meetings: data!.meetings.length, people: data!.people.length };
  };
  const meeting = async (id: string): Promise<Meeting> => (await admin.gql(MEETING, { id })).data!.meeting;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    admin = await signInDemo(server, 'admin@planwerk.example');
    facilitator = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
    ids = await demoIds(admin);
    demoId = await demoMeetingId(admin);
  });
  afterAll(() => server.close());

  describe('refusals, which save nothing', () => {
    it('refuses a guest of a meeting with FORBIDDEN and an anonymous visitor with UNAUTHENTICATED', async () => {
      const guest = await joinAsGuest(server, await openJoin(facilitator, demoId));
      const before = await counts();
      for (const query of [PREVIEW, IMPORT]) {
        expect(errorCode(await guest.gql(query, { text: PLAIN }))).toBe('FORBIDDEN');
        expect(errorCode(await server.gql(query, { text: PLAIN }))).toBe('UNAUTHENTICATED');
      }
      expect(await counts()).toEqual(before);
    });

    it.each([
      [
        'more tables than a meeting may hold',
        `# Protokoll: Viele\n\n${'### Kritik\n\n- Punkt\n\n'.repeat(101)}`,
        'text',
      ],
      ['a point longer than a point may be', `Treffen 05.03.2013\n\nKritik\n• ${'x'.repeat(2_001)}`, 'text'],
      ['text over the size limit', `Kritik\n• ${'x'.repeat(200_000)}`, 'text'],
      ['a NUL character', 'Treffen 05.03.2013\u0000\nKritik\n• Punkt', 'text'],
    ])('refuses %s with BAD_USER_INPUT', async (_case, text, field) => {
      const before = await counts();
      for (const query of [PREVIEW, IMPORT]) {
        const response = await facilitator.gql(query, { text });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0]!.extensions!.field).toBe(field);
      }
      expect(await counts()).toEqual(before);
    });

    it('refuses a top five that names no point of its table, naming the field', async () => {
      const draft = (await facilitator.gql(PREVIEW, { text: PLAIN })).data!.previewProtocolImport;
      const before = await counts();
      const workingTables = [{ ...draft.workingTables[0], topFive: ['Kein Punkt'] }];
      const response = await facilitator.gql(IMPORT, { draft: { ...draft, workingTables } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('draft.workingTables.0.topFive');
      expect(await counts()).toEqual(before);
    });

    it('refuses a reviewed draft with a nameless attendee, naming the field', async () => {
      const draft = (await facilitator.gql(PREVIEW, { text: PLAIN })).data!.previewProtocolImport;
      const before = await counts();
      const response = await facilitator.gql(IMPORT, {
        draft: { ...draft, attendees: [{ name: ' ', organizationName: null }], tasks: [] },
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('draft.attendees.0.name');
      expect(await counts()).toEqual(before);
    });
  });

  it('lets a facilitator in no committee read a plain protocol: date, place, author, attendees, points, steps', async () => {
    const draft = (await facilitator.gql(PREVIEW, { text: PLAIN })).data!.previewProtocolImport;
    expect(draft).toEqual({
      title: 'Sitzung der AG nach § 78 SGB VIII',
      date: '2027-01-14',
      place: 'Villa Mittelhof',
      authorName: 'Erika Beispiel',
      authorId: null,
      hostCommitteeId: null,
      attendees: [
        { name: 'Ada Muster', organizationName: 'Jugendamt' },
        { name: 'Bo Beispiel', organizationName: 'Jugendamt' },
        { name: 'Cem Zeta', organizationName: 'Kita-Verbund Süd' },
      ],
      contributions: [],
      workingTables: [
        { kind: 'CRITICISM', title: 'Kritik', positions: ['Zu wenig Zeit', 'Unklare Zuständigkeit'], topFive: null },
      ],
      tasks: [
        {
          ownerLabel: 'JugA',
          ownerId: ids.organization('JugA'),
          items: ['Träger einladen'],
          dueLabel: 'Ende Januar 2027',
          dueDate: '2027-01-31',
        },
        {
          ownerLabel: 'AG',
          ownerId: ids.committee('AG'),
          items: ['Konzept schreiben'],
          dueLabel: 'nach den Winterferien',
          dueDate: null,
        },
      ],
    });
    const before = await counts();
    const workingTables = [{ ...draft.workingTables[0], topFive: ['Unklare Zuständigkeit'] }];
    const { data, errors } = await facilitator.gql(IMPORT, {
      draft: { ...draft, workingTables, place: 'Villa Mittelhof, Saal' },
    });
    expect(errors).toBeUndefined();
    const saved = await meeting(data!.importProtocol.id);
    expect(saved).toMatchObject({
      startsAt: '2027-01-13T23:00:00.000Z',
      place: 'Villa Mittelhof, Saal',
      protocolAuthor: { name: 'Erika Beispiel' },
    });
    expect(saved.attendees).toEqual(
      expect.arrayContaining(draft.attendees.map((a: Meeting) => ({ ...a, source: 'ADDED' }))),
    );
    expect(saved.attendees).toHaveLength(3);
    expect(saved.workingTables[0].positions).toEqual([
      { text: 'Zu wenig Zeit', rank: null },
      { text: 'Unklare Zuständigkeit', rank: 1 },
    ]);
    expect(saved.tasks.map((t: any) => [t.dueLabel, t.dueDate])).toEqual([
      ['Ende Januar 2027', '2027-01-31'],
      ['nach den Winterferien', null],
    ]);
    expect((await facilitator.gql(MEETING, { id: data!.importProtocol.id })).data!.meeting.viewerRole).toBe(
      'FACILITATOR',
    );
    expect(await counts()).toEqual({ meetings: before.meetings + 1, people: before.people + 1 });
  });

  it("imports the demo meeting's Markdown protocol back into the same records", async () => {
    await facilitator.gql(`mutation ($input: AddAttendeeInput!) { addAttendee(input: $input) { id } }`, {
      input: { meetingId: demoId, name: 'Ada Muster', organizationName: 'Jugendamt' },
    });
    const markdown = (await facilitator.gql(PROTOCOL, { meetingId: demoId })).data!.meetingProtocol;
    const before = await counts();
    const { data, errors } = await facilitator.gql(IMPORT, { text: markdown });
    expect(errors).toBeUndefined();
    const original = records(await meeting(demoId));
    const copy = records(await meeting(data!.importProtocol.id));
    expect(copy).toEqual(original);
    expect(copy.workingTables.map((t: any) => t.positions.length)).toEqual([20, 23, 10]);
    expect(copy.contributions).toHaveLength(3);
    // The author and every owner are matched, so no person is recorded twice.
    expect(await counts()).toEqual({ meetings: before.meetings + 1, people: before.people });
  });
});
