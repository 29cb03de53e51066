import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  type ExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  type ValidationRule,
} from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { LiveAccess, RememberedViewer } from '../auth/live-access';
import { NO_COOKIES, type PresentedToken, presentedToken } from '../auth/session-cookie';
import type { Context } from '../context';
import { saturationOf } from '../db/saturation';
import { LimitReachedError, UnauthenticatedError } from '../errors';
import { createSharedSubscribe } from '../live/shared-execution';
import type { Logger } from '../logger';
import type { PubSub } from '../pubsub';
import { formatError, isInternal } from './format-error';
import { guardOperation } from './operation-guard';
import type { CreateContext, RequestOrigin } from './request-context';
import { REQUEST_LIMITS } from './request-limits';
import { CLOSE, fixCloseReasons } from './ws-close';
import { coded, documentCache } from './ws-documents';
import { originAllowed, type TrustProxy } from './ws-origin';

export const WS_LIMITS = {
  /** Open WebSockets per session: a few browser tabs, not a flood. */
  connectionsPerSession: 8,
  /** How long a new socket may take to send connection_init. */
  connectionInitWaitMs: 3_000,
} as const;

type ConnectionExtra = {
  token?: PresentedToken;
  sessionId?: string;
  viewer?: RememberedViewer;
};

interface Deps {
  httpServer: Server;
  schema: GraphQLSchema;
  validationRules: ValidationRule[];
  createContext: CreateContext;
  liveAccess: LiveAccess;
  pubsub: PubSub;
  logger: Logger;
  /** Subscriptions one socket may hold at once (PLANWERK_WS_MAX_SUBSCRIPTIONS). */
  maxSubscriptions: number;
  /** Origins besides the page's own that may open a socket (PLANWERK_CORS_ORIGINS), and whom to believe about scheme and host. */
  origins: { allowed: readonly string[]; trustProxy: TrustProxy };
  /**
   * Whether each meeting event is executed once for all subscribers with the same document (the
   * default) or once per subscriber, as graphql-js does; the benchmark compares both.
   */
  sharedExecution?: boolean;
}

/**
 * What a subscription's stream throws after it started (a subscriber too slow, one no longer
 * allowed) reaches here wrapped by graphql-ws in a new error without path or code; the client
 * gets the thrown error's own code. An error that has its code (a refused document) is itself.
 */
function thrownBy(error: GraphQLError): GraphQLError {
  return !error.path && !error.extensions.code && error.originalError instanceof GraphQLError
    ? error.originalError
    : error;
}

/**
 * Formats errors as over HTTP (format-error.ts) and logs the unexpected ones at error level, as
 * the error-logging plugin does there, with a request id that the client gets too.
 */
function reported(errors: readonly GraphQLError[], logger: Logger, requestId: string): GraphQLFormattedError[] {
  return errors.map((error) => {
    const thrown = thrownBy(error);
    const formatted = formatError(thrown.toJSON(), thrown);
    const saturation = saturationOf(thrown);
    if (saturation) logger.warn({ reason: saturation, path: thrown.path, requestId }, 'database saturated');
    if (!isInternal(thrown)) return formatted;
    logger.error({ err: thrown.originalError ?? thrown, path: thrown.path, requestId }, 'internal error');
    return { ...formatted, extensions: { ...formatted.extensions, requestId } };
  });
}

/** The refusal of an operation graphql-js cannot pick from the document, in Apollo's words and code. */
function unresolvedOperation(operationName: string | null | undefined): GraphQLError {
  const message = operationName
    ? `Unknown operation named "${operationName}".`
    : 'Must provide operation name if query contains multiple operations.';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
}

/** Something failed that no client caused (the database, Redis): reported as INTERNAL_SERVER_ERROR and logged. */
function internalError(error: unknown): GraphQLError {
  return new GraphQLError('Internal server error', { originalError: error instanceof Error ? error : undefined });
}

const ORIGIN_REFUSED = JSON.stringify({
  errors: [
    {
      message: 'WebSockets may only be opened from the origins the API allows',
      extensions: { code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' },
    },
  ],
});

/**
 * graphql-ws on /graphql. An upgrade from a foreign origin is refused (403) before it opens; a
 * connection needs a valid session (from `connectionParams.token`, or the cookie or Bearer header
 * of the upgrade request); each operation then gets the same checks as over HTTP, with the session
 * looked up again once access-relevant data changed or a minute passed (LiveAccess.recall).
 * Sockets are counted per session and closed when their session ends; subscriptions are counted
 * per socket. Errors get the codes and log levels they get over HTTP, and every close its fixed reason.
 */
export function startWebSocketServer({
  httpServer,
  schema,
  validationRules,
  createContext,
  liveAccess,
  pubsub,
  logger,
  maxSubscriptions,
  origins,
  sharedExecution = true,
}: Deps) {
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: REQUEST_LIMITS.bodyBytes,
    verifyClient: ({ origin, req }, done) =>
      originAllowed(origin, req, origins)
        ? done(true)
        : done(false, 403, ORIGIN_REFUSED, { 'Content-Type': 'application/json' }),
  });
  // Registered before graphql-ws's own listener, so that no close, not even its first, escapes it.
  wsServer.on('connection', fixCloseReasons);
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const cachedDocument = documentCache(schema, validationRules);
  // Executing an event needs no viewer: event payloads are the same for everyone who may follow the meeting.
  const eventContext = () =>
    createContext({ token: null, client: { ip: 'internal', secure: false }, sessionCookie: NO_COOKIES });

  const originOf = (extra: {
    request: { socket: { remoteAddress?: string } };
    token?: PresentedToken;
  }): RequestOrigin => ({
    token: extra.token ?? null,
    client: { ip: extra.request.socket.remoteAddress ?? 'unknown', secure: false },
    sessionCookie: NO_COOKIES,
  });

  const handle: Disposable = useServer<{ token?: unknown }, ConnectionExtra>(
    {
      // graphql-ws would otherwise put an error's message into the close reason outside production.
      isProd: true,
      connectionInitWaitTimeout: WS_LIMITS.connectionInitWaitMs,
      onConnect: async ({ connectionParams, extra }) => {
        const param = connectionParams?.token;
        extra.token =
          typeof param === 'string'
            ? { token: param, fromCookie: false }
            : (presentedToken(extra.request.headers) ?? undefined);
        let viewer: Context['viewer'];
        try {
          ({ viewer } = await createContext(originOf(extra)));
        } catch (error) {
          logger.error({ err: error, requestId: randomUUID() }, 'internal error while connecting a WebSocket');
          extra.socket.close(CLOSE.INTERNAL_ERROR);
          return false;
        }
        if (viewer.kind === 'anonymous') {
          extra.socket.close(CLOSE.UNAUTHORIZED);
          return false;
        }
        const sockets = socketsBySession.get(viewer.sessionId) ?? new Set();
        if (sockets.size >= WS_LIMITS.connectionsPerSession) {
          extra.socket.close(CLOSE.TOO_MANY_CONNECTIONS);
          return false;
        }
        socketsBySession.set(viewer.sessionId, sockets.add(extra.socket));
        extra.sessionId = viewer.sessionId;
        return true;
      },
      onClose: ({ extra }) => {
        const sockets = extra.sessionId ? socketsBySession.get(extra.sessionId) : undefined;
        sockets?.delete(extra.socket);
        if (sockets?.size === 0) socketsBySession.delete(extra.sessionId!);
      },
      onSubscribe: async ({ extra, subscriptions }, _id, payload) => {
        // Counted before anything else is done or awaited: graphql-ws registered this one already,
        // and a flood of subscribe messages must cost no more than this check each.
        if (Object.keys(subscriptions).length > maxSubscriptions) {
          return [
            new LimitReachedError(
              `At most ${maxSubscriptions} subscriptions at once on one connection`,
              'TOO_MANY_SUBSCRIPTIONS',
              maxSubscriptions,
            ),
          ];
        }
        const cached = cachedDocument(payload.query);
        if ('errors' in cached) return cached.errors;
        const { document } = cached;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [unresolvedOperation(payload.operationName)];
        const known = liveAccess.recall(extra.viewer);
        let contextValue: Context;
        try {
          contextValue = await createContext({ ...originOf(extra), viewer: known });
        } catch (error) {
          return [internalError(error)];
        }
        if (contextValue.viewer.kind === 'anonymous') {
          extra.socket.close(CLOSE.UNAUTHORIZED);
          return [new UnauthenticatedError()];
        }
        if (!known) extra.viewer = liveAccess.remember(contextValue.viewer);
        try {
          await guardOperation(contextValue, {
            schema,
            document,
            operation,
            variables: payload.variables ?? undefined,
          });
        } catch (error) {
          return [error instanceof GraphQLError ? coded(error, 'BAD_REQUEST') : internalError(error)];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      subscribe: sharedExecution
        ? createSharedSubscribe({ fieldName: 'meetingEvents', createContext: eventContext })
        : undefined,
      onError: (_ctx, _id, _payload, errors) => reported(errors, logger, randomUUID()),
      onNext: (_ctx, _id, _payload, args, result: ExecutionResult) => {
        if (!result.errors) return result;
        const { logger: requestLogger, requestId } = args.contextValue as Context;
        return { ...result, errors: reported(result.errors, requestLogger, requestId) };
      },
    },
    wsServer,
  );

  // ws reports what a client did wrong on the wire (a frame too big, invalid UTF-8) as an 'error'
  // of the socket and closes it; graphql-ws's listener reports that as an internal error on the
  // console. Over HTTP such a request is refused without a log line: here it gets a debug one.
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => logger.debug({ err: error }, 'WebSocket closed for a protocol error of the client'));
  });

  const changes = pubsub.subscribe('ACCESS_CHANGED');
  void (async () => {
    for await (const change of changes) {
      for (const sessionId of change.revokedSessionIds) {
        for (const socket of socketsBySession.get(sessionId) ?? []) socket.close(CLOSE.UNAUTHORIZED);
      }
    }
  })();

  return {
    wsServer,
    dispose: async () => {
      await changes.return();
      await handle.dispose();
    },
  };
}
