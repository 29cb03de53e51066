import { admin, definePolicy, viewerRule } from '../auth/authorize';
import type { Committee } from './committee.entity';

/** Committees and their memberships; reading them is the directory's rule. */
export const committeePolicy = definePolicy('committee', {
  /** Create committees: admins. */
  create: viewerRule(admin),
  /** Rename it, change its kind, region, parent or description: its speakers and coordinators (and admins). */
  edit: (roles, committee: Committee) => roles.leads(committee.id),
  /** Delete it: admins. */
  manage: (roles, _committee: Committee) => admin(roles),
  /** Add, change and remove its members: its speakers and coordinators. */
  manageMembers: (roles, committee: Committee) => roles.leads(committee.id),
});
