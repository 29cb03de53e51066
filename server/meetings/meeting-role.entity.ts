import { Entity, Enum, Index, ManyToOne, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { Person } from '../people/person.entity';
import type { Meeting } from './meeting.entity';

export enum MeetingRoleKind {
  FACILITATOR = 'FACILITATOR',
  PARTICIPANT = 'PARTICIPANT',
}
registerEnumType(MeetingRoleKind, { name: 'MeetingRoleKind' });

/**
 * A role given to one person in one meeting. Members of invited committees and organisations take
 * part without one; this names facilitators and anyone else who takes part.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['meeting', 'person'] })
export class MeetingRole extends BaseEntity {
  @ManyToOne({ entity: 'Meeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @Index()
  @ManyToOne(() => Person, { ref: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Field(() => MeetingRoleKind)
  @Enum({ items: () => MeetingRoleKind })
  role!: MeetingRoleKind;
}
