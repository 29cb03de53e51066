import { LRUCache } from 'lru-cache';
import type { SignedInViewer } from './viewer';

export interface SessionCacheSettings {
  /** How long a resolved session is trusted without asking the database: the bound for changes no one announced (SQL by hand). */
  ttlMs: number;
  /** Sessions kept at most; the least recently used go first. */
  max: number;
}

export const SESSION_CACHE: SessionCacheSettings = { ttlMs: 30_000, max: 20_000 };

/**
 * The viewers of recently presented session tokens, by token hash, so that a request resolves its
 * session without a query. Everything that can end a session or change what its viewer holds
 * (sign-out, revocation, a guest removed, an account disabled, its grants or admin flag changed)
 * is an access change (access-change.subscriber.ts) and empties the cache on every instance;
 * the TTL bounds what was changed without one. Unknown tokens are never kept, so guessing costs
 * a lookup each, and the cache holds only sessions someone really presented.
 *
 * lru-cache rather than a Map: a bounded size with least-recently-used eviction and per-entry
 * TTL are what a cache that attackers can fill needs, and it is the maintained, widely used one.
 */
export class SessionCache {
  private readonly viewers: LRUCache<string, SignedInViewer>;
  /** Bumped by every invalidation; a lookup that began before one does not store what it read. */
  private generation = 0;

  constructor(settings: SessionCacheSettings = SESSION_CACHE) {
    this.viewers = new LRUCache({ max: settings.max, ttl: settings.ttlMs });
  }

  /**
   * The viewer of the session whose token hashes to `tokenHash`: from the cache while it is
   * fresh and the session unexpired at `now`, else from `load` (null for no valid session).
   */
  async resolve(
    tokenHash: string,
    now: Date,
    load: () => Promise<SignedInViewer | null>,
  ): Promise<SignedInViewer | null> {
    const cached = this.viewers.get(tokenHash);
    if (cached && cached.expiresAt > now) return cached;
    const generation = this.generation;
    const viewer = await load();
    if (viewer && generation === this.generation) this.viewers.set(tokenHash, viewer);
    else this.viewers.delete(tokenHash);
    return viewer;
  }

  /** Forgets every session: called on every access change, this instance's or another's. */
  invalidate(): void {
    this.generation += 1;
    this.viewers.clear();
  }
}
