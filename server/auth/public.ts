import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * Marks a query or mutation that anonymous visitors may call (signing in, joining, published
 * summaries). Every other root field refuses them with UNAUTHENTICATED before it runs.
 */
export function Public(): MethodDecorator {
  return Extensions({ public: true });
}

export function isPublic(field: GraphQLField<unknown, unknown> | undefined): boolean {
  return field?.extensions?.public === true;
}
