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

/** What the benchmark's parent asks its client process to do. */
export type ClientTask =
  /** `code` lets the subscribers join as guests; `token` is the facilitator's session. */
  | { kind: 'subscribe'; url: string; wsUrl: string; meetingId: string; code: string; token: string; count: number }
  | { kind: 'edits'; url: string; token: string; positionId: string; edits: number; intervalMs: number }
  | { kind: 'unsubscribe' }
  | { kind: 'floor'; floorUrl: string; count: number; messages: number; intervalMs: number; sample: string }
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
export interface FanOutResult {
  delivered: Latency;
  acknowledged: Latency;
}
