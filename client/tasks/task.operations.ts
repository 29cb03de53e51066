import { graphql } from '../api/graphql';
import { PartyNameFragment } from '../ui/party';

export const TasksQuery = graphql(
  `
  query Tasks($filter: TaskFilter) {
    tasks(filter: $filter) {
      id
      ownerLabel
      owner { ...PartyName }
      items
      dueLabel
      dueDate
      status
      overdue
      daysOverdue
      meeting { id title startsAt }
    }
  }
`,
  [PartyNameFragment],
);

/** Everyone who owns a step, for the "Wer" filter. */
export const TaskOwnersQuery = graphql(
  `
  query TaskOwners {
    tasks { id owner { ...PartyName } }
  }
`,
  [PartyNameFragment],
);

export const MeetingTitleQuery = graphql(`
  query MeetingTitle($id: ID!) {
    meeting(id: $id) { id title }
  }
`);

export const UpdateTaskStatusMutation = graphql(`
  mutation UpdateTaskStatus($id: ID!, $status: TaskStatus!) {
    updateTask(id: $id, input: { status: $status }) { id status overdue daysOverdue }
  }
`);

/** The committees with who is in them, for "my bodies". */
export const ViewerBodiesQuery = graphql(`
  query ViewerBodies {
    committees { id parent { id } memberships { id role since until person { id } } }
  }
`);
