import type { Orm } from '../db/orm';
import type { LiveEvent } from './meeting-event.type';

interface EventRow {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/** Reads the stored events of meetings: what the live feed fills gaps from and what replays send. */
export interface EventStore {
  /** The seq of the newest event of the meeting, or null when the meeting does not exist. */
  currentSeq: (meetingId: string) => Promise<number | null>;
  /** Up to `limit` events after `afterSeq`, in order. */
  readAfter: (meetingId: string, afterSeq: number, limit: number) => Promise<LiveEvent[]>;
}

export function eventStore(orm: Orm): EventStore {
  // Plain statements on the pool: these reads need neither entities nor a unit of work.
  const connection = () => orm.em.getConnection();
  return {
    currentSeq: async (meetingId) => {
      const [row] = await connection().execute<{ event_seq: number }[]>('select event_seq from meeting where id = ?', [
        meetingId,
      ]);
      return row ? row.event_seq : null;
    },
    readAfter: async (meetingId, afterSeq, limit) => {
      const rows = await connection().execute<EventRow[]>(
        'select seq, type, payload, created_at from meeting_event where meeting_id = ? and seq > ? order by seq limit ?',
        [meetingId, afterSeq, limit],
      );
      return rows.map((row) => ({
        ...row.payload,
        type: row.type,
        seq: row.seq,
        meetingId,
        at: new Date(row.created_at).toISOString(),
      }));
    },
  };
}
