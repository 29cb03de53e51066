import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Typed GraphQL documents: result and variable types are inferred from `schema/schema.graphql`
 * through the introspection types that `gql-tada generate output` writes beside this file.
 * Dates travel as the strings the server sends (`YYYY-MM-DD`, ISO date-times).
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
