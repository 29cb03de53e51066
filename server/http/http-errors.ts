import type { ErrorRequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../errors';
import type { Logger } from '../logger';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * For the plain HTTP routes (downloads, feeds): the coded errors the services throw become
 * their HTTP status with the same code; anything else is logged and answered 500 without detail.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const code = error instanceof GraphQLError ? (error.extensions.code as ErrorCode | undefined) : undefined;
    const status = code && STATUS[code];
    if (code && status) {
      res.status(status).json({ code, message: (error as GraphQLError).message });
      return;
    }
    logger.error({ err: error, path: req.path }, 'request failed');
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  };
}
