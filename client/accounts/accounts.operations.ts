import { graphql, type ResultOf } from '../api/graphql';

export const AccountsQuery = graphql(`
  query Accounts {
    accounts {
      id
      email
      isAdmin
      grants
      disabledAt
      invitationPending
      person { id name title organization { id name shortName } }
    }
  }
`);

export type AccountEntry = ResultOf<typeof AccountsQuery>['accounts'][number];

export const InviteAccountMutation = graphql(`
  mutation InviteAccount($input: InviteAccountInput!) {
    inviteAccount(input: $input) { token expiresAt account { id email } }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) { id email isAdmin grants disabledAt }
  }
`);
