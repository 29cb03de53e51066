import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProtocolTextFile, readSeedData, type SeedData } from '../../../server/seed/seed-data';
import { type GqlClient, joinAsGuest, type SessionClient, signInAs, signInDemo } from '../../support/auth';
import { addMember, demoIds, openJoin } from '../../support/factories';
import { errorCode } from '../../support/graphql';
import { startTestServer, type TestServer } from '../../support/server';

const PREVIEW = `query ($text: String!) {
  previewProtocolImport(text: $text) {
    title date footnote authorName authorId hostCommitteeId
    workingTables { kind title positions }
    tasks { ownerLabel ownerId items dueLabel dueDate }
  }
}`;
const IMPORT = `mutation ($draft: ProtocolDraftInput, $text: String) {
  importProtocol(draft: $draft, text: $text) {
    id title startsAt allDay protocolFootnote protocolAuthor { name } viewerRole
    workingTables { kind title positions { text rank } }
    tasks { ownerLabel items dueLabel dueDate status owner { __typename ... on Committee { id } ... on Organization { id } } }
  }
}`;
const COUNTS = `{ meetings { id } people { id } }`;

describe('importing a protocol text', () => {
  let server: TestServer;
  let seed: SeedData;
  let text: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: SessionClient;
  /** Whoever may create meetings may import: a member of a committee. */
  let importer: SessionClient;

  /** Counted as an admin, who sees every meeting. */
  const counts = async () => {
    const { data } = await admin.gql(COUNTS);
    return { meetings: data!.meetings.length, people: data!.people.length };
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    seed = await readSeedData();
    text = await readFile(demoProtocolTextFile, 'utf8');
    admin = await signInDemo(server, 'admin@planwerk.example');
    ids = await demoIds(admin);
    const member = await signInAs(server, 'user', { name: 'Mira Mitglied' });
    await addMember(admin, ids.committee('AG'), member.user.personId);
    importer = member;
  });
  afterAll(() => server.close());

  describe('refusals, which save nothing', () => {
    it('refuses anonymous visitors with UNAUTHENTICATED, and guests and people in no committee with FORBIDDEN', async () => {
      const meetingId = (await admin.gql(`{ meetings { id } }`)).data!.meetings[0].id;
      const guest = await joinAsGuest(server, await openJoin(admin, meetingId));
      const noCommittee = await signInAs(server, 'user', { name: 'Ohne Gremium' });
      const before = await counts();
      const attempts = (client: GqlClient) => [client.gql(PREVIEW, { text }), client.gql(IMPORT, { text })];
      for (const response of await Promise.all(attempts(server))) expect(errorCode(response)).toBe('UNAUTHENTICATED');
      for (const client of [guest, noCommittee]) {
        for (const response of await Promise.all(attempts(client))) expect(errorCode(response)).toBe('FORBIDDEN');
      }
      expect(await counts()).toEqual(before);
    });

    let draft: any;
    beforeAll(async () => {
      draft = (await importer.gql(PREVIEW, { text })).data!.previewProtocolImport;
    });

    it.each([
      ['neither a draft nor a text', {}, 'draft'],
      ['both a draft and a text', { text: 'x', draftFromPreview: true }, 'draft'],
      [
        'a text whose next steps name nobody known',
        { text: 'Sitzung 01.02.2026\nNächste Schritte\nFrau X  Anrufen  März 2026' },
        'draft.tasks.0.ownerId',
      ],
      ['a text without a date', { text: 'Notizen\nKritik\n- zu spät' }, 'draft.date'],
      ['a text of 200,001 characters', { text: 'x'.repeat(200_001) }, 'text'],
      [
        'a draft with a blank point',
        { draftPatch: { workingTables: [{ kind: 'CRITICISM', title: 'Kritik', positions: [' '] }] } },
        'draft.workingTables.0.positions',
      ],
      [
        'a draft with a step without items',
        { draftPatch: { tasks: [{ ownerLabel: 'AG', items: [] }] } },
        'draft.tasks.0.items',
      ],
      ['a draft without a date', { draftPatch: { date: null } }, 'draft.date'],
    ])('refuses %s with BAD_USER_INPUT', async (_case, args: any, field) => {
      const before = await counts();
      const variables = {
        text: args.text,
        draft: args.draftFromPreview ? draft : args.draftPatch ? { ...draft, ...args.draftPatch } : undefined,
      };
      const response = await importer.gql(IMPORT, variables);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(await counts()).toEqual(before);
    });

    it('refuses an owner id that names nothing with NOT_FOUND', async () => {
      const before = await counts();
      const tasks = draft.tasks.map((t: any, i: number) =>
        i === 1 ? { ...t, ownerId: '00000000-0000-4000-8000-000000000000' } : t,
      );
      expect(errorCode(await importer.gql(IMPORT, { draft: { ...draft, tasks } }))).toBe('NOT_FOUND');
      expect(await counts()).toEqual(before);
    });
  });

  it('previews the seed protocol as a draft with owners and author matched, saving nothing', async () => {
    const before = await counts();
    const draft = (await importer.gql(PREVIEW, { text })).data!.previewProtocolImport;
    expect(draft).toMatchObject({
      title: 'Protokoll der Veranstaltung vom 19.10.2012',
      date: '2012-10-19',
      footnote: 'Die folgenden Textbeiträge sind inhaltlich gekürzt',
      authorName: 'Reinhard Hoffmann',
      authorId: ids.person('Reinhard Hoffmann'),
    });
    expect(draft.workingTables).toEqual(seed.meeting.workingTables);
    expect(draft.tasks).toEqual([
      {
        ownerLabel: 'JugA',
        ownerId: ids.organization('JugA'),
        items: seed.meeting.tasks[0]!.items,
        dueLabel: 'November 2012',
        dueDate: '2012-11-30',
      },
      {
        ownerLabel: 'SZ2',
        ownerId: ids.committee('SZ²'),
        items: seed.meeting.tasks[1]!.items,
        dueLabel: 'Dezember 2012',
        dueDate: '2012-12-31',
      },
      {
        ownerLabel: 'AG',
        ownerId: ids.committee('AG'),
        items: seed.meeting.tasks[2]!.items,
        dueLabel: 'Ostern 2013',
        dueDate: '2013-03-31',
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports the seed text into the same records as the demo data, with the importer as facilitator', async () => {
    const before = await counts();
    const meeting = (await importer.gql(IMPORT, { text })).data!.importProtocol;
    expect(meeting).toMatchObject({
      startsAt: '2012-10-18T22:00:00.000Z',
      allDay: true,
      protocolFootnote: seed.meeting.protocolFootnote,
      protocolAuthor: { name: 'Reinhard Hoffmann' },
      viewerRole: 'FACILITATOR',
    });
    expect(
      meeting.workingTables.map((t: any) => ({
        kind: t.kind,
        title: t.title,
        positions: t.positions.map((p: any) => p.text),
      })),
    ).toEqual(seed.meeting.workingTables);
    expect(meeting.tasks).toEqual(
      seed.meeting.tasks.map((t, i) => ({
        ownerLabel: t.ownerLabel,
        items: t.items,
        dueLabel: t.dueLabel,
        dueDate: ['2012-11-30', '2012-12-31', '2013-03-31'][i],
        status: 'OPEN',
        owner: [
          { __typename: 'Organization', id: ids.organization('JugA') },
          { __typename: 'Committee', id: ids.committee('SZ²') },
          { __typename: 'Committee', id: ids.committee('AG') },
        ][i],
      })),
    );
    expect(await counts()).toEqual({ meetings: before.meetings + 1, people: before.people });
  });

  it('saves a reviewed draft with the owner, host and title the reviewer chose, recording an unknown author', async () => {
    const draft = {
      title: 'Sitzung der AG Region 1',
      date: '2026-02-03',
      authorName: 'Erika Beispiel',
      hostCommitteeId: ids.committee('AG'),
      workingTables: [{ kind: 'CUSTOM', title: 'Ideen', positions: ['Mehr Zeit'] }],
      tasks: [
        {
          ownerLabel: 'Frau X',
          ownerId: ids.person('Oliver Schruoffenegger'),
          items: ['Anrufen'],
          dueLabel: 'irgendwann',
          dueDate: '2026-03-01',
        },
      ],
    };
    const before = await counts();
    const meeting = (await importer.gql(IMPORT, { draft })).data!.importProtocol;
    expect(meeting).toMatchObject({ title: 'Sitzung der AG Region 1', protocolAuthor: { name: 'Erika Beispiel' } });
    expect(meeting.tasks).toEqual([
      {
        ownerLabel: 'Frau X',
        items: ['Anrufen'],
        dueLabel: 'irgendwann',
        dueDate: '2026-03-01',
        status: 'OPEN',
        owner: { __typename: 'Person' },
      },
    ]);
    expect(await counts()).toEqual({ meetings: before.meetings + 1, people: before.people + 1 });
  });
});
