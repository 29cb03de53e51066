import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { joinMeeting } from './participant.service';
import { ParticipantState } from './presence.events';

@Resolver()
export class ParticipantResolver {
  @Mutation(() => ParticipantState, {
    description:
      'Joins a live meeting as the calling participant, or renames them; tableId sits them at a table (null: at none)',
  })
  joinMeeting(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('displayName', () => String, { nullable: true }) displayName: string | undefined,
    @Arg('tableId', () => ID, { nullable: true }) tableId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ParticipantState> {
    return joinMeeting({ ctx, meetingId, displayName, tableId });
  }

  @Mutation(() => ParticipantState, {
    description: 'Sits the calling participant at a table of the meeting (null: at none)',
  })
  chooseTable(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('tableId', () => ID, { nullable: true }) tableId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ParticipantState> {
    return joinMeeting({ ctx, meetingId, tableId: tableId ?? null });
  }
}
