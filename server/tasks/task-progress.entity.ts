import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { Person } from '../people/person.entity';
import { type Task, TaskStatus } from './task.entity';

/** A progress note an owner posts on a next step; the notes of a step are its history. */
@ObjectType()
@Entity()
export class TaskProgress extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Task', ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => TaskStatus, { nullable: true, description: 'The status the step was given with this note' })
  @Enum({ items: () => TaskStatus, nullable: true })
  status?: TaskStatus | null;

  @ManyToOne(() => Person, { nullable: true, ref: true, deleteRule: 'set null' })
  author?: Ref<Person> | null;
}
