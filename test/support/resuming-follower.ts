import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface FollowerOptions {
  wsUrl: string;
  token: string;
  meetingId: string;
  /** The subscription; it must take `$meetingId` and `$afterSeq` and select `seq`. */
  query: string;
  /** Where to start: the seq of the newest event already known (0 for the whole history). */
  afterSeq: number;
  /** Headers of the upgrade request (e.g. X-Forwarded-For of a venue). */
  headers?: Record<string, string>;
  /** Hears every event as it arrives, before it is recorded. */
  onEvent?: (event: { seq: number; [field: string]: unknown }, at: number) => void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A participant following a meeting as README's live protocol asks of a client: when the
 * connection drops, it connects again (through whatever the URL leads to) and subscribes with the
 * last seq it saw. It records every event exactly as it arrived, duplicates included, so a
 * spec can tell whether the server and the protocol together deliver each one once.
 */
export class ResumingFollower {
  /** Every event in the order of arrival. */
  readonly received: { seq: number; [field: string]: unknown }[] = [];
  /** Refusals (GraphQL errors), after which it stops. */
  readonly refusals: unknown[] = [];
  reconnects = 0;
  private client: Client | null = null;
  private stopped = false;

  constructor(private readonly options: FollowerOptions) {}

  get lastSeq(): number {
    return this.received.at(-1)?.seq ?? this.options.afterSeq;
  }

  start(): void {
    const { wsUrl, token, meetingId, query, headers } = this.options;
    class HeaderWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    const client = createClient({
      url: wsUrl,
      webSocketImpl: headers ? HeaderWebSocket : WebSocket,
      connectionParams: { token },
      retryAttempts: 0,
      lazy: true,
    });
    this.client = client;
    client.subscribe(
      { query, variables: { meetingId, afterSeq: this.lastSeq } },
      {
        next: (result) => {
          const at = performance.now();
          if (result.errors) return void this.refuse(result.errors);
          const event = (result.data as { meetingEvents: { seq: number } }).meetingEvents;
          this.options.onEvent?.(event, at);
          this.received.push(event);
        },
        error: (error) => {
          // An array is the server's refusal; anything else is the socket going away.
          if (Array.isArray(error)) return void this.refuse(error);
          void this.resume(client);
        },
        complete: () => {},
      },
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }

  private refuse(errors: unknown): void {
    this.refusals.push(errors);
    void this.stop();
  }

  /** A random pause first, so that the clients of a dead instance do not all come back at once. */
  private async resume(dropped: Client): Promise<void> {
    await dropped.dispose();
    if (this.stopped) return;
    this.reconnects += 1;
    await pause(100 + Math.random() * 400);
    if (!this.stopped) this.start();
  }
}

/**
 * What is wrong with a stream of seqs that should run after+1, after+2, … without gap or repeat:
 * one line per violation, none when it is right.
 */
export function seqViolations(seqs: readonly number[], after = 0): string[] {
  const violations: string[] = [];
  let last = after;
  for (const seq of seqs) {
    if (seq <= last) violations.push(`seq ${seq} after ${last} (repeated or out of order)`);
    else if (seq !== last + 1) violations.push(`seq ${seq} after ${last} (gap)`);
    last = Math.max(last, seq);
  }
  return violations;
}
