import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlClient, joinAsGuest, type SessionClient, signInAs, signInDemo } from '../support/auth';
import { openJoin } from '../support/factories';
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
  let facilitator: SessionClient;
  let participant: SessionClient;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    facilitator = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
    participant = await signInDemo(server, 'ingrid.krammer@planwerk.example');
    meetingId = (await facilitator.gql(`{ meetings { id } }`)).data!.meetings[0].id;
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('lets only facilitators write sections and publish: anonymous UNAUTHENTICATED, participants and guests FORBIDDEN', async () => {
      const section = (await facilitator.gql(CREATE, { input: { meetingId, title: 'Entwurf', body: 'x' } })).data!
        .createProtocolSection;
      const guest = await joinAsGuest(server, await openJoin(facilitator, meetingId));
      const attempts = (client: GqlClient) => [
        client.gql(CREATE, { input: { meetingId, title: 'Diskussion', body: 'x' } }),
        client.gql(UPDATE, { id: section.id, input: { title: 'Fazit' } }),
        client.gql(DELETE, { id: section.id }),
        client.gql(PUBLISH, { meetingId }),
      ];
      for (const response of await Promise.all(attempts(server))) expect(errorCode(response)).toBe('UNAUTHENTICATED');
      for (const client of [participant, guest]) {
        for (const response of await Promise.all(attempts(client))) expect(errorCode(response)).toBe('FORBIDDEN');
      }
      // Participants read what facilitators wrote: sections, versions.
      expect((await participant.gql(SECTIONS, { meetingId })).data!.protocolSections).toEqual([
        { id: section.id, title: 'Entwurf', body: 'x', order: 0 },
      ]);
      expect((await participant.gql(VERSIONS, { meetingId })).data!.protocolVersions).toEqual([]);
      expect((await facilitator.gql(DELETE, { id: section.id })).data!.deleteProtocolSection).toBe(section.id);
    });

    it('keeps sections, versions and diffs from people who do not take part', async () => {
      const outsider = await signInAs(server, 'user', { name: 'Unbeteiligt' });
      for (const query of [SECTIONS, VERSIONS])
        expect(errorCode(await outsider.gql(query, { meetingId }))).toBe('FORBIDDEN');
      expect(errorCode(await outsider.gql(DIFF, { meetingId, from: 1 }))).toBe('FORBIDDEN');
    });

    it.each([
      ['a blank title', { title: '  ', body: 'x' }, 'title'],
      ['a title of 301 characters', { title: 'x'.repeat(301), body: 'x' }, 'title'],
      ['a body of 20,001 characters', { title: 'Diskussion', body: 'x'.repeat(20_001) }, 'body'],
      ['a negative order', { title: 'Diskussion', body: 'x', order: -1 }, 'order'],
      ['a malformed meeting id', { title: 'Diskussion', body: 'x', meetingId: 'x' }, 'meetingId'],
    ])('refuses a section with %s', async (_case, input, field) => {
      const response = await facilitator.gql(CREATE, { input: { meetingId, ...input } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect((await facilitator.gql(SECTIONS, { meetingId })).data!.protocolSections).toEqual([]);
    });

    it('refuses unknown meetings, sections and versions with NOT_FOUND', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await facilitator.gql(CREATE, { input: { meetingId: unknown, title: 'A', body: '' } }))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await facilitator.gql(UPDATE, { id: unknown, input: { title: 'B' } }))).toBe('NOT_FOUND');
      expect(errorCode(await facilitator.gql(PUBLISH, { meetingId: unknown }))).toBe('NOT_FOUND');
      expect(errorCode(await facilitator.gql(VERSIONS, { meetingId: unknown }))).toBe('NOT_FOUND');
      expect(errorCode(await facilitator.gql(DIFF, { meetingId, from: 1 }))).toBe('NOT_FOUND');
      expect((await facilitator.gql(VERSIONS, { meetingId })).data!.protocolVersions).toEqual([]);
    });
  });

  it('publishes, keeps a version frozen, numbers changes anew and shows what changed', async () => {
    const first = (await facilitator.gql(PUBLISH, { meetingId })).data!.publishProtocol;
    expect(first).toMatchObject({ number: 1, meeting: { id: meetingId } });
    expect(first.markdown).toContain('## Nächste Schritte');
    expect(Date.parse(first.publishedAt)).not.toBeNaN();

    // Publishing again without a change returns the same version.
    expect((await facilitator.gql(PUBLISH, { meetingId })).data!.publishProtocol).toMatchObject({
      id: first.id,
      number: 1,
    });

    const later = (
      await facilitator.gql(CREATE, { input: { meetingId, title: 'Fazit', body: 'Alle wollen weitermachen.' } })
    ).data!.createProtocolSection;
    const earlier = (
      await facilitator.gql(CREATE, {
        input: { meetingId, title: 'Diskussion', body: 'Lebhaft.\n\nViele Fragen.', order: 0 },
      })
    ).data!.createProtocolSection;
    await facilitator.gql(UPDATE, { id: later.id, input: { order: 1 } });
    expect(
      (await facilitator.gql(SECTIONS, { meetingId })).data!.protocolSections.map((s: any) => [s.title, s.order]),
    ).toEqual([
      ['Diskussion', 0],
      ['Fazit', 1],
    ]);

    const draftDiff = (await facilitator.gql(DIFF, { meetingId, from: 1 })).data!.protocolDiff;
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

    const second = (await facilitator.gql(PUBLISH, { meetingId })).data!.publishProtocol;
    expect(second.number).toBe(2);
    const sections = second.markdown.indexOf('## Diskussion');
    expect(sections).toBeGreaterThan(second.markdown.indexOf('### Beispiel Graz'));
    expect(sections).toBeLessThan(second.markdown.indexOf('## Arbeitstische'));

    await facilitator.gql(UPDATE, { id: earlier.id, input: { body: 'Sehr lebhaft.' } });
    await facilitator.gql(DELETE, { id: later.id });
    const versions = (await facilitator.gql(VERSIONS, { meetingId })).data!.protocolVersions;
    expect(versions.map((v: any) => v.number)).toEqual([2, 1]);

    // A published version renders as it was frozen, in any language.
    const v1 = (await facilitator.gql(PROTOCOL, { meetingId, version: 1 })).data!.meetingProtocol;
    expect(v1).toBe(first.markdown);
    const v2English = (await facilitator.gql(PROTOCOL, { meetingId, version: 2, language: 'EN' })).data!
      .meetingProtocol;
    expect(v2English).toContain('## Diskussion\n\nLebhaft.');
    expect(v2English).toContain('## Next steps');

    const diff = (await facilitator.gql(DIFF, { meetingId, from: 1, to: 2 })).data!.protocolDiff;
    expect(diff.filter((l: any) => l.kind === 'REMOVED')).toEqual([]);
    expect(diff.find((l: any) => l.text === '## Fazit')).toMatchObject({ kind: 'ADDED', oldNumber: null });
    const current = (await facilitator.gql(DIFF, { meetingId, from: 2 })).data!.protocolDiff;
    const changed = (kind: string) => current.filter((l: any) => l.kind === kind).map((l: any) => l.text);
    expect(changed('ADDED')).toEqual(['Sehr lebhaft.']);
    expect(changed('REMOVED')).toEqual([
      'Lebhaft.',
      'Viele Fragen.',
      '',
      '## Fazit',
      '',
      'Alle wollen weitermachen.',
      '',
    ]);
  });
});
