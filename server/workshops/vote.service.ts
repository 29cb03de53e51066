import type { EntityManager } from '@mikro-orm/postgresql';
import { LIMITS } from '../../schema/limits';
import { authorize } from '../auth/authorize';
import { findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { livePolicy, participantName, requireParticipantKey } from '../live/live.policy';
import { liveTransaction } from '../live/live-transaction';
import type { Participant } from '../live/participant.entity';
import { ensureParticipant } from '../live/participant.service';
import { Position } from '../tables/position.entity';
import type { WorkingTable } from '../tables/working-table.entity';
import { Vote } from './vote.entity';
import type { VoteBalance } from './vote.type';
import { emitVotes } from './vote-tally';
import { WorkshopPhase } from './workshop.entity';
import { assertPhase, assertTableOpen, workshopOf } from './workshop-rules';

export async function balanceOf(
  em: EntityManager,
  participant: Participant,
  table: WorkingTable,
): Promise<VoteBalance> {
  const votes = await em.find(Vote, { participant, position: { table } }, { orderBy: { createdAt: 'asc' } });
  const used = votes.reduce((sum, vote) => sum + vote.dots, 0);
  return {
    tableId: table.id,
    budget: table.voteBudget,
    used,
    remaining: Math.max(0, table.voteBudget - used),
    dots: votes.map((vote) => ({ positionId: vote.position.id, dots: vote.dots })),
  };
}

/**
 * Sets how many dots the caller gives a position (0 takes them back). Only in the VOTE phase, on
 * an open table, within the table's budget per participant; a merged position's dots go to its
 * group. The participant row stays locked until commit, so parallel votes cannot overspend.
 */
export async function castVotes({ ctx, positionId, dots }: { ctx: Context; positionId: string; dots: number }) {
  if (!Number.isInteger(dots) || dots < 0 || dots > LIMITS.voteBudget) {
    throw new BadUserInputError('dots', `dots must be a whole number from 0 to ${LIMITS.voteBudget}`);
  }
  const key = requireParticipantKey(ctx);
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const position = await findOrFail(tx, Position, positionId, 'positionId');
    const table = await position.table.loadOrFail({ populate: ['meeting'] });
    const meeting = table.meeting.getEntity();
    await authorize(ctx, livePolicy, 'vote', meeting);
    assertTableOpen(table);
    const workshop = await workshopOf(tx, meeting.id);
    assertPhase(workshop, meeting, WorkshopPhase.VOTE, 'Dots are given');
    if (position.group) throw new BadUserInputError('positionId', 'this position was merged: vote for its group');
    const participant = await ensureParticipant(tx, meeting, key, participantName(ctx));
    const balance = await balanceOf(tx, participant, table);
    const existing = await tx.findOne(Vote, { participant, position });
    const elsewhere = balance.used - (existing?.dots ?? 0);
    if (elsewhere + dots > table.voteBudget) {
      throw new BadUserInputError(
        'dots',
        `only ${table.voteBudget - elsewhere} of ${table.voteBudget} dots are left on this table`,
      );
    }
    if (existing && dots === 0) tx.remove(existing);
    else if (existing) existing.dots = dots;
    else if (dots > 0) tx.create(Vote, { participant, position, dots });
    await emitVotes(tx, log, table, workshop);
    return balanceOf(tx, participant, table);
  });
}
