import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ConnectionStatus, ConnectionStatusStore } from './connection-status';

export const ConnectionStatusContext = createContext<ConnectionStatusStore | null>(null);

export function useConnectionStatus(): ConnectionStatus {
  const store = useContext(ConnectionStatusContext);
  if (!store) throw new Error('useConnectionStatus needs a ConnectionStatusContext provider');
  return useSyncExternalStore(store.subscribe, store.getStatus);
}
