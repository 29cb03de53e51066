import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInputObjectType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { FORBIDDEN_CHARACTER_MESSAGE, hasForbiddenCharacter } from '../../schema/limits';
import { BadUserInputError } from '../errors';

interface ArgumentSite {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/** The fields with arguments an operation (and any fragment) selects, found once per operation: clients send the same few. */
const sitesByOperation = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();

function argumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  let sites = sitesByOperation.get(operation);
  if (sites) return sites;
  const found: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (field && node.arguments?.length) found.push({ field, node });
    },
  });
  visit(operation, visitor);
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  sites = found;
  sitesByOperation.set(operation, sites);
  return sites;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** The path of the first string in `value` that breaks the text rule; items of lists of objects by index. */
function badString(value: unknown, path: string): string | null {
  if (typeof value === 'string') return hasForbiddenCharacter(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = badString(item, item !== null && typeof item === 'object' ? join(path, index) : path);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = badString(item, join(path, key));
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The one check every string a GraphQL operation brings passes, over HTTP and WebSocket alike,
 * before anything runs: the operation's variables are coerced (a value that does not fit its type
 * is BAD_USER_INPUT here, as Apollo would say later), then every argument, from a variable or
 * written in the document, is searched for NUL and lone surrogates. `field` names the argument, or
 * the path inside an input object as class-validator names it (`text`, `owner.name`).
 */
export function assertCleanInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) {
    const [error] = coerced.errors;
    throw new GraphQLError(error?.message ?? 'invalid variables', {
      nodes: error?.nodes,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  for (const { field, node } of argumentSites(schema, document, operation)) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, coerced.coerced);
    } catch {
      // An argument of another operation of the document, or one execution refuses anyway.
      continue;
    }
    for (const definition of field.args) {
      // Inside an input object the path starts below the argument, as class-validator names it.
      const nested = isInputObjectType(getNamedType(definition.type));
      const path = badString(args[definition.name], nested ? '' : definition.name);
      if (path !== null) throw new BadUserInputError(path, `${path} ${FORBIDDEN_CHARACTER_MESSAGE}`);
    }
  }
}
