import { type App, buildApp } from '../../server/app';
import { parseEnv } from '../../server/env';
import type { LiveSettings } from '../../server/live/live-runtime';
import { createLogger } from '../../server/logger';
import { loadDemoData } from '../../server/seed/load-demo-data';
import { readSeedData } from '../../server/seed/seed-data';
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
  /** Load the demo meeting of 19.10.2012 first. */
  demo?: boolean;
  now?: () => Date;
  /** Live settings; tests get a presence grace of 200 ms unless they say otherwise. */
  liveSettings?: Partial<LiveSettings>;
  /** Extra environment, e.g. REDIS_URL. */
  env?: Record<string, string>;
}

/** A real Planwerk server on a free port over a fresh database; close it in afterAll. */
export async function startTestServer({ demo = false, now, liveSettings, env = {} }: TestServerOptions = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  if (demo) await loadDemoData(db.orm.em.fork(), await readSeedData());
  const app = await buildApp({
    env: parseEnv({ NODE_ENV: 'test', PORT: '0', ...env }),
    orm: db.orm,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    now,
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
      await db.drop();
    },
  };
}
