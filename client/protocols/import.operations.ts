import { graphql } from '../api/graphql';

export const PreviewProtocolImportQuery = graphql(`
  query PreviewProtocolImport($text: String!) {
    previewProtocolImport(text: $text) {
      title
      date
      place
      footnote
      authorName
      authorId
      hostCommitteeId
      attendees { name organizationName }
      contributions { title speakerName affiliation summary }
      workingTables { kind title positions topFive }
      tasks { ownerLabel ownerId items dueLabel dueDate }
    }
  }
`);

/** Everyone who can own a next step, for choosing an owner the text did not name exactly. */
export const ImportOwnersQuery = graphql(`
  query ImportOwners {
    committees { id name shortName }
    organizations { id name shortName }
    people { id name title }
  }
`);

export const ImportProtocolMutation = graphql(`
  mutation ImportProtocol($draft: ProtocolDraftInput!) {
    importProtocol(draft: $draft) { id title }
  }
`);
