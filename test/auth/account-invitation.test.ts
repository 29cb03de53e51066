import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../../server/auth/account.entity';
import { type SessionClient, signIn, signInAs } from '../support/auth';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const INVITE = `mutation ($input: InviteAccountInput!) {
  inviteAccount(input: $input) { token expiresAt account { id email isAdmin grants person { id name } } }
}`;
const ACCEPT = `mutation ($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { token me { account { email } } } }`;

describe('inviting people to an account', () => {
  let now = new Date('2026-12-01T09:00:00Z');
  let server: TestServer;
  let admin: SessionClient;
  const accountCount = () => server.db.orm.em.fork().count(Account);
  const invite = async (input: object) => (await admin.gql(INVITE, { input })).data!.inviteAccount;

  beforeAll(async () => {
    server = await startTestServer({ now: () => now });
    admin = await signInAs(server, 'admin');
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    beforeAll(() => invite({ email: 'doppelt@test.example', name: 'Erste' }));

    it('lets only admins invite', async () => {
      const before = await accountCount();
      const user = await signInAs(server, 'user');
      const response = await user.gql(INVITE, { input: { email: 'a@test.example', name: 'A' } });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(await accountCount()).toBe(before + 1);
    });

    it.each([
      ['an address in use', { email: 'doppelt@test.example', name: 'B' }, 'CONFLICT'],
      ['no person', { email: 'ohne-person@test.example' }, 'BAD_USER_INPUT'],
      ['a malformed address', { email: 'kein-at-zeichen', name: 'C' }, 'BAD_USER_INPUT'],
    ])('refuses %s', async (_case, input, code) => {
      const before = await accountCount();
      expect(errorCode(await admin.gql(INVITE, { input }))).toBe(code);
      expect(await accountCount()).toBe(before);
    });

    it('refuses a short password and keeps the invitation usable', async () => {
      const { token } = await invite({ email: 'kurz@test.example', name: 'Kurz' });
      const short = await server.gql(ACCEPT, { input: { token, password: 'kurz' } });
      expect(errorCode(short)).toBe('BAD_USER_INPUT');
      expect(short.errors![0]!.extensions!.field).toBe('password');
      expect((await server.gql(ACCEPT, { input: { token, password: 'lang-genug-jetzt' } })).errors).toBeUndefined();
    });

    it('refuses an unknown, a used and an expired link with BAD_USER_INPUT on the token', async () => {
      const used = await invite({ email: 'einmal@test.example', name: 'Einmal' });
      await server.gql(ACCEPT, { input: { token: used.token, password: 'erstes-passwort' } });
      const expired = await invite({ email: 'spaet@test.example', name: 'Spät' });
      now = new Date(now.getTime() + 8 * 24 * 60 * 60 * 1000);
      for (const token of ['x'.repeat(43), 'kaputt', used.token, expired.token]) {
        const response = await server.gql(ACCEPT, { input: { token, password: 'zweites-passwort' } });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0]!.extensions!.field).toBe('token');
      }
      await expect(signIn(server, 'einmal@test.example', 'zweites-passwort')).rejects.toThrow(/UNAUTHENTICATED/);
    });
  });

  it('creates the account for a person, and accepting the link sets the password and signs in', async () => {
    const invited = await invite({
      email: 'Ingrid.Krammer@Graz.example',
      name: 'Ingrid Krammer',
      grants: ['BUDGET_EDITOR'],
    });
    expect(invited.account).toMatchObject({
      email: 'ingrid.krammer@graz.example',
      isAdmin: false,
      grants: ['BUDGET_EDITOR'],
    });
    expect(invited.account.person.name).toBe('Ingrid Krammer');

    const accepted = await server.gql(ACCEPT, { input: { token: invited.token, password: 'sozialraum-graz' } });
    expect(accepted.data!.acceptAccountInvitation.me.account.email).toBe('ingrid.krammer@graz.example');
    const client = await signIn(server, 'ingrid.krammer@graz.example', 'sozialraum-graz');
    expect((await client.gql(`{ me { account { grants } } }`)).data!.me.account.grants).toEqual(['BUDGET_EDITOR']);

    const { data } = await admin.gql(`{ accounts { email } }`);
    expect(data!.accounts.map((a: any) => a.email)).toContain('ingrid.krammer@graz.example');
  });
});
