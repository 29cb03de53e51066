import { randomUUID } from 'node:crypto';
import { type App, buildApp } from '../../server/app';
import { poolSettings } from '../../server/db/orm';
import { parseEnv } from '../../server/env';
import type { RateLimitSettings } from '../../server/graphql/rate-limits';
import type { LiveSettings } from '../../server/live/live-runtime';
import { createLogger, type Logger } from '../../server/logger';
import { loadDemoData } from '../../server/seed/load-demo-data';
import { readDemoAccounts, readSeedData } from '../../server/seed/seed-data';
import { createTestDatabase, type TestDatabase } from './database';
import { type GraphQLResponse, graphqlClient } from './graphql';

export interface TestServer {
  url: string;
  wsUrl: string;
  app: App;
  db: TestDatabase;
  gql: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
  close: () => Promise<void>;
}

export interface TestServerOptions {
  /** Load the demo meeting of 19.10.2012 (and its demo sign-ins) first. */
  demo?: boolean;
  now?: () => Date;
  /** Serve the browser app built into this folder at `/` (the end-to-end tests build it). */
  clientDir?: string;
  /** Run over this database instead of a fresh one, and leave it in place on close (restart tests). */
  database?: TestDatabase;
  /** Extra environment, e.g. REDIS_URL or DATABASE_POOL_MAX (which sizes a fresh database's pool). */
  env?: Record<string, string>;
  rateLimits?: RateLimitSettings;
  /** Prefix of the rate limits' Redis keys (with REDIS_URL): servers that pass the same one share their limits, others never do. */
  rateLimitKeyPrefix?: string;
  /** Live settings; tests get a presence grace of 200 ms unless they say otherwise. */
  liveSettings?: Partial<LiveSettings>;
  /** The server's log (see recordLogs); silent unless TEST_LOG_LEVEL says otherwise. */
  logger?: Logger;
}

/** A real Planwerk server on a free port over a fresh database; close it in afterAll. `gql` is an anonymous client. */
export async function startTestServer({
  demo = false,
  now,
  clientDir,
  database,
  env = {},
  rateLimits,
  rateLimitKeyPrefix = `test-${randomUUID()}`,
  liveSettings,
  logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
}: TestServerOptions = {}): Promise<TestServer> {
  const parsed = parseEnv({
    NODE_ENV: 'test',
    PORT: '0',
    ...(clientDir ? { PLANWERK_CLIENT_DIR: clientDir } : {}),
    ...env,
  });
  // The pool is sized from the environment as in main.ts (DATABASE_POOL_MAX and its timeouts).
  const db = database ?? (await createTestDatabase(poolSettings(parsed)));
  if (demo) await loadDemoData(db.orm.em.fork(), await readSeedData(), await readDemoAccounts());
  const app = await buildApp({
    env: parsed,
    orm: db.orm,
    logger,
    now,
    rateLimits,
    rateLimitKeyPrefix,
    liveSettings: { presenceGraceMs: 200, ...liveSettings },
  });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    app,
    db,
    gql: graphqlClient(`${url}/graphql`),
    close: async () => {
      await app.close();
      if (!database) await db.drop();
    },
  };
}
