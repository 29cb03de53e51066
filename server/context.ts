import type { EntityManager } from '@mikro-orm/postgresql';
import type { LiveAccess } from './auth/live-access';
import type { Roles } from './auth/roles';
import type { SessionCookieJar } from './auth/session-cookie';
import type { Viewer } from './auth/viewer';
import type { RateLimiters } from './graphql/rate-limits';
import type { LiveRuntime } from './live/live-runtime';
import type { Logger } from './logger';
import type { PubSub } from './pubsub';

/** Where a request came from, as far as the server can trust it (see PLANWERK_TRUST_PROXY). */
export interface ClientInfo {
  ip: string;
  /** HTTPS, directly or as a trusted proxy reports it: session cookies are then marked Secure. */
  secure: boolean;
}

/**
 * What every resolver gets: its own EntityManager, the viewer and the facts about their roles,
 * a logger tagged with the request, the clock, and the app's shared services.
 */
export interface Context {
  requestId: string;
  em: EntityManager;
  logger: Logger;
  now: () => Date;
  viewer: Viewer;
  roles: Roles;
  client: ClientInfo;
  sessionCookie: SessionCookieJar;
  pubsub: PubSub;
  rateLimiters: RateLimiters;
  liveAccess: LiveAccess;
  /** Live events, feeds and presence of this server instance. */
  live: LiveRuntime;
}
