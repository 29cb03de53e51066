import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventData, LiveEvent, MeetingEvent, MeetingEventClass } from './meeting-event.type';

export interface EventPublisher {
  publish: (events: readonly LiveEvent[]) => void;
}

interface Entry {
  meetingId: string;
  type: string;
  data: () => object;
}

/** A data-modifying SQL statement with `?` placeholders. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** The events a transaction records; they are numbered and stored when the transaction's work is done. */
export class EventLog {
  private readonly entries: Entry[] = [];
  private readonly companions = new Map<string, Statement[]>();
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

  /**
   * Runs `statement` in the statement that stores the events of `meetingId` (as a CTE), or on its
   * own when the transaction records none: a write that comes with an event costs no round trip
   * of its own. Every co-edit's merged text does, and under the row lock each round trip counts.
   */
  writeWith(meetingId: string, statement: Statement): void {
    this.companions.set(meetingId, [...(this.companions.get(meetingId) ?? []), statement]);
  }

  /** Flushes, takes the next seqs of each meeting and stores the events, all in the transaction `tx`. */
  async write(tx: EntityManager): Promise<void> {
    await tx.flush();
    const at = new Date();
    const meetings = new Map<string, Entry[]>();
    for (const entry of this.entries) meetings.set(entry.meetingId, [...(meetings.get(entry.meetingId) ?? []), entry]);
    for (const [meetingId, statements] of this.companions) {
      if (meetings.has(meetingId)) continue;
      for (const { sql, params } of statements) await tx.execute(sql, params);
    }
    // Sorted, so two transactions that touch the same meetings lock their rows in the same order.
    for (const [meetingId, entries] of [...meetings].sort(([a], [b]) => a.localeCompare(b))) {
      const events = entries.map((entry) => ({ type: entry.type, payload: entry.data() }));
      // One round trip: the row lock the counter update takes serialises the event writers of a
      // meeting until commit, so seqs are handed out in commit order and a visible seq means all
      // smaller ones are visible too.
      const companions = this.companions.get(meetingId) ?? [];
      const rows = await tx.execute<{ seq: number }[]>(
        `with ${companions.map(({ sql }, index) => `companion${index} as (${sql}), `).join('')}
         bumped as (update meeting set event_seq = event_seq + ? where id = ? returning event_seq)
         insert into meeting_event (meeting_id, seq, type, payload, created_at)
         select ?, bumped.event_seq - ? + e.ord, e.value->>'type', e.value->'payload', ?
         from bumped, json_array_elements(?::json) with ordinality as e(value, ord)
         returning seq`,
        [
          ...companions.flatMap(({ params }) => params),
          events.length,
          meetingId,
          meetingId,
          events.length,
          at,
          JSON.stringify(events),
        ],
      );
      const seqs = rows.map((row) => row.seq).sort((a, b) => a - b);
      events.forEach(({ type, payload }, index) => {
        const seq = seqs[index];
        if (seq !== undefined) this.written.push({ ...payload, type, seq, meetingId, at: at.toISOString() });
      });
    }
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
