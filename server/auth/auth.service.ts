import { type EntityManager, type FilterQuery, LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../context';
import { BadUserInputError, UnauthenticatedError } from '../errors';
import { Account } from './account.entity';
import { AccountInvitation } from './account-invitation.entity';
import type { AcceptAccountInvitationInput, SignInInput } from './auth.inputs';
import type { Guest } from './guest.entity';
import type { Me, SessionResult } from './me.type';
import { hashPassword, verifyPassword } from './passwords';
import { attemptSecret, wrongSecret } from './secret-attempt';
import { Session, SessionKind } from './session.entity';
import { hashToken, isWellFormedToken, newToken } from './tokens';
import { holderOf } from './viewer';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a sign-in lasts; signing out or an admin ends it earlier. */
export const USER_SESSION_MS = 30 * DAY_MS;
/** A guest's session lasts the workshop day. */
export const GUEST_SESSION_MS = DAY_MS;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Opens a session for an account or a guest, sets the cookie and returns the token once. */
export function startSession(
  ctx: Context,
  tx: EntityManager,
  holder: { account: Account } | { guest: Guest },
): SessionResult {
  const token = newToken();
  const isUser = 'account' in holder;
  const expiresAt = new Date(ctx.now().getTime() + (isUser ? USER_SESSION_MS : GUEST_SESSION_MS));
  const kind = isUser ? SessionKind.USER : SessionKind.GUEST;
  const session = tx.create(Session, { ...holder, kind, tokenHash: hashToken(token), expiresAt });
  const viewer = holderOf(session);
  if (!viewer) throw new Error('a session starts only for an account with a password, or a guest');
  ctx.sessionCookie.set(token, expiresAt);
  const me: Me = {
    kind,
    expiresAt,
    account: isUser ? holder.account : null,
    guest: isUser ? null : holder.guest,
    viewer,
  };
  return { token, me };
}

/** Ends every session the filter names that is still running; their sockets close after commit. */
export async function endSessions(tx: EntityManager, where: FilterQuery<Session>, now: Date): Promise<void> {
  const sessions = await tx.find(Session, { $and: [where, { revokedAt: null }] });
  for (const session of sessions) session.revokedAt = now;
}

/** A wrong password, an unknown address or a disabled account count as one failure of the address and the e-mail address. */
export async function signIn({ ctx, input }: { ctx: Context; input: SignInInput }): Promise<SessionResult> {
  const email = normalizeEmail(input.email);
  return attemptSecret(ctx, { kind: 'account', value: email }, async () => {
    const account = await ctx.em.findOne(Account, { email }, { populate: ['person'] });
    const valid = await verifyPassword(account?.passwordHash, input.password);
    if (!account || !valid || account.disabledAt) {
      throw wrongSecret(new UnauthenticatedError('Wrong e-mail address or password'));
    }
    return ctx.em.transactional(async (tx) => startSession(ctx, tx, { account }));
  });
}

/** Ends the viewer's session and clears the cookie; true if there was a session to end. */
export async function signOut({ ctx }: { ctx: Context }): Promise<boolean> {
  ctx.sessionCookie.clear();
  const { viewer } = ctx;
  if (viewer.kind === 'anonymous') return false;
  await ctx.em.transactional((tx) => endSessions(tx, { id: viewer.sessionId }, ctx.now()));
  return true;
}

export async function acceptAccountInvitation({ ctx, input }: { ctx: Context; input: AcceptAccountInvitationInput }) {
  const wellFormed = isWellFormedToken(input.token);
  const subject = wellFormed ? { kind: 'invitation' as const, value: input.token } : null;
  return attemptSecret(ctx, subject, () =>
    ctx.em.transactional(async (tx) => {
      // Locked, so two tabs accepting the same link at once cannot both use it.
      const invitation = wellFormed
        ? await tx.findOne(
            AccountInvitation,
            { tokenHash: hashToken(input.token) },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          )
        : null;
      const account = await invitation?.account.load({ populate: ['person'] });
      if (!invitation || !account || invitation.usedAt || invitation.expiresAt <= ctx.now() || account.disabledAt) {
        throw wrongSecret(new BadUserInputError('token', 'This invitation link is unknown, used or expired'));
      }
      invitation.usedAt = ctx.now();
      account.passwordHash = await hashPassword(input.password);
      return startSession(ctx, tx, { account });
    }),
  );
}

/** The viewer as the `me` query shows it; null for anonymous visitors. */
export async function me(ctx: Context): Promise<Me | null> {
  const { viewer, em } = ctx;
  if (viewer.kind === 'anonymous') return null;
  const session = await em.findOneOrFail(Session, viewer.sessionId, { populate: ['account', 'guest'] });
  return {
    kind: session.kind,
    expiresAt: session.expiresAt,
    account: session.account?.getEntity(),
    guest: session.guest?.getEntity(),
    viewer,
  };
}
