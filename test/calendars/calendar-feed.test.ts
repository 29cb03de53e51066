import { createHash } from 'node:crypto';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlClient, type SessionClient, signInAs, signInDemo } from '../support/auth';
import { addMember, buildCommittee, buildMeeting, demoIds } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const CREATE = `mutation ($ownerId: ID!, $label: String) {
  createCalendarFeed(ownerId: $ownerId, label: $label) { token path feed { id label owner { __typename } } }
}`;
const ROTATE = `mutation ($id: ID!) { rotateCalendarFeedToken(id: $id) { token path feed { id } } }`;
const REVOKE = `mutation ($id: ID!) { revokeCalendarFeed(id: $id) }`;
const FEEDS = `query ($ownerId: ID!) { calendarFeeds(ownerId: $ownerId) { id label } }`;

/** The feed's events by UID prefix ("task" or "meeting"), as a calendar client parses them. */
function events(text: string) {
  const parsed = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
  return parsed.map((e) => ({
    kind: e.uid.split('-')[0],
    summary: e.summary,
    allDay: e.datetype === 'date',
    start: e.datetype === 'date' ? e.start.toISOString().slice(0, 10) : e.start.toISOString(),
    end: e.end && e.datetype !== 'date' ? e.end.toISOString() : undefined,
  }));
}

describe('calendar feeds', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: SessionClient;
  /** Rolf Region, a member (not a speaker) of AG Region 1. */
  let member: Awaited<ReturnType<typeof signInAs>>;
  let sz2Speaker: Awaited<ReturnType<typeof signInAs>>;
  let region1: string;

  /** The feed's URL needs no session: the token is the key. */
  const feed = (path: string) => fetch(`${server.url}${path}`);
  const create = async (client: GqlClient, ownerId: string, label?: string) => {
    const response = await client.gql(CREATE, { ownerId, label });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.createCalendarFeed as { token: string; path: string; feed: { id: string } };
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, now: () => new Date('2012-11-01T10:00:00Z') });
    admin = await signInDemo(server, 'admin@planwerk.example');
    ids = await demoIds(admin);
    member = await signInAs(server, 'user', { name: 'Rolf Region' });
    sz2Speaker = await signInAs(server, 'user', { name: 'Sina Sprecherin' });
    region1 = (await buildCommittee(admin, { name: 'AG Region 1 (Test)', parentId: ids.committee('AG') })).id;
    await addMember(admin, region1, member.user.personId);
    await addMember(admin, ids.committee('SZ²'), sz2Speaker.user.personId, 'SPEAKER');
    await buildMeeting(admin, {
      title: 'Sitzung der AG Region 1',
      hostCommitteeId: region1,
      startsAt: '2012-11-15T08:00:00Z',
      endsAt: '2012-11-15T10:30:00Z',
      place: 'Rathaus',
    });
    await buildMeeting(admin, { title: 'Fremde Sitzung', startsAt: '2012-11-16T08:00:00Z' });
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('refuses anonymous visitors with UNAUTHENTICATED', async () => {
      expect(errorCode(await server.gql(CREATE, { ownerId: member.user.personId }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await server.gql(FEEDS, { ownerId: member.user.personId }))).toBe('UNAUTHENTICATED');
    });

    it('refuses feeds for malformed or unknown owners and overlong labels, making none', async () => {
      expect(errorCode(await member.gql(CREATE, { ownerId: 'x' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await member.gql(CREATE, { ownerId: '00000000-0000-4000-8000-000000000000' }))).toBe(
        'NOT_FOUND',
      );
      const long = await member.gql(CREATE, { ownerId: member.user.personId, label: 'x'.repeat(201) });
      expect([errorCode(long), long.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'label']);
      expect(errorCode(await member.gql(ROTATE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect((await member.gql(FEEDS, { ownerId: member.user.personId })).data!.calendarFeeds).toEqual([]);
    });

    it("refuses feeds of other people, of bodies the viewer does not speak for and of organisations (admins' only)", async () => {
      const refused: [GqlClient, string][] = [
        [member, region1],
        [member, sz2Speaker.user.personId],
        [member, ids.organization('JugA')],
        [sz2Speaker, ids.committee('AG')],
      ];
      for (const [client, ownerId] of refused) {
        expect(errorCode(await client.gql(CREATE, { ownerId }))).toBe('FORBIDDEN');
        expect(errorCode(await client.gql(FEEDS, { ownerId }))).toBe('FORBIDDEN');
        expect((await admin.gql(FEEDS, { ownerId })).data!.calendarFeeds).toEqual([]);
      }
    });

    it.each([
      ['an unknown token', `/calendar/${'A'.repeat(43)}.ics`],
      ['a malformed token', '/calendar/abc.ics'],
    ])('answers %s with 404', async (_case, path) => {
      expect((await feed(path)).status).toBe(404);
    });
  });

  it('gives a body its open steps as all-day events and its meetings', async () => {
    const { token, path } = await create(sz2Speaker, ids.committee('SZ²'));
    expect(path).toBe(`/calendar/${token}.ics`);
    const response = await feed(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    expect(events(await response.text())).toEqual([
      {
        kind: 'meeting',
        summary: 'Alternative Formen sozialräumlicher Finanzierung – Umsetzung in Steglitz-Zehlendorf',
        allDay: true,
        start: '2012-10-19',
        end: undefined,
      },
      {
        kind: 'task',
        summary: 'SZ2: Positionierung; Benennung Personen für AG',
        allDay: true,
        start: '2012-12-31',
        end: undefined,
      },
    ]);
  });

  it('gives a person the steps and meetings of their bodies and the bodies above, and drops done steps', async () => {
    const { path } = await create(member, member.user.personId, 'Handy');
    expect(events(await (await feed(path)).text())).toEqual([
      expect.objectContaining({ kind: 'meeting', start: '2012-10-19', allDay: true }),
      {
        kind: 'meeting',
        summary: 'Sitzung der AG Region 1',
        allDay: false,
        start: '2012-11-15T08:00:00.000Z',
        end: '2012-11-15T10:30:00.000Z',
      },
      { kind: 'task', summary: 'AG: Modell für SZ entwickeln', allDay: true, start: '2013-03-31', end: undefined },
    ]);

    const { data } = await member.gql(`{ tasks { id ownerLabel } }`);
    const ag = data!.tasks.find((t: any) => t.ownerLabel === 'AG').id;
    await member.gql(
      `mutation ($id: ID!) { addTaskProgress(taskId: $id, text: "Modell steht", status: DONE) { id } }`,
      { id: ag },
    );
    expect(events(await (await feed(path)).text()).map((e) => e.kind)).toEqual(['meeting', 'meeting']);
  });

  it('keeps only a hash of the token; a rotated or revoked token gets 404', async () => {
    const first = await create(admin, ids.organization('JugA'), 'Outlook');
    const stored = await server.db.orm.em
      .fork()
      .getConnection()
      .execute<{ token_hash: string }[]>('select token_hash from calendar_feed where id = ?', [first.feed.id]);
    expect(stored[0]!.token_hash).toBe(createHash('sha256').update(first.token).digest('hex'));
    expect(JSON.stringify(await admin.gql(FEEDS, { ownerId: ids.organization('JugA') }))).not.toContain(first.token);

    // Only who manages the feed rotates or revokes it; a refusal leaves its URL working.
    for (const mutation of [ROTATE, REVOKE])
      expect(errorCode(await member.gql(mutation, { id: first.feed.id }))).toBe('FORBIDDEN');
    expect((await feed(first.path)).status).toBe(200);

    const rotated = (await admin.gql(ROTATE, { id: first.feed.id })).data!.rotateCalendarFeedToken;
    expect(rotated.token).not.toBe(first.token);
    expect((await feed(first.path)).status).toBe(404);
    expect((await feed(rotated.path)).status).toBe(200);

    expect((await admin.gql(REVOKE, { id: first.feed.id })).data!.revokeCalendarFeed).toBe(first.feed.id);
    expect((await feed(rotated.path)).status).toBe(404);
    expect((await admin.gql(FEEDS, { ownerId: ids.organization('JugA') })).data!.calendarFeeds).toEqual([]);
  });
});
