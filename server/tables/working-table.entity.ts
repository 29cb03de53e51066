import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { BaseEntity } from '../common/base.entity';
import type { Meeting } from '../meetings/meeting.entity';
import { Position } from './position.entity';

export enum WorkingTableKind {
  OPPORTUNITIES = 'OPPORTUNITIES',
  CRITICISM = 'CRITICISM',
  REALISATION = 'REALISATION',
  CUSTOM = 'CUSTOM',
}
registerEnumType(WorkingTableKind, { name: 'WorkingTableKind' });

/** A working table ("Arbeitstisch") of a meeting, where participants collect positions. */
@ObjectType()
@Entity()
export class WorkingTable extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Meeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @Field(() => WorkingTableKind)
  @Enum({ items: () => WorkingTableKind })
  kind!: WorkingTableKind;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  order: number & Opt = 0;

  @Field(() => Boolean, { description: 'A locked table refuses changes to its positions and votes (FORBIDDEN)' })
  @Property({ type: 'boolean' })
  locked: boolean & Opt = false;

  @Field(() => Int, { description: 'Dots each participant may give on this table' })
  @Property({ type: 'smallint' })
  voteBudget: number & Opt = LIMITS.defaultVoteBudget;

  @OneToMany(
    () => Position,
    (position) => position.table,
    { orderBy: { order: 'asc', createdAt: 'asc' } },
  )
  positions = new Collection<Position>(this);
}
