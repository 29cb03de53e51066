import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, may } from '../auth/authorize';
import { VIEWER_CAN } from '../auth/capabilities';
import { berlinDay } from '../common/berlin-time';
import { findOrFail } from '../common/find';
import { Party, type PartyEntity } from '../common/party';
import type { Context } from '../context';
import { Meeting } from '../meetings/meeting.entity';
import { meetingPolicy } from '../meetings/meeting.policy';
import { Position } from '../tables/position.entity';
import { Task } from './task.entity';
import { CreateTaskInput, TaskFilter, UpdateTaskInput } from './task.inputs';
import { TaskCapabilities, taskPolicy } from './task.policy';
import { createTask, deleteTask, listTasks, ownerOf, taskSubject, updateTask } from './task.service';
import { daysOverdue } from './task-due';

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => [Task], { description: 'Next steps across meetings, the earliest due first' })
  tasks(
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<Task[]> {
    return listTasks({ ctx, filter: filter ?? {} });
  }

  @Query(() => Task)
  async task(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Task> {
    const task = await findOrFail(ctx.em, Task, id);
    await authorize(ctx, taskPolicy, 'read', await taskSubject(task));
    return task;
  }

  @Mutation(() => Task)
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: Context) {
    return createTask({ ctx, input });
  }

  @Mutation(() => Task)
  updateTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput,
    @Ctx() ctx: Context,
  ) {
    return updateTask({ ctx, id, input });
  }

  @Mutation(() => ID)
  deleteTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteTask({ ctx, id });
  }

  @FieldResolver(() => Party)
  owner(@Root() task: Task): Promise<PartyEntity> {
    return ownerOf(task);
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'Null also when the viewer owns the step but does not take part in its meeting',
  })
  async meeting(@Root() task: Task, @Ctx() ctx: Context): Promise<Meeting | null> {
    const meeting = await task.meeting?.load();
    return meeting && (await may(ctx, meetingPolicy, 'read', meeting)) ? meeting : null;
  }

  @FieldResolver(() => Position, {
    nullable: true,
    description: 'The workshop position this step was made from; null like meeting for those who do not take part',
  })
  async sourcePosition(@Root() task: Task, @Ctx() ctx: Context): Promise<Position | null> {
    const position = await task.sourcePosition?.load();
    const meeting = position && (await task.meeting?.load());
    return meeting && (await may(ctx, meetingPolicy, 'read', meeting)) ? position : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open or in progress, and due before today (Berlin time)' })
  overdue(@Root() task: Task, @Ctx() { now }: Context): boolean {
    return daysOverdue(task, berlinDay(now())) !== null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Days past the due day while overdue' })
  daysOverdue(@Root() task: Task, @Ctx() { now }: Context): number | null {
    return daysOverdue(task, berlinDay(now()));
  }

  @FieldResolver(() => TaskCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() task: Task, @Ctx() { roles }: Context) {
    return TaskCapabilities.of(roles, taskSubject(task));
  }
}
