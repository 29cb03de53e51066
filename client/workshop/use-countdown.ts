import { useEffect, useMemo, useState } from 'react';
import { clockOffset, type TimerState, timeLeft } from './timer';

/** Milliseconds left on the workshop timer, ticking while it runs; corrected to the server's clock. */
export function useCountdown(timer: TimerState): number {
  // Taken when this state arrived: the difference to serverNow is how far this clock is off.
  const arrival = useMemo(() => {
    const at = Date.now();
    return { at, offset: clockOffset(timer.serverNow, at) };
  }, [timer.serverNow]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.status !== 'RUNNING') return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer.status]);
  // The last tick may be older than the state (no ticks while stopped): never count from before it came.
  return timeLeft(timer, arrival.offset, Math.max(now, arrival.at));
}
