/** A notification was just created; subscribers load it in their own session. */
export interface NotificationCreated {
  notificationId: string;
}

declare module '../pubsub' {
  interface PubSubTopics {
    /** Per person id: the notifications created for that person. */
    NOTIFICATION_CREATED: [string, NotificationCreated];
  }
}
