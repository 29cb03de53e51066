import { Repeater } from '@graphql-yoga/subscription';
import type { EntityManager } from '@mikro-orm/postgresql';
import { berlinDay } from '../common/berlin-time';
import type { Orm } from '../db/orm';
import { Roles } from './roles';
import { type SignedInViewer, viewerFromSession } from './viewer';

/** Re-decides at least this often even when nothing announced a change (e.g. SQL run by hand). */
const MAX_DECISION_AGE_MS = 60_000;
const MAX_CACHED_DECISIONS = 10_000;

export type LiveCheck = (roles: Roles, em: EntityManager) => Promise<boolean>;

interface Decision {
  allowed: boolean;
  generation: number;
  until: number;
}

/** A viewer resolved for a long-lived connection, valid under the same terms as a cached decision. */
export interface RememberedViewer {
  viewer: SignedInViewer;
  generation: number;
  until: number;
}

/**
 * Answers, for each event of a long-lived subscription, whether its session is still valid and
 * may still see what it subscribed to. Decisions are cached per session and key and dropped when
 * access-relevant data changes (see access-change.subscriber.ts), so a busy meeting costs no
 * query per event while a removed participant stops receiving at the next event.
 */
export class LiveAccess {
  private generation = 0;
  private readonly decisions = new Map<string, Decision>();

  constructor(
    private readonly orm: Orm,
    private readonly now: () => Date,
  ) {}

  /**
   * Keeps a WebSocket's viewer for its next operations, so a co-editing socket does not look its
   * session up for every keystroke; `recall` gives it back until access-relevant data changes,
   * MAX_DECISION_AGE_MS pass or the session expires, as for decisions.
   */
  remember(viewer: SignedInViewer): RememberedViewer {
    return {
      viewer,
      generation: this.generation,
      until: Math.min(this.now().getTime() + MAX_DECISION_AGE_MS, viewer.expiresAt.getTime()),
    };
  }

  recall(remembered: RememberedViewer | undefined): SignedInViewer | undefined {
    if (!remembered || remembered.generation !== this.generation || this.now().getTime() >= remembered.until)
      return undefined;
    return remembered.viewer;
  }

  /** Forgets every decision; called after a transaction changed who may see what. */
  invalidate(): void {
    this.generation += 1;
    this.decisions.clear();
  }

  /**
   * `key` names what `check` decides, e.g. "read-meeting:<id>"; the same key must mean the same
   * check. A cached decision comes back as it is, not as a promise: this is asked for every event
   * of every subscriber, and a promise each would cost a fan-out to hundreds of sockets more than the rest.
   */
  allows(viewer: SignedInViewer, key: string, check: LiveCheck): boolean | Promise<boolean> {
    const cacheKey = `${viewer.sessionId}|${key}`;
    const now = this.now();
    const cached = this.decisions.get(cacheKey);
    if (cached && cached.generation === this.generation && now.getTime() < cached.until) return cached.allowed;
    return this.decide(viewer, cacheKey, check, now);
  }

  private async decide(viewer: SignedInViewer, cacheKey: string, check: LiveCheck, now: Date): Promise<boolean> {
    const generation = this.generation;
    const em = this.orm.em.fork();
    const fresh = await viewerFromSession(em, viewer.sessionId, now);
    const allowed = fresh ? await check(new Roles(em, fresh, berlinDay(now)), em) : false;
    const until = Math.min(now.getTime() + MAX_DECISION_AGE_MS, fresh?.expiresAt.getTime() ?? 0);
    if (this.decisions.size >= MAX_CACHED_DECISIONS) this.decisions.clear();
    this.decisions.set(cacheKey, { allowed, generation, until });
    return allowed;
  }
}

/**
 * Passes a subscription's events on while `allowed` says yes and ends the subscription (the
 * client sees it complete) at the first event that it refuses.
 */
export function whileAllowed<T>(allowed: () => boolean | Promise<boolean>) {
  return (source: AsyncIterable<T>) =>
    new Repeater<T>(async (push, stop) => {
      const events = source[Symbol.asyncIterator]();
      void stop.then(() => events.return?.());
      for (let next = await events.next(); !next.done && (await allowed()); next = await events.next()) {
        await push(next.value);
      }
      stop();
    });
}
