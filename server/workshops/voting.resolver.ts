import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { participantKey } from '../live/live.policy';
import { Participant } from '../live/participant.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { changeTable } from './facilitation.service';
import { confirmTopFive, topFiveProposal } from './ranking.service';
import { TopFiveProposal } from './top-five.type';
import { balanceOf, castVotes } from './vote.service';
import { VoteBalance } from './vote.type';
import { talliesOf, votesVisible } from './vote-tally';
import { VoteTally } from './workshop.events';
import { workshopOf } from './workshop-rules';

@Resolver(() => WorkingTable)
export class VotingResolver {
  @Mutation(() => VoteBalance, {
    description:
      'Gives a position this many of your dots (0 takes them back); VOTE phase only, within the table budget',
  })
  castVotes(
    @Arg('positionId', () => ID) positionId: string,
    @Arg('dots', () => Int) dots: number,
    @Ctx() ctx: Context,
  ): Promise<VoteBalance> {
    return castVotes({ ctx, positionId, dots });
  }

  @Mutation(() => WorkingTable, {
    description: 'Locks a table against changes to its positions and votes, or unlocks it (facilitator)',
  })
  setTableLocked(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('locked', () => Boolean) locked: boolean,
    @Ctx() ctx: Context,
  ): Promise<WorkingTable> {
    return changeTable({ ctx, tableId, change: { locked } });
  }

  @Mutation(() => WorkingTable, { description: 'How many dots each participant may give on the table (facilitator)' })
  setVoteBudget(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('dots', () => Int) dots: number,
    @Ctx() ctx: Context,
  ): Promise<WorkingTable> {
    return changeTable({ ctx, tableId, change: { voteBudget: dots } });
  }

  @Mutation(() => WorkingTable, {
    description: "Stores the table's top five in this order as ranks 1–5; PRIORITISE phase only (facilitator)",
  })
  confirmTopFive(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('positionIds', () => [ID]) positionIds: string[],
    @Ctx() ctx: Context,
  ): Promise<WorkingTable> {
    return confirmTopFive({ ctx, tableId, positionIds });
  }

  @FieldResolver(() => Int, { description: 'All dots given on the table' })
  async totalDots(@Root() table: WorkingTable, @Ctx() { em }: Context): Promise<number> {
    return (await talliesOf(em, table.id)).reduce((sum, tally) => sum + tally.dots, 0);
  }

  @FieldResolver(() => [VoteTally], { nullable: true, description: 'Dots per position, most first; null while hidden' })
  async tallies(@Root() table: WorkingTable, @Ctx() { em }: Context): Promise<VoteTally[] | null> {
    return votesVisible(await workshopOf(em, table.meeting.id)) ? talliesOf(em, table.id) : null;
  }

  @FieldResolver(() => VoteBalance, { nullable: true, description: "The calling participant's own dots here" })
  async myVotes(@Root() table: WorkingTable, @Ctx() ctx: Context): Promise<VoteBalance | null> {
    const key = participantKey(ctx);
    const participant = key && (await ctx.em.findOne(Participant, { meeting: table.meeting.id, key }));
    return participant ? balanceOf(ctx.em, participant, table) : null;
  }

  @FieldResolver(() => TopFiveProposal, {
    nullable: true,
    description: "The server's proposal of the top five by dots, ties listed; null while votes are hidden",
  })
  topFiveProposal(@Root() table: WorkingTable, @Ctx() { em }: Context): Promise<TopFiveProposal | null> {
    return topFiveProposal(em, table);
  }
}
