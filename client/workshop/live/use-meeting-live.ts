import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type CombinedError, useClient } from 'urql';
import { useConnectionStatus } from '../../api/connection-context';
import { arrival, resumable } from './event-seq';
import type { MeetingEvent } from './meeting-events.cache';
import { MeetingEventsSubscription } from './meeting-events.operations';

export type MeetingEventListener = (event: MeetingEvent) => void;

export interface MeetingLive {
  /** The seq of the newest event received. */
  lastSeq: () => number;
  /** Hears every new event once, in order, after the cache applied it; returns the way to stop. */
  listen: (listener: MeetingEventListener) => () => void;
  /** Why the server refused to stream the meeting (not for a lost connection, which resumes). */
  refusal: CombinedError | null;
}

/**
 * Follows a meeting's live events from `eventSeq` (what the meeting query showed) while the live
 * link is up; the cache applies them (meeting-events.cache.ts). The subscription ends when the
 * link drops, before graphql-ws would send the old `afterSeq` again, and starts anew from the
 * last seq seen once the link is live: nothing missed, nothing twice. Mount it once per page.
 */
export function useMeetingLive(meetingId: string, eventSeq: number): MeetingLive {
  const client = useClient();
  const status = useConnectionStatus();
  const last = useRef({ meetingId, seq: eventSeq });
  if (last.current.meetingId !== meetingId) last.current = { meetingId, seq: eventSeq };
  const listeners = useRef(new Set<MeetingEventListener>());
  const [attempt, setAttempt] = useState(0);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks for a fresh subscription.
  useEffect(() => {
    if (status !== 'live') return;
    const subscription = client
      .subscription(MeetingEventsSubscription, { meetingId, afterSeq: last.current.seq })
      .subscribe((result) => {
        if (result.error) {
          if (resumable(result.error)) setAttempt((count) => count + 1);
          else setRefusal(result.error);
          return;
        }
        const event = result.data?.meetingEvents;
        if (!event) return;
        const seen = arrival(last.current.seq, event.seq);
        if (seen === 'gap') setAttempt((count) => count + 1);
        if (seen !== 'next') return;
        last.current.seq = event.seq;
        setRefusal(null);
        for (const listener of listeners.current) listener(event);
      });
    return () => subscription.unsubscribe();
  }, [client, meetingId, status, attempt]);

  const lastSeq = useCallback(() => last.current.seq, []);
  const listen = useCallback((listener: MeetingEventListener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  return useMemo(() => ({ lastSeq, listen, refusal }), [lastSeq, listen, refusal]);
}
