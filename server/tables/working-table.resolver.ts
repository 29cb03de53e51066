import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Meeting } from '../meetings/meeting.entity';
import { Position } from './position.entity';
import { CreateWorkingTableInput, UpdateWorkingTableInput } from './table.inputs';
import { WorkingTable } from './working-table.entity';
import { createWorkingTable, deleteWorkingTable, updateWorkingTable } from './working-table.service';

@Resolver(() => WorkingTable)
export class WorkingTableResolver {
  @Mutation(() => WorkingTable)
  createWorkingTable(@Arg('input', () => CreateWorkingTableInput) input: CreateWorkingTableInput, @Ctx() ctx: Context) {
    return createWorkingTable({ ctx, input });
  }

  @Mutation(() => WorkingTable)
  updateWorkingTable(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWorkingTableInput) input: UpdateWorkingTableInput,
    @Ctx() ctx: Context,
  ) {
    return updateWorkingTable({ ctx, id, input });
  }

  @Mutation(() => ID)
  deleteWorkingTable(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteWorkingTable({ ctx, id });
  }

  @FieldResolver(() => Meeting)
  meeting(@Root() table: WorkingTable): Promise<Meeting> {
    return table.meeting.loadOrFail();
  }

  @FieldResolver(() => [Position])
  positions(@Root() table: WorkingTable): Promise<Position[]> {
    return table.positions.loadItems();
  }
}
