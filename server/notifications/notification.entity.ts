import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import { Person } from '../people/person.entity';
import { Task } from '../tasks/task.entity';

export enum DeadlineThreshold {
  /** Due within the next seven days. */
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}
registerEnumType(DeadlineThreshold, { name: 'DeadlineThreshold' });

/**
 * An in-app notice to one person that a step they own crossed a deadline threshold. One per
 * step, person and threshold: the unique key is what keeps repeated or parallel checks from
 * notifying twice.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['task', 'person', 'threshold'] })
export class Notification extends BaseEntity {
  @ManyToOne(() => Task, { ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @Index()
  @ManyToOne(() => Person, { ref: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Field(() => DeadlineThreshold)
  @Enum({ items: () => DeadlineThreshold })
  threshold!: DeadlineThreshold;

  @Field(() => DateScalar, { description: 'The due day when the notice was made' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;
}
