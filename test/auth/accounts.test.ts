import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/audit/audit-entry.entity';
import { signIn, signInAs } from '../support/auth';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const ACCOUNTS = `{ accounts { id email isAdmin grants disabledAt invitationPending person { name } } }`;
const INVITE = `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token account { id } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateAccountInput!) {
  updateAccount(id: $id, input: $input) { id grants disabledAt }
}`;
const CAN = `{ me { viewerCan { budget { write } account { manage } } } }`;

describe('the accounts page: list, invite, disable, grants', () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let user: Awaited<ReturnType<typeof signInAs>>;
  const accounts = async () => (await admin.gql(ACCOUNTS)).data!.accounts as any[];
  const audit = () => server.db.orm.em.fork().count(AuditEntry);

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin', { name: 'Ada Admin' });
    user = await signInAs(server, 'user', { name: 'Uwe Nutzer' });
  });
  afterAll(() => server.close());

  it('lists accounts for admins only, telling which invitations wait', async () => {
    expect(errorCode(await user.gql(ACCOUNTS))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(ACCOUNTS))).toBe('UNAUTHENTICATED');
    await admin.gql(INVITE, { input: { email: 'neu@test.example', name: 'Nina Neu' } });
    const listed = await accounts();
    expect(listed.find((a) => a.email === 'neu@test.example')).toMatchObject({
      invitationPending: true,
      isAdmin: false,
      grants: [],
      disabledAt: null,
      person: { name: 'Nina Neu' },
    });
    expect(listed.find((a) => a.id === user.user.accountId).invitationPending).toBe(false);
    expect((await admin.gql(CAN)).data!.me.viewerCan.account.manage).toBe(true);
    expect((await user.gql(CAN)).data!.me.viewerCan.account.manage).toBe(false);
  });

  describe('refusals, which change nothing', () => {
    it.each([
      ['a malformed address', { email: 'kein-at' }, 'email'],
      ['an address longer than 254 characters', { email: `${'a'.repeat(250)}@test.example` }, 'email'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, input, field) => {
      const before = [await accounts(), await audit()];
      const response = await admin.gql(UPDATE, { id: user.user.accountId, input });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect([await accounts(), await audit()]).toEqual(before);
    });

    it('refuses an unknown grant, and an address another account has with CONFLICT', async () => {
      const before = [await accounts(), await audit()];
      expect(errorCode(await admin.gql(UPDATE, { id: user.user.accountId, input: { grants: ['KING'] } }))).toBe(
        'BAD_USER_INPUT',
      );
      const taken = await admin.gql(UPDATE, { id: user.user.accountId, input: { email: admin.user.email } });
      expect(errorCode(taken)).toBe('CONFLICT');
      expect([await accounts(), await audit()]).toEqual(before);
    });

    it('refuses an admin disabling themselves (field disabled), a non-admin, and an unknown account', async () => {
      const before = [await accounts(), await audit()];
      const self = await admin.gql(UPDATE, { id: admin.user.accountId, input: { disabled: true } });
      expect(self.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disabled' });
      expect(errorCode(await user.gql(UPDATE, { id: admin.user.accountId, input: { disabled: true } }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await user.gql(UPDATE, { id: user.user.accountId, input: { grants: ['BUDGET_EDITOR'] } }))).toBe(
        'FORBIDDEN',
      );
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await admin.gql(UPDATE, { id: unknown, input: { disabled: true } }))).toBe('NOT_FOUND');
      expect([await accounts(), await audit()]).toEqual(before);
    });
  });

  it('gives and takes the budget-editor grant, which the viewer’s capabilities follow', async () => {
    expect((await user.gql(CAN)).data!.me.viewerCan.budget.write).toBe(false);
    const given = await admin.gql(UPDATE, { id: user.user.accountId, input: { grants: ['BUDGET_EDITOR'] } });
    expect(given.data!.updateAccount.grants).toEqual(['BUDGET_EDITOR']);
    expect((await user.gql(CAN)).data!.me.viewerCan.budget.write).toBe(true);
    await admin.gql(UPDATE, { id: user.user.accountId, input: { grants: [] } });
    expect((await user.gql(CAN)).data!.me.viewerCan.budget.write).toBe(false);
  });

  it('disables an account, ending its sessions and sign-ins, and enables it again', async () => {
    const other = await signInAs(server, 'user', { name: 'Olga Other' });
    const disabled = await admin.gql(UPDATE, { id: other.user.accountId, input: { disabled: true } });
    expect(disabled.data!.updateAccount.disabledAt).not.toBeNull();
    expect((await other.gql(`{ me { kind } }`)).data!.me).toBeNull();
    await expect(signIn(server, other.user.email)).rejects.toThrow();

    const enabled = await admin.gql(UPDATE, { id: other.user.accountId, input: { disabled: false } });
    expect(enabled.data!.updateAccount.disabledAt).toBeNull();
    const again = await signIn(server, other.user.email);
    expect((await again.gql(CAN)).errors).toBeUndefined();
  });
});
