import { Check, Entity, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Committee } from '../committees/committee.entity';
import { BaseEntity } from '../common/base.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import type { Meeting } from './meeting.entity';

/** One invited party of a meeting: a committee, an organisation or a person, possibly as guest. */
@ObjectType()
@Entity()
@Check({ name: 'invitation_one_invitee', expression: 'num_nonnulls(committee_id, organization_id, person_id) = 1' })
export class Invitation extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Meeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Committee, { nullable: true, ref: true, deleteRule: 'cascade' })
  committee?: Ref<Committee> | null;

  @ManyToOne(() => Organization, { nullable: true, ref: true, deleteRule: 'cascade' })
  organization?: Ref<Organization> | null;

  @ManyToOne(() => Person, { nullable: true, ref: true, deleteRule: 'cascade' })
  person?: Ref<Person> | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  guest: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: 'Who exactly was asked, as written, e.g. "alle Sprecher/innen"' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'integer' })
  order: number & Opt = 0;
}
