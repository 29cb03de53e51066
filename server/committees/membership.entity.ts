import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { DateScalar } from '../common/scalars';
import { Person } from '../people/person.entity';
import type { Committee } from './committee.entity';

export enum MembershipRole {
  SPEAKER = 'SPEAKER',
  MEMBER = 'MEMBER',
  GUEST = 'GUEST',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(MembershipRole, { name: 'MembershipRole' });

@ObjectType()
@Entity()
@Unique({ properties: ['committee', 'person'] })
export class Membership extends BaseEntity {
  @ManyToOne({ entity: 'Committee', ref: true, deleteRule: 'cascade' })
  committee!: Ref<Committee>;

  @Index()
  @ManyToOne(() => Person, { ref: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Field(() => MembershipRole)
  @Enum({ items: () => MembershipRole })
  role!: MembershipRole;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  since?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  until?: string | null;
}
