import type { EnumOf } from '../api/graphql';

type Grant = EnumOf<'Grant'>;

export type AccountStatus = 'active' | 'invited' | 'disabled';

/** What the list shows: disabled before waiting, since a disabled account cannot accept its invitation either. */
export function accountStatus(account: { disabledAt?: string | null; invitationPending: boolean }): AccountStatus {
  if (account.disabledAt) return 'disabled';
  return account.invitationPending ? 'invited' : 'active';
}

/** The grants with `grant` given or taken, the others kept. */
export function withGrant(grants: readonly Grant[], grant: Grant, given: boolean): Grant[] {
  const others = grants.filter((each) => each !== grant);
  return given ? [...others, grant] : others;
}

/** The link an invited person opens to set a password (`/invitation/<token>`). */
export const invitationLink = (origin: string, token: string) => `${origin}/invitation/${encodeURIComponent(token)}`;

/** Admins may not disable or demote themselves (the server refuses it): no such control on their own row. */
export const isOwnAccount = (account: { person: { id: string } }, viewerPersonId: string | null | undefined) =>
  account.person.id === viewerPersonId;
