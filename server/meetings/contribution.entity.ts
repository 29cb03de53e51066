import { Entity, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { Person } from '../people/person.entity';
import type { Meeting } from './meeting.entity';

/** An agenda item of a meeting, usually a talk ("Beitrag"): who speaks, from where, about what, for how long. */
@ObjectType()
@Entity()
export class Contribution extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Meeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Person, { nullable: true, ref: true, deleteRule: 'set null' })
  speaker?: Ref<Person> | null;

  @Field(() => String, {
    nullable: true,
    description: 'Speaker as written in the programme; none for an agenda item like "Verschiedenes"',
  })
  @Property({ type: 'text', nullable: true })
  speakerName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  affiliation?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Field(() => Int, { nullable: true, description: 'Minutes planned for it in the agenda' })
  @Property({ type: 'smallint', nullable: true })
  plannedMinutes?: number | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  order: number & Opt = 0;
}
