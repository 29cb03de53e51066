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
      protocolFootnote
      hostCommittee { id name shortName description }
      protocolAuthor { id name title }
      invitations { id guest note invitee { ...PartyName } }
      contributions { id order title speakerName affiliation summary }
      workingTables {
        id
        kind
        title
        order
        positions { id text rank }
      }
      tasks { id }
      viewerRole
      ...JoinPanel
    }
  }
`,
  [PartyNameFragment, JoinPanelFragment],
);
