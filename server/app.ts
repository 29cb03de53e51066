import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { budgetRouter } from './budget/budget.router';
import { calendarRoutes } from './calendars/calendar.routes';
import type { Context } from './context';
import type { Orm } from './db/orm';
import type { Env } from './env';
import { errorLoggingPlugin } from './graphql/error-logging.plugin';
import { formatError } from './graphql/format-error';
import { type IntervalJob, startIntervalJob } from './jobs/interval-job';
import type { Logger } from './logger';
import type { Notification } from './notifications/notification.entity';
import { createDueNotifications } from './notifications/notification.service';
import { protocolRoutes } from './protocols/protocol.routes';
import { buildPlanwerkSchema } from './schema';
import { serveClient } from './serve-client';

export interface AppDeps {
  env: Env;
  orm: Orm;
  logger: Logger;
  /** The current time; tests and scheduled jobs inject their own. */
  now?: () => Date;
}

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  wsServer: WebSocketServer;
  schema: GraphQLSchema;
  /** Scheduled work: deadline notifications (runs at start, then every DEADLINE_CHECK_INTERVAL_SECONDS). */
  jobs: { deadlines: IntervalJob<Notification[]> };
  /** Listens on `port` (0 for a free one) and resolves with the port taken. */
  listen: (port: number) => Promise<number>;
  /** Stops taking requests, ends open WebSockets and waits for running requests. */
  close: () => Promise<void>;
}

/** Builds Planwerk's HTTP and WebSocket server without starting it. */
export async function buildApp({ env, orm, logger, now = () => new Date() }: AppDeps): Promise<App> {
  const schema = await buildPlanwerkSchema();
  const createContext = (requestId: string): Context => ({
    requestId,
    em: orm.em.fork(),
    logger: logger.child({ requestId }),
    now,
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsHandle = useServer<Record<string, unknown>, { requestId?: string }>(
    {
      schema,
      context: (ctx) => createContext((ctx.extra.requestId ??= randomUUID())),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => wsHandle.dispose() }) },
      errorLoggingPlugin,
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    const healthy = await orm.isConnected();
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'database unreachable' });
  });
  app.use(protocolRoutes({ orm, logger }));
  app.use(calendarRoutes({ orm, logger, now }));
  app.use(
    '/budget',
    budgetRouter(() => createContext(randomUUID())),
  );
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(randomUUID()) }),
  );
  serveClient(app, env.PLANWERK_CLIENT_DIR);

  const deadlines = startIntervalJob({
    name: 'deadline-notifications',
    intervalMs: env.DEADLINE_CHECK_INTERVAL_SECONDS * 1000,
    work: () => createDueNotifications({ em: orm.em.fork(), now: now() }),
    logger,
  });

  return {
    httpServer,
    apollo,
    wsServer,
    schema,
    jobs: { deadlines },
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close: async () => {
      await deadlines.stop();
      await apollo.stop();
    },
  };
}
