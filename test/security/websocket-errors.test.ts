import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabase } from '../../server/db/ensure-database';
import { openOrm } from '../../server/db/orm';
import { REQUEST_LIMITS } from '../../server/graphql/request-limits';
import { type SessionClient, signInAs } from '../support/auth';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ERROR_LEVEL, type LogEntry, recordLogs } from '../support/logs';
import { startTestServer, type TestServer } from '../support/server';
import { type TcpGate, tcpGate } from '../support/tcp-gate';
import { RawSocket } from '../support/ws';

/** `{ committees { parent { parent … } } }`, `depth` fields deep. */
function nested(depth: number): string {
  let selection = 'name';
  for (let level = 1; level < depth; level += 1) selection = `parent { ${selection} }`;
  return `{ committees { ${selection} } }`;
}

/** What a refusal says, apart from where in the document it points. */
const refusal = (errors: any[] | undefined) =>
  errors?.map(({ message, extensions }) => ({ message, code: extensions?.code, field: extensions?.field }));

async function overWebSocket(server: TestServer, token: string, query: string, variables?: Record<string, unknown>) {
  const socket = new RawSocket(server);
  await socket.init({ token });
  socket.subscribe('1', query, variables);
  await socket.until(() => socket.of('1').some((m) => m.type === 'error' || m.type === 'complete'), 'the answer');
  socket.close();
  const [first] = socket.of('1');
  return first?.type === 'error' ? first.payload : first?.payload.errors;
}

describe('GraphQL errors over WebSocket carry the codes and log levels they carry over HTTP', () => {
  let server: TestServer;
  let admin: SessionClient;
  let logs: LogEntry[];

  beforeAll(async () => {
    const recorder = recordLogs();
    logs = recorder.entries;
    server = await startTestServer({ logger: recorder.logger });
    admin = await signInAs(server, 'admin');
  });
  afterAll(() => server.close());

  it.each([
    ['a syntax error', '{ meetings { id ', undefined, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ meetngs { id } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['a literal of the wrong type', 'mutation { deletePosition(id: 42) }', undefined, 'BAD_USER_INPUT'],
    ['a document over the depth limit', nested(REQUEST_LIMITS.depth + 2), undefined, 'QUERY_TOO_COMPLEX'],
    [
      'a variable of the wrong type',
      'query ($id: ID!) { meeting(id: $id) { id } }',
      { id: { a: 1 } },
      'BAD_USER_INPUT',
    ],
    ['a missing variable', 'query ($id: ID!) { meeting(id: $id) { id } }', {}, 'BAD_USER_INPUT'],
    [
      'two operations and no name',
      'query A { me { kind } } query B { me { kind } }',
      undefined,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    ['a NUL in a variable', 'query ($id: ID!) { meeting(id: $id) { id } }', { id: 'a\u0000b' }, 'BAD_USER_INPUT'],
  ])('%s: %s both ways, and nothing logged as an error', async (_case, query, variables, code) => {
    const logged = logs.length;
    const http = await admin.gql(query, variables);
    const ws = await overWebSocket(server, admin.token, query, variables);
    expect(refusal(http.errors)?.[0]?.code).toBe(code);
    expect(refusal(ws)).toEqual(refusal(http.errors));
    expect(logs.slice(logged).filter((entry) => entry.level >= ERROR_LEVEL)).toEqual([]);
  });
});

describe('WebSocket close reasons name no internals', () => {
  let db: TestDatabase;
  let gate: TcpGate;
  let server: TestServer;
  let admin: SessionClient;
  let logs: LogEntry[];

  beforeAll(async () => {
    db = await createTestDatabase();
    // The server reaches the same database through a gate the spec can cut, as if PostgreSQL went away.
    const direct = new URL(db.url);
    gate = await tcpGate({ host: direct.hostname, port: Number(direct.port || 5432) });
    const gated = new URL(db.url);
    gated.hostname = '127.0.0.1';
    gated.port = String(gate.port);
    await ensureDatabase(gated.toString());
    const recorder = recordLogs();
    logs = recorder.entries;
    server = await startTestServer({
      database: { url: gated.toString(), orm: await openOrm(gated.toString()), drop: async () => {} },
      logger: recorder.logger,
    });
    admin = await signInAs(server, 'admin');
  });
  afterAll(async () => {
    await server.close();
    await server.db.orm.close(true);
    await gate.close();
    await db.drop();
  });

  it('closes with the fixed reason of each code: no session, a message too big', async () => {
    const anonymous = new RawSocket(server);
    await expect(anonymous.init().catch(() => anonymous.closed)).resolves.toEqual({
      code: 4401,
      reason: 'No valid session, or the session ended',
    });
    const talkative = new RawSocket(server);
    await talkative.init({ token: admin.token });
    const logged = logs.length;
    talkative.send({ type: 'ping', payload: { pad: 'x'.repeat(REQUEST_LIMITS.bodyBytes) } });
    expect(await talkative.closed).toEqual({ code: 1009, reason: 'Message too big' });
    expect(
      logs.slice(logged).filter((entry) => entry.level >= ERROR_LEVEL),
      'a client’s mistake, as over HTTP',
    ).toEqual([]);
  });

  it('with the database gone, closes a connecting socket as "Internal server error" and logs the cause, then recovers', async () => {
    // A session no request has resolved yet: one that has is answered from the session cache.
    const fresh = await signInAs(server, 'user');
    await gate.cut();
    try {
      const socket = new RawSocket(server);
      await socket.init({ token: fresh.token }).catch(() => {});
      const closed = await socket.closed;
      expect(closed).toEqual({ code: 4500, reason: 'Internal server error' });
      expect(closed.reason).not.toContain(String(gate.port));
      const errors = logs.filter((entry) => entry.level >= ERROR_LEVEL);
      expect(errors.at(-1)).toMatchObject({ msg: 'internal error while connecting a WebSocket' });
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status, '/healthz answers, and says the database is gone').toBe(503);
    } finally {
      await gate.open();
    }
    const socket = new RawSocket(server);
    await socket.init({ token: admin.token });
    socket.subscribe('me', '{ me { kind } }');
    await socket.until(() => socket.of('me').some((m) => m.type === 'complete'), 'the answer');
    expect(socket.of('me')[0]!.payload).toEqual({ data: { me: { kind: 'USER' } } });
    socket.close();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
