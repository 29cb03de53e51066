import { Grant } from '../auth/account.entity';
import { definePolicy, viewerRule } from '../auth/authorize';

/** Regions (reading them is the directory's rule). */
export const regionPolicy = definePolicy('region', {
  /** Create, rename, move, delete: those who keep the budget figures by region, BUDGET_EDITOR grant holders, and admins. */
  manage: viewerRule((roles) => roles.hasGrant(Grant.BUDGET_EDITOR)),
});
