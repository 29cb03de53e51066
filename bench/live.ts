/**
 * `npm run bench:live [-- --quick]` — live workshop figures:
 *  (a) fan-out: N graphql-ws subscribers of one meeting, a stream of co-edits from another client;
 *      latency from sending the mutation to delivery at every subscriber, beside a plain `ws`
 *      broadcast of the same payload to as many sockets (the floor), and beside graphql-ws
 *      executing the subscription once per subscriber (what the shared execution replaces);
 *  (b) co-editing: typists in one position; convergence and keystroke-to-peer latency;
 *  (c) memory per connected subscriber.
 * The server runs here; the clients run in a child process (bench/live-clients.ts).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { type App, buildApp } from '../server/app';
import { ensureAdmin } from '../server/auth/bootstrap-admin';
import { parseEnv } from '../server/env';
import { PresenceConnection } from '../server/live/presence-connection.entity';
import { createLogger } from '../server/logger';
import { forkClients } from './client-process';
import { graphqlData } from './graphql';
import type { ClientTask, CoeditResult, Delivered, FanOutResult } from './live-stats';
import { scratchDatabase } from './scratch-database';

const quick = process.argv.includes('--quick');
/** `--only fanout` or `--only coedit` runs one part (memory comes with the fan-out). */
const only = process.argv[process.argv.indexOf('--only') + 1];
const runs = (part: 'fanout' | 'coedit') => !process.argv.includes('--only') || only === part;
/** `--sizes 300` or `--sizes 50,100` picks the subscriber counts. */
const SIZES = process.argv.includes('--sizes')
  ? (process.argv[process.argv.indexOf('--sizes') + 1] ?? '').split(',').map(Number)
  : [50, 100, 300];
const EDITS = quick ? 40 : 100;
const EDIT_INTERVAL_MS = 50;
const TYPISTS = 20;
const KEYSTROKES_PER_SECOND = 5;
const TYPING_SECONDS = quick ? 8 : 30;
/** The text of the position the fan-out edits append to (and the floor's payload mirrors). */
const POSITION_TEXT = 'Steuerung über Sozialraumbudgets';

if (!global.gc) throw new Error('run with node --expose-gc (npm run bench:live does)');
const env = parseEnv({ ...process.env, LOG_LEVEL: 'warn', REDIS_URL: '' });
const logger = createLogger('warn');
const { orm, drop } = await scratchDatabase(env, logger);

const liveSettings = { presenceGraceMs: 50 };
// Not a measurement of rate limits: hundreds of guests join from one address, typists type fast.
const unlimited = { points: 1_000_000, duration: 60 };
const rateLimits = {
  sessionMutations: unlimited,
  anonymousMutations: unlimited,
  failedSecretsPerAddress: unlimited,
  failedSecretsPerSubject: unlimited,
};
const apps: Record<'shared' | 'naive', { app: App; url: string; wsUrl: string }> = {} as never;
for (const mode of ['shared', 'naive'] as const) {
  const app = await buildApp({ env, orm, logger, liveSettings, rateLimits, sharedExecution: mode === 'shared' });
  const port = await app.listen(0);
  apps[mode] = { app, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
}

// The floor: a plain ws server that broadcasts what its trigger socket sends, as received.
const floorServer = new WebSocketServer({ port: 0, host: '127.0.0.1' });
const listeners = new Set<import('ws').WebSocket>();
floorServer.on('connection', (socket, request) => {
  if (request.url === '/trigger') {
    socket.on('message', (data) => {
      const text = String(data);
      for (const listener of listeners) listener.send(text);
    });
  } else {
    listeners.add(socket);
    socket.on('close', () => listeners.delete(socket));
  }
});
await new Promise((resolve) => floorServer.once('listening', resolve));
const floorUrl = `ws://127.0.0.1:${(floorServer.address() as AddressInfo).port}`;

const { clients, ask } = await forkClients<ClientTask>('./live-clients.ts');

const gql = (base: string, query: string, variables: object = {}, token = adminToken) =>
  graphqlData(base, query, variables, token);

// The facilitator who sets the workshops up and sends the fan-out edits: an admin, as a fresh installation gets one.
const invitation = (await ensureAdmin(orm.em.fork(), 'bench@planwerk.example', new Date()))!;
const adminToken: string = (
  await gql(
    apps.shared.url,
    `mutation ($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { token } }`,
    { input: { token: invitation, password: randomUUID() } },
    '',
  )
).acceptAccountInvitation.token;

/** A meeting with one table and one position, open for guests to join by its code (the subscribers and typists). */
async function workshop(base: string) {
  const meeting = await gql(
    base,
    `mutation { createMeeting(input: { title: "Workshop", startsAt: "2012-10-19T08:00:00Z" }) { id } }`,
  );
  const meetingId = meeting.createMeeting.id as string;
  const table = await gql(
    base,
    `mutation ($m: ID!) { createWorkingTable(input: { meetingId: $m, kind: CRITICISM, title: "Kritik" }) { id } }`,
    {
      m: meetingId,
    },
  );
  const position = await gql(
    base,
    `mutation ($t: ID!, $text: String!) { createPosition(input: { tableId: $t, text: $text }) { id } }`,
    { t: table.createWorkingTable.id, text: POSITION_TEXT },
  );
  const join = await gql(base, `mutation ($m: ID!) { openMeetingJoin(meetingId: $m) { joinCode } }`, { m: meetingId });
  return { meetingId, positionId: position.createPosition.id as string, code: join.openMeetingJoin.joinCode as string };
}

function heap() {
  global.gc!();
  global.gc!();
  const { heapUsed, external } = process.memoryUsage();
  // Socket buffers live outside the JS heap, in `external`; RSS moves with what the GC returns.
  return { heapUsed, outside: external };
}

async function presenceGone() {
  for (let tries = 0; (await orm.em.fork().count(PresenceConnection)) > 0; tries += 1) {
    if (tries > 400) throw new Error('presence did not clear');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function fanOut(mode: 'shared' | 'naive', count: number) {
  const { url: base, wsUrl } = apps[mode];
  const { meetingId, positionId, code } = await workshop(base);
  const before = heap();
  await ask({ kind: 'subscribe', url: base, wsUrl, meetingId, code, token: adminToken, count });
  const after = heap();
  // Server CPU per edit does not depend on what else the machine runs, unlike latency.
  const cpu = process.cpuUsage();
  const { delivered, everyone, acknowledged } = await ask<FanOutResult>({
    kind: 'edits',
    url: base,
    token: adminToken,
    positionId,
    edits: EDITS,
    intervalMs: EDIT_INTERVAL_MS,
  });
  await ask({ kind: 'unsubscribe' });
  const { user, system } = process.cpuUsage(cpu);
  await presenceGone();
  return {
    delivered,
    everyone,
    acknowledged,
    cpuPerEdit: Math.round((user + system) / 100 / (EDITS + Math.min(10, Math.floor(EDITS / 5)))) / 10,
    heapPerSubscriber: (after.heapUsed - before.heapUsed) / count,
    outsidePerSubscriber: (after.outside - before.outside) / count,
  };
}

const sample = JSON.stringify({
  id: randomUUID(),
  type: 'next',
  payload: {
    data: {
      meetingEvents: {
        seq: 1234,
        positionId: randomUUID(),
        update: 'UPDATE',
        text: 'TEXT',
        textVersion: 12,
      },
    },
  },
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  const rows = [];
  const memory = [];
  for (const count of runs('fanout') ? SIZES : []) {
    const floor = await ask<Delivered>({
      kind: 'floor',
      floorUrl,
      count,
      messages: EDITS,
      intervalMs: EDIT_INTERVAL_MS,
      sample,
      text: POSITION_TEXT,
    });
    const shared = await fanOut('shared', count);
    const naive = quick && count !== 300 ? null : await fanOut('naive', count);
    rows.push({
      subscribers: count,
      'floor p50': floor.delivered.p50,
      'floor p99': floor.delivered.p99,
      'floor all p99': floor.everyone.p99,
      p50: shared.delivered.p50,
      p99: shared.delivered.p99,
      'all p99': shared.everyone.p99,
      'all p99 / floor': Math.round((shared.everyone.p99 / floor.everyone.p99) * 100) / 100,
      'mutation p50': shared.acknowledged.p50,
      'mutation p99': shared.acknowledged.p99,
      'naive p99': naive?.delivered.p99 ?? '–',
      'naive all p99': naive?.everyone.p99 ?? '–',
      'CPU ms/edit': shared.cpuPerEdit,
      'naive CPU ms/edit': naive?.cpuPerEdit ?? '–',
      deliveries: shared.delivered.samples,
    });
    memory.push({
      subscribers: count,
      'heap per subscriber': kb(shared.heapPerSubscriber),
      'outside the heap': kb(shared.outsidePerSubscriber),
    });
  }
  console.log(
    `\n(a) Fan-out: ${EDITS} co-edits ${EDIT_INTERVAL_MS} ms apart, latency from mutation sent to delivery (ms): p50/p99 of every receipt; "all": per edit, until the last subscriber received it`,
  );
  console.table(rows);
  const at300 = rows.find((row) => row.subscribers === 300);
  if (at300)
    console.log(
      `target at 300: delivered to all, p99 ≤ 2 × floor and ≤ 50 ms → ${at300['all p99'] <= 2 * at300['floor all p99'] && at300['all p99'] <= 50 ? 'met' : 'NOT met'} (all p99 ${at300['all p99']} ms, floor all p99 ${at300['floor all p99']} ms)`,
    );

  if (runs('coedit')) await coediting();
  if (memory.length > 0) {
    console.log(
      '\n(c) Memory of the server per connected subscriber (after GC: its socket, graphql-ws and subscription state, feed listener, presence)',
    );
    console.table(memory);
  }
} finally {
  clients.kill();
  floorServer.close();
  for (const { app } of Object.values(apps)) await app.close();
  await drop();
}

async function coediting() {
  const { meetingId, positionId, code } = await workshop(apps.shared.url);
  const cpu = process.cpuUsage();
  const coedit = await ask<CoeditResult>({
    kind: 'coedit',
    url: apps.shared.url,
    wsUrl: apps.shared.wsUrl,
    meetingId,
    positionId,
    code,
    token: adminToken,
    clients: TYPISTS,
    perSecond: KEYSTROKES_PER_SECOND,
    seconds: TYPING_SECONDS,
  });
  const { user, system } = process.cpuUsage(cpu);
  console.log(
    `\n(b) Co-editing: ${TYPISTS} typists × ${KEYSTROKES_PER_SECOND} keystrokes/s × ${TYPING_SECONDS} s in one position`,
  );
  console.table([
    {
      keystrokes: coedit.keystrokes,
      refused: coedit.refused,
      'peer deliveries': coedit.latency.samples,
      'p50 ms': coedit.latency.p50,
      'p99 ms': coedit.latency.p99,
      'max ms': coedit.latency.max,
      'acknowledged p50': coedit.acknowledged.p50,
      'acknowledged p99': coedit.acknowledged.p99,
      'byte-identical': coedit.converged,
      'final length': coedit.textLength,
      'server CPU ms/keystroke': Math.round((user + system) / 100 / coedit.keystrokes) / 10,
    },
  ]);
  console.log(
    `target: converged and p99 ≤ 100 ms → ${coedit.converged && coedit.latency.p99 <= 100 ? 'met' : 'NOT met'}`,
  );
}
