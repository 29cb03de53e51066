import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context, Transport } from './context';
import type { Orm } from './db/orm';
import type { Env } from './env';
import { errorLoggingPlugin } from './graphql/error-logging.plugin';
import { formatError } from './graphql/format-error';
import { documentCache } from './graphql/ws-documents';
import { formatWsErrors } from './graphql/ws-errors';
import { createLiveRuntime, type LiveRuntime, type LiveSettings } from './live/live-runtime';
import { createSharedSubscribe } from './live/shared-execution';
import type { Logger } from './logger';
import { buildPlanwerkSchema } from './schema';

export interface AppDeps {
  env: Env;
  orm: Orm;
  logger: Logger;
  /** The current time; tests and scheduled jobs inject their own. */
  now?: () => Date;
  /** Overrides of the live settings (tests shorten grace periods and intervals). */
  liveSettings?: Partial<LiveSettings>;
  /**
   * Whether graphql-ws executes each meeting event once for all subscribers with the same
   * document (the default) or once per subscriber, as graphql-js does; the benchmark compares both.
   */
  sharedExecution?: boolean;
}

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  wsServer: WebSocketServer;
  schema: GraphQLSchema;
  live: LiveRuntime;
  /** Listens on `port` (0 for a free one) and resolves with the port taken. */
  listen: (port: number) => Promise<number>;
  /** Stops taking requests, ends open WebSockets and waits for running requests. */
  close: () => Promise<void>;
}

/** Builds Planwerk's HTTP and WebSocket server without starting it. */
export async function buildApp({
  env,
  orm,
  logger,
  now = () => new Date(),
  liveSettings,
  sharedExecution = true,
}: AppDeps): Promise<App> {
  const live = createLiveRuntime({ env, orm, logger, settings: liveSettings });
  const schema = await buildPlanwerkSchema(live.bus.pubSub);
  const createContext = (requestId: string, transport: Transport): Context => ({
    requestId,
    em: orm.em.fork(),
    logger: logger.child({ requestId }),
    now,
    transport,
    live,
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsDocument = documentCache(schema);
  const wsHandle = useServer<Record<string, unknown>, { requestId?: string; request: IncomingMessage }>(
    {
      schema,
      context: (ctx) =>
        createContext((ctx.extra.requestId ??= randomUUID()), {
          headers: ctx.extra.request.headers,
          connectionParams: ctx.connectionParams,
        }),
      onSubscribe: (_ctx, _id, { query, operationName, variables }) => {
        const cached = wsDocument(query);
        if ('errors' in cached) return cached.errors;
        return { schema, document: cached.document, operationName, variableValues: variables };
      },
      subscribe: sharedExecution
        ? createSharedSubscribe({
            fieldName: 'meetingEvents',
            createContext: () => createContext(randomUUID(), { headers: {} }),
          })
        : undefined,
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatWsErrors(result.errors, logger) } : undefined,
      onError: (_ctx, _id, _payload, errors) => formatWsErrors(errors, logger),
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
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(randomUUID(), { headers: req.headers }) }),
  );

  return {
    httpServer,
    apollo,
    wsServer,
    schema,
    live,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close: async () => {
      await apollo.stop();
      await live.close();
    },
  };
}
