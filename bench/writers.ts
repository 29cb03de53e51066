/**
 * `npm run bench:writers` — N signed-in participants (default 40, `WRITERS=`) each create one card
 * on the same working table at the same moment, on a pool of DATABASE_POOL_MAX connections: how
 * many succeed, with which error codes the others fail, how long the slowest waited, and whether
 * the tables' order keys stayed distinct.
 */

import { buildApp } from '../server/app';
import { Account } from '../server/auth/account.entity';
import { hashPassword } from '../server/auth/passwords';
import { parseEnv } from '../server/env';
import { createLogger } from '../server/logger';
import { Person } from '../server/people/person.entity';
import { scratchDatabase } from './scratch-database';

const WRITERS = Number(process.env.WRITERS ?? 40);
const PASSWORD = 'richtig-geheim-123';

const env = parseEnv({ ...process.env, LOG_LEVEL: 'warn' });
const logger = createLogger('warn');
const { orm, drop } = await scratchDatabase(env, logger);
const app = await buildApp({ env, orm, logger, rateLimits: undefined });
const port = await app.listen(0);
const endpoint = `http://127.0.0.1:${port}/graphql`;

async function gql(token: string | null, query: string, variables?: object) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

async function accounts(count: number, isAdmin: boolean) {
  const em = orm.em.fork();
  const passwordHash = await hashPassword(PASSWORD);
  const created = Array.from({ length: count }, (_, i) => {
    const person = em.create(Person, { name: `Teilnehmerin ${i}` });
    return em.create(Account, {
      person,
      email: `writer-${i}-${isAdmin}@bench.example`,
      isAdmin,
      grants: [],
      passwordHash,
    });
  });
  await em.flush();
  const tokens: string[] = [];
  for (const account of created) {
    const signedIn = await gql(null, 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }', {
      input: { email: account.email, password: PASSWORD },
    });
    tokens.push(signedIn.data.signIn.token);
  }
  return created.map((account, i) => ({ personId: account.person.id, token: tokens[i]! }));
}

try {
  const [admin] = await accounts(1, true);
  const meeting = await gql(
    admin!.token,
    'mutation { createMeeting(input: { title: "Last", startsAt: "2026-12-01T09:00:00Z" }) { id } }',
  );
  const meetingId = meeting.data.createMeeting.id;
  const table = await gql(
    admin!.token,
    `mutation { createWorkingTable(input: { meetingId: "${meetingId}", kind: OPPORTUNITIES, title: "Chancen" }) { id } }`,
  );
  const tableId = table.data.createWorkingTable.id;
  const writers = await accounts(WRITERS, false);
  for (const writer of writers) {
    await gql(admin!.token, 'mutation ($input: SetMeetingRoleInput!) { setMeetingRole(input: $input) { id } }', {
      input: { meetingId, personId: writer.personId, role: 'PARTICIPANT' },
    });
  }
  const started = Date.now();
  const results = await Promise.all(
    writers.map(async (writer, i) => {
      const result = await gql(
        writer.token,
        `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }`,
        {
          input: { tableId, text: `Punkt ${i}` },
        },
      );
      return { code: result.errors?.[0]?.extensions?.code ?? 'OK', ms: Date.now() - started };
    }),
  );
  const codes = new Map<string, number>();
  for (const { code } of results) codes.set(code, (codes.get(code) ?? 0) + 1);
  const orders = await orm.em
    .fork()
    .getConnection()
    .execute('select "order" from position where table_id = ?', [tableId]);
  console.log(`${WRITERS} signed-in writers at once, pool of ${orm.config.get('pool').max}:`);
  console.table([...codes].map(([code, count]) => ({ outcome: code, count })));
  console.log(`slowest answer after ${Math.max(...results.map((r) => r.ms))} ms`);
  console.log(`cards ${orders.length}, distinct orders ${new Set(orders.map((row: any) => row.order)).size}`);
} finally {
  await app.close();
  await drop();
}
