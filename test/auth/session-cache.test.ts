import { describe, expect, it } from 'vitest';
import { SessionCache } from '../../server/auth/session-cache';
import type { SignedInViewer } from '../../server/auth/viewer';

const NOW = new Date('2026-12-07T10:00:00Z');

function guest(expiresAt = new Date(NOW.getTime() + 3_600_000)): SignedInViewer {
  return { kind: 'guest', sessionId: 's', guestId: 'g', meetingId: 'm', displayName: 'Gast', expiresAt };
}

/** A loader that counts its calls and answers `viewer`. */
function loader(viewer: SignedInViewer | null) {
  const load = async () => {
    load.calls += 1;
    return viewer;
  };
  load.calls = 0;
  return load;
}

describe('SessionCache', () => {
  it('asks the database once per token, then answers from memory', async () => {
    const cache = new SessionCache();
    const load = loader(guest());
    expect(await cache.resolve('hash', NOW, load)).toEqual(guest());
    expect(await cache.resolve('hash', NOW, load)).toEqual(guest());
    expect(load.calls).toBe(1);
  });

  it('never keeps a token that stands for no session', async () => {
    const cache = new SessionCache();
    const load = loader(null);
    await cache.resolve('unknown', NOW, load);
    await cache.resolve('unknown', NOW, load);
    expect(load.calls).toBe(2);
  });

  it('asks again once the session has expired, whatever the cache still holds', async () => {
    const cache = new SessionCache();
    await cache.resolve('hash', NOW, loader(guest(new Date(NOW.getTime() + 1_000))));
    const expired = loader(null);
    expect(await cache.resolve('hash', new Date(NOW.getTime() + 1_000), expired)).toBeNull();
    expect(expired.calls).toBe(1);
  });

  it('forgets everything on invalidation', async () => {
    const cache = new SessionCache();
    await cache.resolve('hash', NOW, loader(guest()));
    cache.invalidate();
    const again = loader(null);
    expect(await cache.resolve('hash', NOW, again)).toBeNull();
    expect(again.calls).toBe(1);
  });

  it('does not keep what a lookup read before an invalidation that came while it ran', async () => {
    const cache = new SessionCache();
    let finish: (viewer: SignedInViewer) => void = () => {};
    const slow = cache.resolve('hash', NOW, () => new Promise((resolve) => (finish = resolve)));
    cache.invalidate();
    finish(guest());
    await slow;
    const next = loader(null);
    expect(await cache.resolve('hash', NOW, next)).toBeNull();
    expect(next.calls).toBe(1);
  });

  it('keeps at most `max` sessions, dropping the least recently used', async () => {
    const cache = new SessionCache({ ttlMs: 60_000, max: 2 });
    for (const hash of ['a', 'b', 'c']) await cache.resolve(hash, NOW, loader(guest()));
    const reloaded = loader(guest());
    await cache.resolve('a', NOW, reloaded);
    await cache.resolve('c', NOW, reloaded);
    expect(reloaded.calls).toBe(1);
  });
});
