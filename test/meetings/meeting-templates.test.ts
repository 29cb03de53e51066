import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const TEMPLATES = `{ meetingTemplates { id name description order structure {
  phases reviewsOpenSteps tables { kind title voteBudget } agenda { title plannedMinutes } } } }`;
const CREATE = `mutation ($input: MeetingTemplateInput!) { createMeetingTemplate(input: $input) {
  id name structure { phases reviewsOpenSteps tables { kind title voteBudget } agenda { title plannedMinutes } } } }`;
const UPDATE = `mutation ($id: ID!, $input: MeetingTemplateInput!) { updateMeetingTemplate(id: $id, input: $input) { id name } }`;
const DELETE = `mutation ($id: ID!) { deleteMeetingTemplate(id: $id) }`;

const KLAUSUR = {
  name: 'Klausurtag',
  description: 'Ein Tag mit zwei Tischen',
  structure: {
    phases: ['VOTE', 'COLLECT'],
    tables: [
      { kind: 'CUSTOM', title: 'Ziele 2027' },
      { kind: 'CRITICISM', title: 'Hürden', voteBudget: 3 },
    ],
    agenda: [{ title: 'Rückblick', plannedMinutes: 30 }],
  },
};

describe('meeting templates: data that admins keep', () => {
  let server: TestServer;
  let admin: SessionClient;
  let user: SessionClient;
  const names = async () => (await user.gql(TEMPLATES)).data!.meetingTemplates.map((t: { name: string }) => t.name);

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
    user = await signInAs(server, 'user', { name: 'Moderatorin' });
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('lets only admins add, change and remove templates, and nobody without an account read them', async () => {
      const [first] = (await admin.gql(TEMPLATES)).data!.meetingTemplates;
      expect(errorCode(await user.gql(CREATE, { input: KLAUSUR }))).toBe('FORBIDDEN');
      expect(errorCode(await user.gql(UPDATE, { id: first.id, input: KLAUSUR }))).toBe('FORBIDDEN');
      expect(errorCode(await user.gql(DELETE, { id: first.id }))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(TEMPLATES))).toBe('UNAUTHENTICATED');
      expect(await names()).toEqual(['Workshop mit Arbeitstischen', 'AG-Sitzung', 'Leer']);
    });

    it('refuses a template without a name, with CLOSED as a phase, a table without a title or a budget of 0 dots', async () => {
      const cases = [
        [{ ...KLAUSUR, name: ' ' }, 'name'],
        [{ ...KLAUSUR, structure: { ...KLAUSUR.structure, phases: ['CLOSED'] } }, 'structure.phases'],
        [
          { ...KLAUSUR, structure: { ...KLAUSUR.structure, tables: [{ kind: 'CUSTOM', title: '' }] } },
          'structure.tables.0.title',
        ],
        [
          { ...KLAUSUR, structure: { ...KLAUSUR.structure, tables: [{ kind: 'CUSTOM', title: 'x', voteBudget: 0 }] } },
          'structure.tables.0.voteBudget',
        ],
        [
          { ...KLAUSUR, structure: { ...KLAUSUR.structure, agenda: [{ title: 'x', plannedMinutes: 0 }] } },
          'structure.agenda.0.plannedMinutes',
        ],
      ] as const;
      for (const [input, field] of cases) {
        const response = await admin.gql(CREATE, { input });
        expect(errorCode(response), field).toBe('BAD_USER_INPUT');
        expect(response.errors![0]!.extensions!.field).toBe(field);
      }
      expect(await names()).toEqual(['Workshop mit Arbeitstischen', 'AG-Sitzung', 'Leer']);
    });

    it('answers NOT_FOUND for a template that does not exist', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await admin.gql(UPDATE, { id: missing, input: KLAUSUR }))).toBe('NOT_FOUND');
      expect(errorCode(await admin.gql(DELETE, { id: missing }))).toBe('NOT_FOUND');
    });
  });

  it('starts with the workshop, the AG meeting and the empty meeting as data', async () => {
    const [workshop, ag, empty] = (await user.gql(TEMPLATES)).data!.meetingTemplates;
    expect(workshop.structure).toEqual({
      phases: ['PREPARE', 'COLLECT', 'GROUP', 'VOTE', 'PRIORITISE', 'NEXT_STEPS'],
      reviewsOpenSteps: false,
      tables: [
        { kind: 'OPPORTUNITIES', title: 'Chancen', voteBudget: 5 },
        { kind: 'CRITICISM', title: 'Kritik', voteBudget: 5 },
        { kind: 'REALISATION', title: 'Konkretion – Realisierung', voteBudget: 5 },
      ],
      agenda: [],
    });
    expect(ag.structure).toMatchObject({ phases: ['PREPARE', 'NEXT_STEPS'], reviewsOpenSteps: true, tables: [] });
    expect(ag.structure.agenda.map((item: { title: string }) => item.title)).toContain('Offene nächste Schritte');
    expect(empty.structure).toMatchObject({ tables: [], agenda: [] });
  });

  it('lets an admin add a template (phases put in order, budgets filled in), change it and remove it', async () => {
    const created = (await admin.gql(CREATE, { input: KLAUSUR })).data!.createMeetingTemplate;
    expect(created.structure).toEqual({
      phases: ['PREPARE', 'COLLECT', 'VOTE'],
      reviewsOpenSteps: false,
      tables: [
        { kind: 'CUSTOM', title: 'Ziele 2027', voteBudget: 5 },
        { kind: 'CRITICISM', title: 'Hürden', voteBudget: 3 },
      ],
      agenda: [{ title: 'Rückblick', plannedMinutes: 30 }],
    });
    expect(await names()).toEqual(['Workshop mit Arbeitstischen', 'AG-Sitzung', 'Leer', 'Klausurtag']);

    const renamed = await admin.gql(UPDATE, { id: created.id, input: { ...KLAUSUR, name: 'Klausur 2027' } });
    expect(renamed.data!.updateMeetingTemplate.name).toBe('Klausur 2027');
    expect((await admin.gql(DELETE, { id: created.id })).data!.deleteMeetingTemplate).toBe(created.id);
    expect(await names()).toEqual(['Workshop mit Arbeitstischen', 'AG-Sitzung', 'Leer']);
  });
});
