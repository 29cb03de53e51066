import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { guardOperation } from './operation-guard';

/** HTTP statuses for refusals before execution (GraphQL over HTTP leaves them to the server). */
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, RATE_LIMITED: 429, QUERY_TOO_COMPLEX: 400 };

/** Runs guardOperation for every HTTP request once Apollo knows which operation it is. */
export const operationGuardPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, schema, document, operation, request, response }) {
        if (!operation) return;
        try {
          await guardOperation(contextValue, { schema, document, operation, variables: request.variables });
        } catch (error) {
          if (error instanceof GraphQLError) {
            response.http.status = STATUS[String(error.extensions.code)] ?? 400;
            const retryAfter = error.extensions.retryAfterSeconds;
            if (typeof retryAfter === 'number') response.http.headers.set('retry-after', String(retryAfter));
          }
          throw error;
        }
      },
    };
  },
};
