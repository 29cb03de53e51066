import { Check, Entity, Enum, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { DateTimeScalar } from '../common/scalars';
import { Person } from '../people/person.entity';

/** Rights beyond the roles that come from committees and meetings; admins hold all of them. */
export enum Grant {
  /** Writes budget figures and case statistics. */
  BUDGET_EDITOR = 'BUDGET_EDITOR',
}
registerEnumType(Grant, { name: 'Grant' });

/** How a person signs in. Without a password hash the account waits for its invitation to be accepted. */
@ObjectType()
@Entity()
@Check({ name: 'account_email_lower_case', expression: 'email = lower(email)' })
export class Account extends BaseEntity {
  @OneToOne(() => Person, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  isAdmin: boolean & Opt = false;

  @Field(() => [Grant])
  @Enum({ items: () => Grant, array: true })
  grants: Grant[] & Opt = [];

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Set when an admin disabled the account; it can no longer sign in',
  })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;
}
