import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError } from '../errors';
import type { WorkingTable } from '../tables/working-table.entity';
import { Workshop, WorkshopPhase } from './workshop.entity';

/** The meeting's workshop state, or the defaults of one that has not been facilitated yet. */
export async function workshopOf(em: EntityManager, meetingId: string): Promise<Workshop | null> {
  return em.findOne(Workshop, { meeting: meetingId });
}

export function phaseOf(workshop: Workshop | null): WorkshopPhase {
  return workshop?.phase ?? WorkshopPhase.PREPARE;
}

/**
 * Positions (and their votes) change only on an unlocked table of a meeting that is not closed.
 * Refused with FORBIDDEN and a `reason`: it is the state of the table, not a stale client, that
 * stands in the way, and retrying will not help until the facilitator unlocks it.
 */
export async function assertTableOpen(em: EntityManager, table: WorkingTable): Promise<Workshop | null> {
  if (table.locked) throw new ForbiddenError(`The table "${table.title}" is locked`, { reason: 'TABLE_LOCKED' });
  const workshop = await workshopOf(em, table.meeting.id);
  assertNotClosed(workshop);
  return workshop;
}

/** A closed meeting keeps its positions, votes and next steps as they are. */
export function assertNotClosed(workshop: Workshop | null): void {
  if (phaseOf(workshop) === WorkshopPhase.CLOSED) {
    throw new ForbiddenError('The meeting is closed', { reason: 'MEETING_CLOSED' });
  }
}

/** Refuses unless the workshop is in `phase`. */
export function assertPhase(workshop: Workshop | null, phase: WorkshopPhase, what: string): void {
  const current = phaseOf(workshop);
  if (current !== phase) {
    throw new ForbiddenError(`${what} only in the ${phase} phase (now ${current})`, { reason: 'WRONG_PHASE' });
  }
}
