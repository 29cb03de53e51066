import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import { Account } from './account.entity';

/** A single-use link that lets an invited person set their password; only the token's hash is kept. */
@Entity()
export class AccountInvitation extends BaseEntity {
  @Index()
  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  @ManyToOne(() => Account, { nullable: true, ref: true, deleteRule: 'set null' })
  invitedBy?: Ref<Account> | null;
}
