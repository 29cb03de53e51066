import { graphql } from '../api/graphql';

/** A card as the board shows it; `version` goes back as expectedVersion when merging. */
export const BoardPositionFragment = graphql(`
  fragment BoardPosition on Position @_unmask {
    id
    text
    authorName
    author { id }
    authorGuestId
    hidden
    rank
    version
    textVersion
    group { id }
    members { id }
    table { id }
  }
`);

export const BoardQuery = graphql(
  `
  query Board($id: ID!) {
    meeting(id: $id) {
      id
      title
      eventSeq
      closedAt
      viewerCan { manage workshop { participate vote facilitate } }
      workshop {
        phase
        votesVisible
        timer { status durationSeconds endsAt remainingMs serverNow }
        spotlight { id }
        participants { id displayName tableId present }
        me { id displayName tableId present }
      }
      workingTables {
        id
        kind
        title
        order
        locked
        voteBudget
        viewerCan { addPosition manage }
        totalDots
        tallies { positionId dots }
        myVotes { tableId budget used remaining dots { positionId dots } }
        positions { ...BoardPosition }
      }
    }
  }
`,
  [BoardPositionFragment],
);

export const CreatePositionMutation = graphql(
  `
  mutation CreatePosition($tableId: ID!, $text: String!) {
    createPosition(input: { tableId: $tableId, text: $text }) { ...BoardPosition }
  }
`,
  [BoardPositionFragment],
);

export const DeletePositionMutation = graphql(`
  mutation DeletePosition($id: ID!) { deletePosition(id: $id) }
`);

export const RestorePositionMutation = graphql(
  `
  mutation RestorePosition($id: ID!) { restorePosition(id: $id) { ...BoardPosition } }
`,
  [BoardPositionFragment],
);

export const SetPositionHiddenMutation = graphql(
  `
  mutation SetPositionHidden($id: ID!, $hidden: Boolean!) { setPositionHidden(id: $id, hidden: $hidden) { ...BoardPosition } }
`,
  [BoardPositionFragment],
);

export const CastVotesMutation = graphql(`
  mutation CastVotes($positionId: ID!, $dots: Int!) {
    castVotes(positionId: $positionId, dots: $dots) { tableId budget used remaining dots { positionId dots } }
  }
`);

export const MergePositionsMutation = graphql(
  `
  mutation MergePositions($groupId: ID!, $positionIds: [ID!]!, $expectedVersions: [Int!]) {
    mergePositions(groupId: $groupId, positionIds: $positionIds, expectedVersions: $expectedVersions) {
      ...BoardPosition
    }
  }
`,
  [BoardPositionFragment],
);

export const SeparatePositionMutation = graphql(
  `
  mutation SeparatePosition($positionId: ID!, $expectedVersion: Int) {
    separatePosition(positionId: $positionId, expectedVersion: $expectedVersion) { ...BoardPosition }
  }
`,
  [BoardPositionFragment],
);

export const ChooseTableMutation = graphql(`
  mutation ChooseTable($meetingId: ID!, $tableId: ID) {
    chooseTable(meetingId: $meetingId, tableId: $tableId) { id displayName tableId present }
  }
`);

export const PositionDocQuery = graphql(`
  query PositionDoc($positionId: ID!) {
    positionDoc(positionId: $positionId) { positionId state text textVersion }
  }
`);

export const ApplyPositionEditMutation = graphql(`
  mutation ApplyPositionEdit($positionId: ID!, $update: String!) {
    applyPositionEdit(positionId: $positionId, update: $update) { positionId text textVersion }
  }
`);
