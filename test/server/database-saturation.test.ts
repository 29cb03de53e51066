import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildTable } from '../support/factories';
import { type LogEntry, recordLogs } from '../support/logs';
import { startTestServer, type TestServer } from '../support/server';

const WARN_LEVEL = 40;
const CREATE = `mutation ($t: ID!) { createPosition(input: { tableId: $t, text: "Punkt" }) { id } }`;

function saturationWarnings(entries: LogEntry[]) {
  return entries.filter((entry) => entry.level === WARN_LEVEL && entry.msg === 'database saturated');
}

describe('a saturated database refuses at once, coded and retryable', () => {
  describe('no connection free within the acquire timeout', () => {
    let server: TestServer;
    let user: SessionClient;
    const logs = recordLogs();
    let release: () => void = () => {};
    beforeAll(async () => {
      server = await startTestServer({
        env: { DATABASE_POOL_MAX: '1', DATABASE_ACQUIRE_TIMEOUT_MS: '300' },
        logger: logs.logger,
      });
      user = await signInAs(server, 'user');
    });
    afterEach(() => release());
    afterAll(() => server.close());

    /** Holds the pool's only connection in a transaction until `release` is called. */
    async function holdThePool(): Promise<void> {
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let started: () => void = () => {};
      const begun = new Promise<void>((resolve) => {
        started = resolve;
      });
      void server.db.orm.em.fork().transactional(async (tx) => {
        await tx.execute('select 1');
        started();
        await held;
      });
      await begun;
    }

    it('answers SERVICE_UNAVAILABLE with retryable: true and logs a warning, for anonymous and signed-in requests', async () => {
      await holdThePool();
      // A resolver finds no connection: signing in looks the account up.
      const anonymous = await server.gql('mutation ($input: SignInInput!) { signIn(input: $input) { token } }', {
        input: { email: 'jemand@test.example', password: 'richtig-geheim-123' },
      });
      expect(anonymous.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        retryable: true,
        reason: 'DATABASE_POOL_EXHAUSTED',
      });
      // Resolving the session itself found no connection: refused before anything ran.
      const signedIn = await user.gql('{ me { kind } }');
      expect(signedIn.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(signedIn.status).toBe(503);
      expect(saturationWarnings(logs.entries).length).toBeGreaterThanOrEqual(2);
      expect(logs.entries.filter((entry) => entry.level >= 50)).toEqual([]);

      release();
      expect((await user.gql('{ me { kind } }')).data).toEqual({ me: { kind: 'USER' } });
    });
  });

  describe('a statement that runs past statement_timeout', () => {
    let server: TestServer;
    let admin: SessionClient;
    const logs = recordLogs();
    let locker: pg.Client;
    beforeAll(async () => {
      server = await startTestServer({ env: { DATABASE_STATEMENT_TIMEOUT_MS: '500' }, logger: logs.logger });
      admin = await signInAs(server, 'admin');
      locker = new pg.Client({ connectionString: server.db.url });
      await locker.connect();
    });
    afterAll(async () => {
      await locker.end();
      await server.close();
    });

    it('is cancelled and answered SERVICE_UNAVAILABLE; nothing is written, and the retry passes', async () => {
      const meetingId = (await buildMeeting(admin)).id;
      const tableId = (await buildTable(admin, meetingId)).id;
      // Someone else holds the table's row; a new card's foreign key check waits for it.
      await locker.query('begin');
      await locker.query('select 1 from working_table where id = $1 for update', [tableId]);
      try {
        const refused = await admin.gql(CREATE, { t: tableId });
        expect(refused.errors?.[0]?.extensions).toMatchObject({
          code: 'SERVICE_UNAVAILABLE',
          retryable: true,
          reason: 'DATABASE_STATEMENT_TIMEOUT',
        });
        expect(saturationWarnings(logs.entries)).toHaveLength(1);
      } finally {
        await locker.query('rollback');
      }
      const count = async () => {
        const [row] = await server.db.orm.em
          .fork()
          .execute<{ n: number }[]>('select count(*)::int as n from position where table_id = ?', [tableId]);
        return row?.n;
      };
      expect(await count()).toBe(0);
      expect((await admin.gql(CREATE, { t: tableId })).errors).toBeUndefined();
      expect(await count()).toBe(1);
    });
  });
});
