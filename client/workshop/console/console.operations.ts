import { graphql, type ResultOf } from '../../api/graphql';
import { JoinPanelFragment } from '../../auth/auth.operations';

/** Everything the facilitator's console shows of a meeting's live state. */
export const ConsoleQuery = graphql(
  `
  query Console($id: ID!) {
    meeting(id: $id) {
      id
      title
      viewerCan { workshop { facilitate createTask } }
      phases
      eventSeq
      ...JoinPanel
      workshop {
        phase
        spotlight { id text }
        timer { status durationSeconds endsAt remainingMs serverNow }
        votesHidden
        votesRevealed
        votesVisible
        participants { id displayName tableId present }
      }
      workingTables {
        id
        kind
        title
        order
        locked
        voteBudget
        totalDots
        positions { id text rank group { id } }
      }
    }
  }
`,
  [JoinPanelFragment],
);

/**
 * The server's top-five proposals alone, asked for by useFreshProposals and read from the cache
 * only: apart from the console's query, so that refetching them never brings back older dots.
 */
export const ProposalsQuery = graphql(`
  query ConsoleProposals($id: ID!) {
    meeting(id: $id) {
      id
      workingTables {
        id
        topFiveProposal {
          proposed { positionId dots place }
          ties { place dots positionIds atCutoff }
        }
      }
    }
  }
`);

export type ConsoleMeeting = NonNullable<ResultOf<typeof ConsoleQuery>['meeting']>;
export type ConsoleTable = ConsoleMeeting['workingTables'][number];
export type TopFiveProposal = NonNullable<
  ResultOf<typeof ProposalsQuery>['meeting']
>['workingTables'][number]['topFiveProposal'];
export type Participant = ConsoleMeeting['workshop']['participants'][number];

export const SetPhaseMutation = graphql(`
  mutation SetPhase($meetingId: ID!, $phase: WorkshopPhase!) {
    setPhase(meetingId: $meetingId, phase: $phase) { phase }
  }
`);

export const StartTimerMutation = graphql(`
  mutation StartTimer($meetingId: ID!, $seconds: Int!) {
    startTimer(meetingId: $meetingId, seconds: $seconds) { timer { status durationSeconds endsAt remainingMs serverNow } }
  }
`);

export const PauseTimerMutation = graphql(`
  mutation PauseTimer($meetingId: ID!) {
    pauseTimer(meetingId: $meetingId) { timer { status durationSeconds endsAt remainingMs serverNow } }
  }
`);

export const ResumeTimerMutation = graphql(`
  mutation ResumeTimer($meetingId: ID!) {
    resumeTimer(meetingId: $meetingId) { timer { status durationSeconds endsAt remainingMs serverNow } }
  }
`);

export const StopTimerMutation = graphql(`
  mutation StopTimer($meetingId: ID!) {
    stopTimer(meetingId: $meetingId) { timer { status durationSeconds endsAt remainingMs serverNow } }
  }
`);

export const SetSpotlightMutation = graphql(`
  mutation SetSpotlight($meetingId: ID!, $positionId: ID) {
    setSpotlight(meetingId: $meetingId, positionId: $positionId) { spotlight { id } }
  }
`);

export const SetVoteVisibilityMutation = graphql(`
  mutation SetVoteVisibility($meetingId: ID!, $hidden: Boolean, $revealed: Boolean) {
    setVoteVisibility(meetingId: $meetingId, hidden: $hidden, revealed: $revealed) {
      votesHidden
      votesRevealed
      votesVisible
    }
  }
`);

export const SetTableLockedMutation = graphql(`
  mutation SetTableLocked($tableId: ID!, $locked: Boolean!) {
    setTableLocked(tableId: $tableId, locked: $locked) { id locked }
  }
`);

export const SetVoteBudgetMutation = graphql(`
  mutation SetVoteBudget($tableId: ID!, $dots: Int!) {
    setVoteBudget(tableId: $tableId, dots: $dots) { id voteBudget }
  }
`);

export const ConfirmTopFiveMutation = graphql(`
  mutation ConfirmTopFive($tableId: ID!, $positionIds: [ID!]!) {
    confirmTopFive(tableId: $tableId, positionIds: $positionIds) { id }
  }
`);

export const CreateTaskFromPositionMutation = graphql(`
  mutation CreateTaskFromPosition($input: CreateTaskFromPositionInput!) {
    createTaskFromPosition(input: $input) { id ownerLabel items dueLabel dueDate status }
  }
`);
