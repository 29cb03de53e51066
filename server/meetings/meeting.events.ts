import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { LiveEventType, MeetingEvent } from '../live/meeting-event.type';
import type { Meeting } from './meeting.entity';

@ObjectType({ description: 'A meeting as live events show it: its own fields, without programme or tables' })
export class MeetingState {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  endsAt!: string | null;

  @Field(() => Boolean)
  allDay!: boolean;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => Boolean)
  joinOpen!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set while the meeting is closed (its CLOSED phase)' })
  closedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  publishedAt!: string | null;
}

export function meetingState(meeting: Meeting): MeetingState {
  return {
    id: meeting.id,
    title: meeting.title,
    description: meeting.description ?? null,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt?.toISOString() ?? null,
    allDay: meeting.allDay,
    place: meeting.place ?? null,
    joinOpen: meeting.joinOpen,
    closedAt: meeting.closedAt?.toISOString() ?? null,
    publishedAt: meeting.publishedAt?.toISOString() ?? null,
  };
}

@LiveEventType(
  'The meeting itself changed: its details, closing or reopening, publishing, guests joining allowed or not',
)
export class MeetingChanged extends MeetingEvent {
  @Field(() => MeetingState)
  meeting!: MeetingState;
}
