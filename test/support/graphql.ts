import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** Posts GraphQL operations to `endpoint` the way a browser client does. */
export function graphqlClient(endpoint: string, headers: Record<string, string> = {}) {
  return async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  };
}

/** The `extensions.code` of the only error of a refused operation. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code as string | undefined;
}
