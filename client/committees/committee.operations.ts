import { graphql } from '../api/graphql';

export const MembershipFragment = graphql(`
  fragment MembershipRow on Membership {
    id
    role
    since
    until
    committee { id }
    person {
      id
      name
      title
      organization { id name shortName }
    }
  }
`);

export const CommitteesQuery = graphql(
  `
  query Committees {
    committees {
      id
      name
      shortName
      kind
      description
      region { id name }
      parent { id }
      memberships { ...MembershipRow }
    }
  }
`,
  [MembershipFragment],
);

export const PeopleQuery = graphql(`
  query People {
    people {
      id
      name
      title
      organization { id name shortName }
    }
  }
`);

export const AddMembershipMutation = graphql(
  `
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) { ...MembershipRow }
  }
`,
  [MembershipFragment],
);

export const UpdateMembershipMutation = graphql(`
  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {
    updateMembership(id: $id, input: $input) { id role }
  }
`);

export const RemoveMembershipMutation = graphql(`
  mutation RemoveMembership($id: ID!) {
    removeMembership(id: $id)
  }
`);
