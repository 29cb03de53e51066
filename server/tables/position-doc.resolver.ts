import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { applyPositionEdit, positionDoc } from './position-doc.service';
import { PositionDoc, PositionText } from './position-doc.type';

@Resolver()
export class PositionDocResolver {
  @Query(() => PositionDoc, { description: 'The Yjs document of a position, to start co-editing from' })
  positionDoc(@Arg('positionId', () => ID) positionId: string, @Ctx() ctx: Context): Promise<PositionDoc> {
    return positionDoc({ ctx, positionId });
  }

  @Mutation(() => PositionText, {
    description: 'Merges a Yjs update (v1 encoding, base64) into the text of a position and sends it to everyone',
  })
  applyPositionEdit(
    @Arg('positionId', () => ID) positionId: string,
    @Arg('update', () => String) update: string,
    @Ctx() ctx: Context,
  ): Promise<PositionText> {
    return applyPositionEdit({ ctx, positionId, update });
  }
}
