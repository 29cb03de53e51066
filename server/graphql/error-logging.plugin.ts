import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../context';
import { saturationOf } from '../db/saturation';
import { isInternal } from './format-error';

/**
 * Logs unexpected errors with their request id and tells the client that id, never the details.
 * A saturated database is no fault of the code: a warning, which an operator watches to size the pool.
 */
export const errorLoggingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const saturation = saturationOf(unwrapResolverError(error));
          if (saturation) contextValue.logger.warn({ reason: saturation, path: error.path }, 'database saturated');
          else if (isInternal(error))
            contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'internal error');
        }
      },
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set('x-request-id', contextValue.requestId);
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            Object.assign(error, { extensions: { ...error.extensions, requestId: contextValue.requestId } });
          }
        }
      },
    };
  },
};
