import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { VIEWER_CAN } from '../auth/capabilities';
import type { Context } from '../context';
import { Meeting } from '../meetings/meeting.entity';
import { Position } from './position.entity';
import { CreateWorkingTableInput, UpdateWorkingTableInput } from './table.inputs';
import { visiblePositions } from './visible-positions';
import { WorkingTable } from './working-table.entity';
import { WorkingTableCapabilities } from './working-table.policy';
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

  @FieldResolver(() => [Position], { description: 'Hidden ones only for those who may moderate them' })
  async positions(@Root() table: WorkingTable, @Ctx() ctx: Context): Promise<Position[]> {
    return visiblePositions(ctx, await table.positions.loadItems());
  }

  @FieldResolver(() => WorkingTableCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() table: WorkingTable, @Ctx() { roles }: Context) {
    return WorkingTableCapabilities.of(roles, table);
  }
}
