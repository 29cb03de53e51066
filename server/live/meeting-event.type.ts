import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';

/** The fields every live event has; the rest is the event's own data. */
export interface EventEnvelope {
  /** The GraphQL type name of the event. */
  type: string;
  seq: number;
  meetingId: string;
  /** ISO time the event was recorded, in server time. */
  at: string;
}

/** A live event as published and replayed: the envelope plus the event's data, as plain JSON. */
export type LiveEvent = EventEnvelope & Record<string, unknown>;

@InterfaceType('MeetingEvent', {
  description: 'A change in a live meeting; seq counts the events of one meeting from 1 without gaps',
  resolveType: (event: EventEnvelope) => event.type,
})
export abstract class MeetingEvent {
  @Field(() => Int)
  seq!: number;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => DateTimeScalar)
  at!: string;
}

/** An event class; its name is the GraphQL type name and the stored `type`. */
export type MeetingEventClass<T extends MeetingEvent = MeetingEvent> = abstract new () => T;

/** What a feature supplies when it records an event: the class's own fields. */
export type EventData<T extends MeetingEvent> = Omit<T, keyof MeetingEvent>;

/** Declares a live event type: a GraphQL object type implementing MeetingEvent. */
export function LiveEventType(description: string): ClassDecorator {
  return ObjectType({ implements: MeetingEvent, description });
}
