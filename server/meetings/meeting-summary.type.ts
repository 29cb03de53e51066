import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import type { Meeting } from './meeting.entity';

/** What anyone may read of a meeting whose facilitators published it: nothing beyond these fields. */
@ObjectType()
export class MeetingSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  endsAt?: Date | null;

  @Field(() => Boolean)
  allDay!: boolean;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => DateTimeScalar)
  publishedAt!: Date;
}

export function summaryOf(meeting: Meeting): MeetingSummary {
  const { id, title, description, startsAt, endsAt, allDay, place, publishedAt } = meeting;
  return { id, title, description, startsAt, endsAt, allDay, place, publishedAt: publishedAt! };
}
