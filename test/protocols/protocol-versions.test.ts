import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const SECTIONS = `query ($meetingId: ID!) { protocolSections(meetingId: $meetingId) { id title body order } }`;
const CREATE = `mutation ($input: CreateProtocolSectionInput!) { createProtocolSection(input: $input) { id title order } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateProtocolSectionInput!) { updateProtocolSection(id: $id, input: $input) { id title body order } }`;
const DELETE = `mutation ($id: ID!) { deleteProtocolSection(id: $id) }`;
const PUBLISH = `mutation ($meetingId: ID!) { publishProtocol(meetingId: $meetingId) { id number markdown publishedAt meeting { id } } }`;
const VERSIONS = `query ($meetingId: ID!) { protocolVersions(meetingId: $meetingId) { number markdown } }`;
const DIFF = `query ($meetingId: ID!, $from: Int!, $to: Int) {
  protocolDiff(meetingId: $meetingId, from: $from, to: $to) { kind text oldNumber newNumber }
}`;
const PROTOCOL = `query ($meetingId: ID!, $version: Int, $language: Language) {
  meetingProtocol(meetingId: $meetingId, version: $version, language: $language)
}`;

describe('protocol sections, publishing and versions', () => {
  let server: TestServer;
  let meetingId: string;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    meetingId = (await server.gql(`{ meetings { id } }`)).data!.meetings[0].id;
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it.each([
      ['a blank title', { title: '  ', body: 'x' }, 'title'],
      ['a title of 301 characters', { title: 'x'.repeat(301), body: 'x' }, 'title'],
      ['a body of 20,001 characters', { title: 'Diskussion', body: 'x'.repeat(20_001) }, 'body'],
      ['a negative order', { title: 'Diskussion', body: 'x', order: -1 }, 'order'],
      ['a malformed meeting id', { title: 'Diskussion', body: 'x', meetingId: 'x' }, 'meetingId'],
    ])('refuses a section with %s', async (_case, input, field) => {
      const response = await server.gql(CREATE, { input: { meetingId, ...input } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect((await server.gql(SECTIONS, { meetingId })).data!.protocolSections).toEqual([]);
    });

    it('refuses unknown meetings, sections and versions with NOT_FOUND', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await server.gql(CREATE, { input: { meetingId: unknown, title: 'A', body: '' } }))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await server.gql(UPDATE, { id: unknown, input: { title: 'B' } }))).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(PUBLISH, { meetingId: unknown }))).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(VERSIONS, { meetingId: unknown }))).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(DIFF, { meetingId, from: 1 }))).toBe('NOT_FOUND');
      expect((await server.gql(VERSIONS, { meetingId })).data!.protocolVersions).toEqual([]);
    });
  });

  it('publishes, keeps a version frozen, numbers changes anew and shows what changed', async () => {
    const first = (await server.gql(PUBLISH, { meetingId })).data!.publishProtocol;
    expect(first).toMatchObject({ number: 1, meeting: { id: meetingId } });
    expect(first.markdown).toContain('## Nächste Schritte');
    expect(Date.parse(first.publishedAt)).not.toBeNaN();

    // Publishing again without a change returns the same version.
    expect((await server.gql(PUBLISH, { meetingId })).data!.publishProtocol).toMatchObject({ id: first.id, number: 1 });

    const later = (
      await server.gql(CREATE, { input: { meetingId, title: 'Fazit', body: 'Alle wollen weitermachen.' } })
    ).data!.createProtocolSection;
    const earlier = (
      await server.gql(CREATE, {
        input: { meetingId, title: 'Diskussion', body: 'Lebhaft.\n\nViele Fragen.', order: 0 },
      })
    ).data!.createProtocolSection;
    await server.gql(UPDATE, { id: later.id, input: { order: 1 } });
    expect(
      (await server.gql(SECTIONS, { meetingId })).data!.protocolSections.map((s: any) => [s.title, s.order]),
    ).toEqual([
      ['Diskussion', 0],
      ['Fazit', 1],
    ]);

    const draftDiff = (await server.gql(DIFF, { meetingId, from: 1 })).data!.protocolDiff;
    expect(draftDiff.filter((l: any) => l.kind !== 'SAME').map((l: any) => `${l.kind} ${l.text}`)).toEqual([
      'ADDED ## Diskussion',
      'ADDED ',
      'ADDED Lebhaft.',
      'ADDED ',
      'ADDED Viele Fragen.',
      'ADDED ',
      'ADDED ## Fazit',
      'ADDED ',
      'ADDED Alle wollen weitermachen.',
      'ADDED ',
    ]);

    const second = (await server.gql(PUBLISH, { meetingId })).data!.publishProtocol;
    expect(second.number).toBe(2);
    const sections = second.markdown.indexOf('## Diskussion');
    expect(sections).toBeGreaterThan(second.markdown.indexOf('### Beispiel Graz'));
    expect(sections).toBeLessThan(second.markdown.indexOf('## Arbeitstische'));

    await server.gql(UPDATE, { id: earlier.id, input: { body: 'Sehr lebhaft.' } });
    await server.gql(DELETE, { id: later.id });
    const versions = (await server.gql(VERSIONS, { meetingId })).data!.protocolVersions;
    expect(versions.map((v: any) => v.number)).toEqual([2, 1]);

    // A published version renders as it was frozen, in any language.
    const v1 = (await server.gql(PROTOCOL, { meetingId, version: 1 })).data!.meetingProtocol;
    expect(v1).toBe(first.markdown);
    const v2English = (await server.gql(PROTOCOL, { meetingId, version: 2, language: 'EN' })).data!.meetingProtocol;
    expect(v2English).toContain('## Diskussion\n\nLebhaft.');
    expect(v2English).toContain('## Next steps');

    const diff = (await server.gql(DIFF, { meetingId, from: 1, to: 2 })).data!.protocolDiff;
    expect(diff.filter((l: any) => l.kind === 'REMOVED')).toEqual([]);
    expect(diff.find((l: any) => l.text === '## Fazit')).toMatchObject({ kind: 'ADDED', oldNumber: null });
    const current = (await server.gql(DIFF, { meetingId, from: 2 })).data!.protocolDiff;
    const changed = (kind: string) => current.filter((l: any) => l.kind === kind).map((l: any) => l.text);
    expect(changed('ADDED')).toEqual(['Sehr lebhaft.']);
    expect(changed('REMOVED')).toEqual(['Lebhaft.', 'Viele Fragen.', '', '## Fazit', '', 'Alle wollen weitermachen.', '']);
  });
});
