/**
 * `npm run db:migration` — writes a migration for the difference between the entities and the
 * schema the committed migrations build, then lists it in server/migrations/index.ts.
 * Runs against a scratch database so no real data is touched.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEnv } from '../env';
import { createLogger } from '../logger';
import { provideDatabase } from './database';
import { dropDatabase, ensureDatabase } from './ensure-database';
import { migrate, openOrm } from './orm';

const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL);
const database = await provideDatabase(env, logger);
const scratch = new URL(database.url);
scratch.pathname = `/planwerk_migration_${randomBytes(4).toString('hex')}`;
await ensureDatabase(scratch.toString());
const orm = await openOrm(scratch.toString());
try {
  await migrate(orm);
  const result = await orm.getMigrator().createMigration(undefined, false, false, process.argv[2]);
  if (!result.fileName) {
    console.log('No changes: the entities match the migrations.');
  } else {
    const className = path.basename(result.fileName, '.ts');
    const indexFile = path.resolve('server/migrations/index.ts');
    const index = await readFile(indexFile, 'utf8');
    await writeFile(indexFile, addToIndex(index, className));
    console.log(`Wrote server/migrations/${result.fileName} and listed it in index.ts`);
  }
} finally {
  await orm.close(true);
  await dropDatabase(scratch.toString());
  await database.stop();
}

function addToIndex(index: string, className: string): string {
  const lines = index.split('\n');
  const importLine = `import { ${className} } from './${className}';`;
  const entryLine = `  { name: '${className}', class: ${className} },`;
  lines.splice(lines.lastIndexOf('];'), 0, entryLine);
  lines.splice(1, 0, importLine);
  return lines.join('\n');
}
