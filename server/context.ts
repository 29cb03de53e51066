import type { IncomingHttpHeaders } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LiveRuntime } from './live/live-runtime';
import type { Logger } from './logger';

/** What the client sent along: HTTP headers, and on WebSockets the graphql-ws connectionParams. */
export interface Transport {
  headers: IncomingHttpHeaders;
  connectionParams?: Readonly<Record<string, unknown>>;
}

/** What every resolver gets: its own EntityManager, a logger tagged with the request, and the clock. */
export interface Context {
  requestId: string;
  em: EntityManager;
  logger: Logger;
  now: () => Date;
  transport: Transport;
  /** Live events, feeds and presence of this server instance. */
  live: LiveRuntime;
}
