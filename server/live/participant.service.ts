import { randomUUID } from 'node:crypto';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import type { Meeting } from '../meetings/meeting.entity';
import { Participant } from './participant.entity';
import { PresenceConnection } from './presence-connection.entity';
import type { ParticipantState } from './presence.events';

export const DEFAULT_PARTICIPANT_NAME = 'Gast';

/** The meeting's participant with `key`, created on first use; locked for the rest of the transaction. */
export async function ensureParticipant(
  tx: EntityManager,
  meeting: Meeting,
  key: string,
  displayName: string | null,
): Promise<Participant> {
  const now = new Date();
  // Insert-or-keep in one statement, so two first connections of one participant cannot collide.
  await tx.execute(
    `insert into participant (id, created_at, updated_at, meeting_id, key, display_name) values (?, ?, ?, ?, ?, ?)
     on conflict (meeting_id, key) do nothing`,
    [randomUUID(), now, now, meeting.id, key, displayName ?? DEFAULT_PARTICIPANT_NAME],
  );
  return tx.findOneOrFail(Participant, { meeting, key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

export function participantState(participant: Participant, present: boolean): ParticipantState {
  return { id: participant.id, displayName: participant.displayName, tableId: participant.table?.id ?? null, present };
}

export async function isPresent(em: EntityManager, participant: Participant): Promise<boolean> {
  return (await em.count(PresenceConnection, { participant })) > 0;
}
