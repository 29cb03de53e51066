/** `npm run seed` — loads the demo meeting into an empty database; never touches one with data. */
import { provideDatabase } from '../db/database';
import { migrate, openOrm } from '../db/orm';
import { parseEnv } from '../env';
import { createLogger } from '../logger';
import { loadDemoData } from './load-demo-data';
import { readDemoAccounts, readSeedData } from './seed-data';

const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL);
const database = await provideDatabase(env, logger);
const orm = await openOrm(database.url, logger);
try {
  await migrate(orm);
  const loaded = await loadDemoData(orm.em.fork(), await readSeedData(), await readDemoAccounts());
  console.log(
    loaded
      ? 'Loaded the demo meeting of 19.10.2012 and its Graz budget figures.'
      : 'The database already holds planning data; nothing was changed.',
  );
} finally {
  await orm.close();
  await database.stop();
}
