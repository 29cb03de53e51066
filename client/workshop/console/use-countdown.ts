import { useEffect, useMemo, useState } from 'react';
import { clockOffset, remainingAt, type Timer } from './countdown';

/** Milliseconds left on the workshop timer, ticking while it runs; corrected to the server's clock. */
export function useCountdown(timer: Timer): number {
  // Taken when this state arrived: the difference to serverNow is how far this clock is off.
  const offset = useMemo(() => clockOffset(timer.serverNow, Date.now()), [timer.serverNow]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.status !== 'RUNNING') return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer.status]);
  return remainingAt(timer, offset, now);
}
