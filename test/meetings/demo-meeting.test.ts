import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDemo } from '../support/auth';
import { startTestServer, type TestServer } from '../support/server';

const DEMO_MEETING = /* GraphQL */ `
  query DemoMeeting {
    meetings {
      id
      title
      allDay
      startsAt
      hostCommittee { shortName }
      protocolAuthor { name }
      protocolFootnote
      viewerRole
      roles { role person { name } }
      invitations { guest note invitee { __typename ... on Committee { name } ... on Organization { name } } }
      contributions { order title speakerName affiliation speaker { name title } }
      workingTables { kind title positions { text version rank author { name } } }
      tasks { ownerLabel items dueLabel dueDate status owner { __typename ... on Committee { shortName } ... on Organization { shortName } } }
    }
  }
`;

describe('the demo meeting of 19.10.2012', () => {
  let server: TestServer;
  let meeting: any;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    const hoffmann = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
    const { data, errors } = await hoffmann.gql(DEMO_MEETING);
    expect(errors).toBeUndefined();
    expect(data?.meetings).toHaveLength(1);
    meeting = data?.meetings[0];
  });
  afterAll(() => server.close());

  it('is the SZ² meeting of 19 October 2012, hosted by SZ² and minuted by Reinhard Hoffmann', () => {
    expect(meeting.title).toContain('Alternative Formen sozialräumlicher Finanzierung');
    expect(meeting.startsAt).toBe('2012-10-18T22:00:00.000Z');
    expect(meeting.allDay).toBe(true);
    expect(meeting.hostCommittee.shortName).toBe('SZ²');
    expect(meeting.protocolAuthor.name).toBe('Reinhard Hoffmann');
    expect(meeting.protocolFootnote).toBe('Die folgenden Textbeiträge sind inhaltlich gekürzt');
  });

  it('is facilitated by Reinhard Hoffmann, with the three speakers taking part (a demo assumption)', () => {
    expect(meeting.viewerRole).toBe('FACILITATOR');
    expect(meeting.roles.map((r: any) => [r.role, r.person.name])).toEqual([
      ['FACILITATOR', 'Reinhard Hoffmann'],
      ['PARTICIPANT', 'Oliver Schruoffenegger'],
      ['PARTICIPANT', 'Wolfgang Hinte'],
      ['PARTICIPANT', 'Ingrid Krammer'],
    ]);
  });

  it('invited SZ², the AG speakers and the youth office, with Spandau and Mitte as guests', () => {
    const guests = meeting.invitations.filter((i: any) => i.guest).map((i: any) => i.invitee.name);
    expect(guests).toEqual(['Jugendamt Spandau', 'Jugendamt Mitte']);
    expect(meeting.invitations.filter((i: any) => !i.guest).map((i: any) => i.invitee.__typename)).toEqual([
      'Committee',
      'Committee',
      'Organization',
    ]);
  });

  it('has the three contributions in programme order', () => {
    expect(meeting.contributions.map((c: any) => [c.order, c.speakerName])).toEqual([
      [0, 'Oliver Schruoffenegger'],
      [1, 'Prof. Dr. Wolfgang Hinte'],
      [2, 'Mag. Ingrid Krammer'],
    ]);
    expect(meeting.contributions[1].speaker).toEqual({ name: 'Wolfgang Hinte', title: 'Prof. Dr.' });
  });

  it('has three working tables with every point as written: 20, 23 and 10', () => {
    expect(meeting.workingTables.map((t: any) => [t.kind, t.title, t.positions.length])).toEqual([
      ['OPPORTUNITIES', 'Chancen', 20],
      ['CRITICISM', 'Kritik', 23],
      ['REALISATION', 'Konkretion – Realisierung', 10],
    ]);
    const [chancen, kritik, konkretion] = meeting.workingTables;
    expect(chancen.positions[0].text).toBe('Gemeinsame Ziele und Verantwortung');
    expect(kritik.positions[22].text).toBe('Zeitlich Vorgaben realistisch?');
    expect(konkretion.positions[9].text).toBe('Externe Prozessbegleitung');
    for (const table of meeting.workingTables) {
      for (const position of table.positions) expect(position).toMatchObject({ version: 1, rank: null });
    }
  });

  it('has the three next steps with their labels as written and resolved dates', () => {
    expect(meeting.tasks.map((t: any) => [t.ownerLabel, t.owner.shortName, t.dueLabel, t.dueDate, t.status])).toEqual([
      ['JugA', 'JugA', 'November 2012', '2012-11-30', 'OPEN'],
      ['SZ2', 'SZ²', 'Dezember 2012', '2012-12-31', 'OPEN'],
      ['AG', 'AG', 'Ostern 2013', '2013-03-31', 'OPEN'],
    ]);
    expect(meeting.tasks[1].items).toEqual(['Positionierung', 'Benennung Personen für AG']);
  });
});
