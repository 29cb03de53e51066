import { type DocumentNode, GraphQLError, type GraphQLSchema, parse, validate } from 'graphql';

export type CachedDocument = { document: DocumentNode } | { errors: GraphQLError[] };

/**
 * Parsed and validated documents by their text, for graphql-ws: clients send the same few
 * operations over and over (every keystroke is an applyPositionEdit), and graphql-ws would parse
 * and validate each message anew. Apollo keeps such a cache for HTTP already.
 */
export function documentCache(schema: GraphQLSchema, size = 500): (query: string) => CachedDocument {
  const documents = new Map<string, CachedDocument>();
  return (query) => {
    let entry = documents.get(query);
    if (!entry) {
      try {
        const document = parse(query);
        const errors = validate(schema, document);
        entry = errors.length > 0 ? { errors: [...errors] } : { document };
      } catch (error) {
        entry = { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
      }
      documents.set(query, entry);
      if (documents.size > size) documents.delete(documents.keys().next().value as string);
    }
    return entry;
  };
}
