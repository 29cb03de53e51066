import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdmin } from '../../server/auth/bootstrap-admin';
import { signIn } from '../support/auth';
import { startTestServer, type TestServer } from '../support/server';

describe('the first admin of a fresh installation (PLANWERK_ADMIN_EMAIL)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('gets an admin account with a single-use invitation, once', async () => {
    const token = await ensureAdmin(server.db.orm.em.fork(), ' Leitung@Jugendamt.example ', new Date());
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await ensureAdmin(server.db.orm.em.fork(), 'leitung@jugendamt.example', new Date())).toBeNull();

    const accepted = await server.gql(
      `mutation ($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { me { account { email isAdmin } } } }`,
      {
        input: { token, password: 'erstes-admin-passwort' },
      },
    );
    expect(accepted.data!.acceptAccountInvitation.me.account).toEqual({
      email: 'leitung@jugendamt.example',
      isAdmin: true,
    });
    const admin = await signIn(server, 'leitung@jugendamt.example', 'erstes-admin-passwort');
    expect((await admin.gql(`{ accounts { email } }`)).errors).toBeUndefined();
  });
});
