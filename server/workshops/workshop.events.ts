import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LiveEventType, MeetingEvent } from '../live/meeting-event.type';
import { TimerState } from './timer';
import { WorkshopPhase } from './workshop.entity';

@LiveEventType('The facilitator moved the workshop to another phase')
export class PhaseChanged extends MeetingEvent {
  @Field(() => WorkshopPhase)
  phase!: WorkshopPhase;

  @Field(() => WorkshopPhase)
  previousPhase!: WorkshopPhase;
}

@LiveEventType('The timer was started, paused, resumed or stopped')
export class TimerChanged extends MeetingEvent {
  @Field(() => TimerState)
  timer!: TimerState;
}

@LiveEventType('The facilitator put one position in the spotlight for everyone, or none')
export class SpotlightChanged extends MeetingEvent {
  @Field(() => ID, { nullable: true, description: 'The position shown to everyone, or null' })
  spotlightId!: string | null;
}

@LiveEventType('Whether vote counts are hidden, and whether they have been revealed')
export class VoteVisibilityChanged extends MeetingEvent {
  @Field(() => Boolean)
  votesHidden!: boolean;

  @Field(() => Boolean)
  votesRevealed!: boolean;
}

@ObjectType()
export class VoteTally {
  @Field(() => ID)
  positionId!: string;

  @Field(() => Int)
  dots!: number;
}

@LiveEventType('Dots on a table changed; the counts per position only while votes are visible')
export class VotesChanged extends MeetingEvent {
  @Field(() => ID)
  tableId!: string;

  @Field(() => Int, { description: 'All dots given on the table so far' })
  totalDots!: number;

  @Field(() => [VoteTally], { nullable: true, description: 'Null while votes are hidden' })
  tallies!: VoteTally[] | null;
}
