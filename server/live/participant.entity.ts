import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import type { Meeting } from '../meetings/meeting.entity';
import type { WorkingTable } from '../tables/working-table.entity';

/** Someone taking part in a live meeting: the holder of votes and of presence. */
@ObjectType()
@Entity()
@Unique({ properties: ['meeting', 'key'] })
export class Participant extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Meeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  /** Who this is across connections and requests; see participantOf in live.policy.ts. Never exposed. */
  @Property({ type: 'text' })
  key!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  displayName!: string;

  /** The working table the participant sits at. */
  @ManyToOne({ entity: 'WorkingTable', nullable: true, ref: true, deleteRule: 'set null' })
  table?: Ref<WorkingTable> | null;
}
