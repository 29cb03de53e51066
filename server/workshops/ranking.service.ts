import type { EntityManager } from '@mikro-orm/postgresql';
import { LIMITS } from '../../schema/limits';
import { authorize } from '../auth/authorize';
import { assertId, findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { liveTransaction } from '../live/live-transaction';
import { Position } from '../tables/position.entity';
import { emitRanks } from '../tables/position.service';
import { WorkingTable } from '../tables/working-table.entity';
import { workingTablePolicy } from '../tables/working-table.policy';
import { proposeTopFive, type TopFive } from './top-five';
import { talliesOf, votesVisible } from './vote-tally';
import { WorkshopPhase } from './workshop.entity';
import { assertPhase, workshopOf } from './workshop-rules';

/** The proposal from the dots, or null while votes are hidden (it would give them away). */
export async function topFiveProposal(em: EntityManager, table: WorkingTable): Promise<TopFive | null> {
  if (!votesVisible(await workshopOf(em, table.meeting.id))) return null;
  const dots = new Map((await talliesOf(em, table.id)).map((tally) => [tally.positionId, tally.dots]));
  // A hidden card is moderated away: never among everyone's top five.
  const candidates = await em.find(Position, { table, group: null, hidden: false }, { fields: ['id', 'order'] });
  return proposeTopFive(candidates.map((p) => ({ positionId: p.id, dots: dots.get(p.id) ?? 0, order: p.order })));
}

/**
 * Stores the facilitator's top five of a table: `positionIds` in order get ranks 1, 2, …; every
 * other position of the table loses its rank. Only in the PRIORITISE phase; a locked table may
 * still be ranked, the lock keeps participants from changing it meanwhile.
 */
export async function confirmTopFive({
  ctx,
  tableId,
  positionIds,
}: {
  ctx: Context;
  tableId: string;
  positionIds: string[];
}) {
  for (const [index, id] of positionIds.entries()) assertId(id, `positionIds.${index}`);
  if (positionIds.length > LIMITS.topRanks || new Set(positionIds).size !== positionIds.length) {
    throw new BadUserInputError('positionIds', `name at most ${LIMITS.topRanks} different positions`);
  }
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const table = await findOrFail(tx, WorkingTable, tableId, 'tableId', { populate: ['meeting'] });
    await authorize(ctx, workingTablePolicy, 'manage', table);
    assertPhase(
      await workshopOf(tx, table.meeting.id),
      table.meeting.getEntity(),
      WorkshopPhase.PRIORITISE,
      'The top five is set',
    );
    const chosen = await tx.find(Position, { id: { $in: positionIds } });
    if (chosen.length !== positionIds.length || chosen.some((p) => p.table.id !== table.id || p.group || p.hidden)) {
      throw new BadUserInputError(
        'positionIds',
        'only positions of this table that are neither merged into another nor hidden can be ranked',
      );
    }
    for (const position of await tx.find(Position, { table, rank: { $ne: null } })) position.rank = null;
    for (const position of chosen) position.rank = positionIds.indexOf(position.id) + 1;
    await emitRanks(tx, log, table);
    return table;
  });
}
