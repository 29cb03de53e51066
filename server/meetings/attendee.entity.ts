import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Guest } from '../auth/guest.entity';
import { BaseEntity } from '../common/base.entity';
import { Person } from '../people/person.entity';
import type { Meeting } from './meeting.entity';

export enum AttendanceSource {
  /** A guest who joined with the meeting's code. */
  JOINED = 'JOINED',
  /** A signed-in person who opened the meeting live on its day. */
  OPENED = 'OPENED',
  /** Added by a facilitator, e.g. from the paper list. */
  ADDED = 'ADDED',
}
registerEnumType(AttendanceSource, { name: 'AttendanceSource' });

/**
 * One line of a meeting's attendance list ("Anwesend"): name and organisation as the protocol
 * shows them, kept when the guest record expires or the person leaves the directory.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['meeting', 'person'] })
@Unique({ properties: ['meeting', 'guest'] })
export class Attendee extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Meeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Person, { nullable: true, ref: true, deleteRule: 'set null' })
  person?: Ref<Person> | null;

  @ManyToOne(() => Guest, { nullable: true, ref: true, deleteRule: 'set null' })
  guest?: Ref<Guest> | null;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  organizationName?: string | null;

  @Field(() => AttendanceSource)
  @Enum({ items: () => AttendanceSource })
  source!: AttendanceSource;

  @Field(() => Boolean, {
    description: 'False once a facilitator marked them absent; checking in automatically then leaves them so',
  })
  @Property({ type: 'boolean' })
  present: boolean & Opt = true;
}
