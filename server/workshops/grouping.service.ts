import { type EntityManager, LockMode, ref } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { assertId, findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { liveTransaction } from '../live/live-transaction';
import { Position } from '../tables/position.entity';
import { PositionSeparated, PositionsMerged, positionState } from '../tables/position.events';
import { positionPolicy } from '../tables/position.policy';
import { assertVersion, emitRanks } from '../tables/position.service';
import { Vote } from './vote.entity';
import { emitVotes } from './vote-tally';
import { assertTableOpen, workshopOf } from './workshop-rules';

/** Moves the dots of `from` onto `to`, adding up where a participant voted for both. */
async function moveVotes(tx: EntityManager, from: Position, to: Position): Promise<boolean> {
  const moved = await tx.find(Vote, { position: from });
  for (const vote of moved) {
    const existing = await tx.findOne(Vote, { position: to, participant: vote.participant });
    if (existing) {
      existing.dots += vote.dots;
      tx.remove(vote);
    } else {
      vote.position = ref(to);
    }
  }
  return moved.length > 0;
}

/**
 * Merges duplicate positions of one table into the group of `groupId`: every text is kept (the
 * members point to the group), the members' dots go to the group and their ranks are cleared.
 * Members that had members of their own hand them over, so groups stay one level deep.
 */
export async function mergePositions({
  ctx,
  groupId,
  positionIds,
  expectedVersions,
}: {
  ctx: Context;
  groupId: string;
  positionIds: string[];
  /** The versions of `positionIds` the merge is based on, in the same order; stale ones are refused. */
  expectedVersions?: number[] | null;
}) {
  if (expectedVersions && expectedVersions.length !== positionIds.length) {
    throw new BadUserInputError('expectedVersions', 'give one expected version per position, or none');
  }
  for (const [index, id] of positionIds.entries()) assertId(id, `positionIds.${index}`);
  if (positionIds.length === 0 || new Set(positionIds).size !== positionIds.length || positionIds.includes(groupId)) {
    throw new BadUserInputError('positionIds', 'name one or more other positions, each once');
  }
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const group = await findOrFail(tx, Position, groupId, 'groupId', { lockMode: LockMode.PESSIMISTIC_WRITE });
    const table = await group.table.loadOrFail({ populate: ['meeting'] });
    await authorize(ctx, positionPolicy, 'arrange', group);
    assertTableOpen(table);
    if (group.group) throw new BadUserInputError('groupId', 'this position is itself merged into another one');
    const members = await tx.find(Position, { id: { $in: positionIds } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (members.length !== positionIds.length || members.some((member) => member.table.id !== table.id)) {
      throw new BadUserInputError('positionIds', 'only existing positions of the same table can be merged');
    }
    let votesMoved = false;
    let ranksCleared = false;
    for (const member of members) {
      await authorize(ctx, positionPolicy, 'arrange', member);
      assertVersion(member, expectedVersions?.[positionIds.indexOf(member.id)]);
      for (const sub of await tx.find(Position, { group: member })) sub.group = ref(group);
      votesMoved = (await moveVotes(tx, member, group)) || votesMoved;
      ranksCleared ||= member.rank !== null && member.rank !== undefined;
      tx.assign(member, { group, rank: null });
    }
    await tx.flush();
    const all = await tx.find(Position, { group }, { orderBy: { order: 'asc', createdAt: 'asc' } });
    log.emit(PositionsMerged, table.meeting.id, () => ({
      group: positionState(group),
      members: all.map(positionState),
    }));
    if (votesMoved) await emitVotes(tx, log, table, await workshopOf(tx, table.meeting.id));
    if (ranksCleared) await emitRanks(tx, log, table);
    return group;
  });
}

/** Takes a position out of its group; the dots stay with the group. */
export async function separatePosition({
  ctx,
  positionId,
  expectedVersion,
}: {
  ctx: Context;
  positionId: string;
  expectedVersion?: number | null;
}) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const position = await findOrFail(tx, Position, positionId, 'positionId', { lockMode: LockMode.PESSIMISTIC_WRITE });
    const table = await position.table.loadOrFail({ populate: ['meeting'] });
    await authorize(ctx, positionPolicy, 'arrange', position);
    assertTableOpen(table);
    assertVersion(position, expectedVersion);
    if (!position.group) throw new BadUserInputError('positionId', 'this position is not part of a group');
    position.group = null;
    log.emit(PositionSeparated, table.meeting.id, () => ({ position: positionState(position) }));
    return position;
  });
}
