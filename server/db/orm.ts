import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AuditSubscriber } from '../audit/audit.subscriber';
import type { Logger } from '../logger';
import { migrationsList } from '../migrations';
import { withAdvisoryLock } from './advisory-lock';
import { entities } from './entities';

export type Orm = MikroORM<PostgreSqlDriver>;

export function ormOptions(clientUrl: string, logger?: Logger): Options<PostgreSqlDriver> {
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
    pool: { min: 0, max: 10 },
    discovery: { warnWhenNoEntities: true },
    debug: false,
    // MikroORM writes migrator progress to stdout by default; it belongs in the service log.
    logger: (message) => logger?.debug({ orm: message }),
  };
}

export async function openOrm(clientUrl: string, logger?: Logger): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, logger));
}

/** Applies pending migrations; instances that start together take turns, and the later ones find none left. */
export async function migrate(orm: Orm): Promise<void> {
  await withAdvisoryLock(orm.config.get('clientUrl') ?? '', 'planwerk:migrations', () => orm.getMigrator().up());
}
