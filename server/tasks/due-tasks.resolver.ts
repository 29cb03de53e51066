import { IsInt, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { dueTasks } from './due-tasks.service';
import { Task } from './task.entity';

@ArgsType()
class DueTasksArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'A person (their own steps and those of their bodies), a committee or an organisation; the viewer when left out',
  })
  ownerId?: string | null;

  @Field(() => Int, { defaultValue: 7, description: 'How many days ahead counts as due soon' })
  @IsInt()
  @Min(0)
  @Max(366)
  withinDays!: number;
}

@Resolver()
export class DueTasksResolver {
  @Query(() => [Task], {
    description: 'Open next steps due within the given days or overdue, across all meetings; those the viewer may read',
  })
  dueTasks(@Args(() => DueTasksArgs) { ownerId, withinDays }: DueTasksArgs, @Ctx() ctx: Context): Promise<Task[]> {
    return dueTasks({ ctx, ownerId, withinDays });
  }
}
