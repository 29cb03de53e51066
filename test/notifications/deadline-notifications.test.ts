import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../server/db/orm';
import { createDueNotifications } from '../../server/notifications/notification.service';
import { createUser, joinAsGuest, signIn, signInDemo, type TestUser } from '../support/auth';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { addMember, buildCommittee, buildPerson, demoIds, openJoin } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const NOTIFICATIONS = `query ($unreadOnly: Boolean) {
  notifications(unreadOnly: $unreadOnly) { id threshold dueDate read readAt task { ownerLabel } }
  unreadNotificationCount
}`;
const MARK = `mutation ($id: ID!, $read: Boolean) { markNotificationRead(id: $id, read: $read) { id read readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;

/** Berlin noon of a day, so the day is the same in UTC and Berlin. */
const day = (iso: string) => new Date(`${iso}T11:00:00Z`);

describe('deadline notifications', () => {
  let db: TestDatabase;
  let server: TestServer;
  let clock = day('2012-11-24');
  const people: Record<string, string> = {};
  /** The people with a sign-in, who read their own notifications. */
  let users: Record<'speaker' | 'guest' | 'outsider', TestUser>;
  /** Signs in now: sessions of the clock's earlier days may have run out. */
  const signedIn = (user: TestUser) => signIn(server, user.email);

  /** Every notification as "person: step threshold", sorted. */
  const all = async () => {
    const rows = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ person_id: string; owner_label: string; threshold: string }[]>(
        'select n.person_id, t.owner_label, n.threshold from notification n join task t on t.id = n.task_id',
      );
    const names = Object.fromEntries(Object.entries(people).map(([name, id]) => [id, name]));
    return rows.map((r) => `${names[r.person_id]}: ${r.owner_label} ${r.threshold}`).sort();
  };
  const created = (rows: { person: { id: string }; threshold: string }[]) => {
    const names = Object.fromEntries(Object.entries(people).map(([name, id]) => [id, name]));
    return rows.map((n) => `${names[n.person.id]} ${n.threshold}`).sort();
  };

  /** A server over the shared database with its own ORM, as after a restart. */
  const restart = async () => {
    await server.close();
    if (server.db !== db) await server.db.orm.close(true);
    server = await startTestServer({ database: { ...db, orm: await openOrm(db.url) }, now: () => clock });
    await server.app.jobs.deadlines.idle();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer({ database: db, demo: true, now: () => clock });
    const admin = await signInDemo(server, 'admin@planwerk.example');
    const ids = await demoIds(admin);
    people.youthOfficer = (await buildPerson(server, 'Petra Jugendamt', ids.organization('JugA'))).id;
    people.regionMember = (await buildPerson(server, 'Rolf Region')).id;
    users = {
      speaker: await createUser(server, { name: 'Sina Sprecherin' }),
      guest: await createUser(server, { name: 'Gabi Gast' }),
      outsider: await createUser(server, { name: 'Otto Außen' }),
    };
    for (const name of ['speaker', 'guest', 'outsider'] as const) people[name] = users[name].personId;
    const region1 = (await buildCommittee(admin, { name: 'AG Region 1 (Test)', parentId: ids.committee('AG') })).id;
    await addMember(admin, region1, people.regionMember!);
    await addMember(admin, ids.committee('SZ²'), people.speaker!, 'SPEAKER');
    await addMember(admin, ids.committee('SZ²'), people.guest!, 'GUEST');
    await server.app.jobs.deadlines.idle();
  });
  afterAll(async () => {
    await server.close();
    if (server.db !== db) await server.db.orm.close(true);
    await db.drop();
  });

  describe('refusals', () => {
    it('refuses anonymous visitors with UNAUTHENTICATED', async () => {
      for (const [query, variables] of [
        [NOTIFICATIONS, {}],
        [MARK, { id: '00000000-0000-4000-8000-000000000000' }],
        [MARK_ALL, {}],
      ] as const) {
        expect(errorCode(await server.gql(query, variables))).toBe('UNAUTHENTICATED');
      }
    });

    it('refuses unknown and malformed notifications, a page of none, and naming whose notifications to read', async () => {
      const speaker = await signedIn(users.speaker);
      expect(errorCode(await speaker.gql(MARK, { id: 'x' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await speaker.gql(MARK, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(errorCode(await speaker.gql(`{ notifications(first: 0) { id } }`))).toBe('BAD_USER_INPUT');
      const other = `{ notifications(personId: "${people.outsider}") { id } }`;
      expect(errorCode(await speaker.gql(other))).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  it('notifies the owners once per threshold, across restarts', async () => {
    // 24.11.2012: the JugA step (due 30.11.) is due within seven days.
    expect(created(await server.app.jobs.deadlines.run())).toEqual(['youthOfficer DUE_SOON']);
    expect(await server.app.jobs.deadlines.run()).toEqual([]);

    await restart();
    expect(await all()).toEqual(['youthOfficer: JugA DUE_SOON']);

    clock = day('2012-12-01');
    expect(created(await server.app.jobs.deadlines.run())).toEqual(['youthOfficer OVERDUE']);
    clock = day('2012-12-26');
    expect(created(await server.app.jobs.deadlines.run())).toEqual(['speaker DUE_SOON']);

    // Down over the new year and Easter: the run at start catches up, without repeating anything.
    clock = day('2013-03-30');
    await restart();
    expect(await all()).toEqual([
      'regionMember: AG DUE_SOON',
      'speaker: SZ2 DUE_SOON',
      'speaker: SZ2 OVERDUE',
      'youthOfficer: JugA DUE_SOON',
      'youthOfficer: JugA OVERDUE',
    ]);
    expect(await server.app.jobs.deadlines.run()).toEqual([]);
  });

  it('never notifies twice when two servers check at the same moment', async () => {
    clock = day('2013-04-02');
    const other = await openOrm(db.url);
    try {
      const [a, b] = await Promise.all([
        createDueNotifications({ em: server.db.orm.em.fork(), now: clock }),
        createDueNotifications({ em: other.em.fork(), now: clock }),
      ]);
      expect(created([...a, ...b])).toEqual(['regionMember OVERDUE']);
    } finally {
      await other.close(true);
    }
  });

  it("lists the viewer's notifications newest first and tracks what they read", async () => {
    const speaker = await signedIn(users.speaker);
    const { data } = await speaker.gql(NOTIFICATIONS);
    expect(data!.notifications.map((n: any) => [n.threshold, n.dueDate, n.task.ownerLabel, n.read])).toEqual([
      ['OVERDUE', '2012-12-31', 'SZ2', false],
      ['DUE_SOON', '2012-12-31', 'SZ2', false],
    ]);
    expect(data!.unreadNotificationCount).toBe(2);

    const [newest] = data!.notifications;
    expect((await speaker.gql(MARK, { id: newest.id })).data!.markNotificationRead).toMatchObject({
      read: true,
      readAt: clock.toISOString(),
    });
    expect(
      (await speaker.gql(NOTIFICATIONS, { unreadOnly: true })).data!.notifications.map((n: any) => n.threshold),
    ).toEqual(['DUE_SOON']);
    expect((await speaker.gql(MARK, { id: newest.id, read: false })).data!.markNotificationRead).toMatchObject({
      read: false,
      readAt: null,
    });
    expect((await speaker.gql(MARK_ALL)).data!.markAllNotificationsRead).toBe(2);
    expect((await speaker.gql(NOTIFICATIONS)).data!.unreadNotificationCount).toBe(0);
    for (const user of [users.outsider, users.guest]) {
      expect((await (await signedIn(user)).gql(NOTIFICATIONS)).data).toEqual({
        notifications: [],
        unreadNotificationCount: 0,
      });
    }
  });

  it('keeps a notification to its recipient: nobody else marks it, admins neither; guests of a meeting have none', async () => {
    const speaker = await signedIn(users.speaker);
    const [notification] = (await speaker.gql(NOTIFICATIONS)).data!.notifications;
    const before = notification.readAt;
    const admin = await signInDemo(server, 'admin@planwerk.example');
    for (const client of [await signedIn(users.outsider), admin]) {
      expect(errorCode(await client.gql(MARK, { id: notification.id, read: false }))).toBe('FORBIDDEN');
      expect((await client.gql(MARK_ALL)).data!.markAllNotificationsRead).toBe(0);
    }
    expect((await speaker.gql(NOTIFICATIONS)).data!.notifications[0]).toMatchObject({
      id: notification.id,
      readAt: before,
    });

    const meetingId = (await admin.gql(`{ meetings { id } }`)).data!.meetings[0].id;
    const guest = await joinAsGuest(server, await openJoin(admin, meetingId));
    expect((await guest.gql(NOTIFICATIONS)).data).toEqual({ notifications: [], unreadNotificationCount: 0 });
    expect((await guest.gql(MARK_ALL)).data!.markAllNotificationsRead).toBe(0);
    expect(errorCode(await guest.gql(MARK, { id: notification.id }))).toBe('FORBIDDEN');
  });
});
