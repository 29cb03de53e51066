import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AuditSubscriber } from '../audit/audit.subscriber';
import { type Env, parseEnv } from '../env';
import type { Logger } from '../logger';
import { migrationsList } from '../migrations';
import { withAdvisoryLock } from './advisory-lock';
import { entities } from './entities';

export type Orm = MikroORM<PostgreSqlDriver>;

/** How the server uses its PostgreSQL connections (DATABASE_POOL_MAX and the two timeouts in env.ts). */
export interface PoolSettings {
  max: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
}

export function poolSettings(
  env: Pick<Env, 'DATABASE_POOL_MAX' | 'DATABASE_ACQUIRE_TIMEOUT_MS' | 'DATABASE_STATEMENT_TIMEOUT_MS'>,
): PoolSettings {
  return {
    max: env.DATABASE_POOL_MAX,
    acquireTimeoutMs: env.DATABASE_ACQUIRE_TIMEOUT_MS,
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
  };
}

export const DEFAULT_POOL: PoolSettings = poolSettings(parseEnv({}));

export function ormOptions(
  clientUrl: string,
  logger?: Logger,
  pool: PoolSettings = DEFAULT_POOL,
): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: 'server/migrations',
      pathTs: 'server/migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    // Batches Reference.load() and Collection.load() of one tick into one query each, so the
    // field resolvers of a list never cost one query per parent.
    dataloader: DataloaderType.ALL,
    // Every change a request makes is written to the audit log in the same flush.
    subscribers: [new AuditSubscriber()],
    forceUtcTimezone: true,
    // Every request and job forks its own EntityManager; the global one must never be used.
    allowGlobalContext: false,
    pool: { min: 0, max: pool.max },
    driverOptions: {
      // A saturated database refuses at once (SERVICE_UNAVAILABLE) rather than queueing requests for a minute.
      acquireConnectionTimeout: pool.acquireTimeoutMs,
      connection: { statement_timeout: pool.statementTimeoutMs },
    },
    discovery: { warnWhenNoEntities: true },
    debug: false,
    // MikroORM writes migrator progress to stdout by default; it belongs in the service log.
    logger: (message) => logger?.debug({ orm: message }),
  };
}

export async function openOrm(clientUrl: string, logger?: Logger, pool?: PoolSettings): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, logger, pool));
}

/**
 * Applies pending migrations; instances that start together take turns, and the later ones find
 * none left. They run on an ORM of their own without statement_timeout, which guards requests: a
 * migration that rewrites a large table may take longer.
 */
export async function migrate(orm: Orm): Promise<void> {
  const url = orm.config.get('clientUrl') ?? '';
  await withAdvisoryLock(url, 'planwerk:migrations', async () => {
    const migrating = await openOrm(url, undefined, { ...DEFAULT_POOL, max: 1, statementTimeoutMs: 0 });
    try {
      await migrating.getMigrator().up();
    } finally {
      await migrating.close(true);
    }
  });
}
