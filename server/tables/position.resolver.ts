import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { VIEWER_CAN } from '../auth/capabilities';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { Position } from './position.entity';
import { PositionCapabilities } from './position.policy';
import { createPosition, deletePosition, restorePosition, setPositionHidden, updatePosition } from './position.service';
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

  @Mutation(() => Position, {
    description: `Brings back a position deleted less than ${LIMITS.positionRestoreSeconds} s ago, under its id (the undo of deletePosition)`,
  })
  restorePosition(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Position> {
    return restorePosition({ ctx, id });
  }

  @Mutation(() => Position, { description: 'Hides a position from participants and the protocol, or shows it again' })
  setPositionHidden(
    @Arg('id', () => ID) id: string,
    @Arg('hidden', () => Boolean) hidden: boolean,
    @Ctx() ctx: Context,
  ): Promise<Position> {
    return setPositionHidden({ ctx, id, hidden });
  }

  @FieldResolver(() => WorkingTable)
  table(@Root() position: Position): Promise<WorkingTable> {
    return position.table.loadOrFail();
  }

  @FieldResolver(() => Person, { nullable: true })
  async author(@Root() position: Position): Promise<Person | null> {
    return (await position.author?.load()) ?? null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The guest who wrote it (their `me.guest.id`), when written without an account',
  })
  authorGuestId(@Root() position: Position): string | null {
    return position.authorGuest?.id ?? null;
  }

  @FieldResolver(() => PositionCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() position: Position, @Ctx() { roles }: Context) {
    return PositionCapabilities.of(roles, position);
  }
}
