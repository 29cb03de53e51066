import {
  ArrayType,
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Committee } from '../committees/committee.entity';
import { BaseEntity } from '../common/base.entity';
import { DateScalar } from '../common/scalars';
import type { Meeting } from '../meetings/meeting.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import type { Position } from '../tables/position.entity';
import { TaskProgress } from './task-progress.entity';

export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus' });

/** A next step ("Nächster Schritt"): who (owner), what (items), by when (due label and date). */
@ObjectType()
@Entity()
@Check({
  name: 'task_one_owner',
  expression: 'num_nonnulls(owner_committee_id, owner_organization_id, owner_person_id) = 1',
})
export class Task extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Meeting', nullable: true, ref: true, deleteRule: 'set null' })
  meeting?: Ref<Meeting> | null;

  @Index()
  @ManyToOne(() => Committee, { nullable: true, ref: true, deleteRule: 'cascade' })
  ownerCommittee?: Ref<Committee> | null;

  @Index()
  @ManyToOne(() => Organization, { nullable: true, ref: true, deleteRule: 'cascade' })
  ownerOrganization?: Ref<Organization> | null;

  @Index()
  @ManyToOne(() => Person, { nullable: true, ref: true, deleteRule: 'cascade' })
  ownerPerson?: Ref<Person> | null;

  @Field(() => String, { nullable: true, description: 'The "Wer" as written, e.g. "JugA"' })
  @Property({ type: 'text', nullable: true })
  ownerLabel?: string | null;

  @Field(() => [String], { description: 'The "Was" lines' })
  @Property({ type: ArrayType })
  items: string[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'The "Bis wann" exactly as written' })
  @Property({ type: 'text', nullable: true })
  dueLabel?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Resolved from dueLabel, or given directly' })
  @Property({ type: 'date', nullable: true })
  dueDate?: string | null;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus })
  status: TaskStatus & Opt = TaskStatus.OPEN;

  @Property({ type: 'integer' })
  order: number & Opt = 0;

  /** The REALISATION position this step was made from in a workshop. */
  @ManyToOne({ entity: 'Position', nullable: true, ref: true, deleteRule: 'set null' })
  sourcePosition?: Ref<Position> | null;
  @OneToMany(
    () => TaskProgress,
    (note) => note.task,
    { orderBy: { createdAt: 'asc' } },
  )
  progress = new Collection<TaskProgress>(this);
}
