import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError } from '../errors';
import type { Meeting } from '../meetings/meeting.entity';
import type { WorkingTable } from '../tables/working-table.entity';
import { Workshop, WorkshopPhase } from './workshop.entity';

/** The meeting's workshop state, or null for one that has not been facilitated yet (defaults apply). */
export async function workshopOf(em: EntityManager, meetingId: string): Promise<Workshop | null> {
  return em.findOne(Workshop, { meeting: meetingId });
}

/**
 * The phase a meeting is in. CLOSED is the meeting's `closedAt` and nothing else: closing the
 * meeting (updateMeeting or the CLOSED phase) sets it, any other phase clears it, and the stored
 * workshop phase keeps the working phase to return to.
 */
export function phaseOf(workshop: Workshop | null, meeting: Pick<Meeting, 'closedAt'>): WorkshopPhase {
  if (meeting.closedAt) return WorkshopPhase.CLOSED;
  return workshop?.phase ?? WorkshopPhase.PREPARE;
}

/**
 * Positions (and their votes) change only on an unlocked table. Refused with FORBIDDEN and a
 * `reason`: it is the state of the table, not a stale client, that stands in the way, and
 * retrying will not help until the facilitator unlocks it. (Who may write in a closed meeting is
 * the policies' concern: its facilitators only.)
 */
export function assertTableOpen(table: WorkingTable): void {
  if (table.locked) throw new ForbiddenError(`The table "${table.title}" is locked`, { reason: 'TABLE_LOCKED' });
}

/** Refuses unless the meeting is in `phase`. */
export function assertPhase(
  workshop: Workshop | null,
  meeting: Pick<Meeting, 'closedAt'>,
  phase: WorkshopPhase,
  what: string,
): void {
  const current = phaseOf(workshop, meeting);
  if (current !== phase) {
    throw new ForbiddenError(`${what} only in the ${phase} phase (now ${current})`, { reason: 'WRONG_PHASE' });
  }
}
