import { randomBytes } from 'node:crypto';
import { provideDatabase } from '../server/db/database';
import { dropDatabase, ensureDatabase } from '../server/db/ensure-database';
import { migrate, type Orm, openOrm, poolSettings } from '../server/db/orm';
import type { Env } from '../server/env';
import type { Logger } from '../server/logger';

/** A migrated database of its own for one benchmark run (DATABASE_URL's server, or the embedded one). */
export async function scratchDatabase(
  env: Env,
  logger: Logger,
): Promise<{ url: string; orm: Orm; drop: () => Promise<void> }> {
  const database = await provideDatabase(env, logger);
  const url = new URL(database.url);
  url.pathname = `/planwerk_bench_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(url.toString());
  const orm = await openOrm(url.toString(), undefined, poolSettings(env));
  await migrate(orm);
  return {
    url: url.toString(),
    orm,
    drop: async () => {
      await orm.close(true);
      await dropDatabase(url.toString());
      await database.stop();
    },
  };
}
