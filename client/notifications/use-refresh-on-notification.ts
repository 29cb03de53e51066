import { useEffect, useRef } from 'react';
import { type UseQueryExecute, useSubscription } from 'urql';
import { NotificationReceivedSubscription } from './notification.operations';

/** Asks the server again whenever it announces a new notification for the viewer. */
export function useRefreshOnNotification(reexecute: UseQueryExecute, paused = false): void {
  const latest = useRef(reexecute);
  latest.current = reexecute;
  const [{ data }] = useSubscription({ query: NotificationReceivedSubscription, pause: paused });
  const arrived = data?.notificationReceived.id;
  useEffect(() => {
    if (arrived) latest.current({ requestPolicy: 'network-only' });
  }, [arrived]);
}
