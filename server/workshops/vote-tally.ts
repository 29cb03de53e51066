import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventLog } from '../live/live-transaction';
import type { WorkingTable } from '../tables/working-table.entity';
import type { Workshop } from './workshop.entity';
import { VotesChanged, type VoteTally } from './workshop.events';

/** Votes are shown when the meeting does not hide them, or once the facilitator revealed them. */
export function votesVisible(workshop: Workshop | null): boolean {
  return workshop ? !workshop.votesHidden || workshop.votesRevealed : false;
}

/** The dots per position of a table, most first (positions without dots are left out). */
export async function talliesOf(em: EntityManager, tableId: string): Promise<VoteTally[]> {
  const rows = await em.execute<{ position_id: string; dots: number }[]>(
    `select v.position_id, sum(v.dots)::int as dots from vote v join position p on p.id = v.position_id
     where p.table_id = ? group by v.position_id order by dots desc, v.position_id`,
    [tableId],
  );
  return rows.map((row) => ({ positionId: row.position_id, dots: row.dots }));
}

/** Records the table's dots as they stand after the flush; the counts only when visible. */
export async function emitVotes(tx: EntityManager, log: EventLog, table: WorkingTable, workshop: Workshop | null) {
  await tx.flush();
  const tallies = await talliesOf(tx, table.id);
  log.emit(VotesChanged, table.meeting.id, {
    tableId: table.id,
    totalDots: tallies.reduce((sum, tally) => sum + tally.dots, 0),
    tallies: votesVisible(workshop) ? tallies : null,
  });
}
