import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './introspection';

/**
 * Typed GraphQL documents: result and variable types are inferred from `schema/schema.graphql`
 * through the introspection that `gql-tada generate output` writes beside this file (as `.ts`,
 * because graphcache reads it at run time too). Dates travel as the strings the server sends
 * (`YYYY-MM-DD`, ISO date-times); money is integer euro cents (`SafeInt`).
 */
export const graphql = initGraphQLTada<{
  introspection: typeof introspection;
  scalars: { Date: string; DateTime: string; SafeInt: number };
}>();

/** The values of a schema enum, e.g. `EnumOf<'TaskStatus'>`. */
export type EnumOf<
  Name extends
    | 'TaskStatus'
    | 'MembershipRole'
    | 'CommitteeKind'
    | 'WorkingTableKind'
    | 'Language'
    | 'WorkshopPhase'
    | 'MeetingRoleKind'
    | 'Grant',
> = ReturnType<typeof graphql.scalar<Name>>;

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
