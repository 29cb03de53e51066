import { unwrapResolverError } from '@apollo/server/errors';
import {
  CheckConstraintViolationException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ERROR_CODES } from '../../schema/error-codes';
import { saturationOf } from '../db/saturation';
import { ServiceUnavailableError } from '../errors';

/** Codes whose messages are written for clients and pass through as they are. */
const CLIENT_CODES = new Set<string>([
  ...ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

// graphql-js's parser stops at its limits (maxTokens) with a syntax error saying so.
const PARSER_LIMIT = /Parsing aborted\./;

/**
 * Our own coded errors raised while Apollo parses or validates (the query limits) reach here
 * wrapped in Apollo's GRAPHQL_VALIDATION_FAILED; their own code is the one clients need.
 */
function wrappedClientError(error: unknown): GraphQLError | null {
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  return cause instanceof GraphQLError && CLIENT_CODES.has(String(cause.extensions.code)) ? cause : null;
}

// graphql-js reports a literal of the wrong type (an unknown enum value, a string for an Int) as a
// validation failure; for clients that is bad input like any other.
const VALUE_PROBLEM =
  /does not exist in .* enum|cannot represent|Expected value of type|got invalid value|Expected type/;

function firstViolation(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return { field, message };
    const nested = firstViolation(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string, extra: object = {}) {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code, ...extra } };
}

/**
 * Turns every error into one a client can rely on: a stable `extensions.code`, a readable
 * message, never a stack trace. Unexpected errors become INTERNAL_SERVER_ERROR without details
 * (they are logged with the request id by the error-logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const saturation = saturationOf(original);
  if (saturation) {
    const { message, extensions } = new ServiceUnavailableError(saturation);
    const { http: _http, ...rest } = extensions;
    return withCode(formatted, 'SERVICE_UNAVAILABLE', message, rest);
  }
  if (original instanceof ArgumentValidationError) {
    const violation = firstViolation(original.extensions.validationErrors as ValidationError[]);
    return withCode(formatted, 'BAD_USER_INPUT', violation?.message ?? 'invalid input', { field: violation?.field });
  }
  if (original instanceof OptimisticLockError) {
    return withCode(formatted, 'CONFLICT', 'the record was changed by someone else; reload and try again');
  }
  if (original instanceof UniqueConstraintViolationException) {
    return withCode(formatted, 'CONFLICT', 'this would duplicate an existing record');
  }
  if (original instanceof ForeignKeyConstraintViolationException) {
    return withCode(formatted, 'CONFLICT', 'the record is still referenced, or refers to one that is gone');
  }
  if (
    original instanceof CheckConstraintViolationException ||
    original instanceof NotNullConstraintViolationException
  ) {
    return withCode(formatted, 'BAD_USER_INPUT', 'the input breaks a rule of the data model');
  }
  const code = formatted.extensions?.code;
  const wrapped = wrappedClientError(original);
  if (code === 'GRAPHQL_VALIDATION_FAILED' && wrapped) {
    return withCode(formatted, String(wrapped.extensions.code), wrapped.message);
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && PARSER_LIMIT.test(formatted.message)) {
    return withCode(formatted, 'QUERY_TOO_COMPLEX', formatted.message.replace(/^Syntax Error: /, ''));
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && VALUE_PROBLEM.test(formatted.message)) {
    return withCode(formatted, 'BAD_USER_INPUT', formatted.message);
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code) && !(original instanceof DriverException)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return withCode(formatted, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

export function isInternal(error: GraphQLError): boolean {
  const original = unwrapResolverError(error);
  if (saturationOf(original)) return false;
  return !(original instanceof GraphQLError) || !CLIENT_CODES.has(String(original.extensions.code));
}
