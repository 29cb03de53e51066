import { Check, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Committee } from '../committees/committee.entity';
import { BaseEntity } from '../common/base.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';

/**
 * An iCalendar feed of a person or a body at a secret URL. Only the token's SHA-256 is kept:
 * the token is shown once, when it is made, and rotating it makes the old URL answer 404.
 */
@ObjectType()
@Entity()
@Check({ name: 'calendar_feed_one_owner', expression: 'num_nonnulls(committee_id, organization_id, person_id) = 1' })
export class CalendarFeed extends BaseEntity {
  @Index()
  @ManyToOne(() => Committee, { nullable: true, ref: true, deleteRule: 'cascade' })
  committee?: Ref<Committee> | null;

  @Index()
  @ManyToOne(() => Organization, { nullable: true, ref: true, deleteRule: 'cascade' })
  organization?: Ref<Organization> | null;

  @Index()
  @ManyToOne(() => Person, { nullable: true, ref: true, deleteRule: 'cascade' })
  person?: Ref<Person> | null;

  @Field(() => String, { nullable: true, description: 'What the feed is for, e.g. "Handy"' })
  @Property({ type: 'text', nullable: true })
  label?: string | null;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;
}
