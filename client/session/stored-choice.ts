/** A value kept in local storage that components can follow (`useSyncExternalStore`). */
export interface StoredChoice {
  get: () => string | null;
  set: (value: string | null) => void;
  subscribe: (listener: () => void) => () => void;
}

/**
 * Remembers one choice under `key`. Storage may be missing or refuse (private modes, policies):
 * then the choice lasts for this page. With `target` (the window), a choice made in another tab
 * arrives here too.
 */
export function createStoredChoice(storage: Storage | undefined, key: string, target?: Window): StoredChoice {
  const read = (): string | null => {
    try {
      return storage?.getItem(key) || null;
    } catch {
      return null;
    }
  };
  let value = read();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key && event.key !== null) return;
    value = read();
    notify();
  };
  return {
    get: () => value,
    set: (next) => {
      if (next === value) return;
      value = next;
      try {
        if (next) storage?.setItem(key, next);
        else storage?.removeItem(key);
      } catch {
        // Kept in memory only.
      }
      notify();
    },
    subscribe: (listener) => {
      if (listeners.size === 0) target?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) target?.removeEventListener('storage', onStorage);
      };
    },
  };
}
