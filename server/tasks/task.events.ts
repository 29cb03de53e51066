import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/scalars';
import { LiveEventType, MeetingEvent } from '../live/meeting-event.type';
import { type Task, TaskStatus } from './task.entity';

@ObjectType({ description: 'A next step as live events show it' })
export class TaskState {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  ownerLabel!: string | null;

  @Field(() => [String])
  items!: string[];

  @Field(() => String, { nullable: true })
  dueLabel!: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueDate!: string | null;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => ID, { nullable: true, description: 'The position it was made from' })
  sourcePositionId!: string | null;
}

export function taskState(task: Task): TaskState {
  return {
    id: task.id,
    ownerLabel: task.ownerLabel ?? null,
    items: task.items,
    dueLabel: task.dueLabel ?? null,
    dueDate: task.dueDate ?? null,
    status: task.status,
    sourcePositionId: task.sourcePosition?.id ?? null,
  };
}

@LiveEventType('A next step was agreed in the meeting')
export class TaskCreated extends MeetingEvent {
  @Field(() => TaskState)
  task!: TaskState;
}

@LiveEventType('A next step of the meeting changed: owner, what, deadline or status')
export class TaskUpdated extends MeetingEvent {
  @Field(() => TaskState)
  task!: TaskState;
}

@LiveEventType('A next step of the meeting was removed')
export class TaskRemoved extends MeetingEvent {
  @Field(() => ID)
  taskId!: string;
}
