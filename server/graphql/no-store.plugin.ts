import type { ApolloServerPlugin } from '@apollo/server';

/**
 * GraphQL answers are the viewer's own and never cached: `no-store`, as Apollo's cache-control
 * plugin would say. That plugin is disabled in app.ts because it wraps every field's resolver to
 * collect cache hints this server never gives, a cost each of a board's hundreds of fields paid.
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
