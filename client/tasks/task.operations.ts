import { graphql } from '../api/graphql';
import { PartyNameFragment } from '../ui/party';

/** One row of the next-steps table, the same from every list that fills it. */
export const TaskRowFragment = graphql(
  `
  fragment TaskRow on Task @_unmask {
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
    progress { id }
    viewerCan { manage progress }
  }
`,
  [PartyNameFragment],
);

export const TasksQuery = graphql(
  `
  query Tasks($filter: TaskFilter) {
    tasks(filter: $filter) { ...TaskRow }
  }
`,
  [TaskRowFragment],
);

/**
 * Open steps due within days or overdue: of a person (with their bodies'), a committee or an
 * organisation; of the viewer (with their bodies') when `ownerId` is null.
 */
export const DueTasksQuery = graphql(
  `
  query DueTasks($ownerId: ID, $withinDays: Int!) {
    dueTasks(ownerId: $ownerId, withinDays: $withinDays) { ...TaskRow }
  }
`,
  [TaskRowFragment],
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

export const CreateTaskMutation = graphql(
  `
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { ...TaskRow }
  }
`,
  [TaskRowFragment],
);

export const UpdateTaskMutation = graphql(
  `
  mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) {
    updateTask(id: $id, input: $input) { ...TaskRow }
  }
`,
  [TaskRowFragment],
);

export const DeleteTaskMutation = graphql(`
  mutation DeleteTask($id: ID!) {
    deleteTask(id: $id)
  }
`);

/** Whether the viewer keeps the meeting's next steps (its facilitators). */
export const MeetingTaskRightsQuery = graphql(`
  query MeetingTaskRights($id: ID!) {
    meeting(id: $id) { id viewerCan { manage } }
  }
`);

/** Everyone a step can be given to ("Wer"), and who is in which committee, for the owner choice. */
export const TaskDirectoryQuery = graphql(`
  query TaskDirectory {
    committees { id name shortName parent { id } memberships { id role since until person { id } } }
    organizations { id name shortName }
    people { id name title organization { id name shortName } }
  }
`);

/** The committees with who is in them, for "my bodies". */
export const ViewerBodiesQuery = graphql(`
  query ViewerBodies {
    committees { id parent { id } memberships { id role since until person { id } } }
  }
`);

export const TaskProgressFragment = graphql(`
  fragment TaskProgressNote on TaskProgress @_unmask {
    id
    text
    status
    createdAt
    author { id name title }
  }
`);

export const TaskProgressQuery = graphql(
  `
  query TaskProgress($id: ID!) {
    task(id: $id) { id progress { ...TaskProgressNote } }
  }
`,
  [TaskProgressFragment],
);

export const AddTaskProgressMutation = graphql(
  `
  mutation AddTaskProgress($taskId: ID!, $text: String!, $status: TaskStatus) {
    addTaskProgress(taskId: $taskId, text: $text, status: $status) {
      ...TaskProgressNote
      task { id status overdue daysOverdue }
    }
  }
`,
  [TaskProgressFragment],
);
