import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../server/auth/session.entity';
import { SESSION_COOKIE } from '../../server/auth/session-cookie';
import { clientWithToken, createUser, signIn, signInAs, TEST_PASSWORD, type TestUser } from '../support/auth';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token me { kind expiresAt account { email person { name } } } } }`;
const ME = `{ me { kind account { email isAdmin } } }`;
const PROTECTED = `{ meetings { id } }`;

async function postSignIn(server: TestServer, input: object, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SIGN_IN, variables: { input } }),
  });
}

describe('signing in and out', () => {
  let server: TestServer;
  let user: TestUser;
  const sessionCount = () => server.db.orm.em.fork().count(Session);

  beforeAll(async () => {
    server = await startTestServer();
    user = await createUser(server, { name: 'Reinhard Hoffmann' });
  });
  afterAll(() => server.close());

  describe('refusals, which start no session', () => {
    it.each([
      ['a wrong password', () => ({ email: user.email, password: 'falsch-falsch' })],
      ['an unknown e-mail address', () => ({ email: 'niemand@test.example', password: TEST_PASSWORD })],
    ])('refuses %s with UNAUTHENTICATED and the same message', async (_case, input) => {
      const before = await sessionCount();
      const response = await server.gql(SIGN_IN, { input: input() });
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.errors![0]!.message).toBe('Wrong e-mail address or password');
      expect(await sessionCount()).toBe(before);
    });

    it('refuses a disabled account, and one whose invitation was never accepted', async () => {
      const admin = await signInAs(server, 'admin');
      const disabled = await createUser(server);
      await admin.gql(`mutation ($id: ID!) { updateAccount(id: $id, input: { disabled: true }) { id } }`, {
        id: disabled.accountId,
      });
      expect(errorCode(await server.gql(SIGN_IN, { input: { email: disabled.email, password: TEST_PASSWORD } }))).toBe(
        'UNAUTHENTICATED',
      );
      const invited = await admin.gql(
        `mutation { inviteAccount(input: { email: "neu@test.example", name: "Neu" }) { token } }`,
      );
      expect(invited.errors).toBeUndefined();
      expect(errorCode(await server.gql(SIGN_IN, { input: { email: 'neu@test.example', password: '' } }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses an oversize password with BAD_USER_INPUT before hashing it', async () => {
      const response = await server.gql(SIGN_IN, { input: { email: user.email, password: 'x'.repeat(10_000) } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('password');
    });
  });

  it('sets an httpOnly, SameSite=Lax session cookie, not Secure over plain HTTP', async () => {
    const response = await postSignIn(server, { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    const cookie = response.headers.get('set-cookie')!;
    const body = await response.json();
    expect(cookie).toContain(`${SESSION_COOKIE}=${body.data.signIn.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect(body.data.signIn.me).toMatchObject({
      kind: 'USER',
      account: { email: user.email, person: { name: 'Reinhard Hoffmann' } },
    });
  });

  it('marks the cookie Secure behind a trusted proxy that reports HTTPS, and only then', async () => {
    const proxied = await startTestServer({ env: { PLANWERK_TRUST_PROXY: 'true' } });
    try {
      const behind = await createUser(proxied);
      const viaHttps = await postSignIn(
        proxied,
        { email: behind.email, password: TEST_PASSWORD },
        { 'x-forwarded-proto': 'https' },
      );
      expect(viaHttps.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
    const untrusted = await postSignIn(
      server,
      { email: user.email, password: TEST_PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(untrusted.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('authenticates by cookie and by Bearer token; signing out ends the session for both', async () => {
    const client = await signIn(server, user.email);
    const bearer = clientWithToken(server, client.token, { bearer: true });
    expect((await client.gql(ME)).data!.me).toMatchObject({
      kind: 'USER',
      account: { email: user.email, isAdmin: false },
    });
    expect((await bearer.gql(ME)).data!.me.kind).toBe('USER');

    const signedOut = await client.gql(`mutation { signOut }`);
    expect(signedOut.data!.signOut).toBe(true);
    expect((await client.gql(ME)).data!.me).toBeNull();
    expect(errorCode(await bearer.gql(PROTECTED))).toBe('UNAUTHENTICATED');
    const session = await server.db.orm.em
      .fork()
      .findOneOrFail(Session, { account: user.accountId }, { orderBy: { createdAt: 'desc' } });
    expect(session.revokedAt).toBeInstanceOf(Date);
  });

  it('clears a cookie that no longer names a session, and still lets its holder sign in', async () => {
    const stale = clientWithToken(server, 'A'.repeat(43));
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stale.headers },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: user.email, password: TEST_PASSWORD } } }),
    });
    const cookies = response.headers.getSetCookie();
    expect(cookies[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`));
    expect(cookies[1]).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
  });

  it("lists the viewer's running sessions and ends one of them; others' sessions only for admins", async () => {
    const first = await signIn(server, user.email);
    const second = await signIn(server, user.email);
    const { data } = await first.gql(`{ sessions { id current kind } }`);
    const current = data!.sessions.find((s: any) => s.current);
    const other = data!.sessions.find((s: any) => !s.current);
    expect(current.kind).toBe('USER');

    const stranger = await signInAs(server, 'user');
    expect(
      errorCode(await stranger.gql(`mutation ($id: ID!) { revokeSession(id: $id) { id } }`, { id: other.id })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await stranger.gql(`query ($id: ID!) { sessions(accountId: $id) { id } }`, { id: user.accountId })),
    ).toBe('FORBIDDEN');

    const revoked = await first.gql(`mutation ($id: ID!) { revokeSession(id: $id) { id revokedAt } }`, {
      id: other.id,
    });
    expect(revoked.data!.revokeSession.revokedAt).not.toBeNull();
    expect(errorCode(await second.gql(PROTECTED))).toBe('UNAUTHENTICATED');
    expect((await first.gql(ME)).data!.me.kind).toBe('USER');
  });

  it('ends a session when it expires', async () => {
    let now = new Date('2026-12-01T09:00:00Z');
    const timed = await startTestServer({ now: () => now });
    try {
      const timedUser = await createUser(timed);
      const client = await signIn(timed, timedUser.email);
      now = new Date('2026-12-30T09:00:00Z');
      expect((await client.gql(ME)).data!.me.kind).toBe('USER');
      now = new Date('2026-12-31T09:00:01Z');
      expect((await client.gql(ME)).data!.me).toBeNull();
    } finally {
      await timed.close();
    }
  });
});
