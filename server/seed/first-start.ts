import { ensureAdmin } from '../auth/bootstrap-admin';
import type { Orm } from '../db/orm';
import { demoDataEnabled, type Env } from '../env';
import type { Logger } from '../logger';
import { loadDemoData } from './load-demo-data';
import { readDemoAccounts, readSeedData } from './seed-data';

/**
 * What a start adds to the database: the demo meeting and its sign-ins when enabled and the
 * database is empty (printing the sign-ins), and the admin named by PLANWERK_ADMIN_EMAIL.
 */
export async function prepareData(env: Env, orm: Orm, logger: Logger): Promise<void> {
  if (demoDataEnabled(env)) {
    const demoAccounts = await readDemoAccounts();
    if (await loadDemoData(orm.em.fork(), await readSeedData(), demoAccounts)) {
      logger.info('loaded the demo meeting of 19.10.2012');
      const emails = demoAccounts.accounts.map((account) => account.email).join(', ');
      logger.info(`demo sign-ins (password "${demoAccounts.password}"): ${emails}`);
    }
  }
  if (env.PLANWERK_ADMIN_EMAIL) {
    const token = await ensureAdmin(orm.em.fork(), env.PLANWERK_ADMIN_EMAIL, new Date());
    if (token) {
      logger.warn(
        `created admin ${env.PLANWERK_ADMIN_EMAIL}: set its password with acceptAccountInvitation(input: { token: "${token}", password }) within 7 days`,
      );
    }
  }
}
