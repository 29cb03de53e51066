/**
 * `npm run bench:board` — SQL statements and requests/s for the full demo meeting query, with the
 * demo data as transcribed and with ten times as many positions, read by the demo meeting's
 * facilitator (the statements include resolving the session and the facilitator's roles). Every
 * rate is printed beside the anonymous `{ __typename }` rate of the same run, the floor a request
 * costs without a session or data: targets are ≥ 70 % of it for a signed-in `{ __typename }` and
 * ≥ 40 % for the board.
 */
import { buildApp } from '../server/app';
import type { Orm } from '../server/db/orm';
import { parseEnv } from '../server/env';
import { createLogger } from '../server/logger';
import { loadDemoData } from '../server/seed/load-demo-data';
import { readDemoAccounts, readSeedData } from '../server/seed/seed-data';
import { Position } from '../server/tables/position.entity';
import { WorkingTable } from '../server/tables/working-table.entity';
import { scratchDatabase } from './scratch-database';

const BOARD = `query Board($id: ID!) { meeting(id: $id) { title hostCommittee { name }
  contributions { title speaker { name } }
  workingTables { title positions { id text version rank author { name } } }
  tasks { items dueLabel dueDate overdue owner { __typename ... on Committee { name } ... on Organization { name } } } } }`;
const DURATION_MS = 5_000;
const CONCURRENCY = 8;
const SLICE_MS = 500;

const env = parseEnv({ ...process.env, LOG_LEVEL: 'warn' });
const logger = createLogger('warn');
const { orm, drop } = await scratchDatabase(env, logger);
const demoAccounts = await readDemoAccounts();
await loadDemoData(orm.em.fork(), await readSeedData(), demoAccounts);
const app = await buildApp({ env, orm, logger });
const port = await app.listen(0);
const endpoint = `http://127.0.0.1:${port}/graphql`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;
const facilitator = { email: 'reinhard.hoffmann@planwerk.example', password: demoAccounts.password };
const anonymous: Record<string, string> = { 'content-type': 'application/json' };
// Signs in once; every later request but the anonymous floor carries the session.
const headers: Record<string, string> = {
  ...anonymous,
  authorization: `Bearer ${(await query(SIGN_IN, { input: facilitator }, anonymous)).signIn.token}`,
};
const meetingId = (await query('{ meetings { id } }')).meetings[0].id as string;
const TRIVIAL = '{ __typename }';

async function query(text: string, variables?: object, sent = headers) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: sent,
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function statementsPerBoard(db: Orm): Promise<number> {
  // Once first, so that the count never includes a session lookup whose cache entry just expired.
  await query(BOARD, { id: meetingId });
  const knex = db.em.getConnection().getKnex();
  let count = 0;
  const onQuery = () => (count += 1);
  knex.on('query', onQuery);
  await query(BOARD, { id: meetingId });
  knex.off('query', onQuery);
  return count;
}

interface Workload {
  text: string;
  sent: Record<string, string>;
}

const ANONYMOUS_TRIVIAL: Workload = { text: TRIVIAL, sent: anonymous };

/** Requests/s of `workload` with CONCURRENCY clients for `ms`. */
async function throughput({ text, sent }: Workload, ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        await query(text, { id: meetingId }, sent);
        done += 1;
      }
    }),
  );
  return done / (ms / 1000);
}

/**
 * The rates of `workload` and of the anonymous `{ __typename }`, measured in alternating slices
 * of SLICE_MS for DURATION_MS each: on a shared machine the load changes from second to second,
 * and both figures of a ratio must see the same.
 */
async function beside(workload: Workload): Promise<{ rate: number; floor: number }> {
  let rate = 0;
  let floor = 0;
  const slices = DURATION_MS / SLICE_MS;
  for (let i = 0; i < slices; i += 1) {
    rate += await throughput(workload, SLICE_MS);
    floor += await throughput(ANONYMOUS_TRIVIAL, SLICE_MS);
  }
  return { rate: rate / slices, floor: floor / slices };
}

async function positionCount(): Promise<number> {
  return orm.em.fork().count(Position, { table: { meeting: meetingId } });
}

function percent(rate: number, floor: number): string {
  return `${Math.round((rate / floor) * 100)} %`;
}

try {
  await throughput(ANONYMOUS_TRIVIAL, 2_000); // warms up JIT, pools and caches before anything counts
  const trivial = await beside({ text: TRIVIAL, sent: headers });
  console.log(`{ __typename } (${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s each, alternating):`);
  console.table([
    {
      request: 'signed in',
      'requests/s': Math.round(trivial.rate),
      'anonymous {__typename}/s': Math.round(trivial.floor),
      'of anonymous': percent(trivial.rate, trivial.floor),
      target: '≥ 70 %',
    },
  ]);
  const rows = [];
  const board = async () => {
    const { rate, floor } = await beside({ text: BOARD, sent: headers });
    return {
      'requests/s': Math.round(rate),
      'anonymous {__typename}/s': Math.round(floor),
      'of anonymous': percent(rate, floor),
      target: '≥ 40 %',
    };
  };
  rows.push({
    positions: await positionCount(),
    statements: await statementsPerBoard(orm),
    ...(await board()),
  });
  const em = orm.em.fork();
  for (const table of await em.find(WorkingTable, { meeting: meetingId })) {
    for (let i = 0; i < 150; i += 1) em.create(Position, { table, text: `Zusätzlicher Punkt ${i}`, order: 1_000 + i });
  }
  await em.flush();
  rows.push({
    positions: await positionCount(),
    statements: await statementsPerBoard(orm),
    ...(await board()),
  });
  console.log(
    `Full demo meeting query (${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s each, alternating):`,
  );
  console.table(rows);
  console.log(
    rows[0]!.statements === rows[1]!.statements
      ? 'statements: constant in the number of positions'
      : 'statements: GROW with positions',
  );
} finally {
  await app.close();
  await drop();
}
