import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/auth';
import { buildMeeting, buildPerson, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const AGENDA = `query ($id: ID!) { meeting(id: $id) {
  contributions { id order title speakerName affiliation summary plannedMinutes speaker { name } } } }`;
const ADD = `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id order speakerName } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContributionInput!) { updateContribution(id: $id, input: $input) { id } }`;
const REMOVE = `mutation ($id: ID!) { deleteContribution(id: $id) }`;

describe('the agenda: talks with speaker, title, summary and planned minutes', () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let facilitator: Awaited<ReturnType<typeof signInAs>>;
  let meetingId: string;
  let hinte: { id: string; name: string };
  const agenda = async () => (await facilitator.gql(AGENDA, { id: meetingId })).data!.meeting.contributions;
  const titles = async () => (await agenda()).map((c: { title: string }) => c.title);
  const add = async (input: Record<string, unknown>) => {
    const { data, errors } = await facilitator.gql(ADD, { input: { meetingId, ...input } });
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.createContribution as { id: string; order: number; speakerName: string | null };
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
    facilitator = await signInAs(server, 'user', { name: 'Moderatorin' });
    meetingId = (await buildMeeting(admin)).id;
    await setMeetingRole(admin, meetingId, facilitator.user.personId, 'FACILITATOR');
    hinte = await buildPerson(server, 'Wolfgang Hinte');
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('lets only facilitators add, change or remove a talk: participants get FORBIDDEN', async () => {
      const talk = await add({ title: 'Begrüßung', speakerName: 'Moderatorin' });
      const participant = await signInAs(server, 'user', { name: 'Teilnehmer' });
      await setMeetingRole(admin, meetingId, participant.user.personId, 'PARTICIPANT');
      expect(errorCode(await participant.gql(ADD, { input: { meetingId, title: 'Mein Thema' } }))).toBe('FORBIDDEN');
      expect(errorCode(await participant.gql(UPDATE, { id: talk.id, input: { title: 'Anders' } }))).toBe('FORBIDDEN');
      expect(errorCode(await participant.gql(REMOVE, { id: talk.id }))).toBe('FORBIDDEN');
      expect(await titles()).toEqual(['Begrüßung']);
      await facilitator.gql(REMOVE, { id: talk.id });
    });

    it('refuses an empty title, planned minutes outside 1–600, a negative place and an unknown speaker or talk', async () => {
      const cases = [
        [ADD, { input: { meetingId, title: ' ' } }, 'BAD_USER_INPUT', 'title'],
        [ADD, { input: { meetingId, title: 'Vortrag', plannedMinutes: 0 } }, 'BAD_USER_INPUT', 'plannedMinutes'],
        [ADD, { input: { meetingId, title: 'Vortrag', plannedMinutes: 601 } }, 'BAD_USER_INPUT', 'plannedMinutes'],
        [ADD, { input: { meetingId, title: 'Vortrag', order: -1 } }, 'BAD_USER_INPUT', 'order'],
        [
          ADD,
          { input: { meetingId, title: 'Vortrag', speakerId: '00000000-0000-4000-8000-000000000000' } },
          'NOT_FOUND',
        ],
        [UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { title: 'x' } }, 'NOT_FOUND'],
        [REMOVE, { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ] as const;
      for (const [query, variables, code, field] of cases) {
        const response = await facilitator.gql(query, variables);
        expect(errorCode(response), JSON.stringify(variables)).toBe(code);
        if (field) expect(response.errors![0]!.extensions!.field).toBe(field);
      }
      expect(await agenda()).toEqual([]);
    });
  });

  it('adds a speaker from the directory under their name, or anyone as written with affiliation, and items without one', async () => {
    await add({ title: 'Alternative Formen sozialräumlicher Finanzierung', speakerId: hinte.id, plannedMinutes: 45 });
    await add({
      title: 'Beispiel Graz',
      speakerName: 'Mag. Ingrid Krammer',
      affiliation: 'Amt für Jugend und Familie Graz',
      summary: 'Budgetäre Entwicklung seit dem Sozialraumbudget',
      plannedMinutes: 30,
    });
    await add({ title: 'Verschiedenes' });
    expect(await agenda()).toMatchObject([
      { order: 0, speakerName: 'Wolfgang Hinte', speaker: { name: 'Wolfgang Hinte' }, plannedMinutes: 45 },
      { order: 1, speakerName: 'Mag. Ingrid Krammer', affiliation: 'Amt für Jugend und Familie Graz', speaker: null },
      { order: 2, title: 'Verschiedenes', speakerName: null, speaker: null, plannedMinutes: null },
    ]);
  });

  it('moves a talk to another place and closes up the others; removing one keeps the order', async () => {
    const [first, , last] = await agenda();
    await facilitator.gql(UPDATE, { id: last.id, input: { order: 0 } });
    expect(await titles()).toEqual([
      'Verschiedenes',
      'Alternative Formen sozialräumlicher Finanzierung',
      'Beispiel Graz',
    ]);
    await facilitator.gql(UPDATE, { id: first.id, input: { order: 5 } });
    expect((await agenda()).map((c: { order: number; title: string }) => [c.order, c.title])).toEqual([
      [0, 'Verschiedenes'],
      [1, 'Beispiel Graz'],
      [2, 'Alternative Formen sozialräumlicher Finanzierung'],
    ]);
    await facilitator.gql(REMOVE, { id: last.id });
    expect(await titles()).toEqual(['Beispiel Graz', 'Alternative Formen sozialräumlicher Finanzierung']);
  });

  it('changes speaker and minutes: a person chosen speaks under their name, one written by hand loses the link', async () => {
    const [graz] = await agenda();
    await facilitator.gql(UPDATE, { id: graz.id, input: { speakerId: hinte.id, plannedMinutes: 20 } });
    expect((await agenda())[0]).toMatchObject({ speakerName: 'Wolfgang Hinte', speaker: { name: 'Wolfgang Hinte' } });
    await facilitator.gql(UPDATE, { id: graz.id, input: { speakerId: null, speakerName: 'Ingrid Krammer' } });
    expect((await agenda())[0]).toMatchObject({ speakerName: 'Ingrid Krammer', speaker: null, plannedMinutes: 20 });
  });
});
