import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger';

/** What every resolver gets: its own EntityManager, a logger tagged with the request, and the clock. */
export interface Context {
  requestId: string;
  em: EntityManager;
  logger: Logger;
  now: () => Date;
}
