import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInDemo } from '../support/auth';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { followMeeting, oneTo, seqs, waitFor, wsClient } from '../support/live';
import { DEMO_ADMIN, type ServerProcess, spawnServer } from '../support/process';
import { provideRedis } from '../support/redis';

const redis = await provideRedis();
if (redis.url === null) console.warn(`Skipping the two-instance test: ${redis.reason}`);

describe.skipIf(!redis.url)('two server instances sharing PostgreSQL and Redis', () => {
  let db: TestDatabase;
  let servers: ServerProcess[];
  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, REDIS_URL: redis.url!, LIVE_PRESENCE_GRACE_MS: '100' };
    servers = await Promise.all([spawnServer(env), spawnServer(env)]);
  });
  afterAll(async () => {
    await Promise.all((servers ?? []).map((server) => server.stop()));
    if (redis.url !== null) await redis.stop();
    await db?.drop();
  });

  it('delivers every event once and in order to subscribers on either instance, whichever instance wrote it', async () => {
    const [one, two] = (await Promise.all(servers.map((server) => signInDemo(server, DEMO_ADMIN)))) as [
      SessionClient,
      SessionClient,
    ];
    const meetingId = (
      await one.gql(`mutation { createMeeting(input: { title: "Workshop", startsAt: "2012-10-19T08:00:00Z" }) { id } }`)
    ).data!.createMeeting.id;
    const onOne = wsClient(servers[0]!.wsUrl, one.token);
    const onTwo = wsClient(servers[1]!.wsUrl, two.token);
    const logs = [followMeeting(onOne, meetingId, 0), followMeeting(onTwo, meetingId, 0)];
    // Both instances listen to the meeting's channel on Redis (not only to the event table).
    const probe = new Redis(redis.url!);
    await waitFor(
      async () => (await probe.pubsub('NUMSUB', `MEETING_EVENT:${meetingId}`))[1] === 2,
      'both instances on the channel',
    );
    probe.disconnect();

    // Both instances write at once: tables, positions, edits.
    await Promise.all(
      [one, two].map(async (client, writer) => {
        const table = await client.gql(
          `mutation ($m: ID!) { createWorkingTable(input: { meetingId: $m, kind: CUSTOM, title: "Tisch" }) { id } }`,
          {
            m: meetingId,
          },
        );
        const tableId = table.data!.createWorkingTable.id;
        for (let i = 0; i < 20; i += 1) {
          const added = await client.gql(
            `mutation ($t: ID!, $text: String!) { createPosition(input: { tableId: $t, text: $text }) { id } }`,
            {
              t: tableId,
              text: `Instanz ${writer}, Punkt ${i}`,
            },
          );
          await client.gql(
            `mutation ($id: ID!) { updatePosition(id: $id, input: { rank: null, text: "geändert" }) { id } }`,
            {
              id: added.data!.createPosition.id,
            },
          );
        }
      }),
    );
    const last = (await two.gql(`query ($id: ID!) { meeting(id: $id) { eventSeq } }`, { id: meetingId })).data!.meeting
      .eventSeq;
    expect(last).toBeGreaterThanOrEqual(2 + 2 * 40);
    for (const log of logs) {
      await log.untilSeq(last);
      expect(seqs(log.all, last)).toEqual(oneTo(last));
    }
    expect(logs[0]!.events).toEqual(logs[1]!.events);
    await Promise.all([onOne.dispose(), onTwo.dispose()]);
  });
});
