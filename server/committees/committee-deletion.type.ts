import { Field, Int, ObjectType } from 'type-graphql';

/** What deleting a committee takes along or detaches, so the person deleting it can be told first. */
@ObjectType()
export class CommitteeDeletionImpact {
  @Field(() => Int, { description: 'Memberships, deleted with it' })
  memberships!: number;

  @Field(() => Int, { description: 'Next steps it owns, deleted with it' })
  tasks!: number;

  @Field(() => Int, { description: 'Invitations of it to meetings, deleted with it' })
  invitations!: number;

  @Field(() => Int, { description: 'Its calendar feeds, which stop answering' })
  calendarFeeds!: number;

  @Field(() => Int, { description: 'Committees below it, which stay without a parent' })
  subcommittees!: number;

  @Field(() => Int, { description: 'Meetings it hosts, which stay without a host' })
  hostedMeetings!: number;
}
