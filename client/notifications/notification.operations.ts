import { graphql } from '../api/graphql';
import { TaskRowFragment } from '../tasks/task.operations';

export const NotificationsQuery = graphql(
  `
  query Notifications($unreadOnly: Boolean!) {
    notifications(unreadOnly: $unreadOnly) {
      id
      threshold
      dueDate
      read
      createdAt
      viewerCan { mark }
      task { ...TaskRow }
    }
  }
`,
  [TaskRowFragment],
);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!, $read: Boolean!) {
    markNotificationRead(id: $id, read: $read) { id read readAt }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationReceivedSubscription = graphql(`
  subscription NotificationReceived {
    notificationReceived { id }
  }
`);
