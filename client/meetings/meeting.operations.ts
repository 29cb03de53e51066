import { graphql } from '../api/graphql';
import { JoinPanelFragment } from '../auth/auth.operations';
import { PartyNameFragment } from '../ui/party';

export const MeetingsQuery = graphql(`
  query Meetings {
    meetings {
      id
      title
      startsAt
      endsAt
      allDay
      place
      hostCommittee { id name shortName }
    }
  }
`);

export const MeetingQuery = graphql(
  `
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      description
      startsAt
      endsAt
      allDay
      place
      closedAt
      phases
      reviewsOpenSteps
      protocolFootnote
      hostCommittee { id name shortName description }
      protocolAuthor { id name title }
      viewerCan { manage protocol { read edit } workshop { follow facilitate } }
      invitations { id guest note invitee { ...PartyName } viewerCan { manage } }
      contributions {
        id
        order
        title
        speakerName
        affiliation
        summary
        plannedMinutes
        speaker { id }
        viewerCan { manage }
      }
      workingTables {
        id
        kind
        title
        order
        voteBudget
        viewerCan { manage }
        positions { id text rank hidden }
      }
      tasks { id }
      openSteps { id ownerLabel items dueLabel dueDate }
      attendees { id name organizationName source present viewerCan { manage } }
      roles { id role person { id name title } viewerCan { manage } }
      viewerRole
      ...JoinPanel
    }
  }
`,
  [PartyNameFragment, JoinPanelFragment],
);

/** People, bodies and organisations to choose from (signed-in users only). */
export const DirectoryQuery = graphql(`
  query Directory {
    committees { id name shortName }
    organizations { id name shortName }
    people { id name title organization { id name shortName } }
  }
`);

export const MeetingTemplatesQuery = graphql(`
  query MeetingTemplates {
    meetingTemplates {
      id
      name
      description
      structure {
        phases
        reviewsOpenSteps
        tables { kind title voteBudget }
        agenda { title plannedMinutes }
      }
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) { id }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      id
      title
      description
      startsAt
      endsAt
      allDay
      place
      closedAt
      joinOpen
      phases
      reviewsOpenSteps
      hostCommittee { id name shortName description }
      protocolAuthor { id name title }
    }
  }
`);

export const DeleteMeetingMutation = graphql(`
  mutation DeleteMeeting($id: ID!) { deleteMeeting(id: $id) }
`);

export const InviteMutation = graphql(`
  mutation Invite($input: InviteInput!) { invite(input: $input) { id } }
`);

export const RemoveInvitationMutation = graphql(`
  mutation RemoveInvitation($id: ID!) { removeInvitation(id: $id) }
`);

export const CreateWorkingTableMutation = graphql(`
  mutation CreateWorkingTable($input: CreateWorkingTableInput!) {
    createWorkingTable(input: $input) { id kind title order voteBudget }
  }
`);

export const UpdateWorkingTableMutation = graphql(`
  mutation UpdateWorkingTable($id: ID!, $input: UpdateWorkingTableInput!) {
    updateWorkingTable(id: $id, input: $input) { id kind title order voteBudget meeting { id } }
  }
`);

export const DeleteWorkingTableMutation = graphql(`
  mutation DeleteWorkingTable($id: ID!) { deleteWorkingTable(id: $id) }
`);

export const CreateContributionMutation = graphql(`
  mutation CreateContribution($input: CreateContributionInput!) { createContribution(input: $input) { id } }
`);

export const UpdateContributionMutation = graphql(`
  mutation UpdateContribution($id: ID!, $input: UpdateContributionInput!) {
    updateContribution(id: $id, input: $input) { id }
  }
`);

export const DeleteContributionMutation = graphql(`
  mutation DeleteContribution($id: ID!) { deleteContribution(id: $id) }
`);

export const AddAttendeeMutation = graphql(`
  mutation AddAttendee($input: AddAttendeeInput!) { addAttendee(input: $input) { id } }
`);

export const UpdateAttendeeMutation = graphql(`
  mutation UpdateAttendee($id: ID!, $input: UpdateAttendeeInput!) {
    updateAttendee(id: $id, input: $input) { id name organizationName present }
  }
`);

export const RemoveAttendeeMutation = graphql(`
  mutation RemoveAttendee($id: ID!) { removeAttendee(id: $id) }
`);

export const SetMeetingRoleMutation = graphql(`
  mutation SetMeetingRole($input: SetMeetingRoleInput!) { setMeetingRole(input: $input) { id role } }
`);

export const RemoveMeetingRoleMutation = graphql(`
  mutation RemoveMeetingRole($id: ID!) { removeMeetingRole(id: $id) }
`);

export const CreateMeetingTemplateMutation = graphql(`
  mutation CreateMeetingTemplate($input: MeetingTemplateInput!) { createMeetingTemplate(input: $input) { id } }
`);

export const UpdateMeetingTemplateMutation = graphql(`
  mutation UpdateMeetingTemplate($id: ID!, $input: MeetingTemplateInput!) {
    updateMeetingTemplate(id: $id, input: $input) { id }
  }
`);

export const DeleteMeetingTemplateMutation = graphql(`
  mutation DeleteMeetingTemplate($id: ID!) { deleteMeetingTemplate(id: $id) }
`);
