import { Grant } from '../auth/account.entity';
import { definePolicy, viewerRule } from '../auth/authorize';

/** Budget figures and case statistics (the budget feature asks these rules). */
export const budgetPolicy = definePolicy('budget', {
  /** Members of any committee, and budget editors. */
  read: viewerRule(async (roles) => roles.hasGrant(Grant.BUDGET_EDITOR) || roles.memberOfAnyCommittee()),
  /** Admins and holders of the BUDGET_EDITOR grant. */
  write: viewerRule((roles) => roles.hasGrant(Grant.BUDGET_EDITOR)),
});
