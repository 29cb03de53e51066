import type { Logger } from '../logger';
import type { EventStore } from './event-store';
import type { LiveEvent } from './meeting-event.type';

/** Page size of reads from the event table, for gap fills and replays alike. */
export const EVENT_PAGE = 500;

export interface FeedOptions {
  store: EventStore;
  /** Starts receiving the published events of a meeting; resolves once none can be missed. */
  listen: (meetingId: string, listener: (event: LiveEvent) => void) => Promise<() => void>;
  /** How often an active feed compares its position with the database, to catch lost publishes. */
  healIntervalMs: number;
  logger: Logger;
}

/**
 * The events of one meeting on this server instance, delivered to every listener exactly once
 * and in seq order. Publishes may arrive out of order (concurrent commits), twice, or not at all
 * (a lost Redis message, an instance that died between commit and publish); the feed holds back
 * what comes early, drops what it has delivered, and reads what is missing from the event table.
 */
export class MeetingFeed {
  /** The seq of the last delivered event; meaningful once `ready` resolved. */
  lastSeq = 0;
  readonly ready: Promise<void>;
  private isReady = false;
  private readonly pending = new Map<number, LiveEvent>();
  private readonly listeners = new Set<(event: LiveEvent) => void>();
  private filling = false;
  private stopped = false;
  private unlisten: (() => void) | null = null;
  private readonly heal: NodeJS.Timeout;

  constructor(
    readonly meetingId: string,
    private readonly options: FeedOptions,
  ) {
    this.ready = this.start();
    // Errors surface through `ready` to the subscribers that wait for it; this copy only keeps
    // the rejection from counting as unhandled when nobody waits any more.
    this.ready.catch(() => {});
    this.heal = setInterval(() => void this.healGap(), options.healIntervalMs);
    this.heal.unref();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  add(listener: (event: LiveEvent) => void): void {
    this.listeners.add(listener);
  }

  remove(listener: (event: LiveEvent) => void): void {
    this.listeners.delete(listener);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.heal);
    this.unlisten?.();
  }

  private async start(): Promise<void> {
    const unlisten = await this.options.listen(this.meetingId, (event) => this.receive(event));
    if (this.stopped) return unlisten();
    this.unlisten = unlisten;
    // Read after listening: whatever commits later is published to us or found as a gap.
    this.lastSeq = (await this.options.store.currentSeq(this.meetingId)) ?? 0;
    this.isReady = true;
    this.drain();
  }

  private receive(event: LiveEvent): void {
    if (this.isReady && event.seq <= this.lastSeq) return;
    this.pending.set(event.seq, event);
    if (this.isReady) this.drain();
  }

  private drain(): void {
    for (const seq of this.pending.keys()) if (seq <= this.lastSeq) this.pending.delete(seq);
    for (let next = this.pending.get(this.lastSeq + 1); next; next = this.pending.get(this.lastSeq + 1)) {
      this.deliver(next);
    }
    if (this.pending.size > 0) void this.fill();
  }

  private deliver(event: LiveEvent): void {
    this.pending.delete(event.seq);
    this.lastSeq = event.seq;
    for (const listener of this.listeners) listener(event);
  }

  /**
   * Reads from the table what lies between the last delivered event and what arrived. Commits
   * take seqs in order, so once a publish of seq n arrived every seq below n is readable.
   */
  private async fill(): Promise<void> {
    if (this.filling || this.stopped) return;
    this.filling = true;
    const before = this.lastSeq;
    try {
      for (;;) {
        const events = await this.options.store.readAfter(this.meetingId, this.lastSeq, EVENT_PAGE);
        for (const event of events)
          if (event.seq === this.lastSeq + 1) this.deliver(this.pending.get(event.seq) ?? event);
        if (events.length < EVENT_PAGE || this.stopped) break;
      }
    } catch (err) {
      this.options.logger.warn(
        { err, meetingId: this.meetingId },
        'could not read missing live events; retrying later',
      );
    } finally {
      this.filling = false;
    }
    // Only retry at once when this fill got somewhere; otherwise the next publish or heal does.
    if (this.lastSeq > before) this.drain();
  }

  private async healGap(): Promise<void> {
    if (!this.isReady || this.filling || this.stopped) return;
    try {
      const seq = await this.options.store.currentSeq(this.meetingId);
      if (seq !== null && seq > this.lastSeq) await this.fill();
    } catch (err) {
      this.options.logger.warn(
        { err, meetingId: this.meetingId },
        'could not check the live feed against the database',
      );
    }
  }
}

/** The feeds of the meetings someone on this instance listens to; a feed ends with its last listener. */
export class MeetingFeeds {
  private readonly feeds = new Map<string, MeetingFeed>();

  constructor(private readonly options: FeedOptions) {}

  attach(meetingId: string, listener: (event: LiveEvent) => void): { feed: MeetingFeed; detach: () => void } {
    let feed = this.feeds.get(meetingId);
    if (!feed) {
      feed = new MeetingFeed(meetingId, this.options);
      this.feeds.set(meetingId, feed);
    }
    feed.add(listener);
    const attached = feed;
    return {
      feed,
      detach: () => {
        attached.remove(listener);
        if (attached.listenerCount === 0 && this.feeds.get(meetingId) === attached) {
          attached.stop();
          this.feeds.delete(meetingId);
        }
      },
    };
  }

  close(): void {
    for (const feed of this.feeds.values()) feed.stop();
    this.feeds.clear();
  }
}
