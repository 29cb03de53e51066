import { randomUUID } from 'node:crypto';
import { type EntityManager, LockMode, ref } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { findOptional, findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { Meeting } from '../meetings/meeting.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { livePolicy, participantName, requireParticipantKey } from './live.policy';
import { liveTransaction } from './live-transaction';
import { Participant } from './participant.entity';
import { type ParticipantState, PresenceChanged } from './presence.events';
import { PresenceConnection } from './presence-connection.entity';

const DEFAULT_PARTICIPANT_NAME = 'Gast';

/**
 * The meeting's participant with `key`, created on first use and renamed when the person's name
 * changed since; locked for the rest of the transaction.
 */
export async function ensureParticipant(
  tx: EntityManager,
  meeting: Meeting,
  key: string,
  displayName: string | null,
): Promise<Participant> {
  const now = new Date();
  // Insert-or-rename in one statement, so two first connections of one participant cannot collide.
  await tx.execute(
    `insert into participant (id, created_at, updated_at, meeting_id, key, display_name) values (?, ?, ?, ?, ?, ?)
     on conflict (meeting_id, key) do update set display_name = excluded.display_name, updated_at = excluded.updated_at
       where participant.display_name is distinct from excluded.display_name`,
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

/** Every participant of a meeting with whether they are present, in the order they came. */
export async function participantsOf(em: EntityManager, meetingId: string): Promise<ParticipantState[]> {
  const rows = await em.execute<{ id: string; display_name: string; table_id: string | null; present: boolean }[]>(
    `select p.id, p.display_name, p.table_id,
       exists (select 1 from presence_connection c where c.participant_id = p.id) as present
     from participant p where p.meeting_id = ? order by p.created_at, p.id`,
    [meetingId],
  );
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    tableId: row.table_id,
    present: row.present,
  }));
}

/** Sits the caller at a table of the meeting (`tableId` null: at none), counting them among its participants. */
export async function chooseTable({
  ctx,
  meetingId,
  tableId,
}: {
  ctx: Context;
  meetingId: string;
  tableId: string | null;
}): Promise<ParticipantState> {
  const key = requireParticipantKey(ctx);
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const meeting = await findOrFail(tx, Meeting, meetingId, 'meetingId');
    await authorize(ctx, livePolicy, 'participate', meeting);
    const table = await findOptional(tx, WorkingTable, tableId, 'tableId');
    if (table && table.meeting.id !== meeting.id)
      throw new BadUserInputError('tableId', 'the table belongs to another meeting');
    const participant = await ensureParticipant(tx, meeting, key, participantName(ctx));
    participant.table = table ? ref(table) : null;
    const state = participantState(participant, await isPresent(tx, participant));
    log.emit(PresenceChanged, meeting.id, { participant: state });
    return state;
  });
}
