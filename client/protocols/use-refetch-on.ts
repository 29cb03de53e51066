import { useEffect, useRef } from 'react';
import type { UseQueryExecute } from 'urql';

/**
 * Asks the server again whenever `revision` moves on. The cache drops the protocol's text after
 * every section change, but it does not ask again for a query already on its way, so after a
 * burst of changes (a move renumbers several sections) the answer in flight could be the last
 * word. The page bumps the revision once an action is complete.
 */
export function useRefetchOn(revision: number, reexecute: UseQueryExecute, paused = false): void {
  const latest = useRef({ reexecute, paused });
  latest.current = { reexecute, paused };
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    if (!latest.current.paused) latest.current.reexecute({ requestPolicy: 'network-only' });
  }, [revision]);
}
