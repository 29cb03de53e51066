import { graphql } from '../../api/graphql';

/** A position as events carry it; unmasked, since the cache updaters read it directly. */
export const PositionStateFragment = graphql(`
  fragment PositionStateFields on PositionState @_unmask {
    id
    tableId
    text
    authorName
    authorId
    authorGuestId
    hidden
    version
    textVersion
    rank
    order
    groupId
  }
`);

/**
 * The meeting's live events with everything the cache needs to apply them (see
 * meeting-events.cache.ts). One document for every page that follows a meeting, so that all of
 * them keep the same normalised records current.
 */
export const MeetingEventsSubscription = graphql(
  `
  subscription MeetingEvents($meetingId: ID!, $afterSeq: Int) {
    meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {
      __typename
      seq
      meetingId
      ... on PositionAdded { position { ...PositionStateFields } }
      ... on PositionMoved { position { ...PositionStateFields } }
      ... on PositionSeparated { position { ...PositionStateFields } }
      ... on PositionEdited { positionId tableId update text textVersion editorName }
      ... on PositionRemoved { positionId tableId }
      ... on PositionHiddenChanged { positionId tableId hidden shown { ...PositionStateFields } }
      ... on PositionsMerged { group { ...PositionStateFields } members { ...PositionStateFields } }
      ... on RanksChanged { tableId ranks { positionId rank } }
      ... on TableChanged { table { id kind title order locked voteBudget } }
      ... on TableRemoved { tableId }
      ... on PhaseChanged { phase previousPhase }
      ... on TimerChanged { timer { status durationSeconds endsAt remainingMs serverNow } }
      ... on SpotlightChanged { spotlightId }
      ... on VoteVisibilityChanged { votesHidden votesRevealed }
      ... on VotesChanged { tableId totalDots tallies { positionId dots } }
      ... on PresenceChanged { participant { id displayName tableId present } }
      ... on TaskCreated { task { id ownerLabel items dueLabel dueDate status sourcePositionId } }
      ... on TaskUpdated { task { id ownerLabel items dueLabel dueDate status sourcePositionId } }
      ... on TaskRemoved { taskId }
      ... on MeetingChanged {
        meeting { id title description startsAt endsAt allDay place joinOpen closedAt publishedAt }
      }
    }
  }
`,
  [PositionStateFragment],
);
