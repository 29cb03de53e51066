import { type App, buildApp } from './app';
import { type Database, provideDatabase } from './db/database';
import { migrate, type Orm, openOrm, poolSettings } from './db/orm';
import { parseEnv } from './env';
import { createLogger } from './logger';
import { prepareData } from './seed/first-start';

const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL);
let database: Database | undefined;
let orm: Orm | undefined;
let app: App | undefined;

// Installed before anything starts, so a signal during start-up still stops what has started.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await app?.close();
  await orm?.close();
  await database?.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

database = await provideDatabase(env, logger);
orm = await openOrm(database.url, logger, poolSettings(env));
await migrate(orm);
await prepareData(env, orm, logger);
app = await buildApp({ env, orm, logger });
const port = await app.listen(env.PORT);
logger.info(`Planwerk is listening on http://localhost:${port}/graphql`);
