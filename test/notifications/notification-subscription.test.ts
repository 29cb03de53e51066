import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsGuest, type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, openJoin } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { firstResult, subscribe, wsClient } from '../support/ws';

const RECEIVED = `subscription { notificationReceived { id threshold dueDate read task { items ownerLabel } } }`;
const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`;

/** Berlin noon of 28 March 2013: Ostern 2013 (31.03.) is due within the week. */
const NOW = new Date('2013-03-28T11:00:00Z');

describe('notifications as they are created (notificationReceived)', () => {
  let server: TestServer;
  let admin: SessionClient;
  let owner: Awaited<ReturnType<typeof signInAs>>;
  let other: Awaited<ReturnType<typeof signInAs>>;

  /** A step of `person` due Ostern 2013, in a meeting the admin runs. */
  const stepFor = async (personId: string, item: string) => {
    const meeting = await buildMeeting(admin, { title: 'Steuerungsrunde' });
    const { errors } = await admin.gql(CREATE_TASK, {
      input: { meetingId: meeting.id, ownerId: personId, items: [item], dueLabel: 'Ostern 2013' },
    });
    if (errors) throw new Error(JSON.stringify(errors));
  };

  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW });
    admin = await signInAs(server, 'admin');
    owner = await signInAs(server, 'user', { name: 'Olga Owner' });
    other = await signInAs(server, 'user', { name: 'Otto Other' });
  });
  afterAll(() => server.close());

  it('refuses a guest, who has no notifications to wait for', async () => {
    const meeting = await buildMeeting(admin);
    const guest = await joinAsGuest(server, await openJoin(admin, meeting.id), 'Gast');
    const subscription = subscribe(wsClient(server, guest.token), RECEIVED);
    try {
      const result = await subscription.next();
      expect(result.value?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await subscription.dispose();
    }
  });

  it('delivers a notification to its recipient when the deadline job creates it, and to nobody else', async () => {
    const mine = subscribe(wsClient(server, owner.token), RECEIVED);
    const theirs = subscribe(wsClient(server, other.token), RECEIVED);
    try {
      const theirsNext = theirs.next();
      // A new step per attempt: the server registers the subscription on its own schedule.
      const result = await firstResult(mine, async () => {
        await stepFor(owner.user.personId, 'Modell vorstellen');
        await server.app.jobs.deadlines.run();
      });
      expect(result.value?.data?.notificationReceived).toMatchObject({
        threshold: 'DUE_SOON',
        dueDate: '2013-03-31',
        read: false,
        task: { items: ['Modell vorstellen'], ownerLabel: 'Olga Owner' },
      });
      const nothing = await Promise.race([
        theirsNext.then(() => 'received'),
        new Promise((r) => setTimeout(() => r('silent'), 300)),
      ]);
      expect(nothing).toBe('silent');
    } finally {
      await mine.dispose();
      await theirs.dispose();
    }
  });
});
