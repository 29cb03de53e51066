import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase } from '../../server/db/ensure-database';
import { migrate, type Orm, openOrm } from '../../server/db/orm';

export interface TestDatabase {
  url: string;
  orm: Orm;
  drop: () => Promise<void>;
}

/** A fresh, migrated database of its own on the run's PostgreSQL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/planwerk_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(url.toString());
  const orm = await openOrm(url.toString());
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
