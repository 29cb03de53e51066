import type { Env } from '../env';
import type { Logger } from '../logger';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ensureDatabase } from './ensure-database';

export interface Database {
  url: string;
  /** Stops the embedded PostgreSQL if this process started one. */
  stop: () => Promise<void>;
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL in PLANWERK_DATA_DIR. */
export async function provideDatabase(env: Env, logger: Logger): Promise<Database> {
  if (env.DATABASE_URL) {
    await ensureDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(env.PLANWERK_DATA_DIR, logger);
  const url = embedded.url('planwerk');
  await ensureDatabase(url);
  return { url, stop: embedded.stop };
}
