import { admin, definePolicy } from '../auth/authorize';
import type { Committee } from './committee.entity';

/** Committees and their memberships; reading them is the directory's rule. */
export const committeePolicy = definePolicy('committee', {
  /** Create, rename, move, delete: admins. */
  manage: admin,
  /** Add, change and remove its members: its speakers and coordinators. */
  manageMembers: (roles, committee: Committee) => roles.leads(committee.id),
});
