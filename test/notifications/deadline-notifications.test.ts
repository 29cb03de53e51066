import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../server/db/orm';
import { createDueNotifications } from '../../server/notifications/notification.service';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { addMember, buildCommittee, buildPerson, demoIds } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const NOTIFICATIONS = `query ($personId: ID!, $unreadOnly: Boolean) {
  notifications(personId: $personId, unreadOnly: $unreadOnly) { id threshold dueDate read readAt task { ownerLabel } }
  unreadNotificationCount(personId: $personId)
}`;
const MARK = `mutation ($id: ID!, $read: Boolean) { markNotificationRead(id: $id, read: $read) { id read readAt } }`;
const MARK_ALL = `mutation ($personId: ID!) { markAllNotificationsRead(personId: $personId) }`;

/** Berlin noon of a day, so the day is the same in UTC and Berlin. */
const day = (iso: string) => new Date(`${iso}T11:00:00Z`);

describe('deadline notifications', () => {
  let db: TestDatabase;
  let server: TestServer;
  let clock = day('2012-11-24');
  const people: Record<string, string> = {};

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
    const ids = await demoIds(server);
    people.youthOfficer = (await buildPerson(server, 'Petra Jugendamt', ids.organization('JugA'))).id;
    people.regionMember = (await buildPerson(server, 'Rolf Region')).id;
    people.speaker = (await buildPerson(server, 'Sina Sprecherin')).id;
    people.guest = (await buildPerson(server, 'Gabi Gast')).id;
    people.outsider = (await buildPerson(server, 'Otto Außen')).id;
    const region1 = (await buildCommittee(server, { name: 'AG Region 1 (Test)', parentId: ids.committee('AG') })).id;
    await addMember(server, region1, people.regionMember!);
    await addMember(server, ids.committee('SZ²'), people.speaker!, 'SPEAKER');
    await addMember(server, ids.committee('SZ²'), people.guest!, 'GUEST');
    await server.app.jobs.deadlines.idle();
  });
  afterAll(async () => {
    await server.close();
    if (server.db !== db) await server.db.orm.close(true);
    await db.drop();
  });

  describe('refusals', () => {
    it('refuses malformed and unknown people and notifications', async () => {
      expect(errorCode(await server.gql(NOTIFICATIONS, { personId: 'x' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await server.gql(NOTIFICATIONS, { personId: '00000000-0000-4000-8000-000000000000' }))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await server.gql(MARK, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(`{ notifications(personId: "${people.speaker}", first: 0) { id } }`))).toBe(
        'BAD_USER_INPUT',
      );
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

  it("lists a person's notifications newest first and tracks what they read", async () => {
    const personId = people.speaker;
    const { data } = await server.gql(NOTIFICATIONS, { personId });
    expect(data!.notifications.map((n: any) => [n.threshold, n.dueDate, n.task.ownerLabel, n.read])).toEqual([
      ['OVERDUE', '2012-12-31', 'SZ2', false],
      ['DUE_SOON', '2012-12-31', 'SZ2', false],
    ]);
    expect(data!.unreadNotificationCount).toBe(2);

    const [newest] = data!.notifications;
    expect((await server.gql(MARK, { id: newest.id })).data!.markNotificationRead).toMatchObject({
      read: true,
      readAt: clock.toISOString(),
    });
    expect(
      (await server.gql(NOTIFICATIONS, { personId, unreadOnly: true })).data!.notifications.map(
        (n: any) => n.threshold,
      ),
    ).toEqual(['DUE_SOON']);
    expect((await server.gql(MARK, { id: newest.id, read: false })).data!.markNotificationRead).toMatchObject({
      read: false,
      readAt: null,
    });
    expect((await server.gql(MARK_ALL, { personId })).data!.markAllNotificationsRead).toBe(2);
    expect((await server.gql(NOTIFICATIONS, { personId })).data!.unreadNotificationCount).toBe(0);
    expect((await server.gql(NOTIFICATIONS, { personId: people.outsider })).data!.notifications).toEqual([]);
    expect((await server.gql(NOTIFICATIONS, { personId: people.guest })).data!.notifications).toEqual([]);
  });
});
