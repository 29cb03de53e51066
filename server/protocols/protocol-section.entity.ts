import { Entity, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import type { Meeting } from '../meetings/meeting.entity';

/** A free-text part of a meeting's protocol that facilitators write, e.g. "Diskussion". */
@ObjectType()
@Entity()
export class ProtocolSection extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Meeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Plain text; blank lines separate paragraphs' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  order: number & Opt = 0;
}
