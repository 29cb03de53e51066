import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import type { Meeting } from '../meetings/meeting.entity';
import type { ProtocolDocument } from './protocol-document';

/** A published, frozen state of a meeting's protocol; numbered 1, 2, … per meeting. */
@ObjectType()
@Entity()
@Unique({ properties: ['meeting', 'number'] })
export class ProtocolVersion extends BaseEntity {
  @ManyToOne({ entity: 'Meeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => String, { description: 'The German Markdown as published; versions are compared on it' })
  @Property({ type: 'text' })
  markdown!: string;

  /** What was published, so the version renders the same in every format and language. */
  @Property({ type: 'json' })
  document!: ProtocolDocument;
}
