import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../schema/error-codes';

export type { ErrorCode };

declare module 'graphql' {
  interface GraphQLErrorExtensions {
    code?: ErrorCode | (string & {});
    /** For BAD_USER_INPUT: the input field (dotted path) that was refused. */
    field?: string;
  }
}

abstract class PlanwerkError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class BadUserInputError extends PlanwerkError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class NotFoundError extends PlanwerkError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} does not exist`, { entity, id });
  }
}

export class ConflictError extends PlanwerkError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

export class UnauthenticatedError extends PlanwerkError {
  constructor(message = 'Sign in or join a meeting first') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends PlanwerkError {
  /** `reason` tells a refusal by the state of things (a locked table, a phase) from one by role. */
  constructor(message = 'You may not do this', extensions: { reason?: string } = {}) {
    super('FORBIDDEN', message, extensions);
  }
}

export class RateLimitedError extends PlanwerkError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many attempts; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** A limit of what one client holds at once (not a rate): waiting does not help, releasing does. */
export class LimitReachedError extends PlanwerkError {
  constructor(message: string, reason: string, limit: number) {
    super('RATE_LIMITED', message, { reason, limit });
  }
}

/** The database is saturated: no connection came free in time, or a statement ran out of time. Retrying later helps. */
export class ServiceUnavailableError extends PlanwerkError {
  constructor(reason: 'DATABASE_POOL_EXHAUSTED' | 'DATABASE_STATEMENT_TIMEOUT') {
    super('SERVICE_UNAVAILABLE', 'The database is busy; try again in a moment', {
      retryable: true,
      reason,
      http: { status: 503 },
    });
  }
}

export class QueryTooComplexError extends PlanwerkError {
  constructor(message: string) {
    super('QUERY_TOO_COMPLEX', message);
  }
}
