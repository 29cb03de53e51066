import { createHash } from 'node:crypto';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, buildCommittee, buildMeeting, buildPerson, demoIds } from '../support/factories';
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
  let member: string;
  let region1: string;

  const feed = (path: string) => fetch(`${server.url}${path}`);
  const create = async (ownerId: string, label?: string) => {
    const response = await server.gql(CREATE, { ownerId, label });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.createCalendarFeed as { token: string; path: string; feed: { id: string } };
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, now: () => new Date('2012-11-01T10:00:00Z') });
    ids = await demoIds(server);
    member = (await buildPerson(server, 'Rolf Region')).id;
    region1 = (await buildCommittee(server, { name: 'AG Region 1 (Test)', parentId: ids.committee('AG') })).id;
    await addMember(server, region1, member);
    await buildMeeting(server, {
      title: 'Sitzung der AG Region 1',
      hostCommitteeId: region1,
      startsAt: '2012-11-15T08:00:00Z',
      endsAt: '2012-11-15T10:30:00Z',
      place: 'Rathaus',
    });
    await buildMeeting(server, { title: 'Fremde Sitzung', startsAt: '2012-11-16T08:00:00Z' });
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('refuses feeds for malformed or unknown owners and overlong labels, making none', async () => {
      expect(errorCode(await server.gql(CREATE, { ownerId: 'x' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await server.gql(CREATE, { ownerId: '00000000-0000-4000-8000-000000000000' }))).toBe(
        'NOT_FOUND',
      );
      const long = await server.gql(CREATE, { ownerId: member, label: 'x'.repeat(201) });
      expect([errorCode(long), long.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'label']);
      expect(errorCode(await server.gql(ROTATE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect((await server.gql(FEEDS, { ownerId: member })).data!.calendarFeeds).toEqual([]);
    });

    it.each([
      ['an unknown token', `/calendar/${'A'.repeat(43)}.ics`],
      ['a malformed token', '/calendar/abc.ics'],
    ])('answers %s with 404', async (_case, path) => {
      expect((await feed(path)).status).toBe(404);
    });
  });

  it('gives a body its open steps as all-day events and its meetings', async () => {
    const { token, path } = await create(ids.committee('SZ²'));
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
    const { path } = await create(member, 'Handy');
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

    const { data } = await server.gql(`{ tasks { id ownerLabel } }`);
    const ag = data!.tasks.find((t: any) => t.ownerLabel === 'AG').id;
    await server.gql(
      `mutation ($id: ID!) { addTaskProgress(taskId: $id, text: "Modell steht", status: DONE) { id } }`,
      { id: ag },
    );
    expect(events(await (await feed(path)).text()).map((e) => e.kind)).toEqual(['meeting', 'meeting']);
  });

  it('keeps only a hash of the token; a rotated or revoked token gets 404', async () => {
    const first = await create(ids.organization('JugA'), 'Outlook');
    const stored = await server.db.orm.em
      .fork()
      .getConnection()
      .execute<{ token_hash: string }[]>('select token_hash from calendar_feed where id = ?', [first.feed.id]);
    expect(stored[0]!.token_hash).toBe(createHash('sha256').update(first.token).digest('hex'));
    expect(JSON.stringify(await server.gql(FEEDS, { ownerId: ids.organization('JugA') }))).not.toContain(first.token);

    const rotated = (await server.gql(ROTATE, { id: first.feed.id })).data!.rotateCalendarFeedToken;
    expect(rotated.token).not.toBe(first.token);
    expect((await feed(first.path)).status).toBe(404);
    expect((await feed(rotated.path)).status).toBe(200);

    expect((await server.gql(REVOKE, { id: first.feed.id })).data!.revokeCalendarFeed).toBe(first.feed.id);
    expect((await feed(rotated.path)).status).toBe(404);
    expect((await server.gql(FEEDS, { ownerId: ids.organization('JugA') })).data!.calendarFeeds).toEqual([]);
  });
});
