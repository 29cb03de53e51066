import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { VIEWER_CAN } from '../auth/capabilities';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { Position } from './position.entity';
import { PositionCapabilities } from './position.policy';
import { createPosition, deletePosition, updatePosition } from './position.service';
import { CreatePositionInput, UpdatePositionInput } from './table.inputs';
import { WorkingTable } from './working-table.entity';

@Resolver(() => Position)
export class PositionResolver {
  @Mutation(() => Position)
  createPosition(@Arg('input', () => CreatePositionInput) input: CreatePositionInput, @Ctx() ctx: Context) {
    return createPosition({ ctx, input });
  }

  @Mutation(() => Position)
  updatePosition(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput,
    @Ctx() ctx: Context,
  ) {
    return updatePosition({ ctx, id, input });
  }

  @Mutation(() => ID)
  deletePosition(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deletePosition({ ctx, id });
  }

  @FieldResolver(() => WorkingTable)
  table(@Root() position: Position): Promise<WorkingTable> {
    return position.table.loadOrFail();
  }

  @FieldResolver(() => Person, { nullable: true })
  async author(@Root() position: Position): Promise<Person | null> {
    return (await position.author?.load()) ?? null;
  }

  @FieldResolver(() => PositionCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() position: Position, @Ctx() { roles }: Context) {
    return PositionCapabilities.of(roles, position);
  }
}
