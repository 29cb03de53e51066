import { randomUUID } from 'node:crypto';
import { actorOf, setAuditActor } from '../audit/audit-actor';
import type { LiveAccess } from '../auth/live-access';
import { Roles } from '../auth/roles';
import type { SessionCache } from '../auth/session-cache';
import type { PresentedToken, SessionCookieJar } from '../auth/session-cookie';
import { hashToken, isWellFormedToken } from '../auth/tokens';
import { ANONYMOUS, type SignedInViewer, viewerFromToken } from '../auth/viewer';
import { berlinDay } from '../common/berlin-time';
import type { ClientInfo, Context } from '../context';
import type { Orm } from '../db/orm';
import { saturationOf } from '../db/saturation';
import { ServiceUnavailableError } from '../errors';
import type { LiveRuntime } from '../live/live-runtime';
import type { Logger } from '../logger';
import type { PubSub } from '../pubsub';
import type { RateLimiters } from './rate-limits';

export interface ContextDeps {
  orm: Orm;
  logger: Logger;
  now: () => Date;
  pubsub: PubSub;
  rateLimiters: RateLimiters;
  liveAccess: LiveAccess;
  live: LiveRuntime;
  sessions: SessionCache;
}

/** What a request (or WebSocket operation) brings along. */
export interface RequestOrigin {
  token: PresentedToken | null;
  client: ClientInfo;
  sessionCookie: SessionCookieJar;
  /** The viewer `token` stands for, when the caller knows it still does (a WebSocket's; see LiveAccess.recall). */
  viewer?: SignedInViewer;
}

export type CreateContext = (origin: RequestOrigin) => Promise<Context>;

/**
 * The session a token stands for, from the session cache when it can; a saturated database
 * refuses the request as retryable before anything runs.
 */
async function resolveViewer(deps: ContextDeps, token: string, now: Date) {
  if (!isWellFormedToken(token)) return null;
  try {
    return await deps.sessions.resolve(hashToken(token), now, () => viewerFromToken(deps.orm.em.fork(), token, now));
  } catch (err) {
    const saturation = saturationOf(err);
    if (!saturation) throw err;
    deps.logger.warn({ reason: saturation }, 'database saturated');
    throw new ServiceUnavailableError(saturation);
  }
}

/**
 * Builds the context of one request: resolves the viewer from the presented token once, forks
 * the EntityManager and marks it with the viewer as audit actor. A token that no longer stands
 * for a session leaves the viewer anonymous (so signing in still works) and clears its cookie.
 */
export function contextFactory(deps: ContextDeps): CreateContext {
  return async ({ token, client, sessionCookie, viewer: known }) => {
    const requestId = randomUUID();
    const now = deps.now();
    const viewer = known ?? ((token && (await resolveViewer(deps, token.token, now))) || ANONYMOUS);
    if (token?.fromCookie && viewer.kind === 'anonymous') sessionCookie.clear();
    const em = deps.orm.em.fork();
    setAuditActor(em, actorOf(viewer, requestId));
    return {
      requestId,
      em,
      logger: deps.logger.child({ requestId }),
      now: deps.now,
      viewer,
      roles: new Roles(em, viewer, berlinDay(now)),
      client,
      sessionCookie,
      pubsub: deps.pubsub,
      rateLimiters: deps.rateLimiters,
      liveAccess: deps.liveAccess,
      live: deps.live,
    };
  };
}
