import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Position } from '../tables/position.entity';
import { visiblePositions } from '../tables/visible-positions';
import { Task } from '../tasks/task.entity';
import { mergePositions, separatePosition } from './grouping.service';
import { CreateTaskFromPositionInput, createTaskFromPosition } from './task-from-position';

@Resolver(() => Position)
export class PositionWorkshopResolver {
  @Mutation(() => Position, {
    description:
      'Merges duplicate positions of one table into the group of groupId, keeping every text; returns the group',
  })
  mergePositions(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('positionIds', () => [ID]) positionIds: string[],
    @Arg('expectedVersions', () => [Int], {
      nullable: true,
      description: 'The versions of positionIds the merge is based on, in the same order; stale ones: CONFLICT',
    })
    expectedVersions: number[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Position> {
    return mergePositions({ ctx, groupId, positionIds, expectedVersions });
  }

  @Mutation(() => Position, { description: 'Takes a position out of its group' })
  separatePosition(
    @Arg('positionId', () => ID) positionId: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Position> {
    return separatePosition({ ctx, positionId, expectedVersion });
  }

  @Mutation(() => Task, { description: 'Turns a position of a REALISATION table into a next step of its meeting' })
  createTaskFromPosition(
    @Arg('input', () => CreateTaskFromPositionInput) input: CreateTaskFromPositionInput,
    @Ctx() ctx: Context,
  ): Promise<Task> {
    return createTaskFromPosition({ ctx, input });
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The position this one was merged into' })
  async group(@Root() position: Position): Promise<Position | null> {
    return (await position.group?.load()) ?? null;
  }

  @FieldResolver(() => [Position], { description: 'The positions merged into this one' })
  async members(@Root() position: Position, @Ctx() ctx: Context): Promise<Position[]> {
    return visiblePositions(ctx, await position.members.loadItems());
  }
}
