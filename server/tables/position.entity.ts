import {
  Check,
  Collection,
  DeferMode,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Guest } from '../auth/guest.entity';
import { BaseEntity } from '../common/base.entity';
import { Person } from '../people/person.entity';
import type { WorkingTable } from './working-table.entity';

/** A point on a working table ("Punkt", "Position"). */
@ObjectType()
@Entity()
// Written as PostgreSQL prints it back, so the schema diff of `npm run db:migration` sees no change.
@Check({ name: 'position_rank_range', expression: 'rank >= 1 and rank <= 5' })
// Deferred so that reordering the top five inside one transaction may pass through duplicates.
@Unique({ properties: ['table', 'rank'], deferMode: DeferMode.INITIALLY_DEFERRED })
// Cards are placed by order alone; createPosition hands orders out under a lock (common/order.ts).
@Unique({ properties: ['table', 'order'] })
export class Position extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'WorkingTable', ref: true, deleteRule: 'cascade' })
  table!: Ref<WorkingTable>;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => Person, { nullable: true, ref: true, deleteRule: 'set null' })
  author?: Ref<Person> | null;

  /** The guest who wrote it, when it was written without an account. */
  @ManyToOne(() => Guest, { nullable: true, ref: true, deleteRule: 'set null' })
  authorGuest?: Ref<Guest> | null;

  @Field(() => String, {
    nullable: true,
    description: "The author's name as shown: the person's name or the guest's display name",
  })
  @Property({ type: 'text', nullable: true })
  authorName?: string | null;

  @Field(() => Int, { description: 'Grows by one on every change; send it back as expectedVersion' })
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Field(() => Int, { nullable: true, description: "Place among the table's five most important points" })
  @Property({ type: 'smallint', nullable: true })
  rank?: number | null;

  @Property({ type: 'integer' })
  order: number & Opt = 0;

  /** The position this one was merged into; its own text is kept. */
  @Index()
  @ManyToOne({ entity: 'Position', nullable: true, ref: true, deleteRule: 'set null' })
  group?: Ref<Position> | null;

  @OneToMany(
    () => Position,
    (member) => member.group,
    { orderBy: { order: 'asc', createdAt: 'asc' } },
  )
  members = new Collection<Position>(this);

  /** The merged Yjs state of the text; null until the first co-edit (then built from `text`). */
  @Property({ type: 'blob', nullable: true, lazy: true })
  doc?: Buffer | null;

  @Field(() => Int, { description: 'Grows by one with every text edit; PositionEdited events carry it' })
  @Property({ type: 'integer' })
  textVersion: number & Opt = 0;

  @Field(() => Boolean, {
    description:
      'Hidden by a facilitator for moderation: shown to facilitators only (marked), left out of the protocol, frozen until shown again',
  })
  @Property({ type: 'boolean' })
  hidden: boolean & Opt = false;
}
