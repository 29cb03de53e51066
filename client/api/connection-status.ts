/** What the interface tells people about the live link to the server. */
export type ConnectionStatus = 'offline' | 'reconnecting' | 'live';

/** The WebSocket as graphql-ws reports it; `failed` once it has given up retrying. */
export type LinkState = 'connecting' | 'open' | 'closed' | 'failed';

export interface ConnectionFacts {
  /** What the browser says (`navigator.onLine` and its online/offline events). */
  browserOnline: boolean;
  link: LinkState;
}

/**
 * The browser knowing it has no network wins over a socket that has not noticed yet; a socket
 * that gave up is offline too, since nothing will bring it back without a reload.
 */
export function connectionStatus({ browserOnline, link }: ConnectionFacts): ConnectionStatus {
  if (!browserOnline || link === 'failed') return 'offline';
  return link === 'open' ? 'live' : 'reconnecting';
}

export interface ConnectionStatusStore {
  getStatus: () => ConnectionStatus;
  /** For `useSyncExternalStore`: calls `listener` whenever the status changes. */
  subscribe: (listener: () => void) => () => void;
  setLink: (link: LinkState) => void;
  setBrowserOnline: (online: boolean) => void;
}

/** The one place the connection status lives; the urql client feeds it, the header reads it. */
export function createConnectionStatusStore(browserOnline: boolean): ConnectionStatusStore {
  let facts: ConnectionFacts = { browserOnline, link: 'connecting' };
  let status = connectionStatus(facts);
  const listeners = new Set<() => void>();
  const update = (change: Partial<ConnectionFacts>) => {
    facts = { ...facts, ...change };
    const next = connectionStatus(facts);
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };
  return {
    getStatus: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLink: (link) => update({ link }),
    setBrowserOnline: (online) => update({ browserOnline: online }),
  };
}

/** Keeps the store's view of the browser's network current; returns the way to stop. */
export function followBrowserNetwork(store: ConnectionStatusStore, target: Window): () => void {
  const online = () => store.setBrowserOnline(true);
  const offline = () => store.setBrowserOnline(false);
  target.addEventListener('online', online);
  target.addEventListener('offline', offline);
  return () => {
    target.removeEventListener('online', online);
    target.removeEventListener('offline', offline);
  };
}
