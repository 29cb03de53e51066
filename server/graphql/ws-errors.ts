import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';
import { formatError, isInternal } from './format-error';

/**
 * The errors graphql-ws sends, made the same as Apollo's over HTTP: coded, without internals.
 * graphql-ws reports graphql-js's own parse and validation errors without a code, and wraps what
 * a subscription stream throws in a new error that only keeps it as `originalError`.
 */
export function formatWsErrors(errors: readonly GraphQLError[], logger: Logger): GraphQLFormattedError[] {
  return errors.map((error) => {
    const thrown = !error.path && error.originalError instanceof GraphQLError ? error.originalError : error;
    const ownCode =
      !thrown.originalError && !thrown.extensions.code ? 'GRAPHQL_VALIDATION_FAILED' : 'INTERNAL_SERVER_ERROR';
    if (ownCode === 'INTERNAL_SERVER_ERROR' && isInternal(thrown)) {
      logger.error({ err: thrown.originalError ?? thrown, path: thrown.path }, 'internal error in a subscription');
    }
    const formatted = thrown.toJSON();
    return formatError({ ...formatted, extensions: { code: ownCode, ...formatted.extensions } }, thrown);
  });
}
