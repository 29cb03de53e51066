import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Guest } from '../auth/guest.entity';
import { Person } from '../people/person.entity';
import type { WorkingTable } from './working-table.entity';

/**
 * A position just deleted, kept for `restorePosition` (the board's "Rückgängig") until
 * LIMITS.positionRestoreSeconds have passed; then the next deletion purges it. Holds what restoring
 * brings back under the same id: text, author, place; not its dots, rank or group, which go with
 * the deletion as they always did.
 */
@Entity()
export class DeletedPosition {
  /** The id the position had and gets back. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: 'WorkingTable', ref: true, deleteRule: 'cascade' })
  table!: Ref<WorkingTable>;

  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => Person, { nullable: true, ref: true, deleteRule: 'cascade' })
  author?: Ref<Person> | null;

  @ManyToOne(() => Guest, { nullable: true, ref: true, deleteRule: 'cascade' })
  authorGuest?: Ref<Guest> | null;

  @Property({ type: 'text', nullable: true })
  authorName?: string | null;

  @Property({ type: 'integer' })
  order!: number;

  @Property({ type: 'boolean' })
  hidden!: boolean;

  @Property({ type: 'blob', nullable: true })
  doc?: Buffer | null;

  @Property({ type: 'integer' })
  textVersion!: number;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Property({ type: 'timestamptz' })
  deletedAt: Date & Opt = new Date();
}
