import { IsEnum, IsOptional } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { IsText } from '../common/validation';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { Task, TaskStatus } from './task.entity';
import { TaskProgress } from './task-progress.entity';
import { addTaskProgress } from './task-progress.service';

@ArgsType()
class AddTaskProgressArgs {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String)
  @IsText(LIMITS.longText)
  text!: string;

  @Field(() => TaskStatus, { nullable: true, description: 'Moves the step to this status with the note' })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus | null;
}

@Resolver(() => TaskProgress)
export class TaskProgressResolver {
  @Mutation(() => TaskProgress, {
    description:
      "Posts the viewer's progress note on a next step, optionally with a new status; for its owners and its meeting's facilitators",
  })
  addTaskProgress(
    @Args(() => AddTaskProgressArgs) args: AddTaskProgressArgs,
    @Ctx() ctx: Context,
  ): Promise<TaskProgress> {
    return addTaskProgress({ ctx, ...args });
  }

  @FieldResolver(() => Task)
  task(@Root() note: TaskProgress): Promise<Task> {
    return note.task.loadOrFail();
  }

  @FieldResolver(() => Person, { nullable: true })
  async author(@Root() note: TaskProgress): Promise<Person | null> {
    return (await note.author?.load()) ?? null;
  }
}

/**
 * A step reaches a client only through reads the task policy allows (task, tasks, meeting.tasks,
 * dueTasks, its owners' notifications), so whoever sees it reads its notes without another check.
 */
@Resolver(() => Task)
export class TaskProgressHistoryResolver {
  @FieldResolver(() => [TaskProgress], { description: 'Progress notes, the oldest first' })
  progress(@Root() task: Task): Promise<TaskProgress[]> {
    return task.progress.loadItems();
  }
}
