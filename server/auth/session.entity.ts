import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { DateTimeScalar } from '../common/scalars';
import { Account } from './account.entity';
import { Guest } from './guest.entity';

export enum SessionKind {
  USER = 'USER',
  GUEST = 'GUEST',
}
registerEnumType(SessionKind, { name: 'SessionKind' });

/**
 * A signed-in browser or client. The token itself is never stored, only its SHA-256 hash, so a
 * copy of the database does not sign anyone in.
 */
@ObjectType()
@Entity()
@Check({
  name: 'session_one_holder',
  expression:
    "(kind = 'USER' and account_id is not null and guest_id is null) or (kind = 'GUEST' and guest_id is not null and account_id is null)",
})
export class Session extends BaseEntity {
  @Property({ type: 'text', unique: true, hidden: true })
  tokenHash!: string;

  @Field(() => SessionKind)
  @Enum({ items: () => SessionKind })
  kind!: SessionKind;

  @Index()
  @ManyToOne(() => Account, { nullable: true, ref: true, deleteRule: 'cascade' })
  account?: Ref<Account> | null;

  @Index()
  @ManyToOne(() => Guest, { nullable: true, ref: true, deleteRule: 'cascade' })
  guest?: Ref<Guest> | null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastSeenAt?: Date | null;
}
