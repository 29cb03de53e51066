import type { CombinedError } from 'urql';

/**
 * How an event's seq relates to the last one applied: seqs of a meeting count 1, 2, 3 … without
 * gaps, so anything but the next one is either already known or means something was missed.
 */
export type Arrival = 'next' | 'duplicate' | 'gap';

export function arrival(lastSeq: number, seq: number): Arrival {
  if (seq <= lastSeq) return 'duplicate';
  return seq === lastSeq + 1 ? 'next' : 'gap';
}

/**
 * Whether a refused subscription is worth starting again from the last seq: the server drops a
 * subscriber that fell too far behind (README "The event stream"). Other refusals (FORBIDDEN,
 * NOT_FOUND, BAD_USER_INPUT) would only be refused again, and a lost connection is taken up
 * when the link is live again.
 */
export function resumable(error: CombinedError): boolean {
  const extensions = error.graphQLErrors[0]?.extensions;
  return extensions?.code === 'CONFLICT' && extensions.reason === 'SUBSCRIBER_TOO_SLOW';
}
