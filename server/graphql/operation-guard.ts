import {
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { isPublic } from '../auth/public';
import type { Context } from '../context';
import { UnauthenticatedError } from '../errors';
import { addressBucket } from './address-bucket';
import { assertCleanInput } from './input-text';
import { spend } from './rate-limits';
import { assertAffordable } from './request-limits';

function rootFieldNames(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(document, selection.selectionSet, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? rootFieldNames(document, fragment.selectionSet, seen) : [];
  });
}

export interface GuardedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown>;
}

/**
 * Checks made once per operation before it runs, over HTTP and WebSocket alike: its cost is
 * within the limit, anonymous visitors reach only the public root fields, every mutation
 * spends from its rate limit (per session when signed in, per client address otherwise), and its
 * variables fit their types and no string it brings holds NUL or a lone surrogate.
 */
export async function guardOperation(
  ctx: Context,
  { schema, document, operation, variables }: GuardedOperation,
): Promise<void> {
  assertAffordable(schema, document, operation.name?.value, variables);
  if (ctx.viewer.kind === 'anonymous') {
    const fields = schema.getRootType(operation.operation)?.getFields() ?? {};
    const names = rootFieldNames(document, operation.selectionSet);
    if (names.some((name) => !name.startsWith('__') && !isPublic(fields[name]))) throw new UnauthenticatedError();
  }
  if (operation.operation === 'mutation') {
    const { rateLimiters, viewer, client } = ctx;
    if (viewer.kind === 'anonymous') await spend(rateLimiters.anonymousMutations, addressBucket(client.ip));
    else await spend(rateLimiters.sessionMutations, viewer.sessionId);
  }
  assertCleanInput(schema, document, operation, variables);
}
