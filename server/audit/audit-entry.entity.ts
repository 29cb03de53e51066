import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

/** One field of a change: the values before and after, as JSON text (secrets show as "[redacted]"). */
@ObjectType()
export class AuditFieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * One record created, changed or deleted, written in the transaction that made the change.
 * Ids are kept as plain values, not foreign keys, so the trail outlives what it describes.
 */
@ObjectType()
@Entity()
@Index({ properties: ['entityName', 'entityId'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DateTimeScalar)
  @Index()
  @Property({ type: 'timestamptz' })
  at: Date & Opt = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  requestId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorAccountId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorGuestId?: string | null;

  @Field(() => String, { description: 'Who did it, as known then: a person\'s or guest\'s name, or "anonym"' })
  @Property({ type: 'text' })
  actorName!: string;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Field(() => String, { description: 'The changed record\'s type, e.g. "Position"' })
  @Property({ type: 'text' })
  entityName!: string;

  @Field(() => ID)
  @Property({ type: 'text' })
  entityId!: string;

  @Field(() => ID, { nullable: true, description: 'The meeting the record belongs to, if any' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  meetingId?: string | null;

  @Property({ type: 'json' })
  changes: AuditChanges & Opt = {};
}
