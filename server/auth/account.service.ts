import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { assertId, findOptional, findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError, ConflictError, UnauthenticatedError } from '../errors';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import { accountPolicy } from './account.policy';
import { AccountInvitation } from './account-invitation.entity';
import type { InviteAccountInput, UpdateAccountInput } from './auth.inputs';
import { endSessions, normalizeEmail } from './auth.service';
import { authorize } from './authorize';
import type { AccountInvitationResult } from './me.type';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';

/** How long an invitation link stays valid. */
const INVITATION_MS = 7 * 24 * 60 * 60 * 1000;

export async function inviteAccount({
  ctx,
  input,
}: {
  ctx: Context;
  input: InviteAccountInput;
}): Promise<AccountInvitationResult> {
  return ctx.em.transactional(async (tx) => {
    await authorize(ctx, accountPolicy, 'manage', null);
    const email = normalizeEmail(input.email);
    if (await tx.count(Account, { email })) throw new ConflictError(`an account for ${email} exists already`);
    let person: Person;
    if (input.personId) {
      person = await findOrFail(tx, Person, input.personId, 'personId');
      if (await tx.count(Account, { person })) throw new ConflictError(`${person.name} has an account already`);
    } else if (input.name) {
      const organization = await findOptional(tx, Organization, input.organizationId, 'organizationId');
      person = tx.create(Person, { name: input.name, organization });
    } else {
      throw new BadUserInputError('personId', 'name the person: personId, or name for a new one');
    }
    const account = tx.create(Account, { person, email, isAdmin: input.isAdmin ?? false, grants: input.grants ?? [] });
    const invitedBy = ctx.viewer.kind === 'user' ? ctx.viewer.accountId : null;
    return { account, ...createInvitation(tx, account, ctx.now(), invitedBy) };
  });
}

/** A single-use link for `account` to set its password; the token is returned once, only its hash kept. */
export function createInvitation(tx: EntityManager, account: Account, now: Date, invitedBy: string | null = null) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_MS);
  tx.create(AccountInvitation, { account, tokenHash: hashToken(token), expiresAt, invitedBy });
  return { token, expiresAt };
}

export async function updateAccount({ ctx, id, input }: { ctx: Context; id: string; input: UpdateAccountInput }) {
  return ctx.em.transactional(async (tx) => {
    await authorize(ctx, accountPolicy, 'manage', null);
    const account = await findOrFail(tx, Account, id);
    const { email, isAdmin, grants, disabled } = input;
    if (ctx.viewer.kind === 'user' && ctx.viewer.accountId === id && (disabled || isAdmin === false)) {
      throw new BadUserInputError(disabled ? 'disabled' : 'isAdmin', 'admins cannot disable or demote themselves');
    }
    if (email !== undefined) {
      const normalized = normalizeEmail(email);
      if (normalized !== account.email && (await tx.count(Account, { email: normalized }))) {
        throw new ConflictError(`an account for ${normalized} exists already`);
      }
      account.email = normalized;
    }
    if (isAdmin !== undefined) account.isAdmin = isAdmin;
    if (grants !== undefined) account.grants = [...new Set(grants)];
    if (disabled !== undefined) account.disabledAt = disabled ? (account.disabledAt ?? ctx.now()) : null;
    if (disabled) await endSessions(tx, { account }, ctx.now());
    return account;
  });
}

export async function revokeSession({ ctx, id }: { ctx: Context; id: string }) {
  return ctx.em.transactional(async (tx) => {
    const session = await findOrFail(tx, Session, id);
    await authorize(ctx, accountPolicy, 'endSession', session);
    session.revokedAt ??= ctx.now();
    return session;
  });
}

/** Running sessions: the viewer's own (a guest's one), or for admins any account's. */
export async function listSessions({ ctx, accountId }: { ctx: Context; accountId?: string | null }) {
  const { viewer } = ctx;
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError();
  if (accountId) assertId(accountId, 'accountId');
  if (accountId && !(viewer.kind === 'user' && viewer.accountId === accountId))
    await authorize(ctx, accountPolicy, 'manage', null);
  const holder: FilterQuery<Session> = accountId
    ? { account: accountId }
    : viewer.kind === 'user'
      ? { account: viewer.accountId }
      : { id: viewer.sessionId };
  return ctx.em.find(
    Session,
    { ...holder, revokedAt: null, expiresAt: { $gt: ctx.now() } },
    { orderBy: { createdAt: 'desc' } },
  );
}
