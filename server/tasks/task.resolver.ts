import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { berlinDay } from '../common/berlin-time';
import { findOrFail } from '../common/find';
import { loadParty, Party, type PartyEntity } from '../common/party';
import type { Context } from '../context';
import { Meeting } from '../meetings/meeting.entity';
import { Position } from '../tables/position.entity';
import { Task } from './task.entity';
import { daysOverdue } from './task-due';
import { CreateTaskInput, TaskFilter, UpdateTaskInput } from './task.inputs';
import { createTask, deleteTask, listTasks, updateTask } from './task.service';

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => [Task], { description: 'Next steps across meetings, the earliest due first' })
  tasks(
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | undefined,
    @Ctx() { em, now }: Context,
  ): Promise<Task[]> {
    return listTasks({ em, filter: filter ?? {}, now: now() });
  }

  @Query(() => Task)
  task(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Task> {
    return findOrFail(em, Task, id);
  }

  @Mutation(() => Task)
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() { em, live }: Context) {
    return createTask({ em, live, input });
  }

  @Mutation(() => Task)
  updateTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput,
    @Ctx() { em }: Context,
  ) {
    return updateTask({ em, id, input });
  }

  @Mutation(() => ID)
  deleteTask(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<string> {
    return deleteTask({ em, id });
  }

  @FieldResolver(() => Party)
  async owner(@Root() task: Task): Promise<PartyEntity> {
    const owner = await loadParty({ committee: task.ownerCommittee, organization: task.ownerOrganization, person: task.ownerPerson });
    if (!owner) throw new Error(`task ${task.id} has no owner`);
    return owner;
  }

  @FieldResolver(() => Meeting, { nullable: true })
  async meeting(@Root() task: Task): Promise<Meeting | null> {
    return (await task.meeting?.load()) ?? null;
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The workshop position this step was made from' })
  async sourcePosition(@Root() task: Task): Promise<Position | null> {
    return (await task.sourcePosition?.load()) ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Open or in progress, and due before today (Berlin time)' })
  overdue(@Root() task: Task, @Ctx() { now }: Context): boolean {
    return daysOverdue(task, berlinDay(now())) !== null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Days past the due day while overdue' })
  daysOverdue(@Root() task: Task, @Ctx() { now }: Context): number | null {
    return daysOverdue(task, berlinDay(now()));
  }
}
