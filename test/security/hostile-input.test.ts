import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AuditEntry } from '../../server/audit/audit-entry.entity';
import { Guest } from '../../server/auth/guest.entity';
import { Session } from '../../server/auth/session.entity';
import { newJoinCode } from '../../server/auth/tokens';
import { RATE_LIMITS } from '../../server/graphql/rate-limits';
import { REQUEST_LIMITS } from '../../server/graphql/request-limits';
import { clientWithToken, type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildTable } from '../support/factories';
import { errorCode, type GraphQLResponse } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const OPEN = `mutation ($id: ID!) { openMeetingJoin(meetingId: $id) { joinCode } }`;
const JOIN = `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token } }`;

/** `{ field { field { … } } }` nested `depth` times, ending in a scalar. */
function nested(depth: number): string {
  let selection = 'name';
  for (let level = 1; level < depth; level += 1) selection = `parent { ${selection} }`;
  return `{ committees { ${selection} } }`;
}

/** The same nesting, one level per named fragment: depth is counted in fields, fragments hide none. */
function nestedInFragments(depth: number): string {
  const fragments = Array.from({ length: depth - 1 }, (_, i) =>
    i === depth - 2
      ? `fragment F${i} on Committee { parent { name } }`
      : `fragment F${i} on Committee { parent { ...F${i + 1} } }`,
  );
  return `{ committees { ...F0 } } ${fragments.join(' ')}`;
}

async function post(server: TestServer, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<unknown>, 'status'>) };
}

describe('hostile input: each gets its coded error, nothing is stored, the server keeps answering', () => {
  let server: TestServer;
  let admin: SessionClient;
  let meetingId: string;
  let tableId: string;
  let revokedToken: string;
  let stored: () => Promise<number>;
  let storedBefore: number;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
    meetingId = (await buildMeeting(admin)).id;
    tableId = (await buildTable(admin, meetingId)).id;
    const user = await signInAs(server, 'user');
    await user.gql(`mutation { signOut }`);
    revokedToken = user.token;
    // Every change a request makes leaves an audit entry; sessions are counted too.
    stored = async () => {
      const em = server.db.orm.em.fork();
      return (await em.count(AuditEntry)) + (await em.count(Session));
    };
    storedBefore = await stored();
  });
  afterAll(() => server.close());

  describe('documents built to cost the server', () => {
    it.each([
      ['a depth bomb', () => nested(REQUEST_LIMITS.depth + 2)],
      ['a depth bomb spread over fragments', () => nestedInFragments(REQUEST_LIMITS.depth + 2)],
      [
        'an alias bomb',
        () => `{ ${Array.from({ length: REQUEST_LIMITS.aliases + 1 }, (_, i) => `a${i}: meetings { id }`).join(' ')} }`,
      ],
      ['a directive bomb', () => `{ ${'__typename @skip(if: false) '.repeat(REQUEST_LIMITS.directives + 1)} }`],
      [
        'a costly fan-out of lists',
        () =>
          `{ committees { subcommittees { subcommittees { subcommittees { memberships { person { name } } } } } } }`,
      ],
      ['a document of too many tokens', () => `{ ${'__typename '.repeat(REQUEST_LIMITS.tokens + 1)} }`],
    ])('refuses %s with QUERY_TOO_COMPLEX', async (_case, document) => {
      const response = await admin.gql(document());
      expect(errorCode(response)).toBe('QUERY_TOO_COMPLEX');
      expect(response.status).toBe(400);
    });

    it('accepts the depth the limit allows, whether written inline or in fragments', async () => {
      expect((await admin.gql(nested(REQUEST_LIMITS.depth - 1))).errors).toBeUndefined();
      expect((await admin.gql(nestedInFragments(REQUEST_LIMITS.depth - 1))).errors).toBeUndefined();
    });

    it('refuses a body over the size limit with QUERY_TOO_COMPLEX (413) and malformed JSON with BAD_REQUEST (400)', async () => {
      const huge = JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(REQUEST_LIMITS.bodyBytes) },
      });
      const tooLarge = await post(server, huge, admin.headers);
      expect([tooLarge.status, errorCode(tooLarge)]).toEqual([413, 'QUERY_TOO_COMPLEX']);
      const malformed = await post(server, '{"query": "{ __typename }"', admin.headers);
      expect([malformed.status, errorCode(malformed)]).toEqual([400, 'BAD_REQUEST']);
    });

    it('closes a WebSocket whose message is over the size limit (1009)', async () => {
      const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers: admin.headers });
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', resolve));
      socket.send('x'.repeat(REQUEST_LIMITS.bodyBytes + 1));
      expect(await closed).toBe(1009);
    });
  });

  describe('values that do not fit', () => {
    const CREATE_POSITION = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }`;
    const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;

    it.each([
      ['an oversize string', CREATE_POSITION, () => ({ input: { tableId, text: 'x'.repeat(100_000) } })],
      [
        'an invalid enum value',
        `mutation ($input: CreateWorkingTableInput!) { createWorkingTable(input: $input) { id } }`,
        () => ({ input: { meetingId, kind: 'BUFFET', title: 'Tisch' } }),
      ],
      [
        'an impossible date-time',
        CREATE_MEETING,
        () => ({ input: { title: 'Sitzung', startsAt: '2026-13-45T25:00:00Z' } }),
      ],
      [
        'a date written as words',
        `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
        () => ({ input: { meetingId, ownerId: UNKNOWN_ID, items: ['x'], dueDate: 'Ostern 2013' } }),
      ],
      [
        'a negative place',
        `mutation ($input: CreateWorkingTableInput!) { createWorkingTable(input: $input) { id } }`,
        () => ({ input: { meetingId, kind: 'CUSTOM', title: 'Tisch', order: -1 } }),
      ],
      [
        'a negative rank',
        `mutation ($id: ID!) { updatePosition(id: $id, input: { rank: -3 }) { id } }`,
        () => ({ id: UNKNOWN_ID }),
      ],
      [
        'a number too large for Int',
        `mutation ($id: ID!) { updatePosition(id: $id, input: { order: 99999999999 }) { id } }`,
        () => ({ id: UNKNOWN_ID }),
      ],
      ['an object where an id belongs', CREATE_POSITION, () => ({ input: { tableId: { $ne: null }, text: 'Punkt' } })],
      ['an id that is no id', CREATE_POSITION, () => ({ input: { tableId: "' or 1=1 --", text: 'Punkt' } })],
      ['a number as id', `mutation { deletePosition(id: 42) }`, () => ({})],
      [
        'an invalid enum literal',
        `mutation { createCommittee(input: { name: "AG", kind: SECRET_SOCIETY }) { id } }`,
        () => ({}),
      ],
    ])('refuses %s with BAD_USER_INPUT', async (_case, query, variables) => {
      const response = await admin.gql(query, variables());
      expect(errorCode(response), JSON.stringify(response.errors)).toBe('BAD_USER_INPUT');
    });

    it('refuses unknown ids with NOT_FOUND', async () => {
      for (const query of [
        `mutation { deletePosition(id: "${UNKNOWN_ID}") }`,
        `mutation { createPosition(input: { tableId: "${UNKNOWN_ID}", text: "Punkt" }) { id } }`,
        `query { meeting(id: "${UNKNOWN_ID}") { id } }`,
      ]) {
        expect(errorCode(await admin.gql(query))).toBe('NOT_FOUND');
      }
    });
  });

  describe('credentials that are not', () => {
    it.each([
      ['a garbage cookie', { cookie: 'planwerk_session=%%%;;; =x; planwerk_session' }],
      ['a cookie of the right shape that names no session', { cookie: `planwerk_session=${'A'.repeat(43)}` }],
      ['an overlong cookie', { cookie: `planwerk_session=${'A'.repeat(8_000)}` }],
      ['a Bearer header without token', { authorization: 'Bearer' }],
      ['another scheme', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
      ['a token with SQL in it', { authorization: "Bearer ' or ''='" }],
    ])('treats %s as nobody: UNAUTHENTICATED for what needs a session, sign-in still open', async (_case, headers) => {
      const response = await post(server, JSON.stringify({ query: '{ meetings { id } }' }), headers);
      expect([response.status, errorCode(response)]).toEqual([401, 'UNAUTHENTICATED']);
      const me = await post(server, JSON.stringify({ query: '{ me { kind } }' }), headers);
      expect(me.data).toEqual({ me: null });
    });

    it('locks out an IP that keeps guessing, then refuses even the right code with RATE_LIMITED', async () => {
      const guessing = await startTestServer();
      try {
        const owner = await signInAs(guessing, 'admin');
        const meeting = await buildMeeting(owner);
        const right = (await owner.gql(OPEN, { id: meeting.id })).data!.openMeetingJoin.joinCode as string;
        // A different guess each time, as guessing goes: the address's budget is what runs out.
        const guesses = new Set<string>();
        while (guesses.size < RATE_LIMITS.failedSecretsPerAddress.points) {
          const code = newJoinCode();
          if (code !== right) guesses.add(code);
        }
        for (const code of guesses) {
          expect(errorCode(await guessing.gql(JOIN, { input: { code, displayName: 'Rater' } }))).toBe('BAD_USER_INPUT');
        }
        const locked = await guessing.gql(JOIN, { input: { code: right, displayName: 'Rater' } });
        expect(errorCode(locked)).toBe('RATE_LIMITED');
        expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
        expect(await guessing.db.orm.em.fork().count(Guest)).toBe(0);
        const signIn = await guessing.gql(
          `mutation { signIn(input: { email: "x@test.example", password: "irgendwas" }) { token } }`,
        );
        expect(errorCode(signIn), 'the lockout covers signing in too').toBe('RATE_LIMITED');
      } finally {
        await guessing.close();
      }
    });

    it('refuses a token that was valid once, after it was revoked', async () => {
      expect(errorCode(await clientWithToken(server, revokedToken, { bearer: true }).gql(`{ meetings { id } }`))).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  it('stored nothing for any of it, and still answers /healthz', async () => {
    expect(await stored()).toBe(storedBefore);
    const health = await fetch(`${server.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
  });
});
