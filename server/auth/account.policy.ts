import { admin, definePolicy, viewerRule } from './authorize';
import { capabilitiesOf } from './capabilities';
import type { Session } from './session.entity';

/** Accounts and sessions. */
export const accountPolicy = definePolicy('account', {
  /** Invite people, change accounts (admin rights, grants, disabling), list them: admins. */
  manage: viewerRule(admin),
  /** See and end a session: its own holder, and admins. */
  endSession: (roles, session: Session) => {
    const { viewer } = roles;
    if (roles.isAdmin || (viewer.kind !== 'anonymous' && viewer.sessionId === session.id)) return true;
    return viewer.kind === 'user' && session.account?.id === viewer.accountId;
  },
});

/** On a session: whether the viewer may end it. */
export const AccountCapabilities = capabilitiesOf(accountPolicy);
