import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiters, RATE_LIMITS, reserve } from '../../server/graphql/rate-limits';
import { createUser, signInAs, TEST_PASSWORD } from '../support/auth';
import { errorCode, graphqlClient } from '../support/graphql';
import { provideRedis } from '../support/redis';
import { startTestServer, type TestServer } from '../support/server';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;
const CREATE_COMMITTEE = `mutation { createCommittee(input: { name: "AG", kind: WORKING_GROUP }) { id } }`;
const LIMITS = {
  ...RATE_LIMITS,
  sessionMutations: { points: 4, duration: 60 },
  anonymousMutations: { points: 20, duration: 60 },
};
const PER_ACCOUNT = LIMITS.failedSecretsPerSubject.points;

const redis = await provideRedis();
if (redis.url === null) console.warn(`Skipping the shared rate limit spec: ${redis.reason}`);

describe.skipIf(!redis.url)('rate limits and lockouts shared by two instances through Redis', () => {
  let one: TestServer;
  let two: TestServer;
  const addresses = { next: 0 };
  /** A client of `server` at an address of its own (both instances trust the proxy in front). */
  const clientsAt = (...servers: TestServer[]) => {
    addresses.next += 1;
    const headers = { 'x-forwarded-for': `203.0.113.${addresses.next}` };
    return servers.map((server) => graphqlClient(`${server.url}/graphql`, headers));
  };

  beforeAll(async () => {
    // One key prefix for both: they count together, apart from every other run on this Redis.
    const shared = { rateLimits: LIMITS, rateLimitKeyPrefix: `test-shared-${randomUUID()}` };
    const env = { REDIS_URL: redis.url!, PLANWERK_TRUST_PROXY: 'true' };
    one = await startTestServer({ ...shared, env });
    two = await startTestServer({ ...shared, env, database: one.db });
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    if (redis.url !== null) await redis.stop();
  });

  it('checks no more of a burst split over both instances than one account allows, and refuses the right password on either', async () => {
    const user = await createUser(one);
    const [toOne, toTwo] = clientsAt(one, two);
    const burst = await Promise.all(
      Array.from({ length: 2 * PER_ACCOUNT }, (_, index) =>
        (index % 2 ? toOne! : toTwo!)(SIGN_IN, { input: { email: user.email, password: `falsch-${index}` } }),
      ),
    );
    const codes = burst.map(errorCode);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(PER_ACCOUNT);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(PER_ACCOUNT);
    // From other addresses, so that only the account's lockout can refuse it.
    for (const client of clientsAt(one, two)) {
      expect(errorCode(await client(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }))).toBe(
        'RATE_LIMITED',
      );
    }
  });

  it("spends one address's anonymous budget on both instances together", async () => {
    const [toOne, toTwo] = clientsAt(one, two);
    const attempt = (client: typeof toOne) =>
      client!(SIGN_IN, { input: { email: `${randomUUID()}@test.example`, password: 'falsch-falsch' } });
    for (let index = 0; index < LIMITS.anonymousMutations.points; index += 1) {
      expect(errorCode(await attempt(index % 2 ? toOne : toTwo))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await attempt(toOne))).toBe('RATE_LIMITED');
    expect(errorCode(await attempt(toTwo))).toBe('RATE_LIMITED');
  });

  it("spends one session's mutation budget on both instances together", async () => {
    const admin = await signInAs(one, 'admin');
    const [onOne, onTwo] = [one, two].map((server) => graphqlClient(`${server.url}/graphql`, admin.headers));
    for (let index = 0; index < LIMITS.sessionMutations.points; index += 1) {
      expect((await (index % 2 ? onOne! : onTwo!)(CREATE_COMMITTEE)).errors).toBeUndefined();
    }
    expect(errorCode(await onOne!(CREATE_COMMITTEE))).toBe('RATE_LIMITED');
    expect(errorCode(await onTwo!(CREATE_COMMITTEE))).toBe('RATE_LIMITED');
  });
});

describe('while Redis does not answer', () => {
  it('keeps every limit in force in the memory of each instance', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const limiters = createRateLimiters({
      settings: { ...RATE_LIMITS, failedSecretsPerSubject: { points: 2, duration: 60 } },
      redisUrl: `redis://127.0.0.1:${closedPort}`,
    });
    try {
      const budget = [[limiters.failedSecretsPerSubject, 'account:x']] as const;
      await reserve(budget);
      const refund = await reserve(budget);
      await expect(reserve(budget)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      await refund();
      await expect(reserve(budget), 'a refund gives the point back').resolves.toBeTypeOf('function');
    } finally {
      await limiters.close();
    }
  });
});
