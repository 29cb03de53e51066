import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { isInternal } from './format-error';

/** Logs unexpected errors with their request id and tells the client that id, never the details. */
export const errorLoggingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors.filter(isInternal)) {
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
