import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import type { Meeting } from '../meetings/meeting.entity';

/** Someone who joined one meeting with its join code, without an account. */
@ObjectType()
@Entity()
export class Guest extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Meeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @Field(() => String)
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'The organisation the guest named, as written' })
  @Property({ type: 'text', nullable: true })
  organizationName?: string | null;
}
