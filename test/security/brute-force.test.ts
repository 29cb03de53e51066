import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Guest } from '../../server/auth/guest.entity';
import { Session } from '../../server/auth/session.entity';
import { newJoinCode } from '../../server/auth/tokens';
import { RATE_LIMITS } from '../../server/graphql/rate-limits';
import { createUser, signInAs, TEST_PASSWORD } from '../support/auth';
import { buildMeeting } from '../support/factories';
import { errorCode, type GraphQLResponse, graphqlClient } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;
const JOIN = `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token } }`;
const OPEN = `mutation ($id: ID!) { openMeetingJoin(meetingId: $id) { joinCode } }`;
const ACCEPT = `mutation ($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { token } }`;
const PER_ACCOUNT = RATE_LIMITS.failedSecretsPerSubject.points;
const PER_ADDRESS = RATE_LIMITS.failedSecretsPerAddress.points;

/** The codes of the responses, counted: { UNAUTHENTICATED: 10, RATE_LIMITED: 50 }. */
function tally(responses: GraphQLResponse<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) {
    const code = errorCode(response) ?? 'OK';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

describe('brute force: failures counted before the check, per address and per account or invitation', () => {
  let server: TestServer;
  const fresh = { address: 0 };
  /** A client at `address`, or at an address of its own, as a trusted proxy reports it. */
  const from = (address?: string) => {
    fresh.address += 1;
    return graphqlClient(`${server.url}/graphql`, { 'x-forwarded-for': address ?? `198.51.100.${fresh.address}` });
  };
  const sessions = () => server.db.orm.em.fork().count(Session);

  beforeAll(async () => {
    server = await startTestServer({ env: { PLANWERK_TRUST_PROXY: 'true' } });
  });
  afterAll(() => server.close());

  it('checks only as many of a parallel burst as the limit allows, and then refuses the right password', async () => {
    const user = await createUser(server);
    const before = await sessions();
    const client = from();
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        client(SIGN_IN, { input: { email: user.email, password: `falsch-${index}` } }),
      ),
    );
    expect(tally(burst)).toEqual({ UNAUTHENTICATED: PER_ACCOUNT, RATE_LIMITED: 60 - PER_ACCOUNT });

    const right = await client(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(errorCode(right)).toBe('RATE_LIMITED');
    expect(right.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(right.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(
      RATE_LIMITS.failedSecretsPerSubject.duration,
    );
    expect(await sessions()).toBe(before);
  });

  it("holds an account's lockout whichever addresses the attempts come from", async () => {
    const user = await createUser(server);
    const other = await createUser(server);
    for (let attempt = 1; attempt <= PER_ACCOUNT; attempt += 1) {
      const wrong = await from()(SIGN_IN, { input: { email: user.email, password: 'falsch-falsch' } });
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await from()(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }))).toBe(
      'RATE_LIMITED',
    );
    // Written as people type it: the same account.
    const shouted = { email: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD };
    expect(errorCode(await from()(SIGN_IN, { input: shouted }))).toBe('RATE_LIMITED');
    expect((await from()(SIGN_IN, { input: { email: other.email, password: TEST_PASSWORD } })).errors).toBeUndefined();
  });

  it('counts right passwords as no failures: a person signing in on every device keeps the full budget', async () => {
    const user = await createUser(server);
    const client = from();
    for (let device = 1; device <= PER_ACCOUNT * 2; device += 1) {
      expect((await client(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } })).errors).toBeUndefined();
    }
    const wrong = await Promise.all(
      Array.from({ length: PER_ACCOUNT + 1 }, () =>
        client(SIGN_IN, { input: { email: user.email, password: 'falsch-falsch' } }),
      ),
    );
    expect(tally(wrong)).toEqual({ UNAUTHENTICATED: PER_ACCOUNT, RATE_LIMITED: 1 });
  });

  it('counts an IPv6 /64 as one address, and locks it out at the limit however its addresses vary', async () => {
    const attempts = await Promise.all(
      Array.from({ length: PER_ADDRESS + 20 }, (_, index) =>
        from(`2001:db8:a:b:${index.toString(16)}::1`)(SIGN_IN, {
          input: { email: `${randomUUID()}@test.example`, password: 'falsch-falsch' },
        }),
      ),
    );
    expect(tally(attempts)).toEqual({ UNAUTHENTICATED: PER_ADDRESS, RATE_LIMITED: 20 });
    const user = await createUser(server);
    const right = { input: { email: user.email, password: TEST_PASSWORD } };
    expect(errorCode(await from('2001:db8:a:b:ffff:ffff:ffff:ffff')(SIGN_IN, right))).toBe('RATE_LIMITED');
    expect((await from('2001:db8:a:c::1')(SIGN_IN, right)).errors, 'the next /64 is another address').toBeUndefined();
  });

  it('checks only as many of a burst of join codes as the address allows, and then refuses the right code', async () => {
    const owner = await signInAs(server, 'admin');
    const meeting = await buildMeeting(owner);
    const right = (await owner.gql(OPEN, { id: meeting.id })).data!.openMeetingJoin.joinCode as string;
    const guesses = new Set<string>();
    while (guesses.size < PER_ADDRESS + 20) {
      const code = newJoinCode();
      if (code !== right) guesses.add(code);
    }
    const guesser = from();
    const burst = await Promise.all(
      [...guesses].map((code) => guesser(JOIN, { input: { code, displayName: 'Rater' } })),
    );
    expect(tally(burst)).toEqual({ BAD_USER_INPUT: PER_ADDRESS, RATE_LIMITED: 20 });
    expect(errorCode(await guesser(JOIN, { input: { code: right, displayName: 'Rater' } }))).toBe('RATE_LIMITED');
    expect(await server.db.orm.em.fork().count(Guest, { meeting: meeting.id })).toBe(0);
    expect((await from()(JOIN, { input: { code: right, displayName: 'Gast' } })).errors).toBeUndefined();
  });

  it('locks out an invitation link tried again and again from many addresses', async () => {
    const admin = await signInAs(server, 'admin');
    const invited = await admin.gql(
      `mutation { inviteAccount(input: { email: "${randomUUID()}@test.example", name: "Neu" }) { token } }`,
    );
    const token = invited.data!.inviteAccount.token as string;
    const input = { token, password: 'ein-neues-passwort' };
    expect((await from()(ACCEPT, { input })).errors).toBeUndefined();
    for (let attempt = 1; attempt <= PER_ACCOUNT; attempt += 1) {
      expect(errorCode(await from()(ACCEPT, { input }))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await from()(ACCEPT, { input }))).toBe('RATE_LIMITED');
  });
});
