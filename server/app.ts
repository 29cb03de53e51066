import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { WebSocketServer } from 'ws';
import { AccessChangeSubscriber } from './auth/access-change.subscriber';
import { LiveAccess } from './auth/live-access';
import { SessionCache } from './auth/session-cache';
import { clearedSessionCookie, presentedToken, sessionCookie } from './auth/session-cookie';
import { budgetRouter } from './budget/budget.router';
import { calendarRoutes } from './calendars/calendar.routes';
import type { Context } from './context';
import { databaseProbe } from './db/health';
import type { Orm } from './db/orm';
import { type Env, introspectionEnabled } from './env';
import { errorLoggingPlugin } from './graphql/error-logging.plugin';
import { formatError } from './graphql/format-error';
import { noStorePlugin } from './graphql/no-store.plugin';
import { operationGuardPlugin } from './graphql/operation-guard.plugin';
import { createRateLimiters, type RateLimitSettings } from './graphql/rate-limits';
import { contextFactory, type RequestOrigin } from './graphql/request-context';
import { parseOptions, REQUEST_LIMITS, requestLimits } from './graphql/request-limits';
import { startWebSocketServer } from './graphql/ws-server';
import { type IntervalJob, startIntervalJob } from './jobs/interval-job';
import { createLiveRuntime, type LiveRuntime, type LiveSettings } from './live/live-runtime';
import type { Logger } from './logger';
import type { Notification } from './notifications/notification.entity';
import { notifyDueSteps } from './notifications/notification.service';
import { protocolRoutes } from './protocols/protocol.routes';
import { createPubSub } from './pubsub';
import { buildPlanwerkSchema } from './schema';
import { serveClient } from './serve-client';

export interface AppDeps {
  env: Env;
  orm: Orm;
  logger: Logger;
  /** The current time; tests and scheduled jobs inject their own. */
  now?: () => Date;
  /** Rate limits other than the production ones (tests that are not about them). */
  rateLimits?: RateLimitSettings;
  /** Prefix of the rate limits' Redis keys; instances that share their limits share it (tests give each server its own). */
  rateLimitKeyPrefix?: string;
  /** Overrides of the live settings (tests shorten grace periods and intervals). */
  liveSettings?: Partial<LiveSettings>;
  /** See startWebSocketServer: false executes meeting events once per subscriber (the benchmark's comparison). */
  sharedExecution?: boolean;
}

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  wsServer: WebSocketServer;
  schema: GraphQLSchema;
  live: LiveRuntime;
  /** Scheduled work: deadline notifications (runs at start, then every DEADLINE_CHECK_INTERVAL_SECONDS). */
  jobs: { deadlines: IntervalJob<Notification[]> };
  /** Listens on `port` (0 for a free one) and resolves with the port taken. */
  listen: (port: number) => Promise<number>;
  /** Stops taking requests, ends open WebSockets and waits for running requests. */
  close: () => Promise<void>;
}

function httpOrigin(req: Request, res: Response): RequestOrigin {
  return {
    token: presentedToken(req.headers),
    client: { ip: req.ip ?? 'unknown', secure: req.secure },
    sessionCookie: {
      set: (token, expiresAt) => res.append('Set-Cookie', sessionCookie(token, expiresAt, req.secure)),
      clear: () => res.append('Set-Cookie', clearedSessionCookie(req.secure)),
    },
  };
}

/** Bodies the JSON parser refused (too large, not JSON) get a GraphQL-shaped answer with a code. */
const refuseBadBody: ErrorRequestHandler = (error, _req, res, next) => {
  const status = typeof error?.status === 'number' ? error.status : 0;
  if (status < 400 || status >= 500) return next(error);
  const code = status === 413 ? 'QUERY_TOO_COMPLEX' : 'BAD_REQUEST';
  const message =
    status === 413 ? `Request body larger than ${REQUEST_LIMITS.bodyBytes} bytes` : 'Request body is not valid JSON';
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/** Builds Planwerk's HTTP and WebSocket server without starting it. */
export async function buildApp({
  env,
  orm,
  logger,
  now = () => new Date(),
  rateLimits,
  rateLimitKeyPrefix,
  liveSettings,
  sharedExecution,
}: AppDeps): Promise<App> {
  const pubsub = createPubSub(env, logger);
  const live = createLiveRuntime({ env, orm, logger, pubsub, settings: liveSettings });
  const schema = await buildPlanwerkSchema(pubsub);
  const limits = requestLimits({ introspection: introspectionEnabled(env) });
  const liveAccess = new LiveAccess(orm, now);
  const sessions = new SessionCache();
  orm.em.getEventManager().registerSubscriber(
    new AccessChangeSubscriber((change) => {
      // At once here, before the changing request answers; other instances hear it through pub/sub.
      sessions.invalidate();
      pubsub.publish('ACCESS_CHANGED', change);
    }),
  );
  const accessChanges = pubsub.subscribe('ACCESS_CHANGED');
  void (async () => {
    for await (const _change of accessChanges) {
      sessions.invalidate();
      liveAccess.invalidate();
    }
  })();
  const rateLimiters = createRateLimiters({
    settings: rateLimits,
    redisUrl: env.REDIS_URL,
    keyPrefix: rateLimitKeyPrefix,
    logger,
  });
  const createContext = contextFactory({
    orm,
    logger,
    now,
    pubsub,
    rateLimiters,
    liveAccess,
    live,
    sessions,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.PLANWERK_TRUST_PROXY);
  const httpServer = createServer(app);
  const ws = startWebSocketServer({
    httpServer,
    schema,
    validationRules: limits.validationRules,
    createContext,
    liveAccess,
    pubsub,
    logger,
    maxSubscriptions: env.PLANWERK_WS_MAX_SUBSCRIPTIONS,
    origins: { allowed: env.PLANWERK_CORS_ORIGINS, trustProxy: app.get('trust proxy fn') },
    sharedExecution,
  });

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: introspectionEnabled(env),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals and stops everything in order. Apollo's own SIGTERM handler would race
    // it, and Apollo 5.5 never releases a second stop() that arrives while the first still drains
    // (an open keep-alive connection is enough): the process then hung until SIGKILL.
    stopOnTerminationSignals: false,
    parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      { serverWillStart: async () => ({ drainServer: ws.dispose }) },
      errorLoggingPlugin,
      operationGuardPlugin,
      ...limits.plugins,
    ],
  });
  await apollo.start();

  const databaseAnswers = databaseProbe(orm.config.get('clientUrl') ?? '');
  app.get('/healthz', async (_req, res) => {
    const healthy = await databaseAnswers();
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'database unreachable' });
  });
  if (env.PLANWERK_CORS_ORIGINS.length > 0)
    app.use('/graphql', cors({ origin: env.PLANWERK_CORS_ORIGINS, credentials: true, methods: ['GET', 'POST'] }));
  const httpContext = (req: Request, res: Response) => createContext(httpOrigin(req, res));
  app.use(protocolRoutes({ createContext: httpContext, logger }));
  app.use(calendarRoutes({ orm, logger, now }));
  app.use('/budget', budgetRouter({ createContext: httpContext, logger }));
  app.use(
    '/graphql',
    express.json({ limit: REQUEST_LIMITS.bodyBytes }),
    expressMiddleware(apollo, { context: async ({ req, res }) => createContext(httpOrigin(req, res)) }),
    refuseBadBody,
  );
  serveClient(app, env.PLANWERK_CLIENT_DIR);

  const deadlines = startIntervalJob({
    name: 'deadline-notifications',
    intervalMs: env.DEADLINE_CHECK_INTERVAL_SECONDS * 1000,
    work: () => notifyDueSteps({ em: orm.em.fork(), now: now(), pubsub }),
    logger,
  });

  return {
    httpServer,
    apollo,
    wsServer: ws.wsServer,
    schema,
    live,
    jobs: { deadlines },
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close: async () => {
      await deadlines.stop();
      await apollo.stop();
      await accessChanges.return();
      await live.close();
      await pubsub.close();
      await rateLimiters.close();
    },
  };
}
