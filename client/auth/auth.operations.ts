import { graphql } from '../api/graphql';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { token }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const JoinMeetingMutation = graphql(`
  mutation JoinMeeting($input: JoinMeetingInput!) {
    joinMeeting(input: $input) { me { guest { id meeting { id } } } }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptAccountInvitationInput!) {
    acceptAccountInvitation(input: $input) { token }
  }
`);

export const PublicMeetingsQuery = graphql(`
  query PublicMeetings {
    publicMeetings { id title description startsAt endsAt allDay place }
  }
`);

/** What the facilitator's join panel needs of a meeting; spread into the meeting page's query. */
export const JoinPanelFragment = graphql(`
  fragment JoinPanel on Meeting {
    id
    joinCode
    joinOpen
  }
`);

export const OpenMeetingJoinMutation = graphql(
  `
  mutation OpenMeetingJoin($meetingId: ID!, $newCode: Boolean!) {
    openMeetingJoin(meetingId: $meetingId, newCode: $newCode) { ...JoinPanel }
  }
`,
  [JoinPanelFragment],
);

export const CloseMeetingJoinMutation = graphql(
  `
  mutation CloseMeetingJoin($meetingId: ID!) {
    closeMeetingJoin(meetingId: $meetingId) { ...JoinPanel }
  }
`,
  [JoinPanelFragment],
);
