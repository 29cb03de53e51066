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

/** What a committee is, for its form: the same fields the page shows. */
export const CommitteeFieldsFragment = graphql(`
  fragment CommitteeFields on Committee @_unmask {
    id
    name
    shortName
    kind
    description
    region { id name }
    parent { id }
  }
`);

export const CommitteesQuery = graphql(
  `
  query Committees {
    committees {
      ...CommitteeFields
      memberships { ...MembershipRow }
      viewerCan { manage edit manageMembers calendarFeed { manage } }
    }
  }
`,
  [CommitteeFieldsFragment, MembershipFragment],
);

export const RegionsQuery = graphql(`
  query Regions {
    regions { id name }
  }
`);

export const CreateCommitteeMutation = graphql(
  `
  mutation CreateCommittee($input: CreateCommitteeInput!) {
    createCommittee(input: $input) { ...CommitteeFields }
  }
`,
  [CommitteeFieldsFragment],
);

export const UpdateCommitteeMutation = graphql(
  `
  mutation UpdateCommittee($id: ID!, $input: UpdateCommitteeInput!) {
    updateCommittee(id: $id, input: $input) { ...CommitteeFields }
  }
`,
  [CommitteeFieldsFragment],
);

export const DeleteCommitteeMutation = graphql(`
  mutation DeleteCommittee($id: ID!) {
    deleteCommittee(id: $id)
  }
`);

/** What deleting a committee takes along, asked when someone means to delete it. */
export const CommitteeDeletionImpactQuery = graphql(`
  query CommitteeDeletionImpact($id: ID!) {
    committee(id: $id) {
      id
      deletionImpact { memberships tasks invitations calendarFeeds subcommittees hostedMeetings }
    }
  }
`);

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
    updateMembership(id: $id, input: $input) { id role since until }
  }
`);

export const RemoveMembershipMutation = graphql(`
  mutation RemoveMembership($id: ID!) {
    removeMembership(id: $id)
  }
`);
