import { Entity, Enum, ManyToOne, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Meeting } from '../meetings/meeting.entity';
import type { Position } from '../tables/position.entity';

/** The phases a facilitator moves a workshop through, in their usual order (back and forth allowed). */
export enum WorkshopPhase {
  PREPARE = 'PREPARE',
  COLLECT = 'COLLECT',
  GROUP = 'GROUP',
  VOTE = 'VOTE',
  PRIORITISE = 'PRIORITISE',
  NEXT_STEPS = 'NEXT_STEPS',
  CLOSED = 'CLOSED',
}
registerEnumType(WorkshopPhase, { name: 'WorkshopPhase' });

export enum TimerStatus {
  STOPPED = 'STOPPED',
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
}
registerEnumType(TimerStatus, { name: 'TimerStatus' });

/**
 * How a meeting is run live: its phase, timer, spotlight and vote visibility. Created on the
 * first facilitation step; a meeting without one is in PREPARE with defaults.
 */
@ObjectType({ description: 'The live facilitation state of a meeting' })
@Entity()
export class Workshop {
  @OneToOne({ entity: 'Meeting', primary: true, owner: true, ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  /** The working phase; never CLOSED, which is the meeting's closedAt (see phaseOf). */
  @Enum({ items: () => WorkshopPhase, default: WorkshopPhase.PREPARE })
  phase: WorkshopPhase & Opt = WorkshopPhase.PREPARE;

  @Enum({ items: () => TimerStatus, default: TimerStatus.STOPPED })
  timerStatus: TimerStatus & Opt = TimerStatus.STOPPED;

  @Property({ type: 'integer', nullable: true })
  timerSeconds?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  timerEndsAt?: Date | null;

  @Property({ type: 'integer', nullable: true })
  timerRemainingMs?: number | null;

  @ManyToOne({ entity: 'Position', nullable: true, ref: true, deleteRule: 'set null' })
  spotlight?: Ref<Position> | null;

  @Field(() => Boolean, { description: 'Whether vote counts stay hidden until the facilitator reveals them' })
  @Property({ type: 'boolean', default: true })
  votesHidden: boolean & Opt = true;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  votesRevealed: boolean & Opt = false;
}
