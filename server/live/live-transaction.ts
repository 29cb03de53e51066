import type { EntityManager } from '@mikro-orm/postgresql';
import { MeetingEventRecord } from './meeting-event.entity';
import type { EventData, LiveEvent, MeetingEvent, MeetingEventClass } from './meeting-event.type';

export interface EventPublisher {
  publish: (events: readonly LiveEvent[]) => void;
}

interface Entry {
  meetingId: string;
  type: string;
  data: () => object;
}

/** The events a transaction records; they are numbered and stored when the transaction's work is done. */
export class EventLog {
  private readonly entries: Entry[] = [];
  readonly written: LiveEvent[] = [];

  /**
   * Records an event of `meetingId`. Give the data as a function when it shows values that only
   * the flush sets (versions): it is called after the flush, just before the event is stored.
   */
  emit<T extends MeetingEvent>(
    eventClass: MeetingEventClass<T>,
    meetingId: string,
    data: EventData<T> | (() => EventData<T>),
  ): void {
    this.entries.push({ meetingId, type: eventClass.name, data: typeof data === 'function' ? data : () => data });
  }

  /** Flushes, takes the next seqs of each meeting and stores the events, all in the transaction `tx`. */
  async write(tx: EntityManager): Promise<void> {
    await tx.flush();
    if (this.entries.length === 0) return;
    const at = new Date();
    const meetings = new Map<string, Entry[]>();
    for (const entry of this.entries) meetings.set(entry.meetingId, [...(meetings.get(entry.meetingId) ?? []), entry]);
    const records = [];
    // Sorted, so two transactions that touch the same meetings lock their rows in the same order.
    for (const meetingId of [...meetings.keys()].sort()) {
      const entries = meetings.get(meetingId)!;
      // The row lock this update takes serialises the event writers of a meeting until commit, so
      // seqs are handed out in commit order and a visible seq means all smaller ones are visible.
      const [row] = await tx.execute<{ event_seq: number }[]>(
        'update meeting set event_seq = event_seq + ? where id = ? returning event_seq',
        [entries.length, meetingId],
      );
      if (!row) continue;
      let seq = row.event_seq - entries.length;
      for (const entry of entries) {
        seq += 1;
        const payload = entry.data();
        records.push({ meeting: meetingId, seq, type: entry.type, payload, createdAt: at });
        this.written.push({ ...payload, type: entry.type, seq, meetingId, at: at.toISOString() });
      }
    }
    if (records.length > 0) await tx.insertMany(MeetingEventRecord, records);
  }
}

const openLogs = new WeakMap<EntityManager, EventLog>();

/**
 * Runs `work` in one transaction and publishes the events it recorded only after the commit.
 * Called with the EntityManager of a running live transaction, it joins that one: its events are
 * published with the outer transaction's, never before the commit.
 */
export async function liveTransaction<T>(
  em: EntityManager,
  publisher: EventPublisher,
  work: (tx: EntityManager, log: EventLog) => Promise<T>,
): Promise<T> {
  const joined = openLogs.get(em);
  if (joined) return work(em, joined);
  const log = new EventLog();
  const result = await em.transactional(async (tx) => {
    openLogs.set(tx, log);
    const value = await work(tx, log);
    await log.write(tx);
    return value;
  });
  publisher.publish(log.written);
  return result;
}
