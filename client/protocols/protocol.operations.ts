import { graphql } from '../api/graphql';

export const ProtocolPageQuery = graphql(`
  query ProtocolPage($meetingId: ID!) {
    meeting(id: $meetingId) { id title startsAt viewerCan { protocol { edit } } }
    protocolVersions(meetingId: $meetingId) { id number publishedAt }
  }
`);

/** The protocol as the server lays it out, in the interface language; the draft without `version`. */
export const ProtocolHtmlQuery = graphql(`
  query ProtocolHtml($meetingId: ID!, $language: Language!, $version: Int) {
    meetingProtocol(meetingId: $meetingId, format: HTML, language: $language, version: $version)
  }
`);

export const ProtocolSectionFragment = graphql(`
  fragment ProtocolSectionFields on ProtocolSection { id title body order }
`);

export const ProtocolSectionsQuery = graphql(
  `
  query ProtocolSections($meetingId: ID!) {
    protocolSections(meetingId: $meetingId) { ...ProtocolSectionFields }
  }
`,
  [ProtocolSectionFragment],
);

export const ProtocolDiffQuery = graphql(`
  query ProtocolDiff($meetingId: ID!, $from: Int!, $to: Int) {
    protocolDiff(meetingId: $meetingId, from: $from, to: $to) { kind text oldNumber newNumber }
  }
`);

export const CreateProtocolSectionMutation = graphql(
  `
  mutation CreateProtocolSection($input: CreateProtocolSectionInput!) {
    createProtocolSection(input: $input) { ...ProtocolSectionFields }
  }
`,
  [ProtocolSectionFragment],
);

export const UpdateProtocolSectionMutation = graphql(
  `
  mutation UpdateProtocolSection($id: ID!, $input: UpdateProtocolSectionInput!) {
    updateProtocolSection(id: $id, input: $input) { ...ProtocolSectionFields }
  }
`,
  [ProtocolSectionFragment],
);

export const DeleteProtocolSectionMutation = graphql(`
  mutation DeleteProtocolSection($id: ID!) {
    deleteProtocolSection(id: $id)
  }
`);

export const PublishProtocolMutation = graphql(`
  mutation PublishProtocol($meetingId: ID!) {
    publishProtocol(meetingId: $meetingId) { id number publishedAt }
  }
`);
