/** Published after a commit that changed who may see or do what; listeners re-decide. */
export interface AccessChange {
  /** Sessions that ended (signed out, revoked, deleted): their open WebSockets are closed. */
  revokedSessionIds: string[];
}

declare module '../pubsub' {
  interface PubSubTopics {
    ACCESS_CHANGED: [AccessChange];
  }
}
