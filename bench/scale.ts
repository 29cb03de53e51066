/**
 * `npm run bench:scale [-- --quick]` — several instances behind the proxy of deploy/haproxy.cfg:
 *  (a) 600 participants (guests) in 10 meetings over three instances on one PostgreSQL and one
 *      Redis, every request and socket through HAProxy; a facilitator per meeting writes a card
 *      a second. Every card must reach every participant of its meeting once and in order
 *      (violations are counted); latency from sending the mutation to each receipt;
 *  (b) one instance, reached directly, with participants added step by step: how many it holds
 *      with p99 ≤ 100 ms, from sending the mutation and, apart from the write's own cost (which
 *      the database and a loaded machine set), from the writer's answer;
 *  (c) the floor, measured in the same run: a bare `ws` server broadcasting as many messages to
 *      as many sockets in as many groups.
 * The servers and HAProxy run as processes of their own, the clients in bench/scale-clients.ts.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { WebSocketServer } from 'ws';
import { ensureAdmin } from '../server/auth/bootstrap-admin';
import { parseEnv } from '../server/env';
import { createLogger } from '../server/logger';
import { haproxyMissing, startHaproxy } from '../test/support/haproxy';
import { type ServerProcess, spawnServer } from '../test/support/process';
import { provideRedis } from '../test/support/redis';
import type { ScaleTask, VenueMeeting, WriteResult } from './scale-clients';
import { scratchDatabase } from './scratch-database';

const quick = process.argv.includes('--quick');
const MEETINGS = 10;
const PARTICIPANTS = quick ? 200 : 600;
const WRITE_INTERVAL_MS = 1_000;
const SECONDS = quick ? 10 : 30;
const STEP_SECONDS = quick ? 8 : 15;
/** Participants of the single instance, step by step, until p99 passes the target. */
const STEPS = quick ? [100, 200, 400] : [100, 200, 400, 600, 800, 1000];
const TARGET_P99_MS = 100;

const missing = haproxyMissing();
if (missing) throw new Error(missing);
const redis = await provideRedis();
if (redis.url === null) throw new Error(redis.reason);
const env = parseEnv({ ...process.env, LOG_LEVEL: 'warn', REDIS_URL: redis.url });
const { url: databaseUrl, orm, drop } = await scratchDatabase(env, createLogger('warn'));
const adminEmail = 'bench@planwerk.example';
const invitation = (await ensureAdmin(orm.em.fork(), adminEmail, new Date()))!;

// The proxy is the only client of the instances that may name another client's address: each
// meeting sits at a venue of its own (one public address for all its guests), as at a conference.
const serverEnv = {
  DATABASE_URL: databaseUrl,
  REDIS_URL: redis.url,
  PLANWERK_DEMO_DATA: 'false',
  PLANWERK_TRUST_PROXY: 'loopback',
  LIVE_PRESENCE_GRACE_MS: '2000',
};
const servers: ServerProcess[] = await Promise.all([1, 2, 3].map(() => spawnServer(serverEnv)));
const proxy = await startHaproxy(servers.map((server) => `127.0.0.1:${server.port}`) as [string, string, string]);

const floorServer = new WebSocketServer({ port: 0, host: '127.0.0.1' });
const groups = new Map<string, Set<import('ws').WebSocket>>();
floorServer.on('connection', (socket, request) => {
  if (request.url === '/trigger') {
    socket.on('message', (data) => {
      const { group, text } = JSON.parse(String(data));
      // Shaped and sized like a PositionAdded event as graphql-ws sends it.
      const message = JSON.stringify({
        id: randomUUID(),
        type: 'next',
        payload: { data: { meetingEvents: { __typename: 'PositionAdded', seq: 1234, position: { text } } } },
      });
      for (const listener of groups.get(String(group)) ?? []) listener.send(message);
    });
    return;
  }
  const group = request.url!.split('/').at(-1)!;
  if (!groups.has(group)) groups.set(group, new Set());
  groups.get(group)!.add(socket);
  socket.on('close', () => groups.get(group)!.delete(socket));
});
await new Promise((resolve) => floorServer.once('listening', resolve));
const floorUrl = `ws://127.0.0.1:${(floorServer.address() as AddressInfo).port}`;

const clients: ChildProcess = fork(new URL('./scale-clients.ts', import.meta.url).pathname, [], {
  execArgv: ['--import', 'tsx'],
  stdio: 'inherit',
});
await new Promise((resolve) => clients.once('message', resolve));
function ask<T>(task: ScaleTask): Promise<T> {
  return new Promise((resolve, reject) => {
    clients.once('message', (answer: { ok: boolean; result?: T; error?: string }) =>
      answer.ok ? resolve(answer.result as T) : reject(new Error(answer.error)),
    );
    clients.send(task);
  });
}

async function gql(base: string, query: string, variables: object = {}, token?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const password = randomUUID();
await gql(
  proxy.url,
  `mutation ($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { token } }`,
  { input: { token: invitation, password } },
);
/** A facilitator's own session: mutations are limited per session, so each meeting gets one. */
async function facilitatorSession(base: string): Promise<string> {
  const signedIn = await gql(base, `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`, {
    input: { email: adminEmail, password },
  });
  return signedIn.signIn.token;
}

/** Meetings with one table each, open for guests, each at a venue address of its own. */
async function meetings(base: string, label: string): Promise<VenueMeeting[]> {
  return Promise.all(
    Array.from({ length: MEETINGS }, async (_, m) => {
      const token = await facilitatorSession(base);
      const meeting = await gql(
        base,
        `mutation ($title: String!) { createMeeting(input: { title: $title, startsAt: "2012-10-19T08:00:00Z" }) { id } }`,
        { title: `${label} ${m + 1}` },
        token,
      );
      const meetingId: string = meeting.createMeeting.id;
      const table = await gql(
        base,
        `mutation ($m: ID!) { createWorkingTable(input: { meetingId: $m, kind: CRITICISM, title: "Kritik" }) { id } }`,
        { m: meetingId },
        token,
      );
      const join = await gql(
        base,
        `mutation ($m: ID!) { openMeetingJoin(meetingId: $m) { joinCode } }`,
        { m: meetingId },
        token,
      );
      return {
        meetingId,
        tableId: table.createWorkingTable.id,
        code: join.openMeetingJoin.joinCode,
        venue: `10.${randomInt(256)}.${randomInt(256)}.${m + 1}`,
        token,
      };
    }),
  );
}

/**
 * Waits until the meetings' event logs stop growing: 600 participants leaving write 600 presence
 * events once their grace period ends, which would otherwise land in the next measurement.
 */
async function settled(list: VenueMeeting[]): Promise<void> {
  const total = async () => {
    let sum = 0;
    for (const { meetingId, token } of list)
      sum += (await gql(proxy.url, `query ($id: ID!) { meeting(id: $id) { eventSeq } }`, { id: meetingId }, token))
        .meeting.eventSeq;
    return sum;
  };
  let before = await total();
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const now = await total();
    if (now === before) return;
    before = now;
  }
}

function row(label: string, result: WriteResult) {
  return {
    setup: label,
    participants: result.participants,
    cards: result.acknowledged,
    refused: result.refused,
    deliveries: result.delivered.samples,
    missing: result.missing,
    'order violations': result.violations,
    reconnects: result.reconnects,
    p50: result.delivered.p50,
    p99: result.delivered.p99,
    max: result.delivered.max,
    'all p99': result.everyone.p99,
    'mutation p99': result.mutation.p99,
    'after answer p99': result.afterAnswer.p99,
  };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
try {
  console.log(`load average before: ${load()} (the machine's other work shows in every latency)`);
  const rows = [];
  console.log(`(a) ${PARTICIPANTS} participants in ${MEETINGS} meetings over three instances behind HAProxy`);
  const proxied = await meetings(proxy.url, 'Workshop');
  const joined = await ask<{ httpFailures: string[] }>({
    kind: 'join',
    url: proxy.url,
    wsUrl: proxy.wsUrl,
    meetings: proxied,
    perMeeting: PARTICIPANTS / MEETINGS,
  });
  if (joined.httpFailures.length > 0)
    console.log(
      `joining: ${joined.httpFailures.length} answers were not GraphQL (tried again): ${joined.httpFailures.slice(0, 5).join(', ')}`,
    );
  const spread = await ask<WriteResult>({
    kind: 'write',
    url: proxy.url,
    meetings: proxied,
    intervalMs: WRITE_INTERVAL_MS,
    seconds: SECONDS,
  });
  rows.push(row('3 instances + HAProxy', spread));
  if (spread.example) console.log('a refused write:', spread.example);
  await ask({ kind: 'leave' });
  await settled(proxied);

  console.log(`(b) one instance, direct, participants added step by step: ${STEPS.join(', ')}`);
  const single = servers[0]!;
  const direct = await meetings(single.url, 'Einzeln');
  const held = { delivery: 0, fanOut: 0 };
  let present = 0;
  let previous = 0;
  for (const step of STEPS) {
    await ask({
      kind: 'join',
      url: single.url,
      wsUrl: single.wsUrl,
      meetings: direct,
      perMeeting: (step - present) / MEETINGS,
    });
    present = step;
    const result = await ask<WriteResult>({
      kind: 'write',
      url: single.url,
      meetings: direct,
      intervalMs: WRITE_INTERVAL_MS,
      seconds: STEP_SECONDS,
    });
    rows.push(row('1 instance', result));
    const exact = result.missing === 0 && result.violations === 0;
    const delivery = exact && result.delivered.p99 <= TARGET_P99_MS;
    const fanOut = exact && result.afterAnswer.p99 <= TARGET_P99_MS;
    // Held means held at this step and every one before.
    if (delivery && held.delivery === previous) held.delivery = step;
    if (!fanOut) break;
    held.fanOut = step;
    previous = step;
  }
  await ask({ kind: 'leave' });

  const floor = await ask<Omit<WriteResult, 'participants'>>({
    kind: 'floor',
    floorUrl,
    groups: MEETINGS,
    perGroup: PARTICIPANTS / MEETINGS,
    intervalMs: WRITE_INTERVAL_MS,
    seconds: SECONDS,
  });

  console.log(`load average after: ${load()}`);
  console.log(
    `\nCards written ${WRITE_INTERVAL_MS} ms apart in each meeting; latency from sending the mutation to each receipt (ms); "all p99": per card, until the last participant of its meeting had it; "after answer": from the writer's answer to each receipt, the fan-out's own share`,
  );
  console.table(rows);
  console.log(`(c) floor: bare ws broadcast, ${PARTICIPANTS} sockets in ${MEETINGS} groups, same rate`);
  console.table([
    {
      sockets: PARTICIPANTS,
      deliveries: floor.delivered.samples,
      p50: floor.delivered.p50,
      p99: floor.delivered.p99,
      max: floor.delivered.max,
      'all p99': floor.everyone.p99,
    },
  ]);
  const exact = spread.missing === 0 && spread.violations === 0 && spread.refused === 0;
  console.log(
    `three instances: every card to every participant once and in order → ${exact ? 'yes' : 'NO'}; p99 ${spread.delivered.p99} ms (${Math.round((spread.delivered.p99 / floor.delivered.p99) * 10) / 10} × the floor's ${floor.delivered.p99} ms)`,
  );
  const most = (count: number) => `${count}${count === STEPS.at(-1) ? ' (the largest step tried)' : ''}`;
  console.log(
    `one instance holds ${most(held.delivery)} participants with p99 ≤ ${TARGET_P99_MS} ms from sending the card, ${most(held.fanOut)} with p99 ≤ ${TARGET_P99_MS} ms from the writer's answer`,
  );
} finally {
  clients.kill();
  floorServer.close();
  await proxy.stop();
  await Promise.all(servers.map((server) => server.stop()));
  await redis.stop();
  await drop();
}
