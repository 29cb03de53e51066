/** Latency figures of one measurement, in milliseconds. */
export interface Latency {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarise(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { samples: sorted.length, p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted.at(-1) ?? Number.NaN) };
}

/**
 * Latencies of messages that each reach many sockets: every receipt, and per message the last
 * receipt (when it had reached every socket). Only messages sent since the last `reset` count.
 */
export class Deliveries {
  private readonly sentAt = new Map<string, number>();
  private readonly lastReceipt = new Map<string, number>();
  private receipts: number[] = [];

  get count(): number {
    return this.receipts.length;
  }

  sent(key: string, at: number): void {
    this.sentAt.set(key, at);
  }

  received(key: string, at: number): void {
    const sent = this.sentAt.get(key);
    if (sent === undefined) return;
    this.receipts.push(at - sent);
    this.lastReceipt.set(key, Math.max(this.lastReceipt.get(key) ?? 0, at - sent));
  }

  /** Starts counting afresh (after the warm-up): receipts of what was sent before are ignored. */
  reset(): void {
    this.sentAt.clear();
    this.lastReceipt.clear();
    this.receipts = [];
  }

  summary(): Delivered {
    return { delivered: summarise(this.receipts), everyone: summarise([...this.lastReceipt.values()]) };
  }
}

/** Latency to each receipt, and per message to the last of its receipts. */
export interface Delivered {
  delivered: Latency;
  everyone: Latency;
}

/** What the benchmark's parent asks its client process to do. */
export type ClientTask =
  /** `code` lets the subscribers join as guests; `token` is the facilitator's session. */
  | { kind: 'subscribe'; url: string; wsUrl: string; meetingId: string; code: string; token: string; count: number }
  | { kind: 'edits'; url: string; token: string; positionId: string; edits: number; intervalMs: number }
  | { kind: 'unsubscribe' }
  /** `sample` has the placeholders UPDATE and TEXT; TEXT becomes `text` and grows by one x a message, as the edits do. */
  | {
      kind: 'floor';
      floorUrl: string;
      count: number;
      messages: number;
      intervalMs: number;
      sample: string;
      text: string;
    }
  | {
      kind: 'coedit';
      url: string;
      wsUrl: string;
      meetingId: string;
      positionId: string;
      code: string;
      token: string;
      clients: number;
      perSecond: number;
      seconds: number;
    };

export interface CoeditResult {
  keystrokes: number;
  refused: number;
  /** From the keystroke to the typist's own answer from the server. */
  acknowledged: Latency;
  latency: Latency;
  converged: boolean;
  textLength: number;
}

/** A stream of edits: delivery at every subscriber, and the editor's own answer. */
export interface FanOutResult extends Delivered {
  acknowledged: Latency;
}
