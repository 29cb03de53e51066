import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { chooseTable } from './participant.service';
import { ParticipantState } from './presence.events';

@Resolver()
export class ParticipantResolver {
  @Mutation(() => ParticipantState, {
    description:
      'Sits the calling participant at a table of the meeting (null: at none); the first call counts them among its participants',
  })
  chooseTable(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('tableId', () => ID, { nullable: true }) tableId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ParticipantState> {
    return chooseTable({ ctx, meetingId, tableId: tableId ?? null });
  }
}
