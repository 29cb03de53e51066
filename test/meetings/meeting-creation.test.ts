import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsGuest, type SessionClient, signInAs, signInDemo } from '../support/auth';
import { buildMeeting, demoIds, openJoin } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const CREATE = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) {
  title place phases reviewsOpenSteps viewerRole hostCommittee { shortName }
  roles { role person { name } }
  workingTables { kind title order voteBudget positions { id } }
  contributions { title order speakerName affiliation summary plannedMinutes speaker { name } }
  invitations { guest note invitee { __typename ... on Committee { shortName } ... on Organization { name } } }
  tasks { id } attendees { name }
  openSteps { items dueLabel }
} }`;
const TEMPLATES = `{ meetingTemplates { id name } }`;
const SET_PHASE = `mutation ($m: ID!, $phase: WorkshopPhase!) { setPhase(meetingId: $m, phase: $phase) { phase } }`;

/** The demo meeting of 19.10.2012, found by its title among the meetings created since. */
async function demoMeetingId(server: TestServer): Promise<string> {
  const hoffmann = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
  const { data } = await hoffmann.gql(`{ meetings { id title } }`);
  return data!.meetings.find((m: { title: string }) => m.title.startsWith('Alternative Formen')).id;
}

describe('creating a meeting from a template or like an earlier one', () => {
  let server: TestServer;
  let admin: SessionClient;
  /** The demo facilitator: facilitates the demo meeting, belongs to no committee. */
  let hoffmann: SessionClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let template: (name: string) => string;
  const meetingCount = async () => (await admin.gql(`{ meetings { id } }`)).data!.meetings.length as number;
  const meeting = async (client: SessionClient, id: string) => (await client.gql(MEETING, { id })).data!.meeting;
  const create = async (client: SessionClient, input: Record<string, unknown>) => {
    const { data, errors } = await client.gql(CREATE, { input: { startsAt: '2027-01-14T09:00:00Z', ...input } });
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.createMeeting.id as string;
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    admin = await signInAs(server, 'admin');
    hoffmann = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
    ids = await demoIds(admin);
    const templates: { id: string; name: string }[] = (await hoffmann.gql(TEMPLATES)).data!.meetingTemplates;
    template = (name) => templates.find((each) => each.name === name)!.id;
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('refuses a signed-in person who neither facilitates a meeting nor belongs to a body, and a guest', async () => {
      const before = await meetingCount();
      const outsider = await signInDemo(server, 'oliver.schruoffenegger@planwerk.example');
      const input = { title: 'Neue Sitzung', startsAt: '2027-01-14T09:00:00Z' };
      expect(errorCode(await outsider.gql(CREATE, { input }))).toBe('FORBIDDEN');
      const guest = await joinAsGuest(server, await openJoin(admin, await create(admin, { title: 'Mit Gästen' })));
      expect(errorCode(await guest.gql(CREATE, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
      expect(await meetingCount()).toBe(before + 1);
    });

    it('refuses a template and an earlier meeting at once, an unknown template, and a meeting the creator may not read', async () => {
      const before = await meetingCount();
      const secret = await create(admin, { title: 'Vertraulich' });
      const cases = [
        [{ templateId: template('Leer'), copyFromMeetingId: secret }, 'BAD_USER_INPUT', 'copyFromMeetingId'],
        [{ templateId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', undefined],
        [{ templateId: 'workshop' }, 'BAD_USER_INPUT', 'templateId'],
        [{ copyFromMeetingId: secret }, 'FORBIDDEN', undefined],
        [{ phases: ['COLLECT', 'CLOSED'] }, 'BAD_USER_INPUT', 'phases'],
      ] as const;
      for (const [extra, code, field] of cases) {
        const response = await hoffmann.gql(CREATE, {
          input: { title: 'Übergänge', startsAt: '2027-01-14T09:00:00Z', ...extra },
        });
        expect(errorCode(response), JSON.stringify(extra)).toBe(code);
        if (field) expect(response.errors![0]!.extensions!.field).toBe(field);
      }
      expect(await meetingCount()).toBe(before + 1);
    });
  });

  it('lets the demo facilitator create a workshop: three tables with 5 dots, every phase, and he facilitates it', async () => {
    const id = await create(hoffmann, {
      title: 'Übergänge Kita – Grundschule',
      templateId: template('Workshop mit Arbeitstischen'),
      place: 'Rathaus Zehlendorf',
    });
    expect(await meeting(hoffmann, id)).toMatchObject({
      title: 'Übergänge Kita – Grundschule',
      viewerRole: 'FACILITATOR',
      roles: [{ role: 'FACILITATOR', person: { name: 'Reinhard Hoffmann' } }],
      phases: ['PREPARE', 'COLLECT', 'GROUP', 'VOTE', 'PRIORITISE', 'NEXT_STEPS'],
      workingTables: [
        { kind: 'OPPORTUNITIES', title: 'Chancen', order: 0, voteBudget: 5, positions: [] },
        { kind: 'CRITICISM', title: 'Kritik', order: 1, voteBudget: 5, positions: [] },
        { kind: 'REALISATION', title: 'Konkretion – Realisierung', order: 2, voteBudget: 5, positions: [] },
      ],
      contributions: [],
      invitations: [],
    });
  });

  it('makes an AG meeting with its agenda, no tables, only the phases it needs, and the host body’s open next steps', async () => {
    const sz2 = ids.committee('SZ²');
    const step = await admin.gql(`mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      input: { ownerId: sz2, items: ['Positionierung'], dueLabel: 'Dezember 2026' },
    });
    expect(step.errors).toBeUndefined();
    const id = await create(admin, {
      title: 'SZ² im Januar',
      templateId: template('AG-Sitzung'),
      hostCommitteeId: sz2,
    });
    const ag = await meeting(admin, id);
    expect(ag).toMatchObject({ phases: ['PREPARE', 'NEXT_STEPS'], reviewsOpenSteps: true, workingTables: [] });
    expect(
      ag.contributions.map((c: { title: string; speakerName: string | null }) => [c.title, c.speakerName]),
    ).toEqual([
      ['Begrüßung und Tagesordnung', null],
      ['Offene nächste Schritte', null],
      ['Berichte aus den Regionen', null],
      ['Verschiedenes', null],
    ]);
    // The demo meeting's SZ² step ("Positionierung, Benennung Personen für AG") is open too.
    expect(ag.openSteps.map((step: { dueLabel: string }) => step.dueLabel)).toEqual(['Dezember 2012', 'Dezember 2026']);

    const refused = await admin.gql(SET_PHASE, { m: id, phase: 'VOTE' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.field).toBe('phase');
    expect((await admin.gql(SET_PHASE, { m: id, phase: 'NEXT_STEPS' })).data!.setPhase.phase).toBe('NEXT_STEPS');
  });

  it('copies an earlier meeting’s structure — host body, phases, tables, agenda, invitees — but none of its content', async () => {
    const earlierId = await demoMeetingId(server);
    await hoffmann.gql(`mutation ($input: AddAttendeeInput!) { addAttendee(input: $input) { id } }`, {
      input: { meetingId: earlierId, name: 'Auf der Papierliste' },
    });
    const earlier = await meeting(hoffmann, earlierId);
    expect(earlier.workingTables[0].positions.length).toBeGreaterThan(0);
    expect(earlier.tasks.length).toBeGreaterThan(0);
    expect(earlier.attendees).toEqual([{ name: 'Auf der Papierliste' }]);

    const id = await create(hoffmann, { title: 'SZ² – Folgetreffen', copyFromMeetingId: earlierId });
    const copy = await meeting(hoffmann, id);
    expect(copy.hostCommittee).toEqual(earlier.hostCommittee);
    expect(copy.phases).toEqual(earlier.phases);
    expect(copy.workingTables).toEqual(
      earlier.workingTables.map((table: Record<string, unknown>) => ({ ...table, positions: [] })),
    );
    expect(copy.contributions).toEqual(
      earlier.contributions.map((c: Record<string, unknown>) => ({ ...c, summary: null })),
    );
    expect(copy.invitations).toEqual(earlier.invitations);
    expect(copy).toMatchObject({ tasks: [], attendees: [] });
  });

  it('takes a host body given with the copy over the earlier meeting’s, and phases given over the template’s', async () => {
    const earlierId = await create(admin, { title: 'AG 1', hostCommitteeId: ids.committee('SZ²') });
    const copy = await create(admin, { title: 'AG 2', copyFromMeetingId: earlierId, hostCommitteeId: null });
    expect((await meeting(admin, copy)).hostCommittee).toBeNull();
    const short = await create(admin, {
      title: 'Kurz',
      templateId: template('Workshop mit Arbeitstischen'),
      phases: ['VOTE', 'COLLECT'],
    });
    expect((await meeting(admin, short)).phases).toEqual(['PREPARE', 'COLLECT', 'VOTE']);
  });

  it('lets a facilitator change the phases later, and a meeting created from nothing has every phase', async () => {
    const { id } = await buildMeeting(hoffmann);
    expect(await meeting(hoffmann, id)).toMatchObject({
      phases: ['PREPARE', 'COLLECT', 'GROUP', 'VOTE', 'PRIORITISE', 'NEXT_STEPS'],
      workingTables: [],
      contributions: [],
    });
    const changed = await hoffmann.gql(
      `mutation ($id: ID!) { updateMeeting(id: $id, input: { phases: [NEXT_STEPS, COLLECT] }) { phases } }`,
      { id },
    );
    expect(changed.data!.updateMeeting.phases).toEqual(['PREPARE', 'COLLECT', 'NEXT_STEPS']);
  });
});
