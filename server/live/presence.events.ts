import { Field, ID, ObjectType } from 'type-graphql';
import { LiveEventType, MeetingEvent } from './meeting-event.type';

@ObjectType({ description: 'A participant as live events show them' })
export class ParticipantState {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => ID, { nullable: true, description: 'The working table they sit at' })
  tableId!: string | null;

  @Field(() => Boolean, { description: 'Connected now, or within the grace period after their connection dropped' })
  present!: boolean;
}

@LiveEventType('A participant came, went, was renamed or changed tables; carries their whole state')
export class PresenceChanged extends MeetingEvent {
  @Field(() => ParticipantState)
  participant!: ParticipantState;
}
