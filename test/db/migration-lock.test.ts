import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase, ensureDatabase } from '../../server/db/ensure-database';
import { migrate, type Orm, openOrm } from '../../server/db/orm';
import { migrationsList } from '../../server/migrations';

describe('migrations of instances that start together', () => {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/planwerk_test_${randomBytes(6).toString('hex')}`;
  const orms: Orm[] = [];
  afterAll(async () => {
    await Promise.all(orms.map((orm) => orm.close(true)));
    await dropDatabase(url.toString());
  });

  it('all succeed on a fresh database, and the schema is migrated once', async () => {
    await ensureDatabase(url.toString());
    orms.push(...(await Promise.all([1, 2, 3].map(() => openOrm(url.toString())))));

    await Promise.all(orms.map((orm) => migrate(orm)));

    const applied = await orms[0]!.em
      .getConnection()
      .execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
    expect(applied.map(({ name }) => name)).toEqual(migrationsList.map(({ name }) => name));
    expect(await orms[1]!.getMigrator().getPendingMigrations()).toEqual([]);
  });
});
