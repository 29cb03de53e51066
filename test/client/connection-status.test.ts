import { describe, expect, it } from 'vitest';
import {
  connectionStatus,
  createConnectionStatusStore,
  followBrowserNetwork,
} from '../../client/api/connection-status';
import { MAX_RETRY_DELAY_MS, retryDelay } from '../../client/api/reconnect';

describe('connection status', () => {
  it('is offline whenever the browser has no network, whatever the socket says', () => {
    for (const link of ['connecting', 'open', 'closed', 'failed'] as const) {
      expect(connectionStatus({ browserOnline: false, link })).toBe('offline');
    }
  });

  it('is live only with an open socket, reconnecting while it tries, offline once it gave up', () => {
    expect(connectionStatus({ browserOnline: true, link: 'open' })).toBe('live');
    expect(connectionStatus({ browserOnline: true, link: 'connecting' })).toBe('reconnecting');
    expect(connectionStatus({ browserOnline: true, link: 'closed' })).toBe('reconnecting');
    expect(connectionStatus({ browserOnline: true, link: 'failed' })).toBe('offline');
  });

  it('tells its listeners about changes of the status only, until they unsubscribe', () => {
    const store = createConnectionStatusStore(true);
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getStatus()));
    expect(store.getStatus()).toBe('reconnecting');

    store.setLink('open');
    store.setLink('open');
    store.setBrowserOnline(false);
    store.setLink('closed');
    store.setBrowserOnline(true);
    store.setLink('connecting');
    store.setLink('open');
    unsubscribe();
    store.setLink('closed');

    expect(seen).toEqual(['live', 'offline', 'reconnecting', 'live']);
    expect(store.getStatus()).toBe('reconnecting');
  });

  it('follows the browser going offline and online', () => {
    const store = createConnectionStatusStore(true);
    store.setLink('open');
    const stop = followBrowserNetwork(store, window);
    window.dispatchEvent(new Event('offline'));
    expect(store.getStatus()).toBe('offline');
    window.dispatchEvent(new Event('online'));
    expect(store.getStatus()).toBe('live');
    stop();
    window.dispatchEvent(new Event('offline'));
    expect(store.getStatus()).toBe('live');
  });
});

describe('reconnect backoff', () => {
  it('doubles from one second, spread over the upper half of each step', () => {
    expect([0, 1, 2, 3].map((retries) => retryDelay(retries, 1))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([0, 1, 2, 3].map((retries) => retryDelay(retries, 0))).toEqual([500, 1_000, 2_000, 4_000]);
  });

  it('never waits longer than the cap, however often it failed', () => {
    expect(retryDelay(5, 1)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelay(1_000, 1)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelay(1_000, 0)).toBe(MAX_RETRY_DELAY_MS / 2);
  });
});
