import { useEffect, useRef } from 'react';
import type { UseQueryExecute } from 'urql';

/**
 * Asks the server again whenever the page comes back into view (tab shown, window focused),
 * showing what is cached meanwhile: catches up on whatever happened while the page was hidden
 * or offline, where a subscription may have missed it.
 */
export function useRefreshOnFocus(reexecute: UseQueryExecute, paused = false): void {
  const latest = useRef(reexecute);
  latest.current = reexecute;
  useEffect(() => {
    if (paused) return;
    const refresh = () => {
      if (document.visibilityState === 'visible') latest.current({ requestPolicy: 'cache-and-network' });
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [paused]);
}
