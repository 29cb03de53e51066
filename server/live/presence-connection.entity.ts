import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Participant } from './participant.entity';

/**
 * One open subscription of a participant on some server instance. A participant is present while
 * they have at least one; the instance renews `seenAt` so others can sweep the rows of one that died.
 */
@Entity()
export class PresenceConnection {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne({ entity: 'Participant', ref: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;

  @Index()
  @Property({ type: 'text' })
  instanceId!: string;

  @Property({ type: 'timestamptz' })
  seenAt!: Date;
}
