import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsGuest, type SessionClient, signIn, signInAs } from '../support/auth';
import { buildMeeting, openJoin } from '../support/factories';
import { errorCode } from '../support/graphql';
import { provideRedis } from '../support/redis';
import { startTestServer, type TestServer } from '../support/server';
import { countStatements } from '../support/sql-counter';

const ME = `{ me { kind account { isAdmin } } }`;
const ACCOUNTS = `{ accounts { id } }`;

/**
 * Sessions are resolved from a cache (server/auth/session-cache.ts); every change that ends a
 * session or changes what its viewer holds must still count from the very next request.
 */
describe('the session cache', () => {
  let server: TestServer;
  let admin: SessionClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
  });
  afterAll(() => server.close());

  it('resolves a known session without a query', async () => {
    const user = await signInAs(server, 'user');
    await user.gql('{ __typename }');
    expect(await countStatements(server.db.orm, () => user.gql('{ __typename }'))).toBe(0);
  });

  it('signing out: the next request with that token is anonymous', async () => {
    const user = await signInAs(server, 'user');
    expect((await user.gql(ME)).data?.me.kind).toBe('USER');
    expect((await user.gql('mutation { signOut }')).data?.signOut).toBe(true);
    expect((await user.gql(ME)).data?.me).toBeNull();
  });

  it('an admin revoking a session, disabling an account, or removing a guest: refused at once', async () => {
    const user = await signInAs(server, 'user');
    await user.gql(ME);
    const { data } = await admin.gql(`query ($a: ID) { sessions(accountId: $a) { id } }`, { a: user.user.accountId });
    await admin.gql(`mutation ($id: ID!) { revokeSession(id: $id) { id } }`, { id: data!.sessions[0].id });
    expect((await user.gql(ME)).data?.me).toBeNull();

    const again = await signIn(server, user.user.email);
    await again.gql(ME);
    await admin.gql(`mutation ($id: ID!) { updateAccount(id: $id, input: { disabled: true }) { id } }`, {
      id: user.user.accountId,
    });
    expect((await again.gql(ME)).data?.me).toBeNull();

    const meetingId = (await buildMeeting(admin)).id;
    const guest = await joinAsGuest(server, await openJoin(admin, meetingId), 'Gast');
    expect((await guest.gql(ME)).data?.me.kind).toBe('GUEST');
    const guests = await admin.gql(`query ($id: ID!) { meeting(id: $id) { guests { id } } }`, { id: meetingId });
    const removed = await admin.gql(`mutation ($id: ID!) { removeGuest(id: $id) }`, {
      id: guests.data!.meeting.guests[0].id,
    });
    expect(removed.errors).toBeUndefined();
    expect((await guest.gql(ME)).data?.me).toBeNull();
  });

  it('a role change takes effect at once, granted or taken away', async () => {
    const user = await signInAs(server, 'user');
    expect(errorCode(await user.gql(ACCOUNTS))).toBe('FORBIDDEN');
    const promote = (isAdmin: boolean) =>
      admin.gql(`mutation ($id: ID!, $a: Boolean) { updateAccount(id: $id, input: { isAdmin: $a }) { id } }`, {
        id: user.user.accountId,
        a: isAdmin,
      });
    await promote(true);
    expect((await user.gql(ACCOUNTS)).errors).toBeUndefined();
    await promote(false);
    expect(errorCode(await user.gql(ACCOUNTS))).toBe('FORBIDDEN');
  });
});

const redis = await provideRedis();

describe.skipIf(!redis.url)('the session cache across instances (Redis)', () => {
  let one: TestServer;
  let two: TestServer;
  beforeAll(async () => {
    one = await startTestServer({ env: { REDIS_URL: redis.url! } });
    two = await startTestServer({ env: { REDIS_URL: redis.url! }, database: one.db });
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    if (redis.url !== null) await redis.stop();
  });

  it('signing out on one instance refuses the token on the other as soon as the change arrives', async () => {
    const user = await signInAs(one, 'user');
    const onTwo = (query: string) =>
      fetch(`${two.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...user.headers },
        body: JSON.stringify({ query }),
      }).then((response) => response.json() as Promise<{ data?: any }>);
    expect((await onTwo(ME)).data?.me.kind).toBe('USER');
    expect((await user.gql('mutation { signOut }')).data?.signOut).toBe(true);
    await expect.poll(async () => (await onTwo(ME)).data?.me).toBeNull();
  });
});
