import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolDocument } from '../../server/protocols/load-protocol-document';
import { readSeedData, type SeedData } from '../../server/seed/seed-data';
import { joinAsGuest, type SessionClient, signInAs, signInDemo } from '../support/auth';
import { buildMeeting, buildPosition, buildTable, openJoin } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';
import { countStatements } from '../support/sql-counter';

const PROTOCOL = `query ($meetingId: ID!, $format: ProtocolFormat, $language: Language, $version: Int) {
  meetingProtocol(meetingId: $meetingId, format: $format, language: $language, version: $version)
}`;

describe('the protocol of the demo meeting', () => {
  let server: TestServer;
  let seed: SeedData;
  let meetingId: string;
  let participant: SessionClient;

  const protocol = async (variables: Record<string, unknown> = {}) =>
    participant.gql<{ meetingProtocol: string }>(PROTOCOL, { meetingId, ...variables });

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    seed = await readSeedData();
    participant = await signInDemo(server, 'ingrid.krammer@planwerk.example');
    meetingId = (await participant.gql(`{ meetings { id } }`)).data!.meetings[0].id;
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('refuses anonymous visitors with UNAUTHENTICATED and people who do not take part with FORBIDDEN', async () => {
      expect(errorCode(await server.gql(PROTOCOL, { meetingId }))).toBe('UNAUTHENTICATED');
      const outsider = await signInAs(server, 'user', { name: 'Unbeteiligt' });
      expect(errorCode(await outsider.gql(PROTOCOL, { meetingId }))).toBe('FORBIDDEN');
    });

    it('refuses a malformed meeting id with BAD_USER_INPUT', async () => {
      const response = await participant.gql(PROTOCOL, { meetingId: 'nope' });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('meetingId');
    });

    it('refuses an unknown meeting and an unpublished version with NOT_FOUND', async () => {
      expect(errorCode(await participant.gql(PROTOCOL, { meetingId: '00000000-0000-4000-8000-000000000000' }))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await protocol({ version: 1 }))).toBe('NOT_FOUND');
    });

    it('refuses an unknown format or language', async () => {
      expect(errorCode(await protocol({ format: 'DOC' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await protocol({ language: 'FR' }))).toBe('BAD_USER_INPUT');
    });
  });

  it("is read by the meeting's guests too", async () => {
    const facilitator = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
    const guest = await joinAsGuest(server, await openJoin(facilitator, meetingId));
    const response = await guest.gql(PROTOCOL, { meetingId });
    expect(response.data!.meetingProtocol).toBe((await protocol()).data!.meetingProtocol);
  });

  it('contains every point of the three working tables', async () => {
    const markdown = (await protocol()).data!.meetingProtocol;
    for (const table of seed.meeting.workingTables) {
      expect(markdown).toContain(`### ${table.title}\n`);
      for (const point of table.positions) expect(markdown).toContain(`\n- ${point}\n`);
    }
  });

  it('has the three next steps with the deadline as written and its date', async () => {
    const markdown = (await protocol()).data!.meetingProtocol;
    expect(markdown).toContain('| Wer | Was | Bis wann |');
    expect(markdown).toContain(
      '| JugA | Vorüberlegungen: Leistungsbereiche, Region bestimmen<br>Finanzierungsmodell<br>Träger<br>Evtl. Vorlaufprojekt starten | November 2012 (30.11.2012) |',
    );
    expect(markdown).toContain('| SZ2 | Positionierung<br>Benennung Personen für AG | Dezember 2012 (31.12.2012) |');
    expect(markdown).toContain('| AG | Modell für SZ entwickeln | Ostern 2013 (31.03.2013) |');
  });

  it('names the three speakers with their affiliation, the host and its composition, the author and the footnote', async () => {
    const markdown = (await protocol()).data!.meetingProtocol;
    for (const c of seed.meeting.contributions) {
      expect(markdown).toContain(`### ${c.title}\n\n*${c.speakerName}, ${c.affiliation}*\n\n${c.summary}`);
    }
    expect(markdown.startsWith(`# Protokoll: ${seed.meeting.title}\n\n**Datum:** 19.10.2012  \n`)).toBe(true);
    expect(markdown).toContain('**Veranstalter:** Strategisches Zentrum Steglitz-Zehlendorf (SZ²)');
    expect(markdown).toContain('Setzt sich zusammen aus Repräsentant/innen der vier Regionalen AG');
    expect(markdown).toContain('- Jugendamt Spandau: Jugendamtsleitung *(Gast)*');
    expect(markdown).toContain('**Protokoll:** Reinhard Hoffmann');
    expect(markdown).toContain('## Beiträge[^1]');
    expect(markdown.trimEnd().endsWith('[^1]: Die folgenden Textbeiträge sind inhaltlich gekürzt')).toBe(true);
  });

  it('renders escaped HTML and English labels on request', async () => {
    const html = (await protocol({ format: 'HTML', language: 'EN' })).data!.meetingProtocol;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<h2>Next steps</h2>');
    expect(html).toContain('<td>Ostern 2013 (31 March 2013)</td>');
    expect(html).toContain(
      '<li>Politik und Träger an einen Tisch, transparent und gemeinsam eine Konzeption entwickeln</li>',
    );
    expect(html).toContain('Minutes taken by:</strong> Reinhard Hoffmann');
  });

  it('reads a meeting in the same number of queries however many tables and points it has', async () => {
    const admin = await signInDemo(server, 'admin@planwerk.example');
    const small = (await buildMeeting(admin)).id;
    const large = (await buildMeeting(admin)).id;
    for (let t = 0; t < 4; t++) {
      const table = await buildTable(admin, large, { title: `Tisch ${t}` });
      for (let p = 0; p < 5; p++) await buildPosition(admin, table.id, `Punkt ${t}.${p}`);
    }
    const queriesFor = async (id: string) => {
      let points = 0;
      const queries = await countStatements(server.db.orm, async () => {
        const doc = await loadProtocolDocument(server.db.orm.em.fork(), id);
        points = doc.workingTables.flatMap((t) => t.points).length;
      });
      return { queries, points };
    };
    const counts = [await queriesFor(small), await queriesFor(large), await queriesFor(meetingId)];
    expect(counts.map((c) => c.points)).toEqual([0, 20, 53]);
    expect(counts[0]!.queries).toBe(7);
    expect(counts.map((c) => c.queries)).toEqual([7, 7, 7]);
  });
});
