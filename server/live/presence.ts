import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/postgresql';
import type { Orm } from '../db/orm';
import type { Logger } from '../logger';
import { Meeting } from '../meetings/meeting.entity';
import { type EventPublisher, liveTransaction } from './live-transaction';
import { Participant } from './participant.entity';
import { ensureParticipant, isPresent, participantState } from './participant.service';
import { PresenceChanged } from './presence.events';
import { PresenceConnection } from './presence-connection.entity';

export interface PresenceOptions {
  orm: Orm;
  publisher: EventPublisher;
  logger: Logger;
  /** How long a closed connection still counts, so a reconnect does not flicker. */
  graceMs: number;
  /** How often this instance renews its connections; rows older than three beats belong to a dead instance. */
  heartbeatMs: number;
}

/**
 * Who is connected to which meeting, across server instances: one row per open subscription of a
 * participant. A participant becomes present with their first connection and absent when their
 * last one has been closed for longer than the grace period; each change is a PresenceChanged event.
 */
export class Presence {
  readonly instanceId = randomUUID();
  private readonly leaving = new Map<string, NodeJS.Timeout>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly options: PresenceOptions) {
    this.heartbeat = setInterval(() => void this.beat(), options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Records an open subscription of participant `key` and resolves with its connection id. */
  async connect(meetingId: string, key: string, displayName: string | null): Promise<string> {
    const id = randomUUID();
    await liveTransaction(this.options.orm.em.fork(), this.options.publisher, async (tx, log) => {
      const participant = await ensureParticipant(tx, tx.getReference(Meeting, meetingId), key, displayName);
      const wasPresent = await isPresent(tx, participant);
      tx.create(PresenceConnection, { id, participant, instanceId: this.instanceId, seenAt: new Date() });
      if (!wasPresent) log.emit(PresenceChanged, meetingId, { participant: participantState(participant, true) });
    });
    return id;
  }

  /** The subscription ended; the connection stops counting after the grace period. */
  disconnect(connectionId: string): void {
    const timer = setTimeout(() => {
      this.leaving.delete(connectionId);
      void this.remove([connectionId]);
    }, this.options.graceMs);
    this.leaving.set(connectionId, timer);
  }

  /** Ends the heartbeat and removes this instance's connections now, grace periods included. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const timer of this.leaving.values()) clearTimeout(timer);
    this.leaving.clear();
    const rows = await this.options.orm.em
      .fork()
      .find(PresenceConnection, { instanceId: this.instanceId }, { fields: ['id'] });
    await this.remove(rows.map((row) => row.id));
  }

  private async remove(connectionIds: string[]): Promise<void> {
    for (const id of connectionIds) {
      try {
        await liveTransaction(this.options.orm.em.fork(), this.options.publisher, async (tx, log) => {
          const connection = await tx.findOne(PresenceConnection, id);
          if (!connection) return;
          // Locked like connect() locks it, so a reconnect racing this removal is counted.
          const participant = await tx.findOneOrFail(Participant, connection.participant.id, {
            lockMode: LockMode.PESSIMISTIC_WRITE,
          });
          tx.remove(connection);
          await tx.flush();
          if (await isPresent(tx, participant)) return;
          log.emit(PresenceChanged, participant.meeting.id, { participant: participantState(participant, false) });
        });
      } catch (err) {
        this.options.logger.warn({ err, connectionId: id }, 'could not remove a closed connection from presence');
      }
    }
  }

  /** Renews this instance's connections and sweeps those of instances that stopped renewing. */
  private async beat(): Promise<void> {
    try {
      const em = this.options.orm.em.fork();
      await em.nativeUpdate(PresenceConnection, { instanceId: this.instanceId }, { seenAt: new Date() });
      const stale = await em.find(
        PresenceConnection,
        { seenAt: { $lt: new Date(Date.now() - 3 * this.options.heartbeatMs) } },
        { fields: ['id'] },
      );
      await this.remove(stale.map((row) => row.id));
    } catch (err) {
      this.options.logger.warn({ err }, 'presence heartbeat failed');
    }
  }
}
