import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import type { Context } from '../context';
import { budgetPolicy } from './budget.policy';

/** What the budget services need of a request: its EntityManager (which knows the audit actor) and the viewer's roles. */
export type BudgetContext = Pick<Context, 'em' | 'roles'>;

/** Refuses unless the viewer may read budget data; every budget read service starts with it. */
export function authorizeBudgetRead(ctx: BudgetContext): Promise<void> {
  return authorize(ctx, budgetPolicy, 'read', null);
}

/** Refuses unless the viewer may write budget data. */
export function authorizeBudgetWrite(ctx: BudgetContext): Promise<void> {
  return authorize(ctx, budgetPolicy, 'write', null);
}

/**
 * Runs a budget write in one transaction, once the policy let the viewer write: a refused
 * viewer learns nothing about the records (not even whether they exist) and changes nothing.
 */
export function budgetWrite<T>(ctx: BudgetContext, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (tx) => {
    await authorizeBudgetWrite(ctx);
    return work(tx);
  });
}
