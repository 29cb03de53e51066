import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/audit/audit-entry.entity';
import { Session } from '../../server/auth/session.entity';
import { SESSION_COOKIE } from '../../server/auth/session-cookie';
import { type SessionClient, signInAs } from '../support/auth';
import { buildCommittee, buildMeeting, buildTable } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';
import { RawSocket } from '../support/ws';

const NUL = 'Kämm\u0000erei';
const HIGH_ALONE = 'Kämm\uD800erei';
const LOW_ALONE = 'Kämm\uDC00erei';
// A surrogate pair is a character like any other: 😀 stays allowed.
const PAIRED = 'Kämmerei 😀';

/**
 * NUL (which PostgreSQL's text cannot store) and lone surrogates (no character at all) made
 * INTERNAL_SERVER_ERROR wherever they reached the database. Every kind of input that carries
 * text now refuses them first; the budget files, the co-editing updates and the WebSocket have
 * their own specs beside their features (hostile-files, co-editing, websocket-errors).
 */
describe('NUL and lone surrogates, wherever strings enter: refused with a code, nothing stored, /healthz still answers', () => {
  let server: TestServer;
  let admin: SessionClient;
  let meetingId: string;
  let tableId: string;
  let committeeId: string;
  let stored: () => Promise<number>;
  let storedBefore: number;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
    meetingId = (await buildMeeting(admin)).id;
    tableId = (await buildTable(admin, meetingId)).id;
    committeeId = (await buildCommittee(admin)).id;
    stored = async () => {
      const em = server.db.orm.em.fork();
      return (await em.count(AuditEntry)) + (await em.count(Session));
    };
    storedBefore = await stored();
  });
  afterAll(() => server.close());

  describe('GraphQL arguments: BAD_USER_INPUT naming the field, however the string is sent', () => {
    const CREATE_POSITION = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }`;
    const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`;

    it.each([
      ['a NUL in an input object', CREATE_POSITION, () => ({ input: { tableId, text: NUL } }), 'text'],
      ['a lone high surrogate', CREATE_POSITION, () => ({ input: { tableId, text: HIGH_ALONE } }), 'text'],
      ['a lone low surrogate', CREATE_POSITION, () => ({ input: { tableId, text: LOW_ALONE } }), 'text'],
      [
        'a NUL in one line of a list',
        CREATE_TASK,
        () => ({ input: { meetingId, ownerId: committeeId, items: ['Termin', NUL] } }),
        'items',
      ],
      [
        'a NUL in an argument of its own',
        `mutation ($id: ID!, $update: String!) { applyPositionEdit(positionId: $id, update: $update) { text } }`,
        () => ({ id: tableId, update: NUL }),
        'update',
      ],
      ['a NUL in an id', `query ($id: ID!) { meeting(id: $id) { id } }`, () => ({ id: NUL }), 'id'],
      [
        'a NUL in a pasted protocol',
        `query ($text: String!) { previewProtocolImport(text: $text) { title } }`,
        () => ({ text: `Protokoll der Sitzung\n${NUL}` }),
        'text',
      ],
      [
        'a NUL in a password',
        `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`,
        () => ({ input: { email: 'x@test.example', password: `richtig-${NUL}` } }),
        'password',
      ],
      [
        'a NUL written into the document itself',
        `mutation { createPosition(input: { tableId: "TABLE", text: "Kämm\\u0000erei" }) { id } }`,
        () => undefined,
        'text',
      ],
    ])('%s', async (_case, query, variables, field) => {
      const response = await admin.gql(query.replace('TABLE', tableId), variables());
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([
        {
          message: `${field} must not contain NUL characters or lone surrogates`,
          extensions: { code: 'BAD_USER_INPUT', field },
        },
      ]);
    });

    it('takes a surrogate pair, an emoji, as the character it is', async () => {
      const response = await admin.gql(CREATE_POSITION, { input: { tableId, text: PAIRED } });
      expect(response.errors).toBeUndefined();
      storedBefore = await stored();
    });
  });

  describe('session tokens in cookies, headers and connection parameters: nobody, as any token that names no session', () => {
    it('a cookie whose token holds a NUL gets UNAUTHENTICATED, and sign-in stays open', async () => {
      const headers = {
        'content-type': 'application/json',
        cookie: `${SESSION_COOKIE}=${'A'.repeat(20)}%00${'A'.repeat(22)}`,
      };
      const ask = (query: string) =>
        fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
      const refused = await ask('{ meetings { id } }');
      expect([refused.status, errorCode({ status: refused.status, ...(await refused.json()) })]).toEqual([
        401,
        'UNAUTHENTICATED',
      ]);
      expect(await (await ask('{ me { kind } }')).json()).toEqual({ data: { me: null } });
    });

    it('a WebSocket whose connection parameters carry a token with a NUL is closed as without a session (4401)', async () => {
      const socket = new RawSocket(server);
      await socket.init({ token: `${'A'.repeat(42)}\u0000` }).catch(() => {});
      expect((await socket.closed).code).toBe(4401);
    });
  });

  describe('the plain HTTP routes: the code of a malformed address', () => {
    it.each([
      ['a calendar token', '/calendar/%00.ics', 404, 'NOT_FOUND'],
      ['a meeting id of a protocol file', '/meetings/%00/protocol.md', 400, 'BAD_USER_INPUT'],
      ['region ids of a budget export', '/budget/export?view=figures&regionIds=%00', 400, 'BAD_USER_INPUT'],
      ['the budget of a budget export', '/budget/export?view=figures&budgetId=%00', 400, 'BAD_USER_INPUT'],
    ])('%s with a NUL', async (_case, path, status, code) => {
      const response = await fetch(`${server.url}${path}`, { headers: admin.headers });
      expect(response.status).toBe(status);
      expect((await response.json()).errors[0].extensions.code).toBe(code);
    });
  });

  it('stored nothing for any of it, and still answers /healthz', async () => {
    expect(await stored()).toBe(storedBefore);
    const health = await fetch(`${server.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
  });
});
