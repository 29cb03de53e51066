import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';

/** A guest joined a meeting with its code; facilitators see it live. */
@ObjectType()
export class GuestJoined {
  @Field(() => ID)
  guestId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  organizationName?: string | null;

  @Field(() => DateTimeScalar)
  joinedAt!: Date;
}

declare module '../pubsub' {
  interface PubSubTopics {
    /** Per meeting id. */
    GUEST_JOINED: [string, GuestJoined];
  }
}
