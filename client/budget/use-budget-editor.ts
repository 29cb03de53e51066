import { useQuery } from 'urql';
import { graphql } from '../api/graphql';

/** The viewer's account as far as budget writing goes. */
const BudgetEditorQuery = graphql(`
  query BudgetEditor {
    me { account { id isAdmin grants } }
  }
`);

/**
 * Whether the viewer may write budget data: admins and holders of the BUDGET_EDITOR grant, as
 * the server's budget policy has it (server/budget/budget.policy.ts decides).
 */
export function useBudgetEditor(): boolean {
  const [{ data }] = useQuery({ query: BudgetEditorQuery });
  const account = data?.me?.account;
  return Boolean(account && (account.isAdmin || account.grants.includes('BUDGET_EDITOR')));
}
