import type { Server } from 'node:http';
import { type ExecutionResult, GraphQLError, type GraphQLSchema, getOperationAST, type ValidationRule } from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { LiveAccess, RememberedViewer } from '../auth/live-access';
import { NO_COOKIES, type PresentedToken, presentedToken } from '../auth/session-cookie';
import type { Context } from '../context';
import { UnauthenticatedError } from '../errors';
import { createSharedSubscribe } from '../live/shared-execution';
import type { Logger } from '../logger';
import type { PubSub } from '../pubsub';
import { formatError, isInternal } from './format-error';
import { guardOperation } from './operation-guard';
import type { CreateContext, RequestOrigin } from './request-context';
import { REQUEST_LIMITS } from './request-limits';
import { coded, documentCache } from './ws-documents';

export const WS_LIMITS = {
  /** Open WebSockets per session: a few browser tabs, not a flood. */
  connectionsPerSession: 8,
  /** How long a new socket may take to send connection_init. */
  connectionInitWaitMs: 3_000,
} as const;

/** graphql-ws close codes its client does not retry. */
const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_TOO_MANY = 4429;

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
  /**
   * Whether each meeting event is executed once for all subscribers with the same document (the
   * default) or once per subscriber, as graphql-js does; the benchmark compares both.
   */
  sharedExecution?: boolean;
}

/**
 * What a subscription's stream throws after it started (a subscriber too slow, one no longer
 * allowed) reaches here wrapped by graphql-ws in a new error without path or code; the client
 * gets the thrown error's own code.
 */
function thrownBy(error: GraphQLError): GraphQLError {
  return !error.path && error.originalError instanceof GraphQLError ? error.originalError : error;
}

function formatted(error: GraphQLError) {
  const thrown = thrownBy(error);
  return formatError(thrown.toJSON(), thrown);
}

/**
 * graphql-ws on /graphql. A connection needs a valid session (from `connectionParams.token`, or
 * the cookie or Bearer header of the upgrade request); each operation then gets the same checks
 * as over HTTP, with the session looked up again once access-relevant data changed or a minute
 * passed (LiveAccess.recall). Sockets are counted per session, and closed when their session ends.
 */
export function startWebSocketServer({
  httpServer,
  schema,
  validationRules,
  createContext,
  liveAccess,
  pubsub,
  logger,
  sharedExecution = true,
}: Deps) {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: REQUEST_LIMITS.bodyBytes });
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
      connectionInitWaitTimeout: WS_LIMITS.connectionInitWaitMs,
      onConnect: async ({ connectionParams, extra }) => {
        const param = connectionParams?.token;
        extra.token =
          typeof param === 'string'
            ? { token: param, fromCookie: false }
            : (presentedToken(extra.request.headers) ?? undefined);
        const { viewer } = await createContext(originOf(extra));
        if (viewer.kind === 'anonymous') {
          extra.socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
          return false;
        }
        const sockets = socketsBySession.get(viewer.sessionId) ?? new Set();
        if (sockets.size >= WS_LIMITS.connectionsPerSession) {
          extra.socket.close(CLOSE_TOO_MANY, 'Too many connections for this session');
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
      onSubscribe: async ({ extra }, _id, payload) => {
        const cached = cachedDocument(payload.query);
        if ('errors' in cached) return cached.errors;
        const { document } = cached;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Name the operation to run', { extensions: { code: 'BAD_REQUEST' } })];
        const known = liveAccess.recall(extra.viewer);
        const contextValue = await createContext({ ...originOf(extra), viewer: known });
        if (contextValue.viewer.kind === 'anonymous') {
          extra.socket.close(CLOSE_UNAUTHORIZED, 'Session ended');
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
          return [coded(error, 'BAD_REQUEST')];
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
      onError: (_ctx, _id, _payload, errors) => {
        for (const error of errors.map(thrownBy).filter(isInternal)) {
          logger.error({ err: error.originalError ?? error, path: error.path }, 'internal error in a subscription');
        }
        return errors.map(formatted);
      },
      onNext: (_ctx, _id, _payload, args, result: ExecutionResult) => {
        if (!result.errors) return result;
        const requestLogger = (args.contextValue as Context).logger;
        for (const error of result.errors.filter(isInternal))
          requestLogger.error({ err: error.originalError ?? error, path: error.path }, 'internal error');
        return { ...result, errors: result.errors.map(formatted) };
      },
    },
    wsServer,
  );

  const changes = pubsub.subscribe('ACCESS_CHANGED');
  void (async () => {
    for await (const change of changes) {
      for (const sessionId of change.revokedSessionIds) {
        for (const socket of socketsBySession.get(sessionId) ?? []) socket.close(CLOSE_UNAUTHORIZED, 'Session ended');
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
