import type { ErrorRequestHandler, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '../errors';
import { formatError } from '../graphql/format-error';
import type { Logger } from '../logger';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** The HTTP status of an error code; other codes a client caused (malformed requests) are 400. */
export function httpStatusOf(code: unknown): number {
  return STATUS[code as ErrorCode] ?? 400;
}

/**
 * Answers a plain HTTP request (downloads, feeds, budget files) with an error in the shape of a
 * GraphQL response, `{ errors: [{ message, extensions: { code, field? } }] }`, so that clients
 * read refusals the same way everywhere; the status follows the code unless one is given.
 */
export function sendHttpError(
  res: Response,
  error: Pick<GraphQLFormattedError, 'message' | 'extensions'>,
  status = httpStatusOf(error.extensions?.code),
): void {
  res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

/**
 * The error handler of the plain HTTP routes. Errors are classified exactly as on /graphql
 * (`formatError`: coded refusals pass, database conflicts become CONFLICT); anything unexpected
 * is logged and answered 500 without details.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const formatted = formatError(
      error instanceof GraphQLError ? error.toJSON() : { message: 'Internal server error' },
      error,
    );
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR')
      logger.error({ err: error, path: req.path }, 'request failed');
    sendHttpError(res, formatted);
  };
}
