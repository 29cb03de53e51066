import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import { parseOptions } from './request-limits';

export type CachedDocument = { document: DocumentNode } | { errors: GraphQLError[] };

/** Queries longer than this are parsed every time: the cache holds the few small ones sent over and over. */
const MAX_CACHED_QUERY = 10_000;

/** graphql-js's own parse and validation errors carry no code; Apollo names them, and so does this server. */
export function coded(error: unknown, code: string): GraphQLError {
  if (!(error instanceof GraphQLError)) throw error;
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error,
    extensions: { code },
  });
}

function check(schema: GraphQLSchema, rules: ValidationRule[], query: string): CachedDocument {
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (error) {
    return { errors: [coded(error, 'GRAPHQL_PARSE_FAILED')] };
  }
  const invalid = validate(schema, document, rules);
  return invalid.length > 0
    ? { errors: invalid.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED')) }
    : { document };
}

/**
 * Parsed and validated documents by their text, for graphql-ws: clients send the same few
 * operations over and over (every keystroke is an applyPositionEdit), and graphql-ws would parse
 * and validate each message anew. Apollo keeps such a cache for HTTP already. Parsing and
 * validation depend on the text alone; what depends on variables or the viewer is checked per operation.
 */
export function documentCache(
  schema: GraphQLSchema,
  validationRules: ValidationRule[],
  size = 500,
): (query: string) => CachedDocument {
  const rules = [...specifiedRules, ...validationRules];
  const documents = new Map<string, CachedDocument>();
  return (query) => {
    if (query.length > MAX_CACHED_QUERY) return check(schema, rules, query);
    let entry = documents.get(query);
    if (!entry) {
      entry = check(schema, rules, query);
      documents.set(query, entry);
      if (documents.size > size) documents.delete(documents.keys().next().value as string);
    }
    return entry;
  };
}
