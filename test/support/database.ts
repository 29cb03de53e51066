import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase } from '../../server/db/ensure-database';
import { migrate, type Orm, openOrm, type PoolSettings } from '../../server/db/orm';

export interface TestDatabase {
  url: string;
  orm: Orm;
  drop: () => Promise<void>;
}

/** A fresh, migrated database of its own on the run's PostgreSQL; `pool` as the server would size it. */
export async function createTestDatabase(pool?: PoolSettings): Promise<TestDatabase> {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/planwerk_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(url.toString());
  const orm = await openOrm(url.toString(), undefined, pool);
  await migrate(orm);
  return {
    url: url.toString(),
    orm,
    drop: async () => {
      await orm.close(true);
      await dropDatabase(url.toString());
    },
  };
}
